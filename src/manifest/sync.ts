/**
 * Sync with a manifest: which files VOD already holds (skip them), which entries lost their file
 * (stale, deleted only on request), and the manifest to write back after the uploads.
 */
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { compareStrings, FileReadError, InputError, Inputs, isOutside, mapConcurrent, shown } from '../shared/index.js'
import { digestFile, partSizeFor, toRelative, type FileDigest, type ImageFile } from '../files/index.js'
import {
  imageMap,
  isCompleteEntry,
  readManifest,
  serializeManifest,
  writeManifestAtomically,
  type LoadedManifest,
  type Manifest,
  type ManifestEntry
} from './manifest-file.js'
import type { FileResult } from '../upload/index.js'
import { deleteOwned, ownershipUncheckable, type CheckedOutcome, type ImageDeleter, type Ownership } from './deletion.js'

export type { DeletionOutcome } from './deletion.js'

/** The inputs the manifest is kept with. */
export interface ManifestOptions {
  /** Absolute path of the manifest file, when one is used. */
  manifest?: string
  workspace: string
  /** Delete the images of entries whose file is gone. */
  deleteRemoved: boolean
  /** Delete the previous ImageId of a changed file once its new upload succeeded. */
  deleteReplaced: boolean
  /** GITHUB_REPOSITORY_ID: an image is deleted only when it carries this repository's mark (or is adopted). */
  repositoryId?: string
  /** ImageIds the workflow declares this repository's although they carry no mark (uploaded before it existed). */
  adoptImageIds?: readonly string[]
}

export interface SyncState {
  /** Absolute path of the manifest file. */
  file: string
  /** The path as the user wrote it, relative to the workspace. */
  shownAs: string
  loaded: LoadedManifest
}

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
export type StaleOutcome = CheckedOutcome | { kind: 'kept'; reason: KeptReason } | { kind: 'would-delete' }

/** Why an entry's image is kept although its deletion was asked for: the manifest is not trusted to name it. */
export type DistrustReason = 'untrusted-entry' | 'shared-image-id'

/** Why an image is kept because it is not, or cannot be shown to be, this repository's. */
export type OwnershipReason = 'not-ours' | 'no-repository-id'

type KeptReason = 'delete-removed-off' | 'all-entries-stale' | 'cancelled' | DistrustReason | OwnershipReason

/** Why an image is never deleted for lack of ownership, as the log, the summary and the reports say it. */
export const NOT_OURS_BECAUSE: Record<OwnershipReason, string> = {
  'not-ours': `it does not carry the gh-repo-id tag of this repository, so it is never deleted; if this repository uploaded it before that tag existed and it carries no gh-repo-id tag of another repository, list its ImageId in ${Inputs.AdoptImageIds}`,
  'no-repository-id': 'GITHUB_REPOSITORY_ID is not set, so whether this repository uploaded it cannot be checked'
}

const KEPT_BECAUSE: Record<Exclude<KeptReason, 'delete-removed-off'>, string> = {
  'all-entries-stale': 'every entry of the manifest is stale, so none was deleted',
  cancelled: 'the run was cancelled before it was deleted',
  'untrusted-entry': 'the entry is not one this action wrote after an upload',
  'shared-image-id': 'another entry of the manifest, whose file exists, names the same ImageId; only this entry is dropped',
  ...NOT_OURS_BECAUSE
}

/** Kept for a reason that holds for every stale entry at once: their lines are logged with the report, not one by one by removeStale. */
const KEPT_ALL_AT_ONCE: ReadonlySet<KeptReason> = new Set(['delete-removed-off', 'all-entries-stale', 'cancelled'])

export function keptAllAtOnce(entry: StaleEntry): boolean {
  return entry.outcome.kind === 'kept' && KEPT_ALL_AT_ONCE.has(entry.outcome.reason)
}

/** The stale entries with one outcome for all. */
export function settleStale(stale: readonly GoneEntry[], outcome: StaleOutcome): StaleEntry[] {
  return stale.map(entry => ({ ...entry, outcome }))
}

const DIGEST_CONCURRENCY = 16

export async function loadSync(config: Pick<ManifestOptions, 'manifest' | 'workspace'>): Promise<SyncState | undefined> {
  if (!config.manifest) return undefined
  const shownAs = toRelative(config.workspace, config.manifest)
  if (await folderOutside(config.manifest, config.workspace)) {
    throw new InputError([
      { input: Inputs.Manifest, message: `${shownAs} lies in a folder that is a link to outside the workspace; the manifest was not read` }
    ])
  }
  return { file: config.manifest, shownAs, loaded: await readManifest(config.manifest, shownAs) }
}

/** True when the real folder of file (or of its nearest existing ancestor) is outside the workspace. */
async function folderOutside(file: string, workspace: string): Promise<boolean> {
  const root = await fs.realpath(workspace)
  let folder = path.dirname(file)
  for (;;) {
    const real = await fs.realpath(folder).catch(() => undefined)
    if (real !== undefined) return isOutside(root, real)
    if (path.dirname(folder) === folder) return true
    folder = path.dirname(folder)
  }
}

/**
 * The manifest is a file of the repository, keyed by workspace-relative paths (a key from a pull
 * request is untrusted, and an absolute one is refused): files outside the workspace cannot be
 * recorded in it, so a run that has both is refused before any request.
 */
export function refuseOutsideFiles(files: readonly ImageFile[], sync: SyncState, workspace: string): void {
  const outside = files.filter(file => isOutside(workspace, file.absolutePath))
  if (outside.length === 0) return
  throw new InputError(
    outside.map(file => ({
      file: shown(file.relativePath),
      message: `is outside the workspace; the manifest ${sync.shownAs} records only files inside it (copy the file into the workspace, or run without a manifest)`
    })),
    'Files outside the workspace cannot be used with a manifest; nothing was uploaded'
  )
}

