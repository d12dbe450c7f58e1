/** Wires the VOD client and the OSS upload to one run's config, over the run's shared connections. */
import { Connections, type CallTrace } from './connections.js'
import { PARTS_IN_FLIGHT, putObject, type OssSignatureVersion } from './oss-upload.js'
import { ossRequestOrigin } from './transport.js'
import type { UploadServices } from './port.js'
import { VodClient, type VodSignatureVersion } from './vod-client.js'
import { fixedCredentials, type CredentialSource, type VodCredentials } from './credentials.js'
import { githubIdToken } from './github-id-token.js'
import { OidcSession, STILL_USABLE_MS } from './oidc-session.js'
import { assumeRoleWithOidc, type OidcRole } from './sts-client.js'
import { CancelledError, causeDetail, proxyCause, ServiceError, type Service } from '../shared/index.js'
import { checkUploadHost, type AllowedHost } from './upload-hosts.js'
import { FIRST_CONTACT, firstContacts, type FirstContact, type FirstContactTiming } from './first-contact.js'

/** The port, and what the run itself does with the services: sign in, cut the connections, ask whether a service answered. */
export interface Services extends UploadServices {
  /** Gets the first credentials: with role-to-assume, assumes the role now, so that a role that cannot be assumed fails the run before any upload. */
  signIn(): Promise<void>
  /** Ends every connection, in use or idle: requests in flight fail at once. Later requests open new ones. */
  closeConnections(): void
  /** Whether the service answered at least once this run (an error answer counts). */
  answered(service: Service): boolean
}

/** What the services take from the edges of the run. */
export interface ServiceEdges {
  /** Masks and redacts the values from now on (the secret registry). */
  secret: (...values: string[]) => void
  /** A line for the debug log (no secret in it). */
  debug?: (message: string) => void
  /** A line for the log: what the run is waiting for, while a service has not answered yet. */
  waiting?: (message: string) => void
  /** The first-contact timing (first-contact.ts): tests shorten it. */
  firstContact?: Partial<FirstContactTiming>
}

/** The inputs the services are made with. */
export interface ServicesOptions {
  /** VOD endpoint without a trailing slash. */
  endpoint: string
  /** Keys as given, or the RAM role to assume with the workflow's OIDC token (role-to-assume). */
  credentials: VodCredentials | OidcRole
  region: string
  /** Files uploaded at once. */
  concurrency: number
  /** Per request. */
  timeoutMs: number
  ossSignatureVersion: OssSignatureVersion
  /** v3 unless given. */
  vodSignatureVersion?: VodSignatureVersion
  /** Hosts besides OSS's own that an UploadAddress may point at (upload-hosts). */
  uploadHosts: readonly AllowedHost[]
}

export function createServices(config: ServicesOptions, edges: ServiceEdges = { secret: () => undefined }): Services {
  // Room for every part in flight (a multipart file sends several at once: a part queued for a
  // socket would spend its timeout waiting), plus the odd cleanup call. Single PUTs and VOD calls
  // never hold more than `concurrency` connections, since no more of them are ever in flight.
  const connections = new Connections(config.concurrency * PARTS_IN_FLIGHT + 2)
  const contacts = firstContacts(
    { ...FIRST_CONTACT, ...edges.firstContact },
    { timeoutMs: config.timeoutMs, say: edges.waiting ?? (() => undefined) }
  )
  const atProxy = watched(contacts, throughProxy(connections))
  const credentials = credentialSource(config, { connections, atProxy, edges, timeoutMs: () => contacts.sts.timeoutMs() })
  const vod = new VodClient({
    endpoint: config.endpoint,
    credentials,
    timeoutMs: () => contacts.vod.timeoutMs(),
    agent: connections.agentFor(config.endpoint),
    signatureVersion: config.vodSignatureVersion
  })
  return {
    signIn: () => credentials.current().then(() => undefined),
    createUploadImage: params =>
      atProxy({ service: 'vod', api: 'CreateUploadImage', url: config.endpoint }, () => vod.createUploadImage(params)),
    deleteImages: ids => atProxy({ service: 'vod', api: 'DeleteImage', url: config.endpoint }, () => vod.deleteImages(ids)),
    getImageInfos: (ids, options) =>
      atProxy({ service: 'vod', api: 'GetImageInfos', url: config.endpoint }, () => vod.getImageInfos(ids, options)),
    putObject: async (ticket, object, parts) => {
      checkUploadHost(ticket.address.endpoint, { allowed: config.uploadHosts, vodEndpoint: config.endpoint })
      const url = ossRequestOrigin(ticket.address.endpoint, ticket.address.bucket)
      return atProxy({ service: 'oss', api: 'PutObject', url }, () =>
        putObject(ticket, object, {
          timeoutMs: contacts.oss.timeoutMs(),
          fallbackRegion: config.region,
          signatureVersion: config.ossSignatureVersion,
          agent: connections.agentFor(url),
          parts
        })
      )
    },
    closeConnections: () => {
      Object.values(contacts).forEach(contact => contact.dispose())
      connections.destroy()
    },
    answered: service => contacts[service].hasAnswered
  }
}

