/** Public types of the emulator; `index.ts` re-exports them. */

export interface AccessKey {
  id: string
  secret: string
  securityToken?: string
  /** A key minted by the STS side: refused with InvalidSecurityToken.Expired from this time on (the emulator's clock). */
  expiresAt?: number
}

/** A RAM role that AssumeRoleWithOIDC may assume. */
export interface StsRole {
  arn: string
  /** The role's MaxSessionDuration: a longer DurationSeconds is refused. Default 3600. */
  maxSessionSeconds?: number
}

/** A RAM OIDC identity provider: the OIDC token's `aud` must be one of its client ids. */
export interface StsOidcProvider {
  arn: string
  clientIds: string[]
}

/** The STS side (AssumeRoleWithOIDC) and the GitHub OIDC token endpoint, served on a port of their own. */
export interface StsOptions {
  /** Default: acs:ram::1234567890123456:role/github-vod-upload, at most 3600 s. */
  roles?: StsRole[]
  /** Default: acs:ram::1234567890123456:oidc-provider/github with client id sts.aliyuncs.com. */
  providers?: StsOidcProvider[]
  /** How long minted credentials last, whatever DurationSeconds asked: tests shorten it (e.g. 2) to see sessions expire. */
  credentialSeconds?: number
  /** The `sub` of the OIDC tokens issued. Default repo:octo-org/docs-site:ref:refs/heads/main. */
  subject?: string
}

/** One AssumeRoleWithOIDC call the STS side answered. */
export interface StsCallRecord {
  roleArn?: string
  oidcProviderArn?: string
  roleSessionName?: string
  durationSeconds?: string
  /** The `aud` of the OIDC token sent, when it was one the emulator issued. */
  audience?: string
  status: number
  code?: string
  /** The STS. key id minted, on success. */
  accessKeyId?: string
  at: number
}

/** One request to the OIDC token endpoint. */
export interface IdTokenRequestRecord {
  audience?: string
  status: number
  at: number
}

export type FaultKind =
  | 'http503' // VOD: 503 JSON ServiceUnavailable; OSS: 503 XML ServiceUnavailable
  | 'internalError' // VOD: 500 JSON InternalError; OSS: 500 XML InternalError
  | 'throttle' // VOD: 400 JSON Throttling.User; OSS: 503 XML ServiceUnavailable ("Please reduce your request rate.")
  | 'html502' // 502 with an HTML body, like a gateway
  | 'reset' // destroy the socket without answering
  | 'hang' // never answer; close() destroys the socket
  | 'expiredToken' // OSS: 403 SecurityTokenExpired; VOD: 400 InvalidSecurityToken.Expired
  | 'accessDenied' // OSS: 403 AccessDenied; VOD: 403 Forbidden.RAM
  | 'skewed' // OSS: 403 RequestTimeTooSkewed; VOD: 400 InvalidTimeStamp.Expired
  | 'lostAnswer' // VOD: the request is carried out (an image is created), then the connection drops before the answer; OSS: as reset

export type ServiceName = 'vod' | 'oss'

export interface FaultContext {
  service: ServiceName
  method: string
  action?: string
  bucket?: string
  key?: string
  /** OSS: the query parameters, e.g. `partNumber` of an UploadPart. */
  query?: Readonly<Record<string, string>>
  image?: ImageRecord
  requestNumber: number
}

/** Error text that answering faults carry instead of the service's own: for tests of how the client shows it. */
export interface CraftedAnswer {
  code?: string
  message?: string
  /** The HTTP status, when the code goes with another status than the fault's own (OSS's InvalidObjectName: 400). */
  status?: number
  /** In the error body only: a header cannot carry a line break. */
  requestId?: string
}

export interface FaultPolicy {
  rate?: number
  kinds?: FaultKind[]
  rule?: (ctx: FaultContext) => FaultKind | undefined
  actions?: string[]
  answer?: CraftedAnswer
}

export interface FaultPolicies {
  vod?: FaultPolicy
  oss?: FaultPolicy
}