/** SHA-256 and MD5 of every file, each in one streaming pass; needed up front only to compare with the manifest. */
export async function digestAll(files: readonly ImageFile[], multipartThreshold: number): Promise<Map<string, FileDigest>> {
  const digests = await mapConcurrent(files, DIGEST_CONCURRENCY, file =>
    digestFile(file.absolutePath, file.relativePath, partSizeFor(file.bytes, multipartThreshold), file).catch((error: unknown) => {
      if (error instanceof FileReadError) return error
      throw error
    })
  )
  const problems = digests.flatMap(digest => (digest instanceof FileReadError ? [{ file: digest.file, message: digest.detail }] : []))
  if (problems.length > 0) throw new InputError(problems, 'Some matched files cannot be uploaded; nothing was uploaded')
  return new Map(files.map((file, i) => [file.relativePath, digests[i] as FileDigest]))
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

export interface SyncLog {
  info: (message: string) => void
  warning: (message: string) => void
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
    const reason: KeptReason | undefined =
      distrustReason(entry, manifest, liveImageIds) ??
      (ownershipUncheckable(entry.imageId, options.ownership) ? 'no-repository-id' : undefined)
    return { ...entry, outcome: reason ? { kind: 'kept', reason } : { kind: 'would-delete' } }
  })
}

/**
 * delete-removed: deletes the images of the stale entries judgeStale lets through that VOD confirms
 * are this repository's, and says what became of each.
 */
export async function removeStale(
  stale: readonly GoneEntry[],
  manifest: Manifest,
  deleter: ImageDeleter,
  log: SyncLog
): Promise<StaleEntry[]> {
  if (stale.length === 0) return []
  const judged = judgeStale(stale, manifest, { deleteRemoved: true, ownership: deleter.ownership })
  if (judged[0].outcome.kind === 'kept' && judged[0].outcome.reason === 'all-entries-stale') {
    log.warning(
      `${Inputs.DeleteRemoved}: all ${judged.length} entries of the manifest are stale (none of their files exists), which looks like a wrong workspace or checkout path. Nothing was deleted; if the files are really gone, delete the manifest or its entries by hand.`
    )
    return judged
  }
  const kept = judged.filter(entry => entry.outcome.kind === 'kept')
  for (const entry of kept) log.warning(describeStale(entry, false))
  const checked = await deleteOwned(
    judged.filter(entry => entry.outcome.kind === 'would-delete').map(({ path, imageId }) => ({ path, imageId })),
    deleter
  )
  for (const entry of checked) (entry.outcome.kind === 'deleted' ? log.info : log.warning)(describeStale(entry, false))
  return [...checked, ...kept].sort((a, b) => compareStrings(a.path, b.path))
}

/**
 * Why an entry's image (stale or replaced) must not be deleted, if it must not. The manifest comes with the
 * pull request: only an entry in the very form this action writes after an upload is trusted, and never
 * an ImageId that an entry which stays also names (a forged entry could name a live image).
 */
export function distrustReason(entry: GoneEntry, manifest: Manifest, stayingImageIds: ReadonlySet<string>): DistrustReason | undefined {
  if (!isCompleteEntry(manifest.images[entry.path])) return 'untrusted-entry'
  if (stayingImageIds.has(entry.imageId)) return 'shared-image-id'
  return undefined
}

/** One line per stale manifest entry: what became of it. */
export function describeStale(entry: StaleEntry, dryRun: boolean): string {
  const { outcome } = entry
  const head = `${entry.path}: file gone; `
  if (outcome.kind === 'deleted') return `${head}deleted ImageId ${entry.imageId} from VOD and dropped the entry`
  if (outcome.kind === 'gone') return `${head}VOD no longer has ImageId ${entry.imageId}; entry dropped`
  if (outcome.kind === 'failed' && outcome.lookup)
    return `${head}looking up ImageId ${entry.imageId} in VOD failed (${outcome.error.code}), so it was not deleted; the entry stays`
  if (outcome.kind === 'failed') return `${head}deleting ImageId ${entry.imageId} failed (${outcome.error.code}); the entry stays`
  if (outcome.kind === 'would-delete')
    return `${head}ImageId ${entry.imageId} would be deleted from VOD and the entry dropped if VOD confirms this repository uploaded it (dry run)`
  if (outcome.reason === 'delete-removed-off')
    return `${head}ImageId ${entry.imageId} ${dryRun ? 'would stay' : 'stays'} in VOD and in the manifest (${Inputs.DeleteRemoved} is off)`
  if (outcome.reason === 'shared-image-id')
    return `${head}ImageId ${entry.imageId} ${dryRun ? 'would stay' : 'stays'} in VOD: ${KEPT_BECAUSE[outcome.reason]}`
  return `${head}ImageId ${entry.imageId} ${dryRun ? 'would stay' : 'stays'} in VOD and in the manifest: ${KEPT_BECAUSE[outcome.reason]}`
}

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
  /** Why the manifest could not be written; the run then fails after reporting everything else. */
  problem?: string
}

/** Writes the manifest when its content changed. A failure is returned, not thrown: the uploads still get reported. */
export async function saveManifest(sync: SyncState, manifest: Manifest): Promise<ManifestWrite> {
  const text = serializeManifest(manifest)
  if (text === sync.loaded.text) return { changed: false }
  try {
    await writeManifestAtomically(sync.file, text)
    return { changed: true }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error'
    return {
      changed: false,
      problem: `The manifest ${sync.shownAs} could not be written (${code}); the images uploaded by this run are listed in the outputs and the results file only.`
    }
  }
}