export function isOidcRole(credentials: VodCredentials | OidcRole): credentials is OidcRole {
  return 'roleArn' in credentials
}

/**
 * Fixed keys, or a session of the role renewed over STS with the run's connections. AssumeRoleWithOIDC
 * is a call of its own, also when a VOD call's need for credentials starts it: a proxy's refusal is STS's.
 */
function credentialSource(
  config: ServicesOptions,
  run: { connections: Connections; atProxy: ProxiedCall; edges: ServiceEdges; timeoutMs: () => number }
): CredentialSource {
  const role = config.credentials
  if (!isOidcRole(role)) return fixedCredentials(role)
  const agent = run.connections.agentFor(role.stsEndpoint)
  const call = { service: 'sts', api: 'AssumeRoleWithOIDC', url: role.stsEndpoint } as const
  return new OidcSession({
    fetchIdToken: githubIdToken(role.audience),
    assume: token => run.atProxy(call, () => assumeRoleWithOidc(role, token, { timeoutMs: run.timeoutMs(), agent })),
    secret: run.edges.secret,
    renewalFailed: run.edges.debug,
    // A call signed with the old session must be able to finish before it ends.
    stillUsableMs: Math.max(STILL_USABLE_MS, config.timeoutMs)
  })
}

interface Call {
  service: Service
  api: string
  url: string
}

type ProxiedCall = <T>(call: Call, send: () => Promise<T>) => Promise<T>

/** Every call through its service's first contact (first-contact.ts), which sees each answer and each silence. */
function watched(contacts: Record<Service, FirstContact>, send: ProxiedCall): ProxiedCall {
  return (call, request) => contacts[call.service].watch(new URL(call.url).origin, () => send(call, request))
}

/**
 * A call that failed after a proxy refused a CONNECT for one of its own requests failed at the
 * proxy, whatever the answer looked like to the client; a name that did not resolve or a refused
 * connection on the way through a proxy is the proxy's.
 */
function throughProxy(connections: Connections): ProxiedCall {
  return async ({ service, api, url }, send) => {
    const trace: CallTrace = {}
    try {
      return await connections.traced(trace, send)
    } catch (error) {
      if (error instanceof CancelledError) throw error
      const refusal = trace.refusal
      if (refusal) {
        const reach = refusal.status === 407 ? 'proxy-auth' : 'proxy-refused'
        const code = refusal.status === 407 ? 'ProxyAuthenticationRequired' : 'ProxyRefused'
        throw new ServiceError({ service, api, code, status: refusal.status, detail: causeDetail(reach), kind: 'permanent', reach })
      }
      // Another service's failure (STS's, from a renewal a VOD call started) was placed by its own call.
      if (error instanceof ServiceError && error.service === service && error.reach && connections.proxied(url)) {
        const reach = proxyCause(error.reach)
        if (reach !== error.reach)
          throw new ServiceError({ ...error.fields(), detail: `${causeDetail(reach)} (${error.code})`, reach }, error.cause)
      }
      throw error
    }
  }
}
