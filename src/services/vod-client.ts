/**
 * The VOD OpenAPI client: CreateUploadImage, DeleteImage and GetImageInfos, signed V3
 * (ACS3-HMAC-SHA256, rpc-transport) by default or V2 through @alicloud/pop-core on request.
 * Every failure becomes a ServiceError built only from fields we choose: neither the request URL
 * nor a raw library message is ever passed on.
 */
// Only the RPC client: the package's index also loads its ROA client and xml2js, which cost start-up time.
import RPCClient from '@alicloud/pop-core/lib/rpc.js'
import type { Agent } from 'node:http'
import {
  imageIdProblem,
  Inputs,
  networkError,
  refusalOf,
  ServiceError,
  urlProblem,
  VodLimits,
  type ErrorKind,
  type ServiceErrorFields
} from '../shared/index.js'
import {
  InvalidUploadTicketError,
  ThrottlingError,
  type CreateUploadImageParams,
  type ImageInfo,
  type ImageInfos,
  type ImageInfosOptions,
  type UploadTicket
} from './port.js'
import type { CredentialSource, VodCredentials } from './credentials.js'
import { RpcAnswerError, sendRpc, type RpcAnswer } from './rpc-transport.js'
import type { VodApi } from './api-names.js'

/** v3: ACS3-HMAC-SHA256 (the default); v2: HMAC-SHA1, which Alibaba calls discontinued (docs/protocol.md). */
export type VodSignatureVersion = 'v3' | 'v2'

interface VodClientOptions {
  endpoint: string
  credentials: CredentialSource
  /** Per request; a function when it changes during the run (first-contact.ts). */
  timeoutMs: number | (() => number)
  agent?: Agent
  now?: () => number
  signatureVersion?: VodSignatureVersion
}

export class VodClient {
  /** pop-core signs with the keys it was made with: one client per set of credentials, the latest kept. */
  private client?: { credentials: VodCredentials; rpc: RPCClient }
  private readonly now: () => number
  private readonly signatureVersion: VodSignatureVersion

  constructor(private readonly options: VodClientOptions) {
    this.now = options.now ?? Date.now
    this.signatureVersion = options.signatureVersion ?? 'v3'
  }

  private get timeoutMs(): number {
    const { timeoutMs } = this.options
    return typeof timeoutMs === 'function' ? timeoutMs() : timeoutMs
  }

  async createUploadImage(params: CreateUploadImageParams): Promise<UploadTicket> {
    const response = await this.call('CreateUploadImage', { ...params })
    return decodeTicket(response, this.now())
  }

  async deleteImages(imageIds: readonly string[]): Promise<void> {
    if (imageIds.length === 0) return
    await this.call('DeleteImage', { DeleteImageType: 'ImageId', ImageIds: imageIds.join(',') })
  }

  /** Only what was asked about counts: an id VOD did not ask for is left out (docs/protocol.md, "GetImageInfos"). */
  async getImageInfos(imageIds: readonly string[], options: ImageInfosOptions = {}): Promise<ImageInfos> {
    if (imageIds.length === 0) return { infos: [], nonExistImageIds: [] }
    const params: Record<string, string> = { ImageIds: imageIds.join(',') }
    if (options.authTimeoutSeconds !== undefined) params.AuthTimeout = String(options.authTimeoutSeconds)
    const response = await this.call('GetImageInfos', params)
    return decodeImageInfos(response, new Set(imageIds))
  }

  /** One call; an answer that the session expired renews it once and sends the call again. */
  private async call(action: VodApi, params: Record<string, string>): Promise<Record<string, unknown>> {
    const credentials = await this.options.credentials.current()
    try {
      return await this.send(action, params, credentials)
    } catch (error) {
      if (!(error instanceof ServiceError) || error.code !== EXPIRED_SESSION) throw error
      if (!(await this.options.credentials.renewAfterExpired(credentials))) throw error
      return await this.send(action, params, await this.options.credentials.current())
    }
  }

  private send(action: VodApi, params: Record<string, string>, credentials: VodCredentials): Promise<Record<string, unknown>> {
    return this.signatureVersion === 'v2' ? this.sendV2(action, params, credentials) : this.sendV3(action, params, credentials)
  }

  private async sendV3(action: VodApi, params: Record<string, string>, credentials: VodCredentials): Promise<Record<string, unknown>> {
    let answer: RpcAnswer
    try {
      answer = await sendRpc(
        { endpoint: this.options.endpoint, action, version: VodLimits.apiVersion, params, credentials },
        { timeoutMs: this.timeoutMs, agent: this.options.agent, now: this.now }
      )
    } catch (error) {
      throw vodExchangeError(action, error)
    }
    if ((typeof answer.body.Code === 'string' && answer.body.Code !== '') || answer.status >= 400) throw vodAnswerError(action, answer)
    return answer.body
  }

