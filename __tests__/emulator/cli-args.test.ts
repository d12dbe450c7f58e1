import { describe, expect, it } from '@jest/globals'
import { parseCliArgs } from '../../emulator/cli-args.js'

describe('parseCliArgs', () => {
  const accepted: Array<[string, string[], object]> = [
    ['nothing', [], { help: false }],
    [
      'every option',
      ['--vod-port', '9100', '--oss-port', '9101', '--latency', '25', '--host', '0.0.0.0'],
      { vodPort: 9100, ossPort: 9101, latencyMs: 25, host: '0.0.0.0', help: false }
    ],
    ['flow control', ['--calls-per-second', '80', '--retry-after', '250'], { callsPerSecond: 80, retryAfterMs: 250 }],
    ['port 0 (any free port)', ['--vod-port', '0'], { vodPort: 0 }],
    ['--accept-v1', ['--accept-v1'], { acceptV1Signatures: true }],
    ['--accept-rpc-v2', ['--accept-rpc-v2'], { acceptRpcV2: true }],
    ['--url-signing-key', ['--url-signing-key', 'cdn-key'], { urlSigningKey: 'cdn-key' }],
    ['--tls', ['--tls', '--vod-port', '0'], { tls: true, vodPort: 0 }],
    ['--help', ['--help'], { help: true }],
    ['-h', ['-h'], { help: true }]
  ]
  it.each(accepted)('accepts %s', (_name, args, expected) => {
    expect(parseCliArgs(args)).toMatchObject(expected)
  })

  const refused: Array<[string, string[], string]> = [
    ['an unknown flag', ['--bogus', '1'], 'unknown argument --bogus'],
    ['a flag without its value', ['--vod-port'], '--vod-port needs a value'],
    ['a signing key without its value', ['--url-signing-key'], '--url-signing-key needs a value'],
    ['a port that is not a number', ['--oss-port', 'abc'], '--oss-port must be a whole number'],
    ['a port above 65535', ['--vod-port', '70000'], '--vod-port must be a whole number'],
    ['a negative latency', ['--latency', '-5'], '--latency must be a whole number'],
    ['a rate that is not a number', ['--calls-per-second', '1.5'], '--calls-per-second must be a whole number'],
    ['--retry-after without a rate', ['--retry-after', '100'], '--retry-after needs --calls-per-second']
  ]
  it.each(refused)('refuses %s', (_name, args, message) => {
    expect(() => parseCliArgs(args)).toThrow(message)
  })
})
