/**
 * Stale entries: manifest entries whose file is gone from the workspace. Found, judged (kept for a
 * reason, or deleted if VOD confirms the image is this repository's) and, with delete-removed, removed.
 */
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { compareStrings } from '../shared/index.js'
import type { Manifest } from './manifest-file.js'
import { deleteOwned, ownershipUncheckable, type CheckedOutcome, type ImageDeleter, type Ownership } from './deletion.js'
import type { SyncState } from './sync-state.js'
import { distrustReason, type DistrustReason, type OwnershipReason } from './trust.js'

/** A manifest entry whose file is gone from the workspace. */
export interface GoneEntry {
  path: string
  imageId: string
}

export interface StaleEntry extends GoneEntry {
  outcome: StaleOutcome
}

/**
 * What became of a stale entry: deleted, gone from VOD already (the entry is dropped), kept for a
 * reason, a deletion or lookup that failed, or (dry run) one that would be tried if VOD confirms the image is this repository's.
 */
export type StaleOutcome = CheckedOutcome | { kind: 'kept'; reason: StaleKeptReason } | { kind: 'would-delete' }

export type StaleKeptReason = 'delete-removed-off' | 'all-entries-stale' | 'cancelled' | DistrustReason | OwnershipReason

/** What removeStale tells as it goes, for the log to say. */
export interface StaleEvents {
  /** Every entry of a manifest of several is stale: nothing was deleted. */
  allStale(entries: number): void
  /** What became of one stale entry that removeStale judged or tried. */
  stale(entry: StaleEntry): void
}

/** Kept for a reason that holds for every stale entry at once: their lines are logged with the report, not one by one by removeStale. */
const KEPT_ALL_AT_ONCE: ReadonlySet<StaleKeptReason> = new Set(['delete-removed-off', 'all-entries-stale', 'cancelled'])

export function keptAllAtOnce(entry: StaleEntry): boolean {
  return entry.outcome.kind === 'kept' && KEPT_ALL_AT_ONCE.has(entry.outcome.reason)
}

/** The stale entries with one outcome for all. */
export function settleStale(stale: readonly GoneEntry[], outcome: StaleOutcome): StaleEntry[] {
  return stale.map(entry => ({ ...entry, outcome }))
}

/** Entries whose file no longer exists in the workspace. A file that exists but no longer matches is not stale. */
export async function findStale(sync: SyncState, workspace: string): Promise<GoneEntry[]> {
  const stale: GoneEntry[] = []
  for (const [relativePath, entry] of Object.entries(sync.loaded.manifest.images).sort(([a], [b]) => compareStrings(a, b))) {
    const gone = await fs.lstat(path.join(workspace, relativePath)).then(
      () => false,
      (error: NodeJS.ErrnoException) => error.code === 'ENOENT'
    )
    if (gone) stale.push({ path: relativePath, imageId: entry.imageId })
  }
  return stale
}

/**
 * The local verdict on each stale entry, the same for a real run and a dry run: kept for a reason,
 * or `would-delete`: deleted if VOD confirms the image is this repository's. Keeps every entry
 * when every entry of a manifest of several is stale: that is a wrong workspace or checkout path
 * far more often than a site that removed all its images.
 */
export function judgeStale(
  stale: readonly GoneEntry[],
  manifest: Manifest,
  options: { deleteRemoved: boolean; ownership: Ownership }
): StaleEntry[] {
  if (!options.deleteRemoved) return settleStale(stale, { kind: 'kept', reason: 'delete-removed-off' })
  const entries = Object.keys(manifest.images).length
  if (entries > 1 && stale.length === entries) return settleStale(stale, { kind: 'kept', reason: 'all-entries-stale' })
  const stalePaths = new Set(stale.map(entry => entry.path))
  const liveImageIds = new Set(Object.entries(manifest.images).flatMap(([key, entry]) => (stalePaths.has(key) ? [] : [entry.imageId])))
  return stale.map(entry => {
    const reason: StaleKeptReason | undefined =
      distrustReason(entry, manifest, liveImageIds) ??
      (ownershipUncheckable(entry.imageId, options.ownership) ? 'no-repository-id' : undefined)
    return { ...entry, outcome: reason ? { kind: 'kept', reason } : { kind: 'would-delete' } }
  })
}

/**
 * delete-removed: deletes the images of the stale entries judgeStale lets through that VOD confirms
 * are this repository's, and tells what became of each (the kept ones first, then those tried).
 */
export async function removeStale(
  stale: readonly GoneEntry[],
  manifest: Manifest,
  deleter: ImageDeleter,
  events: StaleEvents
): Promise<StaleEntry[]> {
  if (stale.length === 0) return []
  const judged = judgeStale(stale, manifest, { deleteRemoved: true, ownership: deleter.ownership })
  if (judged[0].outcome.kind === 'kept' && judged[0].outcome.reason === 'all-entries-stale') {
    events.allStale(judged.length)
    return judged
  }
  const kept = judged.filter(entry => entry.outcome.kind === 'kept')
  kept.forEach(entry => events.stale(entry))
  const checked = await deleteOwned(
    judged.filter(entry => entry.outcome.kind === 'would-delete').map(({ path, imageId }) => ({ path, imageId })),
    deleter
  )
  checked.forEach(entry => events.stale(entry))
  return [...checked, ...kept].sort((a, b) => compareStrings(a.path, b.path))
}
