/** `node .build/emulator/cli.js`: runs the emulator until SIGINT/SIGTERM. */
import { parseCliArgs, USAGE, type CliOptions } from './cli-args.js'
import { startEmulator, type Emulator } from './index.js'
import { envCommand } from './shell-command.js'

/** What the hints upload: the repository's sample images. */
const HINT_FILES = { INPUT_PATH: 'samples/screenshots/**/*' }

/** The inputs that point the action at this emulator, as the runner sets them (NODE_EXTRA_CA_CERTS with --tls). */
function serviceInputs(emulator: Emulator): Record<string, string> {
  return {
    INPUT_ENDPOINT: emulator.vodEndpoint,
    'INPUT_UPLOAD-HOSTS': new URL(emulator.ossEndpoint).host,
    ...(emulator.caFile ? { NODE_EXTRA_CA_CERTS: emulator.caFile } : {})
  }
}

function keyInputs(emulator: Emulator): Record<string, string> {
  return {
    ...serviceInputs(emulator),
    'INPUT_ACCESS-KEY-ID': emulator.accessKey.id,
    'INPUT_ACCESS-KEY-SECRET': emulator.accessKey.secret
  }
}

function oidcInputs(emulator: Emulator): Record<string, string> {
  return {
    ...serviceInputs(emulator),
    'INPUT_ROLE-TO-ASSUME': emulator.oidcRole.roleArn,
    'INPUT_OIDC-PROVIDER-ARN': emulator.oidcRole.oidcProviderArn,
    'INPUT_STS-ENDPOINT': emulator.stsEndpoint
  }
}

function readOptions(): CliOptions {
  try {
    return parseCliArgs(process.argv.slice(2))
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`)
    process.exit(2)
  }
}

function describe(emulator: Emulator): string {
  const { id, secret } = emulator.accessKey
  return [
    'ApsaraVideo VOD + OSS emulator running. These are emulator-only test credentials: nothing here reaches Alibaba Cloud.',
    `  VOD endpoint:      ${emulator.vodEndpoint}`,
    `  OSS endpoint:      ${emulator.ossEndpoint}`,
    `  AccessKey ID:      ${id}`,
    `  AccessKey secret:  ${secret}`,
    ...(emulator.caFile ? [`  CA certificate:    ${emulator.caFile} (HTTPS: trust it, never turn verification off)`] : []),
    '',
    "To run the action against it, from the repository's folder (the runner passes inputs as INPUT_<NAME>;",
    '`env` sets these names, which a shell assignment cannot because of the hyphens):',
    envCommand({ ...keyInputs(emulator), ...HINT_FILES }, 'node dist/index.js'),
    '',
    'Or keyless, with OIDC, as a job with `id-token: write`:',
    envCommand({ ...oidcInputs(emulator), ...emulator.idTokenEnv(), ...HINT_FILES }, 'node dist/index.js'),
    '',
    'On a folder of your own, with an emulator of its own: npm run try -- <folder>',
    '',
    'Press Ctrl+C to stop.'
  ].join('\n')
}

async function main(): Promise<void> {
  const options = readOptions()
  if (options.help) {
    console.log(USAGE)
    return
  }
  const emulator = await startEmulator({
    ...(options.host !== undefined && { host: options.host }),
    ...(options.vodPort !== undefined && { vodPort: options.vodPort }),
    ...(options.ossPort !== undefined && { ossPort: options.ossPort }),
    ...(options.latencyMs !== undefined && { latencyMs: options.latencyMs }),
    ...(options.callsPerSecond && {
      flowControl: {
        callsPerSecond: options.callsPerSecond,
        ...(options.retryAfterMs !== undefined && { retryAfterMs: options.retryAfterMs })
      }
    }),
    ...(options.acceptV1Signatures && { acceptV1Signatures: true }),
    ...(options.acceptRpcV2 && { acceptRpcV2: true }),
    ...(options.urlSigningKey !== undefined && { urlSigning: { key: options.urlSigningKey } }),
    ...(options.tls && { tls: true })
  })
  console.log(describe(emulator))
  const stop = (signal: string): void => {
    console.log(
      `\n${signal}: stopping the emulator (${emulator.stats().vod.requests} VOD and ${emulator.stats().oss.requests} OSS requests served).`
    )
    emulator.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error)
        process.exit(1)
      }
    )
  }
  process.once('SIGINT', () => stop('SIGINT'))
  process.once('SIGTERM', () => stop('SIGTERM'))
}

main().catch((error: unknown) => {
  console.error(`The emulator could not start: ${(error as Error).message}`)
  process.exit(1)
})
