/** `node .build/emulator/cli.js`: runs the emulator until SIGINT/SIGTERM. */
import { parseCliArgs, USAGE, type CliOptions } from './cli-args.js'
import { startEmulator, type Emulator } from './index.js'

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
    'To run the action against it (the runner passes inputs as INPUT_<NAME>):',
    `  INPUT_ENDPOINT=${emulator.vodEndpoint}`,
    `  INPUT_ACCESS-KEY-ID=${id}`,
    `  INPUT_ACCESS-KEY-SECRET=${secret}`,
    `  INPUT_UPLOAD-HOSTS=${new URL(emulator.ossEndpoint).host}`,
    ...(emulator.caFile ? [`  NODE_EXTRA_CA_CERTS=${emulator.caFile}`] : []),
    '  INPUT_PATH=<glob of images>',
    '',
    'Or keyless, with OIDC (instead of the two key inputs):',
    `  INPUT_ROLE-TO-ASSUME=${emulator.oidcRole.roleArn}`,
    `  INPUT_OIDC-PROVIDER-ARN=${emulator.oidcRole.oidcProviderArn}`,
    `  INPUT_STS-ENDPOINT=${emulator.stsEndpoint}`,
    ...Object.entries(emulator.idTokenEnv()).map(([name, value]) => `  ${name}=${value}`),
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
