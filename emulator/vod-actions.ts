/** The VOD actions the emulator serves: CreateUploadImage, DeleteImage, GetImageInfo, GetImageInfos. */
import type { EmulatorConfig } from './config.js'
import { bucketOfStorageLocation } from './config.js'
import { encodeUploadAddress, encodeUploadAuth, isoSeconds, issueCredential } from './credentials.js'
import { ServiceFault } from './errors.js'
import { hex32 } from './ids.js'
import type { Records } from './records.js'
import type { ImageRecord, UploadAuthField } from './types.js'
import { invalidParameter, missingParameter } from './vod-errors.js'
import { validateUploadImageParams } from './vod-upload-params.js'
import { imageStatus } from './image-status.js'
import { DEFAULT_AUTH_TIMEOUT_SECONDS, signUrl } from './url-signing.js'

export interface ActionContext {
  config: EmulatorConfig
  records: Records
  now: number
  requestId: string
  ossEndpoint: string
  credentialExpired: (image: ImageRecord) => boolean
  uploadAuthOmits: readonly UploadAuthField[]
}

interface ActionResult {
  body: Record<string, unknown>
  imageId?: string
}

type Action = (params: Record<string, string>, ctx: ActionContext) => ActionResult

/** DeleteImage and GetImageInfos take at most this many ids. */
const MAX_IDS = 20
const EXPIRED_LIFETIME_MS = 60_000
const DEFAULT_APP_ID = 'app-1000000'

export const VOD_ACTIONS: Readonly<Record<string, Action>> = {
  CreateUploadImage: createUploadImage,
  DeleteImage: deleteImage,
  GetImageInfo: getImageInfo,
  GetImageInfos: getImageInfos
}

function createUploadImage(params: Record<string, string>, ctx: ActionContext): ActionResult {
  const request = validateUploadImageParams(params, ctx.config)
  const imageId = hex32()
  const key = `image/${request.imageType}/${hex32()}.${request.imageExt}`
  const url = `${ctx.ossEndpoint}/${request.bucket}/${key}`
  const image: ImageRecord = {
    imageId,
    requestId: ctx.requestId,
    params: request.params,
    ...(request.title !== undefined && { title: request.title }),
    tags: request.tags,
    imageType: request.imageType,
    imageExt: request.imageExt,
    bucket: request.bucket,
    key,
    imageUrl: url,
    fileUrl: url,
    credential: issueCredential(ctx.now, ctx.config.credentialLifetimeSeconds),
    uploaded: false,
    deleted: false,
    createdAt: ctx.now
  }
  if (ctx.credentialExpired(image)) image.credential.expiresAt = ctx.now - EXPIRED_LIFETIME_MS
  const uploadAuth = encodeUploadAuth(image.credential, ctx.now, ctx.config.region, ctx.uploadAuthOmits)
  ctx.records.addImage(image, uploadAuth)
  return {
    imageId,
    body: {
      RequestId: ctx.requestId,
      ImageId: imageId,
      ImageURL: image.imageUrl,
      FileURL: image.fileUrl,
      UploadAddress: encodeUploadAddress(ctx.ossEndpoint, image.bucket, key),
      UploadAuth: uploadAuth
    }
  }
}

function deleteImage(params: Record<string, string>, ctx: ActionContext): ActionResult {
  const images = imagesToDelete(params, ctx.records)
  for (const image of images) ctx.records.deleteImage(image)
  return { body: { RequestId: ctx.requestId }, ...(images[0] && { imageId: images[0].imageId }) }
}

function imagesToDelete(params: Record<string, string>, records: Records): ImageRecord[] {
  const type = params.DeleteImageType
  if (!type) throw missingParameter('DeleteImageType')
  if (type === 'ImageId') return listParam(params, 'ImageIds').flatMap(id => imageById(records, id) ?? [])
  if (type === 'ImageURL') return listParam(params, 'ImageURLs').flatMap(url => imageByUrl(records, url) ?? [])
  throw invalidParameter('DeleteImageType', 'Valid values: ImageId, ImageURL.')
}

function listParam(params: Record<string, string>, name: string): string[] {
  const value = params[name]
  if (!value) throw missingParameter(name)
  const items = value
    .split(',')
    .map(item => item.trim())
    .filter(item => item !== '')
  if (items.length > MAX_IDS) throw invalidParameter(name, `At most ${MAX_IDS} values are allowed.`)
  return items
}

function imageById(records: Records, imageId: string): ImageRecord | undefined {
  const image = records.images.get(imageId)
  return image && !image.deleted ? image : undefined
}

