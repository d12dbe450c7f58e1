/** The OSS V1 header signature, written from the published algorithm. */
import { createHmac } from 'node:crypto'

/** Query parameters that OSS signs into the canonicalized resource when present. */
export const SIGNED_SUB_RESOURCES: ReadonlySet<string> = new Set([
  'acl',
  'append',
  'bucketInfo',
  'cname',
  'comp',
  'cors',
  'delete',
  'encryption',
  'endTime',
  'img',
  'inventory',
  'inventoryId',
  'lifecycle',
  'live',
  'location',
  'logging',
  'objectMeta',
  'partNumber',
  'policy',
  'position',
  'qos',
  'referer',
  'replication',
  'replicationLocation',
  'replicationProgress',
  'requestPayment',
  'response-cache-control',
  'response-content-disposition',
  'response-content-encoding',
  'response-content-language',
  'response-content-type',
  'response-expires',
  'restore',
  'security-token',
  'sequential',
  'startTime',
  'stat',
  'status',
  'style',
  'styleName',
  'symlink',
  'tagging',
  'uploadId',
  'uploads',
  'versionId',
  'versioning',
  'versions',
  'vod',
  'website',
  'worm',
  'wormExtend',
  'wormId',
  'x-oss-process',
  'x-oss-traffic-limit',
  'callback',
  'callback-var'
])

export const SECURITY_TOKEN_HEADER = 'x-oss-security-token'

export interface OssSigningRequest {
  method: string
  /** Request headers with lower-case names, as Node's http module gives them. */
  headers: Readonly<Record<string, string | undefined>>
  bucket: string
  key: string
  /** Signed sub-resources; an empty value is written as the bare name. */
  subResources?: Readonly<Record<string, string>>
}

/** The date slot: `x-oss-date` when sent, else `Date`. */
export function signingDate(headers: Readonly<Record<string, string | undefined>>): string {
  return headers['x-oss-date'] ?? headers['date'] ?? ''
}

/** `name:value\n` for every x-oss-* header: lower-case names, trimmed values, sorted by name. */
export function canonicalizedOssHeaders(headers: Readonly<Record<string, string | undefined>>): string {
  return Object.keys(headers)
    .map(name => name.toLowerCase())
    .filter(name => name.startsWith('x-oss-'))
    .sort()
    .map(name => `${name}:${(headers[name] ?? '').trim()}\n`)
    .join('')
}

/** `/<bucket>/<key>` plus the sorted signed sub-resources as `?a&b=v`. */
export function canonicalizedResource(bucket: string, key: string, subResources: Readonly<Record<string, string>> = {}): string {
  const signed = Object.keys(subResources)
    .filter(name => SIGNED_SUB_RESOURCES.has(name))
    .sort()
    .map(name => (subResources[name] ? `${name}=${subResources[name]}` : name))
  const query = signed.length > 0 ? `?${signed.join('&')}` : ''
  return `/${bucket}/${key}${query}`
}

export function ossStringToSign(request: OssSigningRequest): string {
  const { headers } = request
  return [
    request.method.toUpperCase(),
    headers['content-md5'] ?? '',
    headers['content-type'] ?? '',
    signingDate(headers),
    canonicalizedOssHeaders(headers) + canonicalizedResource(request.bucket, request.key, request.subResources)
  ].join('\n')
}

/** Base64 HMAC-SHA1 of the string to sign, keyed with the secret itself. */
export function ossSignature(stringToSign: string, secret: string): string {
  return createHmac('sha1', secret).update(stringToSign, 'utf8').digest('base64')
}

/** The string to sign with the security token's value blanked, safe to echo in an error message. */
export function redactSecurityToken(stringToSign: string): string {
  return stringToSign.replace(/^(x-oss-security-token:).*$/m, '$1<redacted>')
}
