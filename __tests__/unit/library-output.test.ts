import { afterEach, describe, expect, it } from '@jest/globals'
import { routeLibraryWarnings, silenceDeprecations } from '../../src/shared/library-output.js'

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

describe('silenceDeprecations', () => {
  it('drops only the deprecations named: every other warning still goes to process.emitWarning', () => {
    const seen: string[] = []
    const real = process.emitWarning.bind(process)
    process.emitWarning = (_warning: string, typeOrOptions?: unknown, code?: unknown) => {
      const options =
        typeof typeOrOptions === 'object' && typeOrOptions !== null ? (typeOrOptions as { type?: string; code?: string }) : undefined
      seen.push([options?.type ?? typeOrOptions ?? 'Warning', options?.code ?? code].filter(Boolean).join(' '))
    }
    try {
      silenceDeprecations('DEP0169')
      process.emitWarning('url.parse() behavior is not standardized', 'DeprecationWarning', 'DEP0169')
      process.emitWarning('url.parse() again', { type: 'DeprecationWarning', code: 'DEP0169' })
      process.emitWarning('another deprecation', 'DeprecationWarning', 'DEP0999')
      process.emitWarning('a plain warning')
    } finally {
      process.emitWarning = real
    }
    expect(seen).toEqual(['DeprecationWarning DEP0999', 'Warning'])
    expect(process.noDeprecation).toBeFalsy()
  })
})
