/**
 * delete-replaced: once a changed file's new upload has succeeded, the ImageId its manifest entry
 * held before is deleted from VOD. Never for a file whose upload failed, and only for an ImageId
 * the manifest recorded as uploaded by this action that no entry staying in the manifest names.
 */
import type { Manifest } from './manifest-file.js'
import type { FileResult } from '../upload/results.js'
import { compareStrings } from '../shared/paths.js'
import { deleteEntries, distrustReason, type DeletionOutcome, type DistrustReason, type SyncLog } from './sync.js'

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

/** What became of the old image: deleted, a deletion that failed, or kept untried because the manifest is not trusted to name it. */
export type ReplacedOutcome = DeletionOutcome | { kind: 'kept'; reason: DistrustReason }

const KEPT_BECAUSE: Record<DistrustReason, string> = {
  'untrusted-entry': 'the entry is not one this action wrote after an upload',
  'shared-image-id': 'another entry of the manifest has the same ImageId'
}

/** The uploads of this run that replaced an image the manifest held for the same file. */
export function findReplaced(results: readonly FileResult[], manifest: Manifest): ReplacedImage[] {
  return results.flatMap(result => {
    const previous = manifest.images[result.file.relativePath]
    if (result.status !== 'uploaded' || !previous || !result.imageId || previous.imageId === result.imageId) return []
    return [{ path: result.file.relativePath, imageId: previous.imageId, newImageId: result.imageId }]
  })
}

/** Deletes the old images that may be deleted, and says what became of each. */
export async function deleteReplaced(
  replaced: readonly ReplacedImage[],
  manifest: Manifest,
  deleteImages: (ids: readonly string[]) => Promise<void>,
  log: SyncLog
): Promise<Replacement[]> {
  if (replaced.length === 0) return []
  const staying = stayingImageIds(replaced, manifest)
  const judged = replaced.map(entry => ({ entry, reason: distrustReason(entry, manifest, staying) }))
  const kept = judged.flatMap(({ entry, reason }): Replacement[] => (reason ? [{ ...entry, outcome: { kind: 'kept', reason } }] : []))
  for (const entry of kept) log.warning(describeReplaced(entry))
  const tried = await deleteEntries(
    judged.flatMap(({ entry, reason }) => (reason ? [] : [entry])),
    deleteImages
  )
  for (const entry of tried) (entry.outcome.kind === 'deleted' ? log.info : log.warning)(describeReplaced(entry))
  return [...tried, ...kept].sort((a, b) => compareStrings(a.path, b.path))
}

/** The ImageIds the manifest names after this run: every entry not replaced, and every new upload. */
function stayingImageIds(replaced: readonly ReplacedImage[], manifest: Manifest): Set<string> {
  const replacedPaths = new Set(replaced.map(entry => entry.path))
  const kept = Object.entries(manifest.images).flatMap(([key, entry]) => (replacedPaths.has(key) ? [] : [entry.imageId]))
  return new Set([...kept, ...replaced.map(entry => entry.newImageId)])
}

/** One line per replaced image: what became of the old one. */
export function describeReplaced(entry: Replacement): string {
  const { outcome } = entry
  const head = `${entry.path}: changed; uploaded as ImageId ${entry.newImageId}`
  if (outcome.kind === 'deleted') return `${head}, deleted the previous ImageId ${entry.imageId} from VOD`
  if (outcome.kind === 'kept') return `${head}; the previous ImageId ${entry.imageId} stays in VOD: ${KEPT_BECAUSE[outcome.reason]}`
  return `${head}; deleting the previous ImageId ${entry.imageId} failed (${outcome.error.code}): it is orphaned, delete it by hand`
}

/** The results with each old ImageId that could not be deleted added to its file's orphaned ImageIds. */
export function withOrphanedReplacements(results: readonly FileResult[], replaced: readonly Replacement[]): FileResult[] {
  const failed = new Map(replaced.filter(entry => entry.outcome.kind === 'failed').map(entry => [entry.path, entry.imageId]))
  if (failed.size === 0) return [...results]
  return results.map(result => {
    const orphan = failed.get(result.file.relativePath)
    return orphan === undefined ? result : { ...result, orphanedImageIds: [...result.orphanedImageIds, orphan] }
  })
}
