/** Planning: what each image will be sent with. Pure: no I/O. */
import { OwnershipMark, VodLimits } from '../shared/index.js'
import { imageExt, type FileDigest, type ImageFile } from '../files/index.js'
import type { CreateUploadImageParams } from '../services/index.js'
import { combineTags, ownershipTag, renderTemplate, repositoryTags, templateVars, truncateUtf8, type RepositoryInfo } from './metadata.js'

export type ImageType = 'default' | 'cover'

/** The inputs a plan is made from. */
export interface PlanOptions {
  imageType: ImageType
  titleTemplate: string
  descriptionTemplate: string
  userTags: string[]
  repoTags: boolean
  repository: RepositoryInfo
  /** The numeric id, from GITHUB_REPOSITORY_ID: the runner sets it, a pull request cannot change it, and it survives renames. */
  repositoryId?: string
  cateId?: string
  storageLocation?: string
  /** UserData as the JSON string VOD expects. */
  userData?: string
  appId?: string
}

/** What an earlier run uploaded, as the manifest recorded it: the fields a skipped file is reported with. */
interface PreviousUpload {
  sha256: string
  imageId: string
  imageUrl: string
  fileUrl: string
  title: string
  tags: string[]
}

/** The earlier uploads to compare the files with: each file's digest, and the earlier upload of each path. */
export interface PreviousUploads {
  digests: ReadonlyMap<string, FileDigest>
  byPath: Readonly<Record<string, PreviousUpload>>
}

export interface UploadTask {
  file: ImageFile
  title: string
  tags: string[]
  params: CreateUploadImageParams
  /** Known when the file was hashed during planning (to compare with a manifest). */
  digest?: FileDigest
  /** The earlier upload of these very bytes (the manifest entry): the file is skipped. */
  unchangedSince?: PreviousUpload
  /** The ImageId the manifest holds for other bytes of this file: the upload replaces it. */
  replaces?: string
  /** The path this same file (device and inode) is uploaded or kept under: it is not uploaded again. */
  sameAs?: string
}

interface Plan {
  tasks: UploadTask[]
  warnings: string[]
}

/** What each file is sent with; with a manifest, the files whose bytes VOD already holds are marked unchanged. */
export function planUploads(files: readonly ImageFile[], config: PlanOptions, previous?: PreviousUploads): Plan {
  const warnings: string[] = []
  const mark = config.repositoryId === undefined ? undefined : ownershipTag(config.repositoryId)
  const { tags, dropped, refused } = combineTags(config.userTags, config.repoTags ? repositoryTags(config.repository) : [], mark)
  if (refused.length > 0) {
    warnings.push(
      `repository tags ${quoted(refused)} (from the repository name, the ref name or the SHA) start with "${OwnershipMark.tagPrefix}", which marks the repository that uploaded an image; they were left out`
    )
  }
  if (dropped.length > 0) warnings.push(`VOD allows ${VodLimits.maxTags} tags; repository tags ${quoted(dropped)} were left out`)
  const tasks = files.map(file => {
    const vars = templateVars(file.relativePath, config.repository)
    const title = fitted(renderTemplate(config.titleTemplate, vars), VodLimits.titleBytes, `${file.relativePath}: title`, warnings)
    const description = fitted(
      renderTemplate(config.descriptionTemplate, vars),
      VodLimits.descriptionBytes,
      `${file.relativePath}: description`,
      warnings
    )
    const params = definedOnly({
      ImageType: config.imageType,
      ImageExt: imageExt(file.format),
      Title: title || undefined,
      Description: description || undefined,
      Tags: tags.length > 0 ? tags.join(',') : undefined,
      CateId: config.cateId,
      StorageLocation: config.storageLocation,
      UserData: config.userData,
      AppId: config.appId
    })
    const digest = previous?.digests.get(file.relativePath)
    const entry = previous?.byPath[file.relativePath]
    const unchangedSince = digest && entry?.sha256 === digest.sha256Hex ? entry : undefined
    return { file, title, tags, params, digest, unchangedSince, replaces: unchangedSince ? undefined : entry?.imageId }
  })
  return { tasks: withSameFiles(tasks), warnings }
}

/**
 * One image per file (device and inode), whatever number of paths (links) lead to it: each path that
 * needs an upload takes the image of the first path whose bytes VOD already holds, else of the first path.
 */
function withSameFiles(tasks: UploadTask[]): UploadTask[] {
  const imageHolder = new Map<string, UploadTask>()
  for (const task of tasks) {
    if (!task.file.identity) continue
    const key = `${task.file.identity.dev}:${task.file.identity.ino}`
    const holder = imageHolder.get(key)
    if (!holder || (task.unchangedSince && !holder.unchangedSince)) imageHolder.set(key, task)
  }
  return tasks.map(task => {
    const holder = task.file.identity && imageHolder.get(`${task.file.identity.dev}:${task.file.identity.ino}`)
    return holder && holder !== task && !task.unchangedSince ? { ...task, sameAs: holder.file.relativePath } : task
  })
}

const quoted = (tags: readonly string[]): string => tags.map(tag => `"${tag}"`).join(', ')

function fitted(text: string, maxBytes: number, what: string, warnings: string[]): string {
  const { value, truncated } = truncateUtf8(text, maxBytes)
  if (truncated) warnings.push(`${what} is longer than VOD's ${maxBytes} bytes; cut to "${value}"`)
  return value
}

/** pop-core would send an undefined parameter as the string "undefined". */
function definedOnly<T extends object>(params: T): T {
  return Object.fromEntries(Object.entries(params).filter(([, value]) => value !== undefined)) as T
}
