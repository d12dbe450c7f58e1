/**
 * What a dry run says delete-replaced would do with the ImageId each changed file's entry holds: the
 * real run's local checks (judgeReplaced), with no request. An image that passes them would be
 * deleted only if VOD then confirms it is this repository's.
 */
import type { UploadTask } from '../plan/index.js'
import type { Manifest } from './manifest-file.js'
import type { Ownership } from './deletion.js'
import { judgeReplaced, type ReplacedImage } from './replaced.js'

type KeptReason = NonNullable<ReturnType<typeof judgeReplaced>[number]['reason']>

/** A previous ImageId a dry run's upload would replace, and what the real run would do with it. */
export interface PlannedReplacement {
  path: string
  /** The ImageId the manifest holds for the file. */
  imageId: string
  outcome: { kind: 'would-delete' } | { kind: 'kept'; reason: KeptReason }
}

/** VOD gives every upload a new ImageId, which no entry can name yet: a dry run stands in for it with one no ImageId can be. */
const NEW_UPLOAD = ''

/**
 * The paths whose entry names another image than the one the run would leave them with: each file to
 * upload, and each path to a file another path holds (sameAs), whose image is new or, unchanged, its own.
 */
export function planReplaced(tasks: readonly UploadTask[], manifest: Manifest, ownership: Ownership): PlannedReplacement[] {
  const byPath = new Map(tasks.map(task => [task.file.relativePath, task]))
  const replaced = tasks.flatMap((task): ReplacedImage[] => {
    if (task.replaces === undefined) return []
    const holder = task.sameAs === undefined ? undefined : byPath.get(task.sameAs)
    const newImageId = holder?.unchangedSince?.imageId ?? NEW_UPLOAD
    return newImageId === task.replaces ? [] : [{ path: task.file.relativePath, imageId: task.replaces, newImageId }]
  })
  return judgeReplaced(replaced, manifest, { ownership }).map(({ entry, reason }) => ({
    path: entry.path,
    imageId: entry.imageId,
    outcome: reason ? { kind: 'kept', reason } : { kind: 'would-delete' }
  }))
}