  private async sendV2(action: VodApi, params: Record<string, string>, credentials: VodCredentials): Promise<Record<string, unknown>> {
    try {
      // POST in upper case: only then does pop-core put the parameters in the body, not the URL.
      return await this.clientFor(credentials).request<Record<string, unknown>>(action, params, { method: 'POST', timeout: this.timeoutMs })
    } catch (error) {
      throw withV2Hint(vodError(action, error))
    }
  }

  private clientFor(credentials: VodCredentials): RPCClient {
    if (this.client?.credentials !== credentials) {
      const rpc = new RPCClient({
        endpoint: this.options.endpoint,
        apiVersion: VodLimits.apiVersion,
        accessKeyId: credentials.accessKeyId,
        accessKeySecret: credentials.accessKeySecret,
        securityToken: credentials.securityToken,
        opts: this.options.agent ? { agent: this.options.agent } : undefined
      })
      this.client = { credentials, rpc }
    }
    return this.client.rpc
  }
}

/** What VOD answers to a call signed with an STS session that has expired (docs/protocol.md, "STS AssumeRoleWithOIDC"). */
const EXPIRED_SESSION = 'InvalidSecurityToken.Expired'

interface PopCoreError {
  code?: unknown
  name?: unknown
  data?: { RequestId?: unknown; Message?: unknown }
  entry?: { response?: { statusCode?: unknown; headers?: Record<string, unknown> } }
}

/** Turns whatever pop-core or the network threw into a ServiceError with no URL in it. */
export function vodError(api: string, error: unknown): ServiceError {
  const e = (error ?? {}) as PopCoreError
  if (e.data && typeof e.code === 'string') {
    return errorFromAnswer(api, {
      code: e.code,
      status: typeof e.entry?.response?.statusCode === 'number' ? e.entry.response.statusCode : undefined,
      requestId: e.data.RequestId,
      message: e.data.Message,
      retryAfter: e.entry?.response?.headers?.['x-acs-retry-after']
    })
  }
  // pop-core parses with json-bigint, whose parse error is a plain object named SyntaxError.
  if (error instanceof SyntaxError || e.name === 'SyntaxError') return notJson(api)
  return networkError('vod', api, error ?? {}, error)
}

/** An error answer (a Code, or an error status) of a V3 exchange. */
function vodAnswerError(api: string, answer: RpcAnswer): ServiceError {
  const code = typeof answer.body.Code === 'string' && answer.body.Code ? answer.body.Code : `HTTP${answer.status}`
  return errorFromAnswer(api, {
    code,
    status: answer.status,
    requestId: answer.body.RequestId,
    message: answer.body.Message,
    retryAfter: answer.headers['x-acs-retry-after']
  })
}

/** A V3 exchange that brought no usable answer: a timeout, a network failure, a body not JSON or too long. */
function vodExchangeError(api: string, error: unknown): ServiceError {
  if (error instanceof RpcAnswerError) {
    if (error.reason === 'not-json') return notJson(api, error.status)
    return new ServiceError({
      service: 'vod',
      api,
      code: 'InvalidResponse',
      status: error.status,
      detail: 'the answer was longer than any VOD answer (over 1 MiB): not read',
      kind: 'permanent'
    })
  }
  return networkError('vod', api, error ?? {}, error)
}

interface AnswerFields {
  code: string
  status?: number
  requestId: unknown
  message: unknown
  retryAfter: unknown
}

function errorFromAnswer(api: string, answer: AnswerFields): ServiceError {
  const fields: ServiceErrorFields = {
    service: 'vod',
    api,
    code: answer.code,
    status: answer.status,
    requestId: typeof answer.requestId === 'string' ? answer.requestId : undefined,
    detail: vodDetail(answer.code, answer.message),
    kind: classifyVodError(answer.code, answer.status)
  }
  const retryAfterMs = retryAfter(answer.retryAfter)
  if (THROTTLING_CODES.test(answer.code) || retryAfterMs !== undefined)
    return new ThrottlingError({ ...fields, kind: 'transient' }, retryAfterMs)
  if (fields.kind === 'permanent') fields.refusal = refusalOf(answer.code, answer.status)
  return new ServiceError(fields)
}

function notJson(api: string, status?: number): ServiceError {
  return new ServiceError({
    service: 'vod',
    api,
    code: 'InvalidResponse',
    status,
    detail: 'the answer was not JSON (an error page from a gateway or proxy?)',
    kind: 'transient'
  })
}

