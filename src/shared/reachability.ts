/**
 * Why a service could not be reached at all, told from the error's code (never its message), and
 * what to do about it: said once for the run, since every file would meet the same wall.
 */
export type ReachCause =
  | 'untrusted-certificate'
  | 'host-mismatch'
  | 'expired-certificate'
  | 'host-not-found'
  | 'connection-refused'
  | 'proxy-auth'
  | 'proxy-refused'
  | 'proxy-unreachable'
  | 'no-answer'
  | 'not-tls'

const CAUSE_BY_CODE: Readonly<Record<string, ReachCause>> = {
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'untrusted-certificate',
  UNABLE_TO_GET_ISSUER_CERT: 'untrusted-certificate',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'untrusted-certificate',
  SELF_SIGNED_CERT_IN_CHAIN: 'untrusted-certificate',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'untrusted-certificate',
  CERT_UNTRUSTED: 'untrusted-certificate',
  ERR_TLS_CERT_ALTNAME_INVALID: 'host-mismatch',
  CERT_HAS_EXPIRED: 'expired-certificate',
  CERT_NOT_YET_VALID: 'expired-certificate',
  ENOTFOUND: 'host-not-found',
  ECONNREFUSED: 'connection-refused',
  // An https:// request answered in plain HTTP: OpenSSL reads the answer as a record of a wrong version (Node 20: EPROTO).
  EPROTO: 'not-tls',
  ERR_SSL_WRONG_VERSION_NUMBER: 'not-tls',
  ERR_SSL_PACKET_LENGTH_TOO_LONG: 'not-tls'
}

export function reachCause(code: string): ReachCause | undefined {
  return Object.hasOwn(CAUSE_BY_CODE, code) ? CAUSE_BY_CODE[code] : undefined
}

/** Retrying cannot help: the next file would fail the same way. A refused connection is retried first (a service restarting). */
export function isHopeless(cause: ReachCause): boolean {
  return cause !== 'connection-refused'
}

/** With a proxy, the client connects to the proxy only: a name that does not resolve or a refused connection is the proxy's. */
export function proxyCause(cause: ReachCause): ReachCause {
  return cause === 'host-not-found' || cause === 'connection-refused' ? 'proxy-unreachable' : cause
}

/** The short per-file detail; the fix is said once for the run (report/messages.ts, reachNote). */
export function causeDetail(cause: ReachCause): string {
  switch (cause) {
    case 'untrusted-certificate':
      return 'the TLS certificate could not be verified: its CA is not trusted'
    case 'host-mismatch':
      return 'the TLS certificate could not be verified: host name mismatch'
    case 'expired-certificate':
      return 'the TLS certificate could not be verified: expired'
    case 'host-not-found':
      return 'the host name does not resolve'
    case 'connection-refused':
      return 'the connection was refused (nothing listens there)'
    case 'proxy-auth':
      return 'the proxy asked for credentials'
    case 'proxy-refused':
      return 'the proxy refused the CONNECT'
    case 'proxy-unreachable':
      return 'the proxy cannot be reached'
    case 'no-answer':
      return 'the connection was accepted but no answer ever came'
    case 'not-tls':
      return 'the endpoint does not speak TLS (the https:// handshake got no TLS answer)'
  }
}

export interface Unreachable {
  service: 'vod' | 'oss' | 'sts'
  cause: ReachCause
  /** The HTTP status of a proxy's refusal. */
  status?: number
}