export type LatencyOption = number | { vod?: number; oss?: number }

/**
 * VOD flow control: each action admits its limit of calls per sliding second and answers the rest
 * 400 Throttling.User; with retryAfterMs, those answers carry `x-acs-retry-after`. `limits` sets an
 * action's limit (DOCUMENTED_FLOW_LIMITS: the documented ones); callsPerSecond applies to every action `limits` does not name.
 */
export interface FlowControlOption {
  callsPerSecond?: number
  limits?: Readonly<Partial<Record<string, number>>>
  retryAfterMs?: number
}

/** An image made as another team (another repository, or an upload from before the mark) would: see Emulator.createImageAs. */
export interface ForeignImage {
  /** The tags it carries, e.g. another repository's mark `gh-repo-id-…`, or none. */
  tags?: string[]
  title?: string
  /** The bytes stored for it (a small PNG-like default when absent). */
  content?: Buffer
  ext?: string
  appId?: string
}

export type ExpiredCredentialsOption = number | ((image: ImageRecord) => boolean)

export interface EmulatorOptions {
  host?: string
  vodPort?: number
  ossPort?: number
  accessKeys?: AccessKey[]
  latencyMs?: LatencyOption
  maxClockSkewSeconds?: number
  credentialLifetimeSeconds?: number
  expiredCredentials?: ExpiredCredentialsOption
  faults?: FaultPolicies
  flowControl?: FlowControlOption
  seed?: number
  clock?: () => number
  region?: string
  bucket?: string
  categories?: number[]
  appIds?: string[]
  storageLocations?: string[]
  maxObjectBytes?: number
  /**
   * Accept OSS V1 signatures (`Authorization: OSS ak:sig`) besides V4. Off by default: like the 2026
   * service for an account or bucket created after V1 was retired, V1 gets 403 with EC 0002-00000080.
   */
  acceptV1Signatures?: boolean
  /**
   * Accept VOD RPC signatures V2 (HMAC-SHA1 parameters) besides V3 (ACS3-HMAC-SHA256). Off by
   * default: a client meant to sign V3 that falls back to V2 is caught; V2 then gets 400
   * UnsupportedSignatureVersion (the emulator's code: no page names the real one).
   */
  acceptRpcV2?: boolean
  /**
   * Serve VOD and OSS over HTTPS, with a certificate from a CA made at start (see `ca` / `caFile` on
   * the emulator). Clients must trust that CA; certificate checks are never switched off.
   */
  tls?: boolean
  /**
   * A host name to hand out in UploadAddress.Endpoint instead of the loopback address, e.g.
   * 'oss-cn-shanghai.aliyuncs.com', so that clients reach OSS by name (through a test proxy that
   * maps names to loopback). The port stays the emulator's.
   */
  advertisedOssHost?: string
  /**
   * Fields left out of every UploadAuth handed out, to play VOD answers that lack them: without
   * `Expiration` a client must fall back to `ExpireUTCTime`, without `Region` to the endpoint host.
   */
  uploadAuthOmits?: UploadAuthField[]
  stsPort?: number
  sts?: StsOptions
  /**
   * URL signing (type A) on the image domain: GetImageInfo(s) answer a signed `URL` (valid for
   * `AuthTimeout` seconds), CreateUploadImage's ImageURL stays unsigned, and an anonymous GET or HEAD
   * of an image's object needs a valid, unexpired `auth_key` (else 403 AccessDenied).
   */
  urlSigning?: { key: string }
  /** How long after its object is stored an image stays `Uploading` (by `clock`); 0 by default. */
  processingDelayMs?: number
  /** Images that end `UploadFail` once their object is stored (instead of `Normal`). */
  uploadFails?: (image: ImageRecord) => boolean
}

/** The fields of the UploadAuth document (Base64 JSON) of a CreateUploadImage answer. */
export type UploadAuthField = 'AccessKeyId' | 'AccessKeySecret' | 'SecurityToken' | 'Expiration' | 'ExpireUTCTime' | 'Region'

