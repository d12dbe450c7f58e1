/** The log's words for the results: failures, notes about orphans and unanswered calls, the dry run's plan. */
import * as log from '../shared/log.js'
import { Inputs, Outputs } from '../shared/names.js'
import type { UploadTask } from '../plan/plan.js'
import { keptAllAtOnce, type StaleEntry, type StaleKeptReason } from '../manifest/stale.js'
import type { OwnershipReason } from '../manifest/trust.js'
import type { Replacement, ReplacedKeptReason } from '../manifest/replaced.js'
import type { PlannedReplacement } from '../manifest/replaced-plan.js'
import type { ManifestWrite } from '../manifest/next-manifest.js'
import { oldImageCounts, orphanedImageIds, type ImageReport, type RunOutcome } from './model.js'

/** One line per failed file: path, stage, code, status and request id. */
export function describeFailure(report: ImageReport): string {
  const error = report.error
  if (!error) return `${report.path}: failed`
  const facts = [
    error.status === undefined ? undefined : `HTTP ${error.status}`,
    error.requestId ? `RequestId ${log.shown(error.requestId)}` : undefined
  ]
    .filter(Boolean)
    .join(', ')
  return `${report.path}: ${error.stage} failed: ${log.shown(error.code)}${facts ? ` (${facts})` : ''}: ${log.shown(error.message)}`
}

/**
 * One line per file that failed; the files never started (stage queued: NotAttempted once the run
 * had stopped, or Cancelled) one line per reason however many they are, e.g. "16 files: not attempted: …".
 */
export function failureLines(failed: readonly ImageReport[]): string[] {
  const notStarted = new Map<string, number>()
  const lines: string[] = []
  for (const report of failed) {
    if (report.error?.stage === 'queued') notStarted.set(report.error.message, (notStarted.get(report.error.message) ?? 0) + 1)
    else lines.push(describeFailure(report))
  }
  return [...lines, ...[...notStarted].map(([reason, files]) => `${plural(files, 'file')}: ${log.shown(reason)}`)]
}

function failureMessage(reports: readonly ImageReport[]): string | undefined {
  const failed = reports.filter(r => r.status === 'failed' && r.sameAs === null)
  if (failed.length === 0) return undefined
  return `${failed.length} of ${reports.length} image${reports.length === 1 ? '' : 's'} failed:\n${failureLines(failed)
    .map(line => `  - ${line}`)
    .join('\n')}${orphanNote(reports)}`
}

/** Calls that got no answer may have created images whose ids never arrived: say so, with what to do. */
/** Why the run fails, one reason a line; empty when it does not. */
export function runFailure(
  reports: readonly ImageReport[],
  run: { cancelled: boolean; problems?: ReadonlyArray<string | undefined>; unreachable?: readonly string[]; stopped?: string }
): string {
  return [
    run.cancelled ? 'The run was cancelled.' : undefined,
    run.stopped,
    ...(run.problems ?? []),
    ...(run.unreachable ?? []),
    failureMessage(reports)
  ]
    .filter(Boolean)
    .join('\n')
}

export function unansweredNote(reports: readonly ImageReport[]): string {
  const count = reports.reduce((sum, report) => sum + report.unansweredCreates, 0)
  if (count === 0) return ''
  return `${count} CreateUploadImage call${count === 1 ? '' : 's'} got no answer and ${count === 1 ? 'was' : 'were'} retried or given up: VOD may hold up to ${count} image${count === 1 ? '' : 's'} whose ImageId never arrived. They hold no bytes; look for them by title (status Uploading) in the VOD console.`
}

/** Said wherever failures are: ImageIds that exist in VOD without bytes, and how to remove them. */
export function orphanNote(reports: readonly ImageReport[]): string {
  const ids = orphanedImageIds(reports)
  if (ids.length === 0) return ''
  return `\n${ids.length} abandoned ImageId${ids.length === 1 ? '' : 's'} could not be deleted (orphaned): ${ids.join(', ')}. Delete them with DeleteImage (DeleteImageType=ImageId).`
}

/** The dry run's plan: one line for the unchanged files, one per other file and per stale entry; replaced: delete-replaced's verdict on each ImageId an upload replaces. */
export function planLines(
  tasks: readonly UploadTask[],
  plan: { stale: readonly StaleEntry[]; replaced: readonly PlannedReplacement[]; deleteRemoved: boolean }
): string[] {
  const { stale, deleteRemoved } = plan
  const replacing = replacingNotes(plan.replaced)
  const unchanged = tasks.filter(task => task.unchangedSince).length
  return [
    `Dry run: no request is sent. The plan for ${tasks.length} file${tasks.length === 1 ? '' : 's'}:`,
    ...(unchanged > 0
      ? [
          `  skip    ${amount(unchanged)} unchanged since the manifest's run (their ImageIds are in the results file, the ${Outputs.ResultsFile} output)`
        ]
      : []),
    ...tasks
      .filter(task => !task.unchangedSince)
      .map(task =>
        task.sameAs
          ? `  same    ${task.file.relativePath} (the same file as ${task.sameAs}: its image)${replacing(task, false)}`
          : `  upload  ${task.file.relativePath} as "${log.shown(task.title)}"${replacing(task, true)}`
      ),
    ...stale.map(entry => `  ${staleLabel(entry, deleteRemoved)}  ${entry.path} (file gone, ImageId ${entry.imageId}${staleNote(entry)})`)
  ]
}

