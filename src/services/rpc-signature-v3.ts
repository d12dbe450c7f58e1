/**
 * The RPC signature V3, `ACS3-HMAC-SHA256` (docs/protocol.md, "RPC signature V3"): pure functions
 * from a request's method, query, headers and body hash to its Authorization header.
 */
import { createHash, createHmac } from 'node:crypto'
import { compareStrings } from '../shared/index.js'

export const V3_ALGORITHM = 'ACS3-HMAC-SHA256'

/** Hex SHA-256 of an empty body: what x-acs-content-sha256 carries when nothing is sent. */
export const EMPTY_BODY_SHA256 = createHash('sha256').update('').digest('hex')

/** A request as the signature sees it; header names in lower case. */
export interface V3Request {
  method: string
  query: Readonly<Record<string, string>>
  headers: Readonly<Record<string, string>>
  /** Hex SHA-256 of the body (x-acs-content-sha256). */
  bodySha256: string
}

export interface V3Key {
  accessKeyId: string
  accessKeySecret: string
}

/** RFC 3986 percent-encoding of the UTF-8 bytes: only A-Z a-z 0-9 - _ . ~ stay, the rest `%XY` in upper case. */
export function percentEncode(value: string): string {
  // Byte by byte, not encodeURIComponent: that one keeps ! ' ( ) * and throws on a lone surrogate.
  let encoded = ''
  for (const byte of Buffer.from(value, 'utf8')) {
    encoded += isUnreserved(byte) ? String.fromCharCode(byte) : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`
  }
  return encoded
}

function isUnreserved(byte: number): boolean {
  return (
    (byte >= 0x41 && byte <= 0x5a) ||
    (byte >= 0x61 && byte <= 0x7a) ||
    (byte >= 0x30 && byte <= 0x39) ||
    byte === 0x2d ||
    byte === 0x5f ||
    byte === 0x2e ||
    byte === 0x7e
  )
}

/** Names and values encoded, sorted by encoded name, `name=value` joined by `&`. */
export function canonicalQuery(query: Readonly<Record<string, string>>): string {
  return Object.keys(query)
    .map(name => [percentEncode(name), percentEncode(query[name] ?? '')] as const)
    .sort(([a], [b]) => compareStrings(a, b))
    .map(([name, value]) => `${name}=${value}`)
    .join('&')
}

/** host, content-type and every x-acs-* header present: what the signature covers, sorted. */
export function signedHeaderNames(headers: Readonly<Record<string, string>>): string[] {
  return Object.keys(headers)
    .map(name => name.toLowerCase())
    .filter(name => name === 'host' || name === 'content-type' || name.startsWith('x-acs-'))
    .sort()
}

export function canonicalRequest(request: V3Request): string {
  const names = signedHeaderNames(request.headers)
  const lower = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name.toLowerCase(), value]))
  const canonicalHeaders = names.map(name => `${name}:${(lower[name] ?? '').trim()}\n`).join('')
  return [request.method.toUpperCase(), '/', canonicalQuery(request.query), canonicalHeaders, names.join(';'), request.bodySha256].join(
    '\n'
  )
}

export function stringToSign(request: V3Request): string {
  return `${V3_ALGORITHM}\n${createHash('sha256').update(canonicalRequest(request), 'utf8').digest('hex')}`
}

/** Hex HMAC-SHA256 of the string to sign, keyed with the secret as it is (no `&`, unlike V2). */
export function v3Signature(request: V3Request, secret: string): string {
  return createHmac('sha256', secret).update(stringToSign(request), 'utf8').digest('hex')
}

export function v3Authorization(request: V3Request, key: V3Key): string {
  const signedHeaders = signedHeaderNames(request.headers).join(';')
  return `${V3_ALGORITHM} Credential=${key.accessKeyId},SignedHeaders=${signedHeaders},Signature=${v3Signature(request, key.accessKeySecret)}`
}
