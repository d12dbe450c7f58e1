/**
 * URL signing type A, as a CDN domain with URL signing on applies it (docs/protocol.md, "Signed URLs"):
 * `?auth_key={timestamp}-{rand}-{uid}-{md5hex("{path}-{timestamp}-{rand}-{uid}-{key}")}`, timestamp the
 * second the URL stops being valid, path from the first `/` of the URL without its query.
 */
import { createHash } from 'node:crypto'
import { hex32 } from './ids.js'

/** The console's default validity of a signed URL, when GetImageInfos is sent no AuthTimeout. */
export const DEFAULT_AUTH_TIMEOUT_SECONDS = 1800

function authHash(path: string, parts: { timestamp: number; rand: string; uid: string }, key: string): string {
  return createHash('md5').update(`${path}-${parts.timestamp}-${parts.rand}-${parts.uid}-${key}`).digest('hex')
}

/** The URL with its auth_key, valid until nowMs + authTimeoutSeconds. */
export function signUrl(url: string, key: string, validity: { nowMs: number; authTimeoutSeconds: number }): string {
  const parsed = new URL(url)
  const parts = { timestamp: Math.floor(validity.nowMs / 1000) + validity.authTimeoutSeconds, rand: hex32(), uid: '0' }
  parsed.search = `auth_key=${parts.timestamp}-${parts.rand}-${parts.uid}-${authHash(parsed.pathname, parts, key)}`
  return parsed.toString()
}

/** Whether auth_key (the query value) signs path with key and has not expired at nowMs. */
export function validAuthKey(path: string, authKey: string | undefined, signing: { key: string; nowMs: number }): boolean {
  const match = /^([0-9]+)-([0-9a-zA-Z]+)-([0-9a-zA-Z]+)-([0-9a-f]{32})$/.exec(authKey ?? '')
  if (!match) return false
  const [, timestamp, rand, uid, hash] = match
  if (Number(timestamp) * 1000 < signing.nowMs) return false
  return authHash(path, { timestamp: Number(timestamp), rand, uid }, signing.key) === hash
}
