/**
 * delete-replaced: once a changed file's new upload has succeeded, the ImageId its manifest entry
 * held before is deleted from VOD. Never for a file whose upload failed, and only for an ImageId
 * the manifest recorded as uploaded by this action that no entry staying in the manifest names.
 */
import type { FileFailure } from '../shared/errors.js'
import { isCompleteEntry, type Manifest } from './manifest-file.js'
import type { FileResult } from '../upload/results.js'
import { compareStrings } from '../shared/paths.js'
import { deleteStale, type SyncLog } from './sync.js'

export interface Replacement {
  path: string
  /** The ImageId the manifest held for the file before this run. */
  imageId: string
  /** The ImageId of this run's upload. */
  newImageId: string
  /** Set once a deletion was tried: true when VOD no longer holds the old image. */
  deleted?: boolean
  /** Why the old image was not even tried: the entry is not trusted to name an image of its own. */
  kept?: string
  error?: FileFailure
}

/** The uploads of this run that replaced an image the manifest held for the same file. */
export function findReplaced(results: readonly FileResult[], manifest: Manifest): Replacement[] {
  return results.flatMap(result => {
    const previous = manifest.images[result.file.relativePath]
    if (result.status !== 'uploaded' || !previous || !result.imageId || previous.imageId === result.imageId) return []
    return [{ path: result.file.relativePath, imageId: previous.imageId, newImageId: result.imageId }]
  })
}

/** Deletes the old images that may be deleted, and says what became of each. */
export async function deleteReplaced(
  replaced: readonly Replacement[],
  manifest: Manifest,
  deleteImages: (ids: readonly string[]) => Promise<void>,
  log: SyncLog
): Promise<Replacement[]> {
  if (replaced.length === 0) return []
  const staying = stayingImageIds(replaced, manifest)
  const judged = replaced.map(entry => ({ ...entry, kept: keepReason(entry, manifest, staying) }))
  const kept = judged.filter(entry => entry.kept !== undefined)
  for (const entry of kept) log.warning(describeReplaced(entry))
  const tried = await deleteStale(
    judged.filter(entry => entry.kept === undefined),
    deleteImages
  )
  for (const entry of tried) (entry.deleted ? log.info : log.warning)(describeReplaced(entry))
  return [...tried, ...kept].sort((a, b) => compareStrings(a.path, b.path))
}

/** The ImageIds the manifest names after this run: every entry not replaced, and every new upload. */
function stayingImageIds(replaced: readonly Replacement[], manifest: Manifest): Set<string> {
  const replacedPaths = new Set(replaced.map(entry => entry.path))
  const kept = Object.entries(manifest.images).flatMap(([key, entry]) => (replacedPaths.has(key) ? [] : [entry.imageId]))
  return new Set([...kept, ...replaced.map(entry => entry.newImageId)])
}

/** The manifest may come with a pull request: only an entry in the very form this action writes is trusted to name its own image. */
function keepReason(entry: Replacement, manifest: Manifest, staying: ReadonlySet<string>): string | undefined {
  if (!isCompleteEntry(manifest.images[entry.path])) return 'the entry is not one this action wrote after an upload'
  if (staying.has(entry.imageId)) return 'another entry of the manifest has the same ImageId'
  return undefined
}

/** One line per replaced image: what became of the old one. */
export function describeReplaced(entry: Replacement): string {
  const head = `${entry.path}: changed; uploaded as ImageId ${entry.newImageId}`
  if (entry.deleted === true) return `${head}, deleted the previous ImageId ${entry.imageId} from VOD`
  if (entry.kept !== undefined) return `${head}; the previous ImageId ${entry.imageId} stays in VOD: ${entry.kept}`
  if (entry.deleted === false)
    return `${head}; deleting the previous ImageId ${entry.imageId} failed (${entry.error?.code ?? 'error'}): it is orphaned, delete it by hand`
  return `${head}; the previous ImageId ${entry.imageId} stays in VOD (delete-replaced is off)`
}

/** The results with each old ImageId that could not be deleted added to its file's orphaned ImageIds. */
export function withOrphanedReplacements(results: readonly FileResult[], replaced: readonly Replacement[]): FileResult[] {
  const failed = new Map(replaced.filter(entry => entry.deleted === false).map(entry => [entry.path, entry.imageId]))
  if (failed.size === 0) return [...results]
  return results.map(result => {
    const orphan = failed.get(result.file.relativePath)
    return orphan === undefined ? result : { ...result, orphanedImageIds: [...result.orphanedImageIds, orphan] }
  })
}
