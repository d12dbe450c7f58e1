/**
 * Where an UploadAddress may send the upload credential and the bytes. VOD's answer names the OSS
 * endpoint, and whatever host it names would get the STS token: only OSS's own hosts, and the hosts
 * the workflow lists in upload-hosts, ever do, and never over plain http unless that was the way to VOD too.
 */
import { Inputs, ServiceError } from '../shared/index.js'
import { isLoopback } from './transport.js'

/** A host the workflow allows: a name or IP (IPv6 in brackets), lower case, and the port when one was given. */
export interface AllowedHost {
  hostname: string
  port?: string
}

// OSS's endpoints of every region, and the accelerate endpoints, are under this domain (docs/protocol.md, "Where the upload goes").
const OSS_DOMAIN = '.aliyuncs.com'

const HOST_ENTRY = /^(\[[0-9a-f:.]+\]|[a-z0-9]([a-z0-9.-]*[a-z0-9])?)(?::([0-9]{1,5}))?$/

/** One upload-hosts entry (`host` or `host:port`) as an AllowedHost; undefined when it is neither. */
export function parseAllowedHost(entry: string): AllowedHost | undefined {
  const match = HOST_ENTRY.exec(entry.toLowerCase())
  if (!match || (match[3] !== undefined && Number(match[3]) > 65535)) return undefined
  return match[3] === undefined ? { hostname: match[1] } : { hostname: match[1], port: String(Number(match[3])) }
}

export interface UploadHostPolicy {
  /** upload-hosts: the hosts allowed besides OSS's own. */
  allowed: readonly AllowedHost[]
  /** The VOD endpoint: over plain http, its answer (the credential in it) has crossed the network unencrypted already. */
  vodEndpoint: string
}

/** An UploadAddress the upload credential must not be sent to: the file fails, nothing is sent there. */
export class UploadHostRefusedError extends ServiceError {
  constructor(
    readonly host: string,
    detail: string
  ) {
    super({ service: 'oss', api: 'PutObject', code: 'UploadHostRefused', detail, kind: 'permanent' })
    this.name = 'UploadHostRefusedError'
  }
}

/** Throws UploadHostRefusedError unless the endpoint may get the upload credential. */
export function checkUploadHost(endpoint: string, policy: UploadHostPolicy): void {
  const url = URL.parse(endpoint)
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new UploadHostRefusedError('', 'the UploadAddress endpoint is not an http(s) URL; the upload credential was not sent')
  }
  const { host } = url
  if (!url.hostname.endsWith(OSS_DOMAIN) && !isListed(url, policy.allowed)) {
    throw new UploadHostRefusedError(
      host,
      `the UploadAddress points at ${host}, which is not an OSS host (*${OSS_DOMAIN}); the upload credential was not sent there. If the host is yours (a private deployment, an emulator), add it to the ${Inputs.UploadHosts} input`
    )
  }
  if (url.protocol === 'http:' && !isLoopback(url.hostname) && URL.parse(policy.vodEndpoint)?.protocol !== 'http:') {
    throw new UploadHostRefusedError(
      host,
      `the UploadAddress points at http://${host}: the upload credential would travel unencrypted, so it was not sent (VOD is reached over https)`
    )
  }
}

function isListed(url: URL, allowed: readonly AllowedHost[]): boolean {
  const port = url.port || (url.protocol === 'https:' ? '443' : '80')
  return allowed.some(entry => entry.hostname === url.hostname && (entry.port === undefined || entry.port === port))
}
