/**
 * The manifest as one run uses it, at each step: the file discovery leaves out, the earlier uploads
 * the plan compares with, the stale entries, the deletions delete-replaced and delete-removed ask
 * for, and the manifest written back. Without a manifest input, every step is a no-op (NO_MANIFEST).
 */
import type { ImageFile } from '../files/index.js'
import type { PreviousUploads, UploadTask } from '../plan/index.js'
import type { FileResult, UploadSettings } from '../upload/index.js'
import {
  cancelledReplacements,
  deleteReplaced,
  findReplaced,
  keptReplacements,
  withOrphanedReplacements,
  type Replacement
} from './replaced.js'
import { ownershipOf, type ImageDeleter } from './deletion.js'
import { planReplaced, type PlannedReplacement } from './replaced-plan.js'
import { loadSync, type ManifestOptions, type SyncState } from './sync-state.js'
import { digestAll, refuseOutsideFiles } from './previous-uploads.js'
import { findStale, judgeStale, removeStale, settleStale, type GoneEntry, type StaleEntry, type StaleEvents } from './stale.js'
import { nextManifest, saveManifest, type ManifestWrite } from './next-manifest.js'

export type { GoneEntry, ManifestOptions, ManifestWrite, PlannedReplacement, Replacement, StaleEntry }

/** What the deletions tell as they go, for the log to say: each stale entry and replaced image once settled. */
export interface DeletionEvents extends StaleEvents {
  replaced(entry: Replacement): void
}

/** How the old images are looked up and deleted, and whether the run may still start deletions. */
interface Deletion extends Omit<ImageDeleter, 'ownership'> {
  /** Once the run is cancelled, no further kind of deletion starts. */
  signal: AbortSignal
  events: DeletionEvents
}

/** What the deletions did: the results with the old ImageIds that could not be deleted added as orphans. */
interface Deleted {
  results: FileResult[]
  /** The stale entries, each with what became of it. */
  removed: StaleEntry[]
  replaced: Replacement[]
}

/** What this run changes in the manifest. */
interface ManifestChange {
  results: readonly FileResult[]
  removed: readonly StaleEntry[]
  replaced: readonly Replacement[]
  /** When the uploads are recorded as made. */
  now: number
}

export interface RunManifest {
  /** Absolute paths discovery must not return: the manifest file itself. */
  readonly exclude: readonly string[]
  /** The earlier uploads to compare the files with (refusing files outside the workspace), hashing every file. */
  previousUploads(files: readonly ImageFile[]): Promise<PreviousUploads | undefined>
  /** Entries whose file is gone. */
  findStale(): Promise<GoneEntry[]>
  /** What a dry run would do with the stale entries: the real run's local verdict, with no request. */
  previewStale(stale: readonly GoneEntry[]): StaleEntry[]
  /** What a dry run would do with the ImageIds its uploads replace (delete-replaced): the real run's local verdict, with no request. */
  previewReplaced(tasks: readonly UploadTask[]): PlannedReplacement[]
  /** delete-replaced, then delete-removed, when asked for and the run was not cancelled; each stale entry gets its outcome. */
  deleteOld(results: readonly FileResult[], stale: GoneEntry[], deletion: Deletion): Promise<Deleted>
  /** Writes the manifest when its content changed. */
  save(change: ManifestChange): Promise<ManifestWrite>
}

/** The run's manifest, read (or empty when its file does not exist yet); NO_MANIFEST without the input. */
export async function openManifest(options: ManifestOptions & Pick<UploadSettings, 'multipartThreshold'>): Promise<RunManifest> {
  const sync = await loadSync(options)
  return sync ? new KeptManifest(sync, options) : NO_MANIFEST
}

const NO_MANIFEST: RunManifest = {
  exclude: [],
  previousUploads: () => Promise.resolve(undefined),
  findStale: () => Promise.resolve([]),
  previewStale: () => [],
  previewReplaced: () => [],
  deleteOld: results => Promise.resolve({ results: [...results], removed: [], replaced: [] }),
  save: () => Promise.resolve({ changed: false })
}

class KeptManifest implements RunManifest {
  readonly exclude: readonly string[]

  constructor(
    private readonly sync: SyncState,
    private readonly options: ManifestOptions & Pick<UploadSettings, 'multipartThreshold'>
  ) {
    this.exclude = [sync.file]
  }

  async previousUploads(files: readonly ImageFile[]): Promise<PreviousUploads> {
    refuseOutsideFiles(files, this.sync, this.options.workspace)
    return { digests: await digestAll(files, this.options.multipartThreshold), byPath: this.sync.loaded.manifest.images }
  }

  findStale(): Promise<GoneEntry[]> {
    return findStale(this.sync, this.options.workspace)
  }

  previewStale(stale: readonly GoneEntry[]): StaleEntry[] {
    return judgeStale(stale, this.sync.loaded.manifest, { deleteRemoved: this.options.deleteRemoved, ownership: ownershipOf(this.options) })
  }

  previewReplaced(tasks: readonly UploadTask[]): PlannedReplacement[] {
    if (!this.options.deleteReplaced) return []
    return planReplaced(tasks, this.sync.loaded.manifest, ownershipOf(this.options))
  }

  async deleteOld(results: readonly FileResult[], stale: GoneEntry[], deletion: Deletion): Promise<Deleted> {
    const manifest = this.sync.loaded.manifest
    const deleter: ImageDeleter = {
      deleteImages: ids => deletion.deleteImages(ids),
      getImageInfos: ids => deletion.getImageInfos(ids),
      ownership: ownershipOf(this.options)
    }
    const replaced = await this.deleteReplaced(findReplaced(results, manifest), deleter, deletion)
    const removed =
      this.options.deleteRemoved && !deletion.signal.aborted
        ? await removeStale(stale, manifest, deleter, deletion.events)
        : settleStale(stale, { kind: 'kept', reason: this.options.deleteRemoved ? 'cancelled' : 'delete-removed-off' })
    return { results: withOrphanedReplacements(results, replaced), removed, replaced }
  }

  /** Without delete-replaced, or after a cancel before it, every old ImageId stays findable: recorded and reported (a cancel's orphaned). */
  private async deleteReplaced(found: ReturnType<typeof findReplaced>, deleter: ImageDeleter, deletion: Deletion): Promise<Replacement[]> {
    if (!this.options.deleteReplaced) return keptReplacements(found, this.sync.loaded.manifest)
    if (deletion.signal.aborted) {
      const cancelled = cancelledReplacements(found, this.sync.loaded.manifest, deleter)
      cancelled.forEach(entry => deletion.events.replaced(entry))
      return cancelled
    }
    return deleteReplaced(found, this.sync.loaded.manifest, deleter, entry => deletion.events.replaced(entry))
  }

  save(change: ManifestChange): Promise<ManifestWrite> {
    return saveManifest(this.sync, nextManifest(this.sync.loaded.manifest, change.results, change.removed, change.now, change.replaced))
  }
}
