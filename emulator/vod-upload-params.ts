/** The CreateUploadImage parameter rules (docs/protocol.md, "CreateUploadImage parameters"). */
import { bucketOfStorageLocation, type EmulatorConfig } from './config.js'
import { ServiceFault } from './errors.js'
import { COMMON_PARAMS } from './vod-auth.js'
import { illegalCharacters, invalidParameter, lengthExceededMax, missingParameter, notFound } from './vod-errors.js'

const IMAGE_TYPES: readonly string[] = ['default', 'cover']
const IMAGE_EXTENSIONS: readonly string[] = ['png', 'jpg', 'jpeg', 'gif', 'heic', 'webp']

const MAX_TITLE_BYTES = 128
const MAX_DESCRIPTION_BYTES = 1024
const MAX_TAGS = 16
const MAX_TAG_BYTES = 32
const MAX_EXTEND_BYTES = 512
// What a JavaScript client sends when it forgets to drop an unset value or to serialise an object.
const CLIENT_BUG_VALUES: readonly string[] = ['undefined', '[object Object]']
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/

interface UploadImageRequest {
  imageType: string
  imageExt: string
  title?: string
  tags: string[]
  bucket: string
  /** The business parameters as received. */
  params: Record<string, string>
}

type Catalogue = Pick<EmulatorConfig, 'bucket' | 'categories' | 'appIds' | 'storageLocations'>

function businessParams(params: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(params).filter(([name]) => !COMMON_PARAMS.has(name)))
}

/** An empty optional parameter counts as absent. */
function optional(params: Record<string, string>, name: string): string | undefined {
  const value = params[name]
  return value === undefined || value === '' ? undefined : value
}

export function validateUploadImageParams(allParams: Record<string, string>, catalogue: Catalogue): UploadImageRequest {
  const params = businessParams(allParams)
  rejectClientBugValues(params)
  const imageType = checkImageType(params.ImageType)
  const imageExt = checkImageExt(optional(params, 'ImageExt'))
  const title = checkTitle(optional(params, 'Title'))
  checkMaxBytes('Description', optional(params, 'Description'), MAX_DESCRIPTION_BYTES)
  const tags = checkTags(optional(params, 'Tags'))
  checkCateId(optional(params, 'CateId'), catalogue.categories)
  const bucket = checkStorageLocation(optional(params, 'StorageLocation'), catalogue)
  checkUserData(optional(params, 'UserData'))
  checkAppId(optional(params, 'AppId'), catalogue.appIds)
  return { imageType, imageExt, ...(title !== undefined && { title }), tags, bucket, params }
}

function rejectClientBugValues(params: Record<string, string>): void {
  for (const [name, value] of Object.entries(params)) {
    if (CLIENT_BUG_VALUES.includes(value)) throw invalidParameter(name, `The value "${value}" is not a valid value.`)
  }
}

function checkImageType(value: string | undefined): string {
  if (value === undefined || value === '') throw missingParameter('ImageType')
  if (!IMAGE_TYPES.includes(value)) throw invalidParameter('ImageType', `Valid values: ${IMAGE_TYPES.join(', ')}.`)
  return value
}

function checkImageExt(value: string | undefined): string {
  if (value === undefined) return 'png'
  if (!IMAGE_EXTENSIONS.includes(value)) throw invalidParameter('ImageExt', `Valid values: ${IMAGE_EXTENSIONS.join(', ')}.`)
  return value
}

function checkTitle(value: string | undefined): string | undefined {
  checkMaxBytes('Title', value, MAX_TITLE_BYTES)
  if (value !== undefined && CONTROL_CHARACTERS.test(value)) throw illegalCharacters('Title')
  return value
}

function checkMaxBytes(name: string, value: string | undefined, maxBytes: number): void {
  if (value !== undefined && Buffer.byteLength(value, 'utf8') > maxBytes) throw lengthExceededMax(name, maxBytes)
}

function checkTags(value: string | undefined): string[] {
  if (value === undefined) return []
  const tags = value.split(',').map(tag => tag.trim())
  if (tags.length > MAX_TAGS) {
    throw new ServiceFault(400, 'TagsExceededMax', `The number of tags exceeds the maximum of ${MAX_TAGS}.`)
  }
  for (const tag of tags) {
    if (tag === '') throw invalidParameter('Tags', 'A tag is empty.')
    checkMaxBytes('Tags', tag, MAX_TAG_BYTES)
    if (CONTROL_CHARACTERS.test(tag)) throw illegalCharacters('Tags')
  }
  return tags
}

function checkCateId(value: string | undefined, categories: readonly number[]): void {
  if (value === undefined) return
  if (!/^-?\d+$/.test(value)) throw invalidParameter('CateId', 'It must be an integer.')
  if (!categories.includes(Number(value))) throw notFound('InvalidCateId.NotFound', `CateId "${value}"`)
}

function checkStorageLocation(value: string | undefined, catalogue: Catalogue): string {
  if (value === undefined) return catalogue.bucket
  if (!catalogue.storageLocations.includes(value)) throw notFound('InvalidStorage.NotFound', 'StorageLocation')
  return bucketOfStorageLocation(value)
}

function checkUserData(value: string | undefined): void {
  if (value === undefined) return
  const userData = parseJsonObject(value)
  if (!userData) throw invalidParameter('UserData', 'It must be a JSON object.')
  if (userData.Extend === undefined) return
  const extend = typeof userData.Extend === 'string' ? userData.Extend : JSON.stringify(userData.Extend)
  checkMaxBytes('UserData.Extend', extend, MAX_EXTEND_BYTES)
}

function parseJsonObject(text: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(text)
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}

function checkAppId(value: string | undefined, appIds: readonly string[]): void {
  if (value !== undefined && !appIds.includes(value)) throw notFound('InvalidAppId.NotFound', 'AppId')
}
