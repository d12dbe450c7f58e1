/** The readers of list inputs, called alone: what they return beside the problems they collect (inputs/tuning.ts, inputs/patterns.ts). */
import { describe, expect, it } from '@jest/globals'
import { InputReader } from '../../src/inputs/reader.js'
import { readUploadHosts } from '../../src/inputs/tuning.js'
import { readPatterns } from '../../src/inputs/patterns.js'
import { Inputs } from '../../src/shared/names.js'
import { restoreEnvAfterEach, withEnv } from '../helpers/config-inputs.js'

restoreEnvAfterEach()

describe('readUploadHosts', () => {
  it('returns only the hosts it could read, and a problem for each other entry', () => {
    withEnv({ [Inputs.UploadHosts]: 'oss.example.com, a/host\nmirror.example.com:8443' })
    const reader = new InputReader()
    expect(readUploadHosts(reader)).toEqual([{ hostname: 'oss.example.com' }, { hostname: 'mirror.example.com', port: '8443' }])
    expect(reader.problems.map(problem => problem.message)).toEqual([
      '"a/host" is not a host name, IP address or host:port (an IPv6 address goes in brackets)'
    ])
  })
})

describe('readPatterns', () => {
  it('returns no pattern at all when every line is a comment, and says the input is required', () => {
    withEnv({ [Inputs.Path]: '# screenshots\n\n  # later' })
    const reader = new InputReader()
    expect(readPatterns(reader, '/work')).toStrictEqual({ patterns: [], asWritten: [] })
    expect(reader.problems).toEqual([{ input: Inputs.Path, message: 'is required: give at least one glob pattern, one per line' }])
  })
})