/** What a file's line says of the ImageId its entry held: replaced, and with delete-replaced, what the real run would do with it. */
function replacingNotes(replaced: readonly PlannedReplacement[]): (task: UploadTask, uploading: boolean) => string {
  const byPath = new Map(replaced.map(entry => [entry.path, entry]))
  return (task, uploading) => {
    const planned = byPath.get(task.file.relativePath)
    if (task.replaces === undefined || (!planned && !uploading)) return ''
    if (!planned) return `, replacing ImageId ${task.replaces}`
    if (planned.outcome.kind === 'kept') return `, replacing ImageId ${task.replaces} (kept: ${planned.outcome.reason})`
    return `, replacing ImageId ${task.replaces} (deleted after the upload if VOD confirms this repository uploaded it)`
  }
}

/** delete: VOD is asked whether the image is this repository's; keep: the real run would keep it for the reason given. */
function staleLabel(entry: StaleEntry, deleteRemoved: boolean): string {
  if (!deleteRemoved) return 'stale '
  return entry.outcome.kind === 'would-delete' ? 'delete' : 'keep  '
}

function staleNote(entry: StaleEntry): string {
  if (entry.outcome.kind === 'would-delete') return '; deleted if VOD confirms this repository uploaded it'
  if (entry.outcome.kind === 'kept' && entry.outcome.reason !== 'delete-removed-off') return `; kept: ${entry.outcome.reason}`
  return ''
}

/**
 * A whole number as the log and the summary write it: 1,990. Not toLocaleString: its first call loads
 * ICU's locale data, 7.5 MB of resident memory for a comma (BENCHMARKS.md, "Issue #19").
 */
export const amount = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')

const plural = (n: number, one: string, many = `${one}s`): string => `${amount(n)} ${n === 1 ? one : many}`

/** What the path patterns matched: the images, and the files skipped as not images VOD accepts (if-unsupported). */
export function matchedLine(images: number, unsupported: number): string {
  if (unsupported === 0) return `${amount(images)} matched`
  return `${amount(images + unsupported)} matched: ${plural(images, 'image')}, ${amount(unsupported)} unsupported`
}

/** One line for every file the manifest shows unchanged, instead of one per file. */
export function unchangedLine(files: number): string {
  return `⏭️ ${amount(files)} unchanged since the manifest's run, not uploaded`
}

/** One line for every path to a file another matched path holds, when there are too many to name. */
/** One path to a file that another matched path holds. */
export function samePathLine(path: string, sameAs: string): string {
  return `↪ ${path} is the same file as ${sameAs}: one image for both`
}

export function sameFileLine(paths: number): string {
  return `↪ ${plural(paths, 'path is the same file', 'paths are the same file')} as another matched path: one image each, nothing sent for them`
}

/** Images, not paths: a path to a file reported under another path (sameAs) is not counted again. */
const images = (reports: readonly ImageReport[], status: ImageReport['status']): number =>
  reports.filter(r => r.status === status && r.sameAs === null).length

/** What became of the old images, when the run deleted or kept any. */
function oldImages(facts: RunOutcome): string {
  const { deleted, kept } = oldImageCounts(facts)
  if (deleted === 0 && kept === 0) return ''
  return `; ${plural(deleted, 'old image')} deleted, ${amount(kept)} kept${kept > 0 ? ` (${Outputs.KeptImageIds})` : ''}`
}

/** The run's closing line: what became of every matched file, and of the old images. */
export function totalsLine(reports: readonly ImageReport[], facts: RunOutcome): string {
  const unsupported = facts.unsupported?.length ?? 0
  const skipped = unsupported > 0 ? `, ${amount(unsupported)} unsupported` : ''
  if (facts.dryRun)
    return `Dry run done: ${amount(images(reports, 'planned'))} would upload, ${amount(images(reports, 'skipped'))} unchanged${skipped}; nothing was sent`
  const counts = (['uploaded', 'skipped', 'failed'] as const).map(status => images(reports, status))
  return `Done: ${amount(counts[0])} uploaded, ${amount(counts[1])} unchanged, ${amount(counts[2])} failed${skipped}${oldImages(facts)}`
}

/** An output cut to stay under GitHub's limit: how many of its entries it holds. */
export interface OutputCut {
  name: string
  holds: number
  of: number
}

