/** The manifest written back after a run: uploads recorded, deleted entries dropped, and the write itself. */
import { imageMap, serializeManifest, writeManifestAtomically, type Manifest, type ManifestEntry } from './manifest-file.js'
import type { FileResult } from '../upload/index.js'
import type { CheckedOutcome } from './deletion.js'
import type { StaleEntry, StaleOutcome } from './stale.js'
import type { SyncState } from './sync-state.js'

/** The manifest after this run: uploads recorded (with the ImageId each replaced, when delete-replaced tried it), deleted entries dropped, everything else as it was. */
export function nextManifest(
  previous: Manifest,
  results: readonly FileResult[],
  removed: readonly StaleEntry[],
  now: number,
  replaced: readonly ReplacedRecord[] = []
): Manifest {
  const images = imageMap(previous.images)
  const replacedByPath = new Map(replaced.map(entry => [entry.path, entry]))
  for (const result of results) {
    if (result.status !== 'uploaded') continue
    images[result.file.relativePath] = {
      sha256: result.sha256 ?? '',
      bytes: result.file.bytes,
      format: result.file.format,
      imageId: result.imageId ?? '',
      imageUrl: result.imageUrl ?? '',
      fileUrl: result.fileUrl ?? '',
      title: result.title,
      tags: result.tags,
      uploadedAt: new Date(now).toISOString(),
      ...replacedField(replacedByPath.get(result.file.relativePath))
    }
  }
  for (const result of results) {
    // A path to a file whose bytes VOD already holds under another path records that path's image.
    if (result.status === 'skipped' && result.sameAs && images[result.sameAs])
      images[result.file.relativePath] = {
        ...sameFileEntry(images[result.sameAs]),
        ...replacedField(replacedByPath.get(result.file.relativePath))
      }
  }
  for (const entry of removed) if (dropsEntry(entry.outcome)) delete images[entry.path]
  return { version: previous.version, images }
}

/**
 * The stale entries that leave the manifest: their image was deleted, VOD no longer has it, or an
 * entry that stays names it (another path to the same file: dropping the entry deletes nothing).
 */
function dropsEntry(outcome: StaleOutcome): boolean {
  return outcome.kind === 'deleted' || outcome.kind === 'gone' || (outcome.kind === 'kept' && outcome.reason === 'shared-image-id')
}

/** The entry of another path to the same file, less what that path's own upload replaced. */
function sameFileEntry(entry: ManifestEntry): ManifestEntry {
  const copy = { ...entry }
  delete copy.replaced
  return copy
}

/** What delete-replaced did with the previous ImageId of a file. */
interface ReplacedRecord {
  path: string
  imageId: string
  outcome: CheckedOutcome | { kind: 'kept'; reason: string }
}

/**
 * The previous ImageId stays findable in the entry whenever it was not deleted (a deletion that failed,
 * a cancel, an image kept as not, or not shown to be, this repository's: it can still be adopted);
 * not when VOD no longer has it, or when another entry still names it.
 */
function replacedField(record: ReplacedRecord | undefined): Pick<ManifestEntry, 'replaced'> {
  if (record === undefined) return {}
  const { outcome } = record
  if (outcome.kind === 'gone' || (outcome.kind === 'kept' && outcome.reason === 'shared-image-id')) return {}
  return { replaced: { imageId: record.imageId, deleted: outcome.kind === 'deleted' } }
}

export interface ManifestWrite {
  changed: boolean
  /** Why the manifest could not be written (an error code, or a description); the run then fails after reporting everything else. */
  failure?: { manifest?: string; reason: string }
}

/** Writes the manifest when its content changed. A failure is returned, not thrown: the uploads still get reported. */
export async function saveManifest(sync: SyncState, manifest: Manifest): Promise<ManifestWrite> {
  const text = serializeManifest(manifest)
  if (text === sync.loaded.text) return { changed: false }
  try {
    await writeManifestAtomically(sync.file, text)
    return { changed: true }
  } catch (error) {
    return { changed: false, failure: { manifest: sync.shownAs, reason: (error as NodeJS.ErrnoException).code ?? 'error' } }
  }
}
