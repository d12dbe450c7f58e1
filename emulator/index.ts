/** A local emulator of ApsaraVideo VOD's image upload API and the OSS bucket behind it. */
import type { ServerResponse } from 'node:http'
import { knownBuckets, latencyFor, regionOfBucket, resolveConfig, type EmulatorConfig } from './config.js'
import { ExpiredCredentialsPolicy } from './credentials.js'
import { asServiceFault } from './exchange.js'
import { faultInjectors } from './faults.js'
import { FlowGate } from './flow-control.js'
import { Delays, send } from './http-io.js'
import { TrackedServer } from './http-server.js'
import { createTlsMaterial, namesFor } from './tls.js'
import { createOssHandler } from './oss-service.js'
import { Records } from './records.js'
import type { Emulator, EmulatorOptions, FaultPolicies, LatencyOption, UploadAuthField } from './types.js'
import { createVodHandler } from './vod-service.js'

export type * from './types.js'
export { rpcSignature, rpcStringToSign, rpcCanonicalQuery, percentEncode } from './rpc-signature.js'
export { ossSignature, ossStringToSign, canonicalizedResource, canonicalizedOssHeaders } from './oss-signature.js'
export { v4CanonicalRequest, v4StringToSign, v4SigningKey, v4Signature } from './oss-signature-v4.js'
export { V1_RETIRED_EC } from './oss-auth.js'
export { DEFAULT_ACCESS_KEY } from './config.js'

// Separate streams so that expired-credential draws do not shift the fault sequence.
const EXPIRY_SEED_SALT = 0x2545f491

function answerCrash(error: unknown, res: ServerResponse): void {
  const serviceFault = asServiceFault(error)
  send(res, serviceFault.status, { 'Content-Type': 'text/plain' }, serviceFault.message)
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const config = resolveConfig(options)
  const records = new Records()
  const delays = new Delays()
  let faults = faultInjectors(config.seed, config.faults)
  let latency: LatencyOption = config.latencyMs
  let uploadAuthOmits: readonly UploadAuthField[] = options.uploadAuthOmits ?? []
  const expiry = new ExpiredCredentialsPolicy(config.seed ^ EXPIRY_SEED_SALT, config.expiredCredentials)
  const flow = new FlowGate(config.flowControl)
  let ossEndpoint = ''
  const regions = [...knownBuckets(config)].map(bucket => regionOfBucket(config, bucket))
  const tls = options.tls
    ? await createTlsMaterial(namesFor(regions, options.advertisedOssHost ? [options.advertisedOssHost] : []))
    : undefined
  const runtime = (service: 'vod' | 'oss') => ({ records, clock: config.clock, delays, latencyMs: () => latencyFor(latency, service) })

  const vod = new TrackedServer(
    createVodHandler({
      runtime: runtime('vod'),
      config,
      faults: () => faults.vod,
      flow,
      ossEndpoint: () => ossEndpoint,
      credentialExpired: image => expiry.isExpired(image),
      uploadAuthOmits: () => uploadAuthOmits
    }),
    answerCrash,
    tls
  )
  const oss = new TrackedServer(
    createOssHandler({
      runtime: runtime('oss'),
      config,
      buckets: knownBuckets(config),
      faults: () => faults.oss,
      ossEndpoint: () => ossEndpoint
    }),
    answerCrash,
    tls
  )

  const vodPort = await vod.listen(config.host, config.vodPort).catch(async (error: unknown) => {
    await tls?.dispose()
    throw error
  })
  const ossPort = await listenOrClose(oss, config, vod).catch(async (error: unknown) => {
    await tls?.dispose()
    throw error
  })
  const scheme = tls ? 'https' : 'http'
  const origin = (port: number): string => `${scheme}://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`
  ossEndpoint = options.advertisedOssHost ? `${scheme}://${options.advertisedOssHost}:${ossPort}` : origin(ossPort)
  let closing: Promise<void> | undefined

  return {
    vodEndpoint: origin(vodPort),
    ossEndpoint,
    accessKey: config.accessKeys[0],
    ...(tls && { ca: tls.ca, caFile: tls.caFile }),
    images: records.images,
    requests: records.requests,
    stats: () => ({ vod: vod.stats(), oss: oss.stats(), maxOpenImages: records.maxOpenImages(), throttledCalls: flow.throttled }),
    getObject: (bucket, key) => records.getObject(bucket, key),
    objectForImage: imageId => {
      const image = records.images.get(imageId)
      return image && records.getObject(image.bucket, image.key)
    },
    issuedSecrets: () => records.issuedSecrets(),
    setFaults: (policies: FaultPolicies | undefined) => {
      faults = faultInjectors(config.seed, policies ?? {})
    },
    setLatency: latencyMs => {
      latency = latencyMs ?? 0
    },
    setExpiredCredentials: option => expiry.set(option),
    setFlowControl: option => flow.set(option),
    setUploadAuthOmits: fields => {
      uploadAuthOmits = fields ?? []
    },
    reset: () => {
      records.reset()
      vod.resetStats()
      oss.resetStats()
      expiry.reset()
      flow.reset()
      faults.vod.restart()
      faults.oss.restart()
    },
    close: () => {
      closing ??= (async () => {
        delays.cancelAll()
        await Promise.all([vod.close(), oss.close()])
        await tls?.dispose()
      })()
      return closing
    }
  }
}

async function listenOrClose(oss: TrackedServer, config: EmulatorConfig, vod: TrackedServer): Promise<number> {
  try {
    return await oss.listen(config.host, config.ossPort)
  } catch (error) {
    await vod.close()
    throw error
  }
}
