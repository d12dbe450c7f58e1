/**
 * The region id an OSS V4 signature is scoped to (`cn-shanghai`, never the `oss-cn-shanghai` label):
 * OSS refuses a scope that is not the bucket's region.
 */
import { ServiceError } from '../shared/index.js'

export interface RegionSources {
  /** The decoded UploadAuth's `Region`, when VOD sent one. */
  uploadAuthRegion?: string
  /** The UploadAddress `Endpoint`. */
  endpoint: string
  /** The `region` input, when set. */
  regionInput?: string
}

// Hosts that name no region: transfer acceleration (global, and outside the Chinese mainland).
const REGIONLESS_LABELS = new Set(['oss-accelerate', 'oss-accelerate-overseas'])

/**
 * From the UploadAuth's Region, else the endpoint host (`oss-<region>[-internal].aliyuncs.com`,
 * also with a leading `<bucket>.`), else the region input. Accelerate and custom (CNAME) hosts and
 * IP endpoints name no region.
 */
export function ossSigningRegion(sources: RegionSources, api = 'PutObject'): string {
  const fromAuth = sources.uploadAuthRegion?.trim().replace(/^oss-/, '')
  if (fromAuth) return fromAuth
  const fromHost = regionOfHost(sources.endpoint)
  if (fromHost) return fromHost
  if (sources.regionInput) return sources.regionInput
  throw new ServiceError({
    service: 'oss',
    api,
    code: 'UnknownOssRegion',
    detail:
      "no region to sign the OSS request with (V4 needs one): the UploadAuth has no Region, the UploadAddress endpoint host names none, and the region input is empty; set the region input to the bucket's region",
    kind: 'permanent'
  })
}

function regionOfHost(endpoint: string): string | undefined {
  let host: string
  try {
    host = new URL(endpoint).hostname
  } catch {
    return undefined
  }
  if (!host.endsWith('.aliyuncs.com')) return undefined
  const label = host.split('.').find(part => part.startsWith('oss-') && !REGIONLESS_LABELS.has(part))
  return label?.replace(/^oss-/, '').replace(/-internal$/, '') || undefined
}
