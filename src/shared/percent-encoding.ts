/**
 * RFC 3986 percent-encoding of a text's UTF-8 bytes (docs/protocol.md, "RPC signature V3"): only
 * A-Z a-z 0-9 - _ . ~ stay, every other byte becomes `%XY` in upper case. The V3 signer encodes the
 * query with it, and the secret registry registers a credential's encoded forms with it, so that the
 * form a request carries is exactly the form that is redacted.
 */

/** What encodeURIComponent keeps that RFC 3986 does not. */
const KEPT_BY_ENCODE_URI_COMPONENT = /[!'()*]/g

export function percentEncode(value: string): string {
  // encodeURIComponent writes UTF-8 in upper-case hex and keeps the unreserved set plus ! ' ( ) *,
  // and throws on a lone surrogate: toWellFormed() first makes that U+FFFD, as UTF-8 encoding does.
  return encodeURIComponent(value.toWellFormed()).replace(KEPT_BY_ENCODE_URI_COMPONENT, escapeKept)
}

function escapeKept(char: string): string {
  return `%${char.charCodeAt(0).toString(16).toUpperCase()}`
}
