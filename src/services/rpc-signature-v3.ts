/**
 * The RPC signature V3, `ACS3-HMAC-SHA256` (docs/protocol.md, "RPC signature V3"): pure functions
 * from a request's method, query, headers and body hash to its Authorization header.
 */
import { createHash, createHmac } from 'node:crypto'
import { compareStrings, percentEncode } from '../shared/index.js'

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
