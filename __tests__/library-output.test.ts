import { afterEach, describe, expect, it } from '@jest/globals'
import { routeLibraryWarnings } from '../src/library-output.js'

const realWarn = console.warn

afterEach(() => {
  console.warn = realWarn
})

describe('routeLibraryWarnings', () => {
  it('sends console.warn to the debug log, formatted, prefixed and redacted', () => {
    const debug: string[] = []
    routeLibraryWarnings(
      message => debug.push(message),
      text => text.split('s3cr3t-token').join('***')
    )
    console.warn('[urllib:warn] %s %s callback twice!!!', 'PUT', 'http://oss/x.png?security-token=s3cr3t-token')
    console.warn('::error::from a library\nsecond line')
    expect(debug).toEqual([
      'library warning: [urllib:warn] PUT http://oss/x.png?security-token=*** callback twice!!!',
      'library warning: ::error::from a library\nsecond line'
    ])
  })
})
