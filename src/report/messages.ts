/** The log's words for the results: failures, notes about orphans and unanswered calls, the dry run's plan. */
import { log, Outputs } from '../shared/index.js'
import type { UploadTask } from '../plan/index.js'
import type { PlannedReplacement, StaleEntry } from '../manifest/index.js'
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

/** Calls that got no answer may have created images whose ids never arrived: say so, with what to do. */
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

/** One path to a file that another matched path holds. */
export function samePathLine(path: string, sameAs: string): string {
  return `↪ ${path} is the same file as ${sameAs}: one image for both`
}

/** One line for every path to a file another matched path holds, when there are too many to name. */
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
