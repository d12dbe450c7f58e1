/** A local emulator of ApsaraVideo VOD's image upload API and the OSS bucket behind it. */
import { createHash } from 'node:crypto'
import type { ServerResponse } from 'node:http'
import { knownBuckets, latencyFor, regionOfBucket, resolveConfig, type EmulatorConfig } from './config.js'
import { ExpiredCredentialsPolicy } from './credentials.js'
import { asServiceFault } from './exchange.js'
import { faultInjectors } from './faults.js'
import { FlowGate } from './flow-control.js'
import { vodRequestId } from './ids.js'
import { VOD_ACTIONS } from './vod-actions.js'
import { Delays, send } from './http-io.js'
import { TrackedServer } from './http-server.js'
import { createTlsMaterial, namesFor } from './tls.js'
import { createOssHandler } from './oss-service.js'
import { Records } from './records.js'
import type { Emulator, EmulatorOptions, FaultPolicies, ForeignImage, ImageRecord, LatencyOption, UploadAuthField } from './types.js'
import { createVodHandler } from './vod-service.js'
import { createStsHandler, ID_TOKEN_PATH, StsState } from './sts-service.js'

export type * from './types.js'
export { rpcSignature, rpcStringToSign, rpcCanonicalQuery, percentEncode } from './rpc-signature.js'
export { ossSignature, ossStringToSign, canonicalizedResource, canonicalizedOssHeaders } from './oss-signature.js'
export { v4CanonicalRequest, v4StringToSign, v4SigningKey, v4Signature } from './oss-signature-v4.js'
export { V1_RETIRED_EC } from './oss-auth.js'
export { DEFAULT_ACCESS_KEY, DEFAULT_OIDC_PROVIDER, DEFAULT_STS_ROLE } from './config.js'
export { DOCUMENTED_FLOW_LIMITS } from './flow-control.js'

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

  const stsState = new StsState(config.sts.subject, config.clock)
  const vod = new TrackedServer(
    createVodHandler({
      runtime: runtime('vod'),
      config,
      faults: () => faults.vod,
      flow,
      ossEndpoint: () => ossEndpoint,
      credentialExpired: image => expiry.isExpired(image),
      uploadAuthOmits: () => uploadAuthOmits,
      stsKeys: () => stsState.keys
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

  const sts = new TrackedServer(createStsHandler({ config: config.sts, state: stsState, records, clock: config.clock }), answerCrash, tls)

  const vodPort = await vod.listen(config.host, config.vodPort).catch(async (error: unknown) => {
    await tls?.dispose()
    throw error
  })
  const ossPort = await listenOrClose(oss, config.ossPort, config, [vod]).catch(async (error: unknown) => {
    await tls?.dispose()
    throw error
  })
  const stsPort = await listenOrClose(sts, config.stsPort, config, [vod, oss]).catch(async (error: unknown) => {
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
    stsEndpoint: origin(stsPort),
    oidcRole: { roleArn: config.sts.roles[0]?.arn ?? '', oidcProviderArn: config.sts.providers[0]?.arn ?? '' },
    idTokenEnv: () => ({
      ACTIONS_ID_TOKEN_REQUEST_URL: `${origin(stsPort)}${ID_TOKEN_PATH}?api-version=2.0`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: stsState.tokens.requestToken
    }),
    stsCalls: stsState.calls,
    idTokenRequests: stsState.tokenRequests,
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
    createImageAs: image => createImageAs(image, { records, config, ossEndpoint }),
    setUploadAuthOmits: fields => {
      uploadAuthOmits = fields ?? []
    },
    reset: () => {
      records.reset()
      stsState.reset()
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
        await Promise.all([vod.close(), oss.close(), sts.close()])
        await tls?.dispose()
      })()
      return closing
    }
  }
}

/** Listens, or closes the servers already listening. */
async function listenOrClose(server: TrackedServer, port: number, config: EmulatorConfig, listening: TrackedServer[]): Promise<number> {
  try {
    return await server.listen(config.host, port)
  } catch (error) {
    await Promise.all(listening.map(other => other.close()))
    throw error
  }
}

/** A small stand-in for an image's bytes: a PNG signature and a 1×1 IHDR. */
const FOREIGN_CONTENT = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex')

/** CreateUploadImage with the given tags, then the object stored, as another client of the same account would. */
function createImageAs(foreign: ForeignImage, deps: { records: Records; config: EmulatorConfig; ossEndpoint: string }): ImageRecord {
  const params: Record<string, string> = {
    ImageType: 'default',
    ImageExt: foreign.ext ?? 'png',
    ...(foreign.title !== undefined && { Title: foreign.title }),
    ...(foreign.tags && foreign.tags.length > 0 && { Tags: foreign.tags.join(',') }),
    ...(foreign.appId !== undefined && { AppId: foreign.appId })
  }
  const now = deps.config.clock()
  const { imageId } = VOD_ACTIONS.CreateUploadImage(params, {
    config: deps.config,
    records: deps.records,
    now,
    requestId: vodRequestId(),
    ossEndpoint: deps.ossEndpoint,
    credentialExpired: () => false,
    uploadAuthOmits: []
  })
  const image = deps.records.images.get(imageId ?? '')!
  const body = foreign.content ?? FOREIGN_CONTENT
  const etag = createHash('md5').update(body).digest('hex').toUpperCase()
  deps.records.putObject({ bucket: image.bucket, key: image.key, body, contentMd5Sent: true, etag, multipart: false, uploadedAt: now })
  return image
}