/**
 * A V2-signed call refused for its signature: VOD may take V3 only (docs/protocol.md, "RPC signature V3").
 * The codes are the signature refusals; a ThrottlingError is left as it is.
 */
function withV2Hint(error: ServiceError): ServiceError {
  if (!V2_REFUSAL_CODES.test(error.code) || error.constructor !== ServiceError) return error
  return new ServiceError({
    ...error.fields(),
    // The hint first: a long service message is cut at its end.
    detail: `the call was signed V2 (${Inputs.VodSignatureVersion}: v2), which VOD may no longer accept; set ${Inputs.VodSignatureVersion} to v3 (the default). VOD said: ${error.detail}`
  })
}

const V2_REFUSAL_CODES =
  /^(SignatureDoesNotMatch|IncompleteSignature|UnsupportedSignatureVersion|InvalidSignature(Method|Version)?)(\..*)?$/i

function vodDetail(code: string, message: unknown): string {
  if (code.startsWith('InvalidTimeStamp')) {
    return "VOD refused the request time: this runner's clock is more than 15 minutes off; fix the clock (NTP) and re-run"
  }
  if (typeof message !== 'string' || !message) return 'no message'
  // SignatureDoesNotMatch echoes the server's string to sign, which holds the SecurityToken.
  return message.split(/\s*server string to sign/i)[0] || 'no message'
}

const THROTTLING_CODES = /^throttling(\..*)?$/i

/** x-acs-retry-after in milliseconds (the unit the Alibaba Cloud SDKs read it in); anything else is not a wait. */
function retryAfter(value: unknown): number | undefined {
  const text: unknown = Array.isArray(value) ? (value as unknown[])[0] : value
  if (typeof text !== 'string' || !/^[0-9]+(\.[0-9]+)?$/.test(text.trim())) return undefined
  return Number(text)
}

const TRANSIENT_VOD_CODES = /^(throttling(\..*)?|serviceunavailable(\..*)?|internalerror)$/i

export function classifyVodError(code: string, status?: number): ErrorKind {
  if (TRANSIENT_VOD_CODES.test(code)) return 'transient'
  if (status !== undefined && status >= 500) return 'transient'
  return 'permanent'
}

/** The answer of CreateUploadImage as the upload needs it; what it would record and report is checked as the manifest checks it. */
export function decodeTicket(response: Record<string, unknown>, now: number): UploadTicket {
  const imageId = stringField(response, 'ImageId')
  // An ImageId not of VOD's form is never kept, not even to delete it: it could carry any text into a request or the log.
  const answer = { requestId: stringField(response, 'RequestId'), imageId: imageIdProblem(imageId) ? '' : imageId }
  checkAnswerValues(response, answer)
  const address = decodeBase64Json(response.UploadAddress, 'UploadAddress', answer)
  const auth = decodeBase64Json(response.UploadAuth, 'UploadAuth', answer)
  const field = (object: Record<string, unknown>, name: string, from: string): string => {
    const value = stringField(object, name)
    if (!value) throw invalidTicket(`${from} has no ${name}`, answer)
    return value
  }
  return {
    requestId: answer.requestId,
    imageId: field(response, 'ImageId', 'the answer'),
    // The manifest needs it, and a run that recorded none would refuse its own manifest next time.
    imageUrl: field(response, 'ImageURL', 'the answer'),
    fileUrl: stringField(response, 'FileURL'),
    address: {
      endpoint: field(address, 'Endpoint', 'UploadAddress'),
      bucket: bucketName(field(address, 'Bucket', 'UploadAddress'), answer),
      fileName: field(address, 'FileName', 'UploadAddress')
    },
    auth: {
      accessKeyId: field(auth, 'AccessKeyId', 'UploadAuth'),
      accessKeySecret: field(auth, 'AccessKeySecret', 'UploadAuth'),
      securityToken: field(auth, 'SecurityToken', 'UploadAuth'),
      receivedAt: now,
      expiresAt: expiry(auth, now),
      region: stringField(auth, 'Region') || undefined
    },
    rawSecrets: [stringField(response, 'UploadAuth')]
  }
}

/**
 * The bucket becomes part of the host the upload goes to (`<bucket>.<endpoint host>`): only a name of
 * the form OSS gives buckets (docs/protocol.md, "Where the upload goes") can never change that host.
 */
function bucketName(bucket: string, answer: TicketAnswer): string {
  if (/^[a-z0-9_][a-z0-9_-]{1,61}[a-z0-9_]$/.test(bucket)) return bucket
  throw invalidTicket('UploadAddress has a Bucket that is not an OSS bucket name', answer)
}

const ANSWER_VALUES: ReadonlyArray<[string, (value: unknown) => string | undefined]> = [
  ['ImageId', imageIdProblem],
  ['ImageURL', urlProblem],
  ['FileURL', urlProblem]
]

