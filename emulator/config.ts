/** Emulator options with their defaults filled in. */
import type {
  AccessKey,
  EmulatorOptions,
  ExpiredCredentialsOption,
  FaultPolicies,
  FlowControlOption,
  ImageRecord,
  LatencyOption
} from './types.js'

export const DEFAULT_ACCESS_KEY: AccessKey = { id: 'LTAIemulatorKeyId', secret: 'emulator-access-key-secret' }

export interface EmulatorConfig {
  host: string
  vodPort: number
  ossPort: number
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
