/**
 * The OSS V4 header signature (`OSS4-HMAC-SHA256`), written from the published algorithm
 * (docs/protocol.md, "OSS Signature V4"): canonical request → string to sign → signing key → signature.
 */
import { createHash, createHmac } from 'node:crypto'

const V4_ALGORITHM = 'OSS4-HMAC-SHA256'
export const UNSIGNED_PAYLOAD = 'UNSIGNED-PAYLOAD'

interface V4SigningRequest {
  method: string
  /** Request headers with lower-case names. */
  headers: Readonly<Record<string, string | undefined>>
  bucket: string
  key: string
  /** Every query parameter; an empty value stands for a bare name (`?uploads`). */
  query?: Readonly<Record<string, string>>
  /** Lower-case names of further headers to sign (the AdditionalHeaders list). */
  additionalHeaders?: readonly string[]
}

interface V4Scope {
  /** `YYYYMMDD` */
  date: string
  region: string
}

/** RFC 3986: unreserved characters stay, every other UTF-8 byte becomes `%XY`. */
function uriEncode(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, char => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)
}

/** `/<bucket>/<key>`, encoded with `/` kept. */
export function canonicalUri(bucket: string, key: string): string {
  return uriEncode(`/${bucket}/${key}`).replace(/%2F/g, '/')
}

export function canonicalQuery(query: Readonly<Record<string, string>> = {}): string {
  return Object.entries(query)
    .map(([name, value]) => [uriEncode(name), value === '' ? '' : uriEncode(value)] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => (value === '' ? name : `${name}=${value}`))
    .join('&')
}

/** The names signed: content-type, content-md5 and every x-oss-* present, plus the additional ones. */
function signedHeaderNames(headers: Readonly<Record<string, string | undefined>>, additional: readonly string[] = []): string[] {
  const names = new Set(additional.map(name => name.toLowerCase()))
  for (const name of Object.keys(headers)) {
    const lower = name.toLowerCase()
    if (lower === 'content-type' || lower === 'content-md5' || lower.startsWith('x-oss-')) names.add(lower)
  }
  return [...names].sort()
}

function canonicalHeaders(headers: Readonly<Record<string, string | undefined>>, additional: readonly string[] = []): string {
  return signedHeaderNames(headers, additional)
    .map(name => `${name}:${(headers[name] ?? '').trim()}\n`)
    .join('')
}

export function v4CanonicalRequest(request: V4SigningRequest): string {
  const additional = [...(request.additionalHeaders ?? [])].map(name => name.toLowerCase()).sort()
  return [
    request.method.toUpperCase(),
    canonicalUri(request.bucket, request.key),
    canonicalQuery(request.query),
    canonicalHeaders(request.headers, additional),
    additional.join(';'),
    request.headers['x-oss-content-sha256'] ?? UNSIGNED_PAYLOAD
  ].join('\n')
}

function v4ScopeText(scope: V4Scope): string {
  return `${scope.date}/${scope.region}/oss/aliyun_v4_request`
}

/** `OSS4-HMAC-SHA256\n<x-oss-date>\n<scope>\n<hex SHA-256 of the canonical request>` */
export function v4StringToSign(canonicalRequest: string, dateTime: string, scope: V4Scope): string {
  const hashed = createHash('sha256').update(canonicalRequest, 'utf8').digest('hex')
  return [V4_ALGORITHM, dateTime, v4ScopeText(scope), hashed].join('\n')
}

/** HMAC-SHA256 chain from `"aliyun_v4" + secret` over the date, the region, `oss`, `aliyun_v4_request`. */
export function v4SigningKey(secret: string, scope: V4Scope): Buffer {
  const hmac = (key: string | Buffer, text: string): Buffer => createHmac('sha256', key).update(text, 'utf8').digest()
  return hmac(hmac(hmac(hmac(`aliyun_v4${secret}`, scope.date), scope.region), 'oss'), 'aliyun_v4_request')
}

export function v4Signature(signingKey: Buffer, stringToSign: string): string {
  return createHmac('sha256', signingKey).update(stringToSign, 'utf8').digest('hex')
}

export interface V4Authorization {
  accessKeyId: string
  scope: V4Scope
  additionalHeaders: string[]
  signature: string
}

/**
 * `OSS4-HMAC-SHA256 Credential=<id>/<date>/<region>/oss/aliyun_v4_request,[AdditionalHeaders=a;b,]Signature=<hex>`;
 * undefined when the header is not of that form.
 */
export function parseV4Authorization(header: string): V4Authorization | undefined {
  const match = /^OSS4-HMAC-SHA256 (.+)$/.exec(header.trim())
  if (!match?.[1]) return undefined
  const fields = new Map<string, string>()
  for (const pair of match[1].split(',')) {
    const eq = pair.indexOf('=')
    if (eq <= 0) return undefined
    const name = pair.slice(0, eq).trim()
    if (!['Credential', 'AdditionalHeaders', 'Signature'].includes(name) || fields.has(name)) return undefined
    fields.set(name, pair.slice(eq + 1).trim())
  }
  const credential = /^([^/\s]+)\/(\d{8})\/([a-z0-9-]+)\/oss\/aliyun_v4_request$/.exec(fields.get('Credential') ?? '')
  const signature = fields.get('Signature') ?? ''
  if (!credential?.[1] || !credential[2] || !credential[3] || !/^[0-9a-f]{64}$/.test(signature)) return undefined
  const additional = fields.get('AdditionalHeaders')
  return {
    accessKeyId: credential[1],
    scope: { date: credential[2], region: credential[3] },
    additionalHeaders: additional ? additional.split(';').map(name => name.trim().toLowerCase()) : [],
    signature
  }
}

/** `YYYYMMDDTHHMMSSZ` → epoch ms, NaN when malformed. */
export function parseV4Date(text: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text)
  if (!m) return Number.NaN
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]))
}
