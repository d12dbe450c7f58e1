/** The Alibaba Cloud RPC (POP) signature, version 1.0, written from the published algorithm. */
import { createHmac } from 'node:crypto'

const UNRESERVED = /[A-Za-z0-9\-_.~]/

/** RFC 3986 percent-encoding of the UTF-8 bytes: only A-Z a-z 0-9 - _ . ~ stay as they are. */
export function percentEncode(value: string): string {
  let encoded = ''
  for (const byte of Buffer.from(value, 'utf8')) {
    const char = String.fromCharCode(byte)
    encoded += byte < 0x80 && UNRESERVED.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`
  }
  return encoded
}

/** `name=value` pairs, encoded and sorted by name, joined with `&`; the Signature parameter is left out. */
export function rpcCanonicalQuery(params: Record<string, string>): string {
  return Object.keys(params)
    .filter(name => name !== 'Signature')
    .sort()
    .map(name => `${percentEncode(name)}=${percentEncode(params[name] ?? '')}`)
    .join('&')
}

export function rpcStringToSign(method: string, params: Record<string, string>): string {
  return `${method.toUpperCase()}&${percentEncode('/')}&${percentEncode(rpcCanonicalQuery(params))}`
}

/** Base64 HMAC-SHA1 of the string to sign, keyed with `secret + "&"`. */
export function rpcSignature(method: string, params: Record<string, string>, secret: string): string {
  return createHmac('sha1', `${secret}&`).update(rpcStringToSign(method, params), 'utf8').digest('base64')
}
