/** The Alibaba Cloud RPC signature V3 (`ACS3-HMAC-SHA256`), written from the published algorithm. */
import { createHash, createHmac } from 'node:crypto'
import { percentEncode } from './rpc-signature.js'

export const ACS3_ALGORITHM = 'ACS3-HMAC-SHA256'

export interface Acs3Request {
  method: string
  /** Query (and form) parameters, decoded. */
  params: Record<string, string>
  /** Lower-case header names and their values as received. */
  headers: Record<string, string>
  /** The names the Authorization header lists, in its order. */
  signedHeaders: readonly string[]
  /** Hex SHA-256 of the body as the client declared it (x-acs-content-sha256). */
  payloadHash: string
}

export function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex')
}

/** Encoded names and values, sorted by name, `name=value` joined by `&`. */
export function acs3CanonicalQuery(params: Record<string, string>): string {
  const pairs = Object.entries(params).map(([name, value]) => `${percentEncode(name)}=${percentEncode(value)}`)
  return pairs
    .sort((a, b) => {
      const nameA = a.slice(0, a.indexOf('='))
      const nameB = b.slice(0, b.indexOf('='))
      return nameA === nameB ? 0 : nameA < nameB ? -1 : 1
    })
    .join('&')
}

export function acs3CanonicalRequest(request: Acs3Request): string {
  const names = [...request.signedHeaders].map(name => name.toLowerCase()).sort()
  let headerBlock = ''
  for (const name of names) headerBlock += `${name}:${(request.headers[name] ?? '').trim()}\n`
  return `${request.method.toUpperCase()}\n/\n${acs3CanonicalQuery(request.params)}\n${headerBlock}\n${names.join(';')}\n${request.payloadHash}`
}

export function acs3StringToSign(canonicalRequest: string): string {
  return `${ACS3_ALGORITHM}\n${sha256Hex(canonicalRequest)}`
}

/** Hex HMAC-SHA256 keyed with the raw secret. */
export function acs3Signature(stringToSign: string, secret: string): string {
  return createHmac('sha256', secret).update(stringToSign, 'utf8').digest('hex')
}

export interface Acs3Authorization {
  accessKeyId: string
  signedHeaders: string[]
  signature: string
}

/** `ACS3-HMAC-SHA256 Credential=<id>,SignedHeaders=<a;b>,Signature=<hex>`, or undefined when it is not one. */
export function parseAcs3Authorization(header: string | undefined): Acs3Authorization | undefined {
  const match = /^ACS3-HMAC-SHA256\s+(.*)$/.exec(header ?? '')
  if (!match?.[1]) return undefined
  const fields = new Map<string, string>()
  for (const part of match[1].split(',')) {
    const at = part.indexOf('=')
    if (at > 0) fields.set(part.slice(0, at).trim(), part.slice(at + 1).trim())
  }
  const accessKeyId = fields.get('Credential')
  const signedHeaders = fields.get('SignedHeaders')
  const signature = fields.get('Signature')
  if (!accessKeyId || !signedHeaders || !signature) return undefined
  return { accessKeyId, signedHeaders: signedHeaders.split(';'), signature }
}
