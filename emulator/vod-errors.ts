/** The VOD error answers that name a parameter, with the service's wording. */
import { ServiceFault } from './errors.js'

export function missingParameter(name: string): ServiceFault {
  return new ServiceFault(
    400,
    'MissingParameter',
    `The input parameter "${name}" that is mandatory for processing this request is not supplied.`
  )
}

export function invalidParameter(name: string, reason?: string): ServiceFault {
  const why = reason ? ` ${reason}` : ''
  return new ServiceFault(400, 'InvalidParameter', `The specified parameter "${name}" is not valid.${why}`)
}

export function lengthExceededMax(name: string, maxBytes: number): ServiceFault {
  return new ServiceFault(400, 'LengthExceededMax', `The length of parameter "${name}" exceeds the maximum of ${maxBytes} bytes.`)
}

export function illegalCharacters(name: string): ServiceFault {
  return new ServiceFault(400, 'IllegalCharacters', `The parameter "${name}" contains illegal characters.`)
}

export function notFound(code: string, what: string): ServiceFault {
  return new ServiceFault(404, code, `The specified ${what} does not exist.`)
}
