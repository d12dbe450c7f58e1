/** The report's model: one ImageReport per file, and what the run knows beyond the files. */
import type { FileFailure } from '../shared/index.js'
import type { FileResult, VodStatus } from '../upload/index.js'
import type { StaleEntry } from '../manifest/index.js'
import type { FlowStats } from '../services/index.js'
import type { UnsupportedFile } from '../files/index.js'
import type { Replacement } from '../manifest/index.js'
import type { PlannedReplacement } from '../manifest/index.js'

/** One entry of the `images` output and of the results file. */
export interface ImageReport {
  path: string
  status: FileResult['status']
  imageId: string | null
  imageUrl: string | null
  fileUrl: string | null
  bytes: number
  sha256: string | null
  format: string
  title: string
  tags: string[]
  error: FileFailure | null
  /** ImageIds made for this file, abandoned, and not deleted: they need deleting by hand. */
  orphanedImageIds: string[]
  /** CreateUploadImage calls for this file that got no answer (VOD may hold an image with no bytes). */
  unansweredCreates: number
  /** VOD calls for this file refused by VOD's flow control, and retried. */
  throttledCalls: number
  /** The path of this same file (device and inode) whose image this entry reports: nothing was sent for this path. */
  sameAs: string | null
  /** VOD's Status of this run's new image (Normal, Uploading, UploadFail, or unknown: the lookup failed); null when not asked. */
  vodStatus: VodStatus | null
  /** The URL GetImageInfos gave (signed where URL signing is on), for previews; null when there is none. */
  previewUrl: string | null
}

export function toImageReports(results: readonly FileResult[], redact: (text: string) => string): ImageReport[] {
  return results.map(result => ({
    path: result.file.relativePath,
    status: result.status,
    imageId: result.imageId ?? null,
    imageUrl: result.imageUrl ?? null,
    fileUrl: result.fileUrl ?? null,
    bytes: result.file.bytes,
    sha256: result.sha256 ?? null,
    format: result.file.format,
    title: result.title,
    tags: result.tags,
    error: result.error ? redactFailure(result.error, redact) : null,
    orphanedImageIds: result.orphanedImageIds,
    unansweredCreates: result.unansweredCreates,
    throttledCalls: result.throttledCalls,
    sameAs: result.sameAs ?? null,
    vodStatus: result.vodStatus ?? null,
    previewUrl: result.previewUrl === undefined ? null : redact(result.previewUrl)
  }))
}

/** Every text field: an answer may echo a credential in its code or request id as well as in its message. */
function redactFailure<T extends FileFailure>(failure: T, redact: (text: string) => string): T {
  const requestId = failure.requestId === undefined ? {} : { requestId: redact(failure.requestId) }
  return { ...failure, code: redact(failure.code), message: redact(failure.message), ...requestId }
}

/** A stale or replaced entry whose failed deletion has every text field redacted; any other is returned as it is. */
export function redactOutcome<T extends { outcome: { kind: string } }>(entry: T, redact: (text: string) => string): T {
  const outcome = entry.outcome as { kind: string; error?: FileFailure }
  if (outcome.error === undefined) return entry
  return { ...entry, outcome: { ...outcome, error: redactFailure(outcome.error, redact) } }
}

/** What a run knows beyond the per-file results. */
export interface RunOutcome {
  dryRun: boolean
  /** Manifest entries whose file is gone, each with what became of it (its outcome). */
  stale: readonly StaleEntry[]
  manifestChanged: boolean
  /** The run's CreateUploadImage rate, when it had one. */
  flow?: FlowStats
  /** How VOD throttled GetImageInfos and DeleteImage, one note per API it throttled. */
  deletionFlows?: readonly string[]
  /** Matched files skipped by if-unsupported: not images VOD accepts. */
  unsupported?: readonly UnsupportedFile[]
  /** delete-replaced: the previous ImageIds of changed files, and what became of each. */
  replaced?: readonly Replacement[]
  /** A dry run's delete-replaced: the previous ImageIds its uploads would replace, and what the real run would do with each. */
  plannedReplacements?: readonly PlannedReplacement[]
  /** Why a service could not be reached at all, and what to do: once per cause for the run. */
  unreachable?: readonly string[]
  /** Why the run stopped early (an answer no other file could get past) and what to fix: said once, at the top. */
  stopped?: string
}

export const NO_OUTCOME: RunOutcome = { dryRun: false, stale: [], manifestChanged: false }

/** The images VOD holds for the matched files after this run, each once: uploaded now, or unchanged since. */
export function current(reports: readonly ImageReport[]): ImageReport[] {
  return reports.filter(r => (r.status === 'uploaded' || r.status === 'skipped') && r.sameAs === null)
}

/** Images, not paths: a path to a file reported under another path (sameAs) is not counted again. */
export const count = (reports: readonly ImageReport[], status: ImageReport['status']): string =>
  String(reports.filter(r => r.status === status && r.sameAs === null).length)

/** Each orphaned ImageId once: two paths to one file may report the same old image. */
export function orphanedImageIds(reports: readonly ImageReport[]): string[] {
  return [...new Set(reports.flatMap(r => r.orphanedImageIds))]
}

/** One entry of the `deletions` output and file: an image delete-removed or delete-replaced was about, and what became of it. */
export interface DeletionReport {
  path: string
  imageId: string
  /** deleted, gone (VOD no longer had it: entry dropped), kept, failed, or would-delete (dry run). */
  outcome: string
  /** Why it was kept (e.g. not-ours, no-repository-id, untrusted-entry) or the code of the failure; empty when deleted. */
  reason: string
  /** The line the log and the summary give. */
  message: string
}

/** How much a row matters to the reader: a failure, then a change (an upload; in a dry run, one that would be made), then the rest. */
export type Importance = 'failed' | 'changed' | 'unchanged'

const IMPORTANCE: Readonly<Record<ImageReport['status'], Importance>> = {
  failed: 'failed',
  uploaded: 'changed',
  planned: 'changed',
  skipped: 'unchanged'
}

/** The rows in groups of importance, each group in the order given (path order); so a list cut at its end keeps what matters. */
export function byImportance<T extends Pick<ImageReport, 'status'>>(
  reports: readonly T[]
): { ordered: T[]; groups: Record<Importance, number> } {
  const groups: Record<Importance, T[]> = { failed: [], changed: [], unchanged: [] }
  for (const report of reports) groups[IMPORTANCE[report.status]].push(report)
  return {
    ordered: [...groups.failed, ...groups.changed, ...groups.unchanged],
    groups: { failed: groups.failed.length, changed: groups.changed.length, unchanged: groups.unchanged.length }
  }
}

/**
 * The previous images of changed files this run left in VOD that no manifest entry names any more,
 * each once: not deleted whatever the reason (delete-replaced off, kept, a deletion or lookup that
 * failed). Not one VOD no longer has, nor one another entry still names. A dry run leaves none.
 */
export function keptImageIds(facts: RunOutcome): string[] {
  const left = (facts.replaced ?? []).filter(
    ({ outcome }) => outcome.kind === 'failed' || (outcome.kind === 'kept' && outcome.reason !== 'shared-image-id')
  )
  return [...new Set(left.map(entry => entry.imageId))]
}

/** The old images this run deleted (stale entries' and changed files' previous ones), and those it left in VOD unnamed (kept-image-ids). */
export function oldImageCounts(facts: RunOutcome): { deleted: number; kept: number } {
  const deleted = [...facts.stale, ...(facts.replaced ?? [])].filter(entry => entry.outcome.kind === 'deleted').length
  return { deleted, kept: keptImageIds(facts).length }
}
