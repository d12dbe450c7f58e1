/** What became of each file: its FileResult, and the results of files that need no upload. */
import type { FileFailure, Stopped, Unreachable } from '../shared/index.js'
import type { ImageFile } from '../files/index.js'
import type { UploadTask } from '../plan/index.js'

/** planned: a dry run's upload; skipped: the manifest already holds these bytes. */
type FileStatus = 'uploaded' | 'failed' | 'skipped' | 'planned'

/** VOD's Status of an image (docs/protocol.md, "GetImageInfos"); unknown: the lookup could not be made, or VOD said something else. */
export type VodStatus = 'Normal' | 'Uploading' | 'UploadFail' | 'unknown'

export interface FileResult {
  file: ImageFile
  status: FileStatus
  title: string
  tags: string[]
  sha256?: string
  imageId?: string
  imageUrl?: string
  fileUrl?: string
  error?: FileFailure
  /** ImageIds created for this file, then abandoned, that could not be deleted. */
  orphanedImageIds: string[]
  /** CreateUploadImage calls that got no answer: VOD may have created an image whose id never arrived. */
  unansweredCreates: number
  /** VOD calls for this file that VOD's flow control refused (each was retried). */
  throttledCalls: number
  /** Why a service could not be reached at all, when that ended this file: the run says it once, with the fix. */
  unreachable?: Unreachable
  /** An answer no other file could get past, when that ended this file: the run stops and says once what to fix. */
  refused?: Stopped
  /** What VOD's GetImageInfos said of this run's new image; absent when it was not asked (no new image, or lookups off). */
  vodStatus?: VodStatus
  /** The URL GetImageInfos gave for the image: signed where the domain has URL signing on. */
  previewUrl?: string
  /** Another path to this same file, whose image (and status) this result reports: nothing was sent for this path. */
  sameAs?: string
}

/**
 * Every task's result, in task order: own(task) for each path with its own image, and for a path to a
 * file already handled under another path (sameAs), that path's image and status; the counts of
 * calls and orphans stay with the path they were made for.
 */
export function resultsOf(tasks: readonly UploadTask[], own: (task: UploadTask) => FileResult): FileResult[] {
  const byPath = new Map<string, FileResult>()
  for (const task of tasks) if (!task.sameAs) byPath.set(task.file.relativePath, own(task))
  return tasks.map(task => {
    const holder = byPath.get(task.sameAs ?? task.file.relativePath)
    if (!holder) throw new Error(`${task.file.relativePath}: no result for ${task.sameAs ?? 'itself'}`)
    if (!task.sameAs) return holder
    return {
      ...holder,
      file: task.file,
      sameAs: task.sameAs,
      orphanedImageIds: [],
      unansweredCreates: 0,
      throttledCalls: 0,
      unreachable: undefined,
      refused: undefined
    }
  })
}

/** The result of a file that needs no upload (status skipped), or of one a dry run would upload (planned). */
export function withoutUpload(task: UploadTask): FileResult {
  const base = { file: task.file, orphanedImageIds: [], unansweredCreates: 0, throttledCalls: 0, sha256: task.digest?.sha256Hex }
  if (!task.unchangedSince) return { ...base, status: 'planned', title: task.title, tags: task.tags }
  const entry = task.unchangedSince
  return {
    ...base,
    status: 'skipped',
    title: entry.title,
    tags: entry.tags,
    imageId: entry.imageId,
    imageUrl: entry.imageUrl,
    fileUrl: entry.fileUrl
  }
}

/** A file's result before anything happened to it: failed until its upload succeeds. */
export function failedResult(task: UploadTask): FileResult {
  return {
    file: task.file,
    status: 'failed',
    title: task.title,
    tags: task.tags,
    orphanedImageIds: [],
    unansweredCreates: 0,
    throttledCalls: 0
  }
}
