/** Planning: what each image will be sent with. Pure: no I/O. */
import { VodLimits } from '../shared/constants.js'
import type { Config } from '../inputs/config.js'
import type { ImageFile } from '../files/find.js'
import type { FileDigest } from '../files/hash.js'
import { imageExt } from '../files/image-format.js'
import type { Manifest, ManifestEntry } from '../manifest/manifest-file.js'
import { combineTags, renderTemplate, repositoryTags, templateVars, truncateUtf8 } from './metadata.js'

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

export interface UploadTask {
  file: ImageFile
  title: string
  tags: string[]
  params: CreateUploadImageParams
  /** Known when the file was hashed during planning (to compare with a manifest). */
  digest?: FileDigest
  /** The manifest entry that already holds these bytes: the file is skipped. */
  unchanged?: ManifestEntry
  /** The ImageId the manifest holds for other bytes of this file: the upload replaces it. */
  replaces?: string
}

export interface Plan {
  tasks: UploadTask[]
  warnings: string[]
}

type PlanConfig = Pick<
  Config,
  | 'imageType'
  | 'titleTemplate'
  | 'descriptionTemplate'
  | 'userTags'
  | 'repoTags'
  | 'repository'
  | 'cateId'
  | 'storageLocation'
  | 'userData'
  | 'appId'
>

export interface Known {
  digests: ReadonlyMap<string, FileDigest>
  manifest: Manifest
}

/** What each file is sent with; with a manifest, the files whose bytes VOD already holds are marked unchanged. */
export function planUploads(files: readonly ImageFile[], config: PlanConfig, known?: Known): Plan {
  const warnings: string[] = []
  const { tags, dropped } = combineTags(config.userTags, config.repoTags ? repositoryTags(config.repository) : [])
  if (dropped.length > 0) {
    warnings.push(`VOD allows ${VodLimits.maxTags} tags; repository tags ${dropped.map(t => `"${t}"`).join(', ')} were left out`)
  }
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
    const digest = known?.digests.get(file.relativePath)
    const entry = known?.manifest.images[file.relativePath]
    const unchanged = digest && entry?.sha256 === digest.sha256Hex ? entry : undefined
    return { file, title, tags, params, digest, unchanged, replaces: unchanged ? undefined : entry?.imageId }
  })
  return { tasks, warnings }
}

function fitted(text: string, maxBytes: number, what: string, warnings: string[]): string {
  const { value, truncated } = truncateUtf8(text, maxBytes)
  if (truncated) warnings.push(`${what} is longer than VOD's ${maxBytes} bytes; cut to "${value}"`)
  return value
}

/** pop-core would send an undefined parameter as the string "undefined". */
function definedOnly<T extends object>(params: T): T {
  return Object.fromEntries(Object.entries(params).filter(([, value]) => value !== undefined)) as T
}