/** The values the run records and reports, checked as the manifest checks them; a missing one is left to the caller. */
function checkAnswerValues(response: Record<string, unknown>, answer: TicketAnswer): void {
  for (const [name, problem] of ANSWER_VALUES) {
    const value = stringField(response, name)
    const wrong = value === '' ? undefined : problem(value)
    if (wrong) throw invalidTicket(`the answer's ${name} ${wrong}`, answer)
  }
}

/**
 * Expiration seconds from when the answer came, which no clock skew can distort; ExpireUTCTime
 * (compared with this runner's clock) only when Expiration is missing.
 */
function expiry(auth: Record<string, unknown>, now: number): number {
  const expiration = stringField(auth, 'Expiration')
  if (/^[0-9]+$/.test(expiration)) return now + Number(expiration) * 1000
  const utc = Date.parse(stringField(auth, 'ExpireUTCTime'))
  return Number.isNaN(utc) ? now + DEFAULT_CREDENTIAL_SECONDS * 1000 : utc
}

/** What VOD documents for image upload credentials. */
const DEFAULT_CREDENTIAL_SECONDS = 3000

function stringField(object: Record<string, unknown>, name: string): string {
  const value = object[name]
  return typeof value === 'string' ? detached(value) : typeof value === 'number' ? String(value) : ''
}

/**
 * A copy that shares no memory with the text it was cut from: pop-core's JSON parser returns
 * substrings that keep its whole answer alive (1.5 KB per image, for as long as the ImageId is kept).
 */
function detached(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8')
}

function decodeBase64Json(value: unknown, name: string, answer: TicketAnswer): Record<string, unknown> {
  if (typeof value !== 'string' || value === '') throw invalidTicket(`the answer has no ${name}`, answer)
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64').toString('utf8'))
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>
  } catch {
    // fall through: the value itself may hold a credential, so it is not quoted
  }
  throw invalidTicket(`${name} is not Base64 of a JSON object`, answer)
}

interface TicketAnswer {
  requestId: string
  imageId: string
}

function invalidTicket(detail: string, answer: TicketAnswer): InvalidUploadTicketError {
  return new InvalidUploadTicketError(detail, answer.imageId || undefined, answer.requestId || undefined)
}

/**
 * GetImageInfos' answer, checked: ImageInfo a list of objects with a string ImageId, NonExistImageIds
 * a list of strings (each also accepted wrapped in an object, as some VOD answers nest lists).
 */
export function decodeImageInfos(response: Record<string, unknown>, asked: ReadonlySet<string>): ImageInfos {
  const requestId = stringField(response, 'RequestId') || undefined
  const invalid = (detail: string): ServiceError =>
    new ServiceError({ service: 'vod', api: 'GetImageInfos', code: 'InvalidResponse', requestId, detail, kind: 'permanent' })
  const infos = listField(response.ImageInfo, 'ImageInfo')
  const missing = listField(response.NonExistImageIds, 'String')
  if (!infos || !missing) throw invalid('the answer has no list ImageInfo / NonExistImageIds')
  const decoded: ImageInfo[] = []
  for (const item of infos) {
    if (!item || typeof item !== 'object' || Array.isArray(item)) throw invalid('an ImageInfo item is not an object')
    const info = item as Record<string, unknown>
    const imageId = stringField(info, 'ImageId')
    if (!imageId) throw invalid('an ImageInfo item has no ImageId')
    if (!asked.has(imageId)) continue
    const tags = stringField(info, 'Tags')
    decoded.push({
      imageId,
      tags: tags
        .split(',')
        .map(tag => tag.trim())
        .filter(tag => tag !== ''),
      title: stringField(info, 'Title'),
      status: stringField(info, 'Status'),
      url: checkedUrl(stringField(info, 'URL')),
      appId: stringField(info, 'AppId')
    })
  }
  if (missing.some(id => typeof id !== 'string')) throw invalid('NonExistImageIds holds an item that is not a string')
  const nonExistImageIds = (missing as string[]).filter(id => asked.has(id)).map(detached)
  return { infos: decoded, nonExistImageIds }
}

/** The URL VOD gave, when it is one the report may show (an http(s) URL with a host, no user, not too long); else empty. */
function checkedUrl(url: string): string {
  return url !== '' && urlProblem(url) === undefined ? url : ''
}

/** A list, or a list wrapped in an object under key; an absent field is an empty list. */
function listField(value: unknown, key: string): unknown[] | undefined {
  if (value === undefined || value === null) return []
  const list: unknown = typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>)[key] : value
  return Array.isArray(list) ? (list as unknown[]) : undefined
}