function imageByUrl(records: Records, url: string): ImageRecord | undefined {
  const wanted = safeDecode(url)
  return [...records.images.values()].find(image => !image.deleted && (image.imageUrl === wanted || image.fileUrl === wanted))
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

function getImageInfo(params: Record<string, string>, ctx: ActionContext): ActionResult {
  const imageId = params.ImageId
  if (!imageId) throw missingParameter('ImageId')
  const image = imageById(ctx.records, imageId)
  if (!image) throw new ServiceFault(404, 'InvalidImage.NotFound', 'The specified image does not exist.')
  return { imageId, body: { RequestId: ctx.requestId, ImageInfo: imageInfo(image, ctx, authTimeout(params)) } }
}

/** Unknown and deleted ids go to NonExistImageIds; each id is answered once, in the order asked. */
function getImageInfos(params: Record<string, string>, ctx: ActionContext): ActionResult {
  const ids = [...new Set(listParam(params, 'ImageIds'))]
  const timeout = authTimeout(params)
  const found = ids.flatMap(id => imageById(ctx.records, id) ?? [])
  const foundIds = new Set(found.map(image => image.imageId))
  return {
    ...(found[0] && { imageId: found[0].imageId }),
    body: {
      RequestId: ctx.requestId,
      ImageInfo: found.map(image => imageInfo(image, ctx, timeout)),
      NonExistImageIds: ids.filter(id => !foundIds.has(id))
    }
  }
}

/** AuthTimeout: seconds a signed URL stays valid (no maximum with the default OutputType cdn). */
function authTimeout(params: Record<string, string>): number {
  const value = params.AuthTimeout
  if (value === undefined) return DEFAULT_AUTH_TIMEOUT_SECONDS
  if (!/^[0-9]{1,10}$/.test(value) || Number(value) < 1) throw invalidParameter('AuthTimeout')
  return Number(value)
}

/** An image as GetImageInfo(s) describe it; with URL signing on, its URL signed for authTimeoutSeconds. */
function imageInfo(image: ImageRecord, ctx: ActionContext, authTimeoutSeconds: number): Record<string, unknown> {
  const object = ctx.records.getObject(image.bucket, image.key)
  const { width, height } = object ? imageSize(object.body) : { width: 0, height: 0 }
  const storageLocation =
    image.params.StorageLocation ??
    ctx.config.storageLocations.find(location => bucketOfStorageLocation(location) === image.bucket) ??
    `${image.bucket}.oss-${ctx.config.region}.aliyuncs.com`
  return {
    ImageId: image.imageId,
    Title: image.title ?? '',
    Tags: image.tags.join(','),
    Description: image.params.Description ?? '',
    CateId: image.params.CateId === undefined ? undefined : Number(image.params.CateId),
    StorageLocation: storageLocation,
    AppId: image.params.AppId ?? DEFAULT_APP_ID,
    ImageType: image.imageType,
    CreationTime: isoSeconds(image.createdAt),
    Status: imageStatus(image, object, ctx.config, ctx.now),
    URL: ctx.config.urlSigning
      ? signUrl(image.imageUrl, ctx.config.urlSigning.key, { nowMs: ctx.now, authTimeoutSeconds })
      : image.imageUrl,
    Mezzanine: {
      FileURL: image.fileUrl,
      OriginalFileName: image.key.split('/').pop() ?? image.key,
      FileSize: image.bytes ?? 0,
      Width: width,
      Height: height
    }
  }
}

/** Width and height from a PNG or GIF header; 0 for other formats. */
function imageSize(body: Buffer): { width: number; height: number } {
  if (body.length >= 24 && body.toString('latin1', 1, 4) === 'PNG') return { width: body.readUInt32BE(16), height: body.readUInt32BE(20) }
  if (body.length >= 10 && body.toString('latin1', 0, 3) === 'GIF') return { width: body.readUInt16LE(6), height: body.readUInt16LE(8) }
  return { width: 0, height: 0 }
}

/** The image a request is about, known before it runs: for fault rules. */
export function imageConcerned(action: string | undefined, params: Record<string, string>, records: Records): ImageRecord | undefined {
  if (action === 'GetImageInfo') return records.images.get(params.ImageId ?? '')
  if (action === 'GetImageInfos') return records.images.get((params.ImageIds ?? '').split(',')[0]?.trim() ?? '')
  if (action !== 'DeleteImage') return undefined
  const first = (list: string | undefined): string => (list ?? '').split(',')[0]?.trim() ?? ''
  if (params.DeleteImageType === 'ImageURL') return imageByUrl(records, first(params.ImageURLs))
  return records.images.get(first(params.ImageIds))
}
