/**
 * delete-replaced: once a changed file's new upload has succeeded, the ImageId its manifest entry
 * held before is deleted from VOD. Never for a file whose upload failed, only for an ImageId
 * the manifest recorded as uploaded by this action that no entry staying in the manifest names,
 * and only when VOD confirms the image is this repository's (deletion.ts).
 */
import type { Manifest } from './manifest-file.js'
import type { FileResult } from '../upload/index.js'
import { compareStrings } from '../shared/index.js'
import { distrustReason, type DistrustReason, type OwnershipReason } from './trust.js'
import { deleteOwned, ownershipUncheckable, type CheckedOutcome, type ImageDeleter } from './deletion.js'

/** An upload of this run that replaced an image the manifest held for the same file. */
export interface ReplacedImage {
  path: string
  /** The ImageId the manifest held for the file before this run. */
  imageId: string
  /** The ImageId of this run's upload. */
  newImageId: string
}

export interface Replacement extends ReplacedImage {
  outcome: ReplacedOutcome
}

/**
 * What became of the old image: deleted, gone from VOD already, a lookup or deletion that failed, or kept:
 * the manifest is not trusted to name it, it is not (or cannot be shown to be) this repository's, or a cancel came first.
 */
export type ReplacedOutcome = CheckedOutcome | { kind: 'kept'; reason: ReplacedKeptReason }

export type ReplacedKeptReason = DistrustReason | OwnershipReason | 'cancelled' | 'delete-replaced-off'

/**
 * The paths whose manifest entry named another image than the one they have after this run: an upload
 * of new bytes, or a path that now leads to a file another path holds (sameAs), uploaded or not.
 */
export function findReplaced(results: readonly FileResult[], manifest: Manifest): ReplacedImage[] {
  return results.flatMap(result => {
    const previous = manifest.images[result.file.relativePath]
    const current = result.status === 'uploaded' || (result.status === 'skipped' && result.sameAs !== undefined)
    if (!current || !previous || !result.imageId || previous.imageId === result.imageId) return []
    return [{ path: result.file.relativePath, imageId: previous.imageId, newImageId: result.imageId }]
  })
}

/** The local verdict on each replaced image, before any request: kept for a reason, or undefined: VOD is asked. */
export function judgeReplaced(
  replaced: readonly ReplacedImage[],
  manifest: Manifest,
  deleter: Pick<ImageDeleter, 'ownership'>
): Array<{ entry: ReplacedImage; reason?: ReplacedKeptReason }> {
  const staying = stayingImageIds(replaced, manifest)
  return replaced.map(entry => ({
    entry,
    reason:
      distrustReason(entry, manifest, staying) ?? (ownershipUncheckable(entry.imageId, deleter.ownership) ? 'no-repository-id' : undefined)
  }))
}

/** Deletes the old images that may be deleted and that VOD confirms are this repository's, and tells what became of each (the kept ones first). */
export async function deleteReplaced(
  replaced: readonly ReplacedImage[],
  manifest: Manifest,
  deleter: ImageDeleter,
  told: (entry: Replacement) => void
): Promise<Replacement[]> {
  if (replaced.length === 0) return []
  const judged = judgeReplaced(replaced, manifest, deleter)
  const kept = judged.flatMap(({ entry, reason }): Replacement[] => (reason ? [{ ...entry, outcome: { kind: 'kept', reason } }] : []))
  kept.forEach(entry => told(entry))
  const tried = await deleteOwned(
    judged.flatMap(({ entry, reason }) => (reason ? [] : [entry])),
    deleter
  )
  tried.forEach(entry => told(entry))
  return [...tried, ...kept].sort((a, b) => compareStrings(a.path, b.path))
}

/**
 * The replacements a cancel came before: each old ImageId the local checks would have let VOD be
 * asked about is kept, recorded and reported as orphaned; the others keep their own reason.
 */
export function cancelledReplacements(
  replaced: readonly ReplacedImage[],
  manifest: Manifest,
  deleter: Pick<ImageDeleter, 'ownership'>
): Replacement[] {
  return judgeReplaced(replaced, manifest, deleter)
    .map(({ entry, reason }): Replacement => ({ ...entry, outcome: { kind: 'kept', reason: reason ?? 'cancelled' } }))
    .sort((a, b) => compareStrings(a.path, b.path))
}

/**
 * delete-replaced off: every previous image stays in VOD and in its file's entry (`replaced`), so it
 * is never lost from sight; one that another entry still names is not this file's to keep.
 */
export function keptReplacements(replaced: readonly ReplacedImage[], manifest: Manifest): Replacement[] {
  const staying = stayingImageIds(replaced, manifest)
  return replaced.map(entry => ({
    ...entry,
    outcome: { kind: 'kept', reason: staying.has(entry.imageId) ? 'shared-image-id' : 'delete-replaced-off' }
  }))
}

/** The ImageIds the manifest names after this run: every entry not replaced, and every new upload. */
function stayingImageIds(replaced: readonly ReplacedImage[], manifest: Manifest): Set<string> {
  const replacedPaths = new Set(replaced.map(entry => entry.path))
  const kept = Object.entries(manifest.images).flatMap(([key, entry]) => (replacedPaths.has(key) ? [] : [entry.imageId]))
  return new Set([...kept, ...replaced.map(entry => entry.newImageId)])
}

/** Whether the old ImageId is left in VOD with nothing naming it: its deletion failed, or a cancel came first. */
function orphaned(entry: Replacement): boolean {
  return entry.outcome.kind === 'failed' || (entry.outcome.kind === 'kept' && entry.outcome.reason === 'cancelled')
}

/** The results with each old ImageId that could not be deleted added to its file's orphaned ImageIds. */
export function withOrphanedReplacements(results: readonly FileResult[], replaced: readonly Replacement[]): FileResult[] {
  const failed = new Map(replaced.filter(orphaned).map(entry => [entry.path, entry.imageId]))
  if (failed.size === 0) return [...results]
  return results.map(result => {
    const orphan = failed.get(result.file.relativePath)
    return orphan === undefined ? result : { ...result, orphanedImageIds: [...result.orphanedImageIds, orphan] }
  })
}
