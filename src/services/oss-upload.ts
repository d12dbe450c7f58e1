/**
 * Puts one image's bytes on OSS with the temporary credential from its UploadAuth, through ali-oss:
 * one PutObject, or above the multipart threshold a multipart upload with parallel parts. Content-MD5
 * is always sent (per part for multipart) so that OSS itself checks the bytes arrived intact.
 */
import type OSS from 'ali-oss'
import { createReadStream } from 'node:fs'
import type { Agent } from 'node:http'
import path from 'node:path'
import { mapConcurrent, networkError, ossRefusalOf, ServiceError, type ErrorKind } from '../shared/index.js'
import type { PartDigest } from '../files/index.js'
import { ossSigningRegion } from './oss-region.js'
import type { LocalObject, PartControl, PutResult, UploadTicket } from './port.js'

/** How OSS requests are signed: V4 (OSS4-HMAC-SHA256), or V1 for a deployment that has not retired it. */
export type OssSignatureVersion = 'v4' | 'v1'

interface OssUploadOptions {
  timeoutMs: number
  /** Used when neither the UploadAuth nor the endpoint names the region (e.g. an IP endpoint). */
  fallbackRegion?: string
  /** V4 (OSS4-HMAC-SHA256) unless a deployment still needs V1. */
  signatureVersion?: OssSignatureVersion
  /** The agent for the ticket's endpoint (http or https, direct or through a proxy). */
  agent?: Agent
  /** Parts of one file in flight at once. */
  partConcurrency?: number
  /** How the requests of a multipart upload are retried and when it must stop; the default tries each once. */
  parts?: PartControl
}

/** Stops the retries of the other parts once one part failed for good. Not transient: never retried. */
class PartsAbandoned extends Error {}

// ali-oss is most of the bundle's start-up cost, so ncc puts it in a chunk of its own, loaded on
// first use: the first VOD request goes out without waiting for it, and a run that stops at
// validation never pays for it.
let ossModule: Promise<typeof OSS> | undefined
const loadOss = (): Promise<typeof OSS> => (ossModule ??= import('ali-oss').then(module => module.default))

export async function putObject(ticket: UploadTicket, object: LocalObject, options: OssUploadOptions): Promise<PutResult> {
  const client = await ossClient(ticket, options, object.parts ? 'InitiateMultipartUpload' : 'PutObject')
  if (object.parts) return putInParts(client, ticket.address.fileName, object, object.parts, options)
  try {
    // A stream that knows its last byte ends with it. ali-oss's own stream of a path learns of its end
    // one read later, and when OSS answers first, urllib prints 'callback twice' / 'premature close'.
    const body = object.content ?? createReadStream(object.absolutePath, { start: 0, end: Math.max(object.bytes - 1, 0) })
    const result = await client.put(ticket.address.fileName, body, {
      // ali-oss would take the type from the local file's extension, which may disagree with its content;
      // the key's extension is that of the format sniffed from the bytes.
      mime: path.posix.extname(ticket.address.fileName).slice(1) || undefined,
      headers: { 'Content-MD5': object.md5Base64 },
      timeout: options.timeoutMs,
      contentLength: object.bytes
    } as OSS.PutObjectOptions)
    return { requestId: requestIdOf(result.res) }
  } catch (error) {
    throw ossError('PutObject', error)
  }
}

async function ossClient(ticket: UploadTicket, options: OssUploadOptions, api: string): Promise<OSS> {
  const region = ossSigningRegion(
    { uploadAuthRegion: ticket.auth.region, endpoint: ticket.address.endpoint, regionInput: options.fallbackRegion },
    api
  )
  const Client = await loadOss()
  return new Client({
    endpoint: ticket.address.endpoint,
    secure: ticket.address.endpoint.startsWith('https:'),
    bucket: ticket.address.bucket,
    // ali-oss wants `oss-<region>`: it scopes V4 to the region id and, with an IP endpoint, makes up the Host from it.
    region: `oss-${region}`,
    authorizationV4: (options.signatureVersion ?? 'v4') === 'v4',
    accessKeyId: ticket.auth.accessKeyId,
    accessKeySecret: ticket.auth.accessKeySecret,
    stsToken: ticket.auth.securityToken,
    // An image credential cannot be refreshed; the interval only keeps ali-oss from warning about it.
    refreshSTSTokenInterval: 24 * 3600 * 1000,
    timeout: options.timeoutMs,
    retryMax: 0,
    ...(options.agent ? { agent: options.agent, httpsAgent: options.agent } : {})
  } as OSS.Options)
}

/** Parts of one file in flight at once. */
export const PARTS_IN_FLIGHT = 4

// Initiate and abort have no body: their Content-MD5 is that of zero bytes, signed like any other.
const EMPTY_BODY_MD5 = { 'Content-MD5': '1B2M2Y8AsgTpgAmY7PhCfg==' }

const TRY_ONCE: PartControl = { retry: operation => operation(), check: () => undefined }

/**
 * Initiate, upload the parts from the file (streamed, each with its Content-MD5), complete. When a
 * part fails for good, no other part starts or retries, and the upload is aborted only once every
 * part in flight has settled: OSS keeps parts still arriving when the abort comes.
 */
