/**
 * The front door of shared/, what every stage uses: typed errors, the log (the one output edge),
 * secrets, paths, percent-encoding, the pool, input and output names, service limits, what VOD's values may be, and
 * why a service cannot be reached or refused the run. Other folders import shared/ only from here.
 */
export {
  CancelledError,
  FileReadError,
  InputError,
  isTransient,
  networkError,
  ServiceError,
  toFileFailure,
  type ErrorKind,
  type FileFailure,
  type Problem,
  type Service,
  type ServiceErrorFields,
  type Stage
} from './errors.js'
export { Fifo } from './fifo.js'
export { keepHeapSmall } from './heap.js'
export { gateLibraryOutput, silenceDeprecations } from './library-output.js'
export * as log from './log.js'
export { hasControlCharacter, shown } from './log.js'
export { Inputs, Outputs, type InputName, type OutputName } from './names.js'
export { nearest } from './nearest.js'
export { compareStrings, globEscape, isOutside } from './paths.js'
export { percentEncode } from './percent-encoding.js'
export { mapConcurrent } from './pool.js'
export { causeDetail, isHopeless, proxyCause, type Unreachable } from './reachability.js'
export { ossRefusalOf, refusalOf, type CredentialOrigin, type Stopped } from './refusals.js'
export { SecretRegistry } from './secrets.js'
export { FlowLimits, MultipartLimits, OwnershipMark, VodLimits } from './service-limits.js'
export { isVodRegion, vodEndpointOf, VodRegions } from './vod-regions.js'
export { imageIdProblem, MAX_URL_LENGTH, tagsProblem, titleProblem, urlProblem } from './vod-values.js'