/** Said once, in the log and in the summary, when any output was cut. */
export function outputsCutNote(cuts: readonly OutputCut[]): string {
  if (cuts.length === 0) return ''
  const each = cuts.map(cut => `${cut.name} holds ${amount(cut.holds)} of ${amount(cut.of)}`).join(', ')
  return `Outputs cut to stay under GitHub's 1 MB per output, failed and changed entries kept first: ${each}. The results file has every image, deletions.json beside it every deletion and kept image, the log every unsupported file (the runner deletes the files: keep them with actions/upload-artifact, see README).`
}

/** Why an image is never deleted for lack of ownership, as the log, the summary and the reports say it. */
export const NOT_OURS_BECAUSE: Record<OwnershipReason, string> = {
  'not-ours': `it does not carry the gh-repo-id tag of this repository, so it is never deleted; if this repository uploaded it before that tag existed and it carries no gh-repo-id tag of another repository, list its ImageId in ${Inputs.AdoptImageIds}`,
  'no-repository-id': 'GITHUB_REPOSITORY_ID is not set, so whether this repository uploaded it cannot be checked'
}

const STALE_KEPT_BECAUSE: Record<Exclude<StaleKeptReason, 'delete-removed-off'>, string> = {
  'all-entries-stale': 'every entry of the manifest is stale, so none was deleted',
  cancelled: 'the run was cancelled before it was deleted',
  'untrusted-entry': 'the entry is not one this action wrote after an upload',
  'shared-image-id': 'another entry of the manifest, whose file exists, names the same ImageId; only this entry is dropped',
  ...NOT_OURS_BECAUSE
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
  const stays = dryRun ? 'would stay' : 'stays'
  if (outcome.reason === 'delete-removed-off')
    return `${head}ImageId ${entry.imageId} ${stays} in VOD and in the manifest (${Inputs.DeleteRemoved} is off)`
  if (outcome.reason === 'shared-image-id') return `${head}ImageId ${entry.imageId} ${stays} in VOD: ${STALE_KEPT_BECAUSE[outcome.reason]}`
  return `${head}ImageId ${entry.imageId} ${stays} in VOD and in the manifest: ${STALE_KEPT_BECAUSE[outcome.reason]}`
}

/** The lines of the stale entries kept for a reason that holds for all of them, said once with the report rather than as they were judged. */
export function keptAllAtOnceLines(stale: readonly StaleEntry[]): string[] {
  return stale.filter(keptAllAtOnce).map(entry => describeStale(entry, false))
}

/** delete-removed found every entry of a manifest of several stale. */
export function allStaleWarning(entries: number): string {
  return `${Inputs.DeleteRemoved}: all ${entries} entries of the manifest are stale (none of their files exists), which looks like a wrong workspace or checkout path. Nothing was deleted; if the files are really gone, delete the manifest or its entries by hand.`
}

const REPLACED_KEPT_BECAUSE: Record<ReplacedKeptReason, string> = {
  'untrusted-entry': 'the entry is not one this action wrote after an upload',
  'shared-image-id': 'another entry of the manifest has the same ImageId',
  cancelled: 'the run was cancelled before it was deleted; it is orphaned, delete it by hand',
  'delete-replaced-off': `${Inputs.DeleteReplaced} is off (the ${Outputs.KeptImageIds} output lists it)`,
  ...NOT_OURS_BECAUSE
}

/** One line per replaced image: what became of the old one. */
export function describeReplaced(entry: Replacement): string {
  const { outcome } = entry
  const head = `${entry.path}: changed; uploaded as ImageId ${entry.newImageId}`
  if (outcome.kind === 'deleted') return `${head}, deleted the previous ImageId ${entry.imageId} from VOD`
  if (outcome.kind === 'gone') return `${head}; VOD no longer has the previous ImageId ${entry.imageId}`
  if (outcome.kind === 'kept')
    return `${head}; the previous ImageId ${entry.imageId} stays in VOD: ${REPLACED_KEPT_BECAUSE[outcome.reason]}`
  if (outcome.lookup)
    return `${head}; looking up the previous ImageId ${entry.imageId} in VOD failed (${outcome.error.code}), so it was not deleted: it is orphaned, delete it by hand`
  return `${head}; deleting the previous ImageId ${entry.imageId} failed (${outcome.error.code}): it is orphaned, delete it by hand`
}

/** One line per planned replacement: what the real run would do with the previous ImageId. */
export function describePlannedReplacement(entry: PlannedReplacement): string {
  const head = `${entry.path}: changed; the previous ImageId ${entry.imageId}`
  if (entry.outcome.kind === 'would-delete')
    return `${head} would be deleted from VOD after the upload if VOD confirms this repository uploaded it (dry run)`
  return `${head} would stay in VOD: ${REPLACED_KEPT_BECAUSE[entry.outcome.reason]}`
}

/** Why the manifest was not written, when it was not; the run fails with it after reporting the uploads. */
export function manifestWriteProblem(write: ManifestWrite): string | undefined {
  if (!write.failure) return undefined
  const manifest = write.failure.manifest === undefined ? 'The manifest' : `The manifest ${write.failure.manifest}`
  return `${manifest} could not be written (${write.failure.reason}); the images uploaded by this run are listed in the outputs and the results file only.`
}