async function putInParts(
  client: OSS,
  key: string,
  object: LocalObject,
  parts: PartDigest[],
  options: OssUploadOptions
): Promise<PutResult> {
  const control = options.parts ?? TRY_ONCE
  const call = <T>(api: string, operation: () => Promise<T>): Promise<T> =>
    operation().catch((error: unknown) => Promise.reject(ossError(api, error)))
  const { uploadId } = await control.retry(() =>
    call('InitiateMultipartUpload', () => client.initMultipartUpload(key, { headers: EMPTY_BODY_MD5, timeout: options.timeoutMs }))
  )
  let failure: unknown
  const uploaded = await mapConcurrent(
    parts,
    options.partConcurrency ?? PARTS_IN_FLIGHT,
    (part, index) =>
      control
        .retry(() => {
          if (failure !== undefined) throw new PartsAbandoned()
          control.check()
          return call('UploadPart', () =>
            client.uploadPart(key, uploadId, index + 1, object.absolutePath, part.start, part.end, {
              headers: { 'Content-MD5': part.md5Base64 },
              timeout: options.timeoutMs
            } as OSS.RequestOptions)
          )
        })
        .catch((error: unknown) => {
          if (!(error instanceof PartsAbandoned)) failure ??= error
          return undefined
        }),
    () => failure === undefined
  )
  try {
    if (failure !== undefined) throw failure
    const done = await control.retry(() =>
      call('CompleteMultipartUpload', () =>
        client.completeMultipartUpload(
          key,
          uploadId,
          uploaded.map((part, index) => ({ number: index + 1, etag: part!.etag })),
          { timeout: options.timeoutMs }
        )
      )
    )
    return { requestId: requestIdOf(done.res) }
  } catch (error) {
    await client
      .abortMultipartUpload(key, uploadId, { headers: EMPTY_BODY_MD5, timeout: options.timeoutMs } as OSS.RequestOptions)
      .catch(() => undefined)
    throw error
  }
}

function requestIdOf(res: unknown): string | undefined {
  return ((res as { headers?: Record<string, string> } | undefined)?.headers ?? {})['x-oss-request-id']
}

const EXPIRED_CREDENTIAL_CODES = new Set(['SecurityTokenExpired', 'InvalidSecurityToken', 'InvalidAccessKeyId'])

export function classifyOssError(code: string, status?: number): ErrorKind {
  if (EXPIRED_CREDENTIAL_CODES.has(code)) return 'expired'
  // RequestTimeout (400): OSS gave up on a body that came too slowly, as on a congested link.
  if (code === 'RequestTimeout' || (status !== undefined && status >= 500)) return 'transient'
  return 'permanent'
}

interface AliOssError {
  code?: unknown
  status?: unknown
  requestId?: unknown
  name?: unknown
  message?: unknown
  /** The `EC` of OSS's error document, which ali-oss keeps. */
  ecCode?: unknown
}

export function ossError(api: string, error: unknown): ServiceError {
  if (error instanceof ServiceError) return error
  const e = (error ?? {}) as AliOssError
  const status = typeof e.status === 'number' ? e.status : undefined
  if (status === undefined || status < 0)
    return networkError('oss', api, { code: systemCode(e) ?? e.code, name: e.name, noAnswer: status !== undefined }, error)
  const code = typeof e.code === 'string' && e.code ? e.code : `HTTP${status}`
  const requestId = typeof e.requestId === 'string' && e.requestId ? e.requestId : undefined
  return new ServiceError({
    service: 'oss',
    api,
    code,
    status,
    requestId,
    detail: ossDetail(code, e),
    kind: classifyOssError(code, status),
    refusal: ossRefusalOf(code, e.ecCode === V1_REFUSED_EC)
  })
}

/**
 * For a failed connection ali-oss sets code and name to RequestError/ResponseError and keeps the
 * system error only in its message ("getaddrinfo ENOTFOUND host"); that code decides retry or not.
 */
function systemCode(e: AliOssError): string | undefined {
  if (typeof e.message !== 'string') return undefined
  return /\b(E[A-Z]{3,}|ERR_TLS_[A-Z_]+|CERT_[A-Z_]+|UNABLE_TO_[A-Z_]+|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN)\b/.exec(
    e.message
  )?.[1]
}

/** OSS's `EC` when a V1 signature reaches an account or bucket created after V1 was retired. */
const V1_REFUSED_EC = '0002-00000080'

function ossDetail(code: string, e: AliOssError): string {
  if (e.ecCode === V1_REFUSED_EC) {
    return `OSS refused the V1 signature (EC ${V1_REFUSED_EC}): this account or bucket accepts V4 signatures only, so V4 is needed; set oss-signature-version to v4 (the default)`
  }
  if (code === 'RequestTimeTooSkewed') {
    return "OSS refused the request time: this runner's clock is more than 15 minutes off; fix the clock (NTP) and re-run"
  }
  if (code.startsWith('HTTP')) return 'the answer was not an OSS error document (an error page from a gateway or proxy?)'
  if (code === 'InvalidDigest')
    return 'the bytes OSS received differ from the bytes hashed before the upload: did the file change during the run?'
  // The XML Message of an OSS error names no secret; ali-oss's own additions (raw XML, params) are not used.
  const message = typeof e.message === 'string' ? e.message.split('\n')[0] : ''
  return message || 'no message'
}
