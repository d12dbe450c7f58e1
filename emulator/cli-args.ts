/** Command-line arguments of the emulator CLI, parsed without side effects. */

export interface CliOptions {
  host?: string
  vodPort?: number
  ossPort?: number
  latencyMs?: number
  callsPerSecond?: number
  retryAfterMs?: number
  acceptV1Signatures?: boolean
  acceptRpcV2?: boolean
  /** URL signing (type A) on the image domain, with this key. */
  urlSigningKey?: string
  tls?: boolean
  help: boolean
}

export const USAGE = `Usage: node .build/emulator/cli.js [--vod-port N] [--oss-port N] [--latency MS] [--host H] [--tls] [--accept-v1] [--accept-rpc-v2] [--calls-per-second N [--retry-after MS]]

Starts the local ApsaraVideo VOD + OSS emulator and runs until SIGINT or SIGTERM.
  --vod-port N   port of the VOD API (default: any free port)
  --oss-port N   port of the OSS endpoint (default: any free port)
  --latency MS   delay added before every answer, in milliseconds (default 0)
  --host H       address to listen on (default 127.0.0.1)
  --calls-per-second N
                 VOD flow control: each action admits N calls per sliding second and
                 answers the rest 400 Throttling.User (default 0: no limit)
  --retry-after MS
                 with --calls-per-second, throttling answers carry x-acs-retry-after: MS
  --tls          serve both over HTTPS, with a certificate from a CA made at start (trust it with NODE_EXTRA_CA_CERTS)
  --accept-v1    accept OSS V1 signatures too (default: V4 only; V1 gets 403 with EC 0002-00000080)
  --accept-rpc-v2
                 accept VOD RPC signatures V2 (HMAC-SHA1) too (default: V3 only; V2 gets 400 UnsupportedSignatureVersion)
  --url-signing-key KEY
                 URL signing (type A) on the image domain: GetImageInfos answers signed URLs, and an
                 image's URL without a valid auth_key gets 403 (default: off)`

type NumericFlag = '--vod-port' | '--oss-port' | '--latency' | '--calls-per-second' | '--retry-after'

const NUMERIC_FLAGS: Record<NumericFlag, { field: 'vodPort' | 'ossPort' | 'latencyMs' | 'callsPerSecond' | 'retryAfterMs'; max: number }> =
  {
    '--vod-port': { field: 'vodPort', max: 65535 },
    '--oss-port': { field: 'ossPort', max: 65535 },
    '--latency': { field: 'latencyMs', max: 600_000 },
    '--calls-per-second': { field: 'callsPerSecond', max: 1_000_000 },
    '--retry-after': { field: 'retryAfterMs', max: 600_000 }
  }

/** Throws an Error whose message says what is wrong with the arguments. */
export function parseCliArgs(args: readonly string[]): CliOptions {
  const options: CliOptions = { help: false }
  for (let index = 0; index < args.length; index += 1) {
    const flag = args[index] ?? ''
    if (flag === '--help' || flag === '-h') {
      options.help = true
      continue
    }
    if (flag === '--accept-v1') {
      options.acceptV1Signatures = true
      continue
    }
    if (flag === '--accept-rpc-v2') {
      options.acceptRpcV2 = true
      continue
    }
    if (flag === '--tls') {
      options.tls = true
      continue
    }
    if (flag !== '--host' && flag !== '--url-signing-key' && !Object.hasOwn(NUMERIC_FLAGS, flag))
      throw new Error(`unknown argument ${flag}`)
    const value = args[index + 1]
    if (value === undefined) throw new Error(`${flag} needs a value`)
    index += 1
    if (flag === '--host') options.host = value
    else if (flag === '--url-signing-key') options.urlSigningKey = value
    else {
      const { field, max } = NUMERIC_FLAGS[flag as NumericFlag]
      options[field] = wholeNumber(flag, value, max)
    }
  }
  if (options.retryAfterMs !== undefined && !options.callsPerSecond) throw new Error('--retry-after needs --calls-per-second')
  return options
}

function wholeNumber(flag: string, text: string, max: number): number {
  if (!/^\d+$/.test(text) || Number(text) > max) throw new Error(`${flag} must be a whole number from 0 to ${max}, not "${text}"`)
  return Number(text)
}