export interface IssuedCredential {
  accessKeyId: string
  accessKeySecret: string
  securityToken: string
  expiresAt: number
}

export interface ImageRecord {
  imageId: string
  requestId: string
  params: Record<string, string>
  title?: string
  tags: string[]
  imageType: string
  imageExt: string
  bucket: string
  key: string
  imageUrl: string
  fileUrl: string
  credential: IssuedCredential
  uploaded: boolean
  bytes?: number
  deleted: boolean
  createdAt: number
}

export interface StoredObject {
  bucket: string
  key: string
  body: Buffer
  contentType?: string
  contentMd5Sent: boolean
  etag: string
  multipart: boolean
  uploadedAt: number
}

export interface RequestRecord {
  service: ServiceName
  method: string
  action?: string
  ossOperation?: string
  path: string
  status: number
  code?: string
  imageId?: string
  fault?: FaultKind
  /** Which signature the request carried, when there was one: OSS v1 or v4, VOD v2 or v3. */
  signature?: 'v1' | 'v4' | 'v2' | 'v3'
  /** OSS: whether the request carried Content-MD5. */
  contentMd5?: boolean
  /** VOD: the AccessKeyId the request was signed with (whether or not the emulator knows it). */
  accessKeyId?: string
  /** Whether the request came over TLS. */
  secure: boolean
  at: number
}

export interface ServiceStats {
  connections: number
  /** TLS handshakes completed (0 over plain HTTP); each is a new TLS connection. */
  handshakes: number
  /** Of those, how many resumed an earlier session. */
  resumedSessions: number
  requests: number
  inFlight: number
  maxInFlight: number
}

export interface Emulator {
  readonly vodEndpoint: string
  readonly ossEndpoint: string
  readonly accessKey: AccessKey
  /** STS (AssumeRoleWithOIDC) at `/`; the OIDC token endpoint is on the same port (see idTokenEnv). */
  readonly stsEndpoint: string
  /** The first role and provider the STS side knows: the action's role-to-assume and oidc-provider-arn. */
  readonly oidcRole: { roleArn: string; oidcProviderArn: string }
  /** What the runner gives a job with `permissions: id-token: write`, pointing at the emulator's token endpoint. */
  idTokenEnv(): { ACTIONS_ID_TOKEN_REQUEST_URL: string; ACTIONS_ID_TOKEN_REQUEST_TOKEN: string }
  readonly stsCalls: readonly StsCallRecord[]
  readonly idTokenRequests: readonly IdTokenRequestRecord[]
  /** With `tls`: the PEM of the CA that signed the servers' certificate. */
  readonly ca?: string
  /** With `tls`: a file holding `ca`, for NODE_EXTRA_CA_CERTS; removed by close(). */
  readonly caFile?: string
  readonly images: ReadonlyMap<string, ImageRecord>
  readonly requests: readonly RequestRecord[]
  /** throttledCalls: VOD calls answered Throttling.User by the flow control since the last reset. */
  stats(): { vod: ServiceStats; oss: ServiceStats; maxOpenImages: number; throttledCalls: number }
  getObject(bucket: string, key: string): StoredObject | undefined
  objectForImage(imageId: string): StoredObject | undefined
  issuedSecrets(): string[]
  setFaults(faults: FaultPolicies | undefined): void
  setLatency(latencyMs: EmulatorOptions['latencyMs']): void
  setExpiredCredentials(v: EmulatorOptions['expiredCredentials']): void
  /** undefined: no flow control. */
  setFlowControl(option: FlowControlOption | undefined): void
  /**
   * Creates an image with its bytes stored, as CreateUploadImage and a PutObject from another client
   * would (not recorded as requests of this emulator's log): another team's image in the same account.
   */
  createImageAs(image: ForeignImage): ImageRecord
  /** The UploadAuth fields left out from now on; undefined: none. */
  setUploadAuthOmits(fields: UploadAuthField[] | undefined): void
  reset(): void
  close(): Promise<void>
}
