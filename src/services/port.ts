/**
 * The port the upload pipeline calls: VOD's CreateUploadImage, DeleteImage and GetImageInfos, and OSS's PutObject,
 * with the values that cross it and the failures the pipeline branches on (throttled, an unusable ticket).
 * createServices() implements it over the real clients; the pipeline imports no adapter.
 */
import type { PartDigest } from '../files/index.js'
import { ServiceError, type ServiceErrorFields } from '../shared/index.js'

/** What the pipeline asks of the services, one image at a time. */
export interface UploadServices {
  createUploadImage(params: CreateUploadImageParams): Promise<UploadTicket>
  deleteImages(imageIds: readonly string[]): Promise<void>
  /** At most 20 ids (docs/protocol.md, "GetImageInfos"). */
  getImageInfos(imageIds: readonly string[], options?: ImageInfosOptions): Promise<ImageInfos>
  /** parts: how a multipart upload retries each request and when it must stop; the whole file is never retried. */
  putObject(ticket: UploadTicket, object: LocalObject, parts: PartControl): Promise<PutResult>
}

/** The CreateUploadImage parameters; only the ones that are set are sent. */
export interface CreateUploadImageParams {
  ImageType: string
  ImageExt: string
  Title?: string
  Description?: string
  Tags?: string
  CateId?: string
  StorageLocation?: string
  UserData?: string
  AppId?: string
}

/** Where and with what one image's bytes go: the decoded UploadAddress and UploadAuth. */
export interface UploadTicket {
  requestId: string
  imageId: string
  imageUrl: string
  fileUrl: string
  address: { endpoint: string; bucket: string; fileName: string }
  auth: { accessKeyId: string; accessKeySecret: string; securityToken: string; receivedAt: number; expiresAt: number; region?: string }
  /** The UploadAuth as it came, Base64: a secret too. */
  rawSecrets: string[]
}

/** One file's bytes as the upload sends them. */
export interface LocalObject {
  absolutePath: string
  /** The size the digest saw; the upload sends exactly these bytes. */
  bytes: number
  md5Base64: string
  /** Present for a multipart upload. */
  parts?: PartDigest[]
  /** The bytes themselves, already read (a small file): sent as they are, absolutePath is not opened. */
  content?: Buffer
}

/** How a multipart upload retries each request, and when it must stop. */
export interface PartControl {
  retry<T>(operation: () => Promise<T>): Promise<T>
  /** Throws when no further part may be sent: the run was cancelled, or the credential is about to expire. */
  check(): void
}

/** What OSS answered to a stored object. */
export interface PutResult {
  requestId?: string
}

/** How GetImageInfos is asked: authTimeoutSeconds, how long the URLs it returns stay valid when URL signing is on. */
export interface ImageInfosOptions {
  authTimeoutSeconds?: number
}

/** One image as GetImageInfos describes it: the fields the action uses. */
export interface ImageInfo {
  imageId: string
  /** The Tags field split on commas. */
  tags: string[]
  title: string
  status: string
  /** Signed when the domain has URL signing on; empty when VOD gave none, or one that is not an http(s) URL. */
  url: string
  appId: string
}

/** GetImageInfos' answer: the images VOD has, and the ids asked for that it does not have. */
export interface ImageInfos {
  infos: ImageInfo[]
  nonExistImageIds: string[]
}

/**
 * VOD's flow control refused the call: a Throttling* code, or any error answer with an
 * x-acs-retry-after header (which the 2026 SDKs treat as throttling). retryAfterMs: the wait asked for.
 */
export class ThrottlingError extends ServiceError {
  constructor(
    fields: ServiceErrorFields,
    readonly retryAfterMs?: number
  ) {
    super(fields)
    this.name = 'ThrottlingError'
  }
}

export function isThrottling(error: unknown): error is ThrottlingError {
  return error instanceof ThrottlingError
}

/** A CreateUploadImage answer the upload cannot use. VOD may still have created the image it names: imageId, to delete it. */
export class InvalidUploadTicketError extends ServiceError {
  constructor(
    detail: string,
    readonly imageId: string | undefined,
    requestId: string | undefined
  ) {
    super({ service: 'vod', api: 'CreateUploadImage', code: 'InvalidUploadTicket', requestId, detail, kind: 'permanent' })
  }
}
