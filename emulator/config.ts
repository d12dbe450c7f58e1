/** Emulator options with their defaults filled in. */
import type {
  AccessKey,
  EmulatorOptions,
  ExpiredCredentialsOption,
  FaultPolicies,
  FlowControlOption,
  ImageRecord,
  LatencyOption,
  StsOidcProvider,
  StsRole
} from './types.js'

export const DEFAULT_ACCESS_KEY: AccessKey = { id: 'LTAIemulatorKeyId', secret: 'emulator-access-key-secret' }

export const DEFAULT_STS_ROLE: StsRole = { arn: 'acs:ram::1234567890123456:role/github-vod-upload', maxSessionSeconds: 3600 }
export const DEFAULT_OIDC_PROVIDER: StsOidcProvider = {
  arn: 'acs:ram::1234567890123456:oidc-provider/github',
  clientIds: ['sts.aliyuncs.com']
}

/** The STS side's settings, defaults filled in. credentialSeconds undefined: what DurationSeconds asked. */
export interface StsConfig {
  roles: StsRole[]
  providers: StsOidcProvider[]
  credentialSeconds?: number
  subject: string
}

export interface EmulatorConfig {
  host: string
  vodPort: number
  ossPort: number
  stsPort: number
  accessKeys: AccessKey[]
  latencyMs: LatencyOption
  maxClockSkewSeconds: number
  credentialLifetimeSeconds: number
  expiredCredentials: ExpiredCredentialsOption
  faults: FaultPolicies
  flowControl: FlowControlOption | undefined
  seed: number
  clock: () => number
  region: string
  bucket: string
  categories: number[]
  appIds: string[]
  storageLocations: string[]
  maxObjectBytes: number
  acceptV1Signatures: boolean
  acceptRpcV2: boolean
  sts: StsConfig
  urlSigning: { key: string } | undefined
  processingDelayMs: number
  uploadFails: (image: ImageRecord) => boolean
}

export function resolveConfig(options: EmulatorOptions = {}): EmulatorConfig {
  const region = options.region ?? 'cn-shanghai'
  const bucket = options.bucket ?? 'outin-emulator'
  const accessKeys = options.accessKeys ?? [DEFAULT_ACCESS_KEY]
  if (accessKeys.length === 0) throw new Error('startEmulator: accessKeys must hold at least one key')
  return {
    host: options.host ?? '127.0.0.1',
    vodPort: options.vodPort ?? 0,
    ossPort: options.ossPort ?? 0,
    stsPort: options.stsPort ?? 0,
    accessKeys,
    latencyMs: options.latencyMs ?? 0,
    maxClockSkewSeconds: options.maxClockSkewSeconds ?? 900,
    credentialLifetimeSeconds: options.credentialLifetimeSeconds ?? 3000,
    expiredCredentials: options.expiredCredentials ?? 0,
    faults: options.faults ?? {},
    flowControl: options.flowControl,
    seed: options.seed ?? 1,
    clock: options.clock ?? Date.now,
    region,
    bucket,
    categories: options.categories ?? [1000, 12001111],
    appIds: options.appIds ?? ['app-1000000'],
    storageLocations: options.storageLocations ?? [`${bucket}.oss-${region}.aliyuncs.com`],
    maxObjectBytes: options.maxObjectBytes ?? 5 * 1024 ** 3,
    acceptV1Signatures: options.acceptV1Signatures ?? false,
    acceptRpcV2: options.acceptRpcV2 ?? false,
    sts: {
      roles: options.sts?.roles ?? [DEFAULT_STS_ROLE],
      providers: options.sts?.providers ?? [DEFAULT_OIDC_PROVIDER],
      ...(options.sts?.credentialSeconds !== undefined && { credentialSeconds: options.sts.credentialSeconds }),
      subject: options.sts?.subject ?? 'repo:octo-org/docs-site:ref:refs/heads/main'
    },
    urlSigning: options.urlSigning,
    processingDelayMs: options.processingDelayMs ?? 0,
    uploadFails: options.uploadFails ?? (() => false)
  }
}

/** A storage location is `<bucket>.oss-<region>.aliyuncs.com`: its first label names the bucket. */
export function bucketOfStorageLocation(location: string): string {
  return location.split('.')[0] ?? location
}

/** The region id of a bucket: from its storage location, else the emulator's region. */
export function regionOfBucket(config: EmulatorConfig, bucket: string): string {
  const location = config.storageLocations.find(candidate => bucketOfStorageLocation(candidate) === bucket)
  return (location && /^[^.]+\.oss-([a-z0-9-]+?)(?:-internal)?\.aliyuncs\.com$/.exec(location)?.[1]) || config.region
}

/** Every bucket the OSS side knows: the default one and those of the storage locations. */
export function knownBuckets(config: EmulatorConfig): Set<string> {
  return new Set([config.bucket, ...config.storageLocations.map(bucketOfStorageLocation)])
}

export function latencyFor(latency: LatencyOption, service: 'vod' | 'oss'): number {
  return typeof latency === 'number' ? latency : (latency[service] ?? 0)
}
