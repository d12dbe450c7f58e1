/**
 * Why a service could not be reached at all, told from the error's code (never its message), and
 * what to do about it: said once for the run, since every file would meet the same wall.
 */
import { Inputs } from './names.js'

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

/** The short per-file detail; the fix is said once for the run (reachNote). */
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

/** Where the run tried to go, for the note. */
interface Destination {
  /** The VOD endpoint (an origin: no credentials, no path). */
  endpoint: string
  /** The endpoint was made from the region input, not given: the region is what to check. */
  endpointFromRegion?: boolean
}

const PLACES: Record<Unreachable['service'], (destination: Destination) => { where: string; endpointFix: string }> = {
  vod: destination => ({
    where: `the VOD endpoint ${destination.endpoint}`,
    endpointFix: destination.endpointFromRegion
      ? `check the ${Inputs.Region} input (the endpoint is made from it)`
      : `check the ${Inputs.Endpoint} input`
  }),
  oss: () => ({ where: 'the OSS host VOD gave for the upload', endpointFix: `check the ${Inputs.StorageLocation} input and the region` }),
  sts: () => ({ where: 'the STS endpoint', endpointFix: `check the ${Inputs.StsEndpoint} input` })
}

/** What is wrong and what to do, once for the run. */
export function reachNote(unreachable: Unreachable, destination: Destination): string {
  const { where, endpointFix } = PLACES[unreachable.service](destination)
  const proxyFix = `if the runner must go through a proxy set HTTPS_PROXY, and to go around one add the host to NO_PROXY`
  switch (unreachable.cause) {
    case 'untrusted-certificate':
      return `The TLS certificate of ${where} is not signed by a CA this runner trusts: a private CA, or a proxy that inspects TLS. Give Node that CA: set NODE_EXTRA_CA_CERTS to its PEM file in the step's or job's env:; or, if a TLS-inspecting proxy may be bypassed, add the host to NO_PROXY.`
    case 'host-mismatch':
      return `The TLS certificate of ${where} is for another host name: ${endpointFix} (use the host name the certificate names, not an IP address or an alias). If a TLS-inspecting proxy answered for the host, add it to NO_PROXY.`
    case 'expired-certificate':
      return `The TLS certificate of ${where} has expired or is not valid yet: check the runner's clock; if a proxy that inspects TLS answered with its own certificate, add the host to NO_PROXY or ask for the proxy's certificate to be renewed.`
    case 'host-not-found':
      return `The host name of ${where} does not resolve: ${endpointFix} (for example https://vod.cn-shanghai.aliyuncs.com); ${proxyFix}.`
    case 'connection-refused':
      return `${capitalised(where)} refused the connection (nothing listens at that address and port): ${endpointFix} (the host and the port); ${proxyFix}.`
    case 'proxy-auth':
      return `The proxy asked for credentials (HTTP 407) before it would connect to ${where}: put them in the proxy URL (HTTPS_PROXY=http://user:password@proxy:port, from a secret), or add the host to NO_PROXY to go around the proxy.`
    case 'proxy-refused':
      return `The proxy refused to connect to ${where} (HTTP ${unreachable.status ?? '?'} to CONNECT): ask for the host to be allowed, or add it to NO_PROXY to go around the proxy.`
    case 'no-answer':
      return `${capitalised(where)} accepted connections but never answered this run (requests to a service that has not answered yet give up sooner, and are retried once): ${endpointFix} (is something else listening at that address and port?); ${proxyFix}.`
    case 'not-tls':
      return `${capitalised(where)} does not speak TLS, though the URL says https://: if it is plain HTTP, write http:// (${endpointFix}); if a proxy or firewall answers in its place, add the host to NO_PROXY or ask for it to be allowed.`
    case 'proxy-unreachable':
      return `The proxy that HTTPS_PROXY or HTTP_PROXY names cannot be reached (its host name does not resolve, or it refused the connection) on the way to ${where}: check the proxy URL and port, or add the host to NO_PROXY to go around the proxy.`
  }
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** One note per distinct way the services could not be reached, in the order the files met them. */
export function reachNotes(unreachable: ReadonlyArray<Unreachable | undefined>, destination: Destination): string[] {
  const notes = unreachable.flatMap(entry => (entry ? [reachNote(entry, destination)] : []))
  return [...new Set(notes)]
}
