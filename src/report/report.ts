/**
 * Reporting: the step outputs, the results file and the job summary, all from the typed results.
 * Every text that came from a file name or an answer is HTML-escaped in the summary and passed
 * through the secret registry's redaction.
 */
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { Outputs, SummaryMaxRows, type OutputName } from '../shared/constants.js'
import type { Config } from '../inputs/config.js'
import type { FileFailure } from '../shared/errors.js'
import * as log from '../shared/log.js'
import type { FileResult } from '../upload/pipeline.js'
import type { UploadTask } from '../plan/plan.js'
import { describeStale, type StaleEntry } from '../manifest/sync.js'
import { throttlingNote, type FlowStats } from '../services/flow-control.js'
import type { UnsupportedFile } from '../files/unsupported.js'
import { describeReplaced, type Replacement } from '../manifest/replaced.js'

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
    throttledCalls: result.throttledCalls
  }))
}

function redactFailure<T extends FileFailure>(failure: T, redact: (text: string) => string): T {
  return { ...failure, message: redact(failure.message) }
}

/** What a run knows beyond the per-file results. */
export interface RunFacts {
  dryRun: boolean
  /** Manifest entries whose file is gone; `deleted` set when delete-removed tried them. */
  stale: readonly StaleEntry[]
  manifestChanged: boolean
  /** The run's VOD request rate, when it had one. */
  flow?: FlowStats
  /** Matched files skipped by if-unsupported: not images VOD accepts. */
  unsupported?: readonly UnsupportedFile[]
  /** delete-replaced: the previous ImageIds of changed files, and what became of each. */
  replaced?: readonly Replacement[]
  /** Why a service could not be reached at all, and what to do: once per cause for the run. */
  unreachable?: readonly string[]
}

const NO_FACTS: RunFacts = { dryRun: false, stale: [], manifestChanged: false }

/** The images VOD holds for the matched files after this run: uploaded now, or unchanged since. */
function current(reports: readonly ImageReport[]): ImageReport[] {
  return reports.filter(r => r.status === 'uploaded' || r.status === 'skipped')
}

const count = (reports: readonly ImageReport[], status: ImageReport['status']): string =>
  String(reports.filter(r => r.status === status).length)

/** An output's value; a list that grows with the images comes in pieces, so that it is never one string in memory. */
type OutputValue = (reports: readonly ImageReport[], resultsFile: string, facts: RunFacts) => string | Generator<string>

/** How each output's value is made; each is made only when it is set. */
const OUTPUT_VALUES: Readonly<Record<OutputName, OutputValue>> = {
  [Outputs.ImageId]: reports => current(reports)[0]?.imageId ?? '',
  [Outputs.ImageUrl]: reports => current(reports)[0]?.imageUrl ?? '',
  [Outputs.FileUrl]: reports => current(reports)[0]?.fileUrl ?? '',
  [Outputs.ImageIds]: reports => jsonArrayPieces(current(reports).map(r => r.imageId)),
  [Outputs.ImageUrls]: reports => jsonArrayPieces(current(reports).map(r => r.imageUrl)),
  [Outputs.Images]: reports => jsonArrayPieces(reports),
  [Outputs.UploadedCount]: reports => count(reports, 'uploaded'),
  [Outputs.SkippedCount]: reports => count(reports, 'skipped'),
  [Outputs.FailedCount]: reports => count(reports, 'failed'),
  [Outputs.UnsupportedFiles]: (_reports, _resultsFile, facts) => JSON.stringify(facts.unsupported ?? []),
  [Outputs.OrphanedImageIds]: reports => JSON.stringify(orphanedImageIds(reports)),
  [Outputs.ResultsFile]: (_reports, resultsFile) => resultsFile,
  [Outputs.ManifestChanged]: (_reports, _resultsFile, facts) => String(facts.manifestChanged),
  [Outputs.Markdown]: reports => markdownPieces(current(reports))
}

const whole = (value: string | Generator<string>): string => (typeof value === 'string' ? value : [...value].join(''))

/** The values of every output, in the order action.yml lists them. */
export function outputValues(reports: readonly ImageReport[], resultsFile: string, facts: RunFacts = NO_FACTS): Record<OutputName, string> {
  return Object.fromEntries(
    Object.entries(OUTPUT_VALUES).map(([name, value]) => [name, whole(value(reports, resultsFile, facts))])
  ) as Record<OutputName, string>
}

/** `![title](url)` per image, for release notes: Markdown's own characters in titles escaped, line breaks made spaces, the URL kept in one piece. */
export function markdown(images: readonly ImageReport[]): string {
  return whole(markdownPieces(images))
}

function* markdownPieces(images: readonly ImageReport[]): Generator<string> {
  let first = true
  for (let start = 0; start < images.length; start += ITEMS_PER_PIECE) {
    const lines = images
      .slice(start, start + ITEMS_PER_PIECE)
      .filter(image => image.imageUrl)
      .map(markdownLine)
    if (lines.length === 0) continue
    yield `${first ? '' : '\n'}${lines.join('\n')}`
    first = false
  }
}

function markdownLine(image: ImageReport): string {
  // eslint-disable-next-line no-control-regex
  const title = image.title.replace(/[\\[\]()<>!]/g, char => `\\${char}`).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ')
  const url = log.shown(image.imageUrl!).replace(/[ ()<>]/g, char => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)
  return `![${title}](${url})`
}

export function orphanedImageIds(reports: readonly ImageReport[]): string[] {
  return reports.flatMap(r => r.orphanedImageIds)
}

/** Writes the results array to a new file under the runner's temporary folder. */
async function writeResultsFile(reports: readonly ImageReport[], runnerTemp: string): Promise<string> {
  await fs.mkdir(runnerTemp, { recursive: true })
  const folder = await fs.mkdtemp(path.join(runnerTemp, 'vod-image-upload-'))
  const file = path.join(folder, 'results.json')
  await writeJsonArray(file, reports)
  return file
}

// Pieces stay well below 128 KB: V8 puts larger strings in its large-object space, freed only by a full GC.
const ITEMS_PER_PIECE = 100

/**
 * The text of JSON.stringify(items) (indented: JSON.stringify(items, null, 2)) in pieces of a
 * hundred items: never the whole text in memory at once.
 */
export function* jsonArrayPieces(items: readonly unknown[], indented = false): Generator<string> {
  if (items.length === 0) {
    yield '[]'
    return
  }
  const [open, separator, close] = indented ? ['[\n  ', ',\n  ', '\n]'] : ['[', ',', ']']
  const text = indented
    ? (item: unknown): string => JSON.stringify(item, null, 2).replace(/\n/g, '\n  ')
    : (item: unknown): string => JSON.stringify(item)
  for (let start = 0; start < items.length; start += ITEMS_PER_PIECE) {
    const end = start + ITEMS_PER_PIECE >= items.length
    yield `${start === 0 ? open : separator}${items
      .slice(start, start + ITEMS_PER_PIECE)
      .map(text)
      .join(separator)}${end ? close : ''}`
  }
}

/** JSON.stringify(items, null, 2) and a line break, written a piece at a time. */
export async function writeJsonArray(file: string, items: readonly unknown[]): Promise<void> {
  const handle = await fs.open(file, 'w')
  try {
    for (const piece of jsonArrayPieces(items, true)) await handle.writeFile(piece)
    await handle.writeFile('\n')
  } finally {
    await handle.close()
  }
}

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

export function failureMessage(reports: readonly ImageReport[]): string | undefined {
  const failed = reports.filter(r => r.status === 'failed')
  if (failed.length === 0) return undefined
  return `${failed.length} of ${reports.length} image${reports.length === 1 ? '' : 's'} failed:\n${failed.map(r => `  - ${describeFailure(r)}`).join('\n')}${orphanNote(reports)}`
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

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, char => `&#${char.charCodeAt(0)};`)
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  const units = ['KiB', 'MiB', 'GiB']
  let value = bytes / 1024
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return `${value.toFixed(1)} ${units[unit]}`
}

const STATUS_LABEL: Record<ImageReport['status'], string> = {
  uploaded: '✅ uploaded',
  failed: '❌ failed',
  skipped: '⏭️ unchanged',
  planned: '📝 would upload'
}

/** The job summary as HTML, bounded to SummaryMaxRows table rows. */
export function summaryHtml(reports: readonly ImageReport[], facts: RunFacts = NO_FACTS, maxRows: number = SummaryMaxRows): string {
  const failed = reports.filter(r => r.status === 'failed')
  const tally = facts.dryRun
    ? `${reports.length} matched · ${count(reports, 'planned')} would upload · ${count(reports, 'skipped')} unchanged`
    : `${reports.length} matched · ${count(reports, 'uploaded')} uploaded · ${count(reports, 'skipped')} unchanged · ${failed.length} failed`
  const parts = [`<h2>VOD image upload${facts.dryRun ? ' (dry run: nothing was sent)' : ''}</h2>`, `<p>${tally}</p>`]
  for (const note of facts.unreachable ?? []) parts.push(`<p>🔌 ${escapeHtml(note)}</p>`)
  if (reports.length > 0) parts.push(summaryTable(reports.slice(0, maxRows)))
  if (reports.length > maxRows) parts.push(`<p>${reports.length - maxRows} more rows left out; the results file has them all.</p>`)
  if (failed.length > 0) {
    const items = failed.slice(0, maxRows).map(r => `<li>${escapeHtml(describeFailure(r))}</li>`)
    const more = failed.length > maxRows ? `<li>and ${failed.length - maxRows} more</li>` : ''
    parts.push(`<h3>Failures</h3><ul>${items.join('')}${more}</ul>`)
  }
  if (facts.stale.length > 0) parts.push(staleSection(facts, maxRows))
  if (facts.unsupported && facts.unsupported.length > 0) parts.push(unsupportedSection(facts.unsupported, maxRows))
  if (facts.replaced && facts.replaced.length > 0) parts.push(replacedSection(facts.replaced, maxRows))
  if (facts.flow && facts.flow.throttled > 0) parts.push(`<p>🐢 ${escapeHtml(throttlingNote(facts.flow))}</p>`)
  const unanswered = unansweredNote(reports)
  if (unanswered) parts.push(`<p>⚠️ ${escapeHtml(unanswered)}</p>`)
  const orphans = orphanedImageIds(reports)
  if (orphans.length > 0) {
    parts.push(
      `<h3>Orphaned ImageIds</h3><p>Created, abandoned, and not deleted; remove them with DeleteImage:</p><ul>${orphans.map(id => `<li><code>${escapeHtml(id)}</code></li>`).join('')}</ul>`
    )
  }
  return `${parts.join('\n')}\n`
}

/** The dry run's plan, one line per file and per stale entry. */
export function planLines(
  tasks: readonly UploadTask[],
  stale: readonly StaleEntry[],
  deleteRemoved: boolean,
  deleteReplaced = false
): string[] {
  const replacing = (task: UploadTask): string =>
    task.replaces === undefined ? '' : `, replacing ImageId ${task.replaces}${deleteReplaced ? ' (deleted after the upload)' : ''}`
  return [
    `Dry run: no request is sent. The plan for ${tasks.length} file${tasks.length === 1 ? '' : 's'}:`,
    ...tasks.map(task =>
      task.unchanged
        ? `  skip    ${task.file.relativePath} (unchanged, ImageId ${task.unchanged.imageId})`
        : `  upload  ${task.file.relativePath} as "${log.shown(task.title)}"${replacing(task)}`
    ),
    ...stale.map(entry => `  ${deleteRemoved ? 'delete' : 'stale '}  ${entry.path} (file gone, ImageId ${entry.imageId})`)
  ]
}

function staleSection(facts: RunFacts, maxRows: number): string {
  const items = facts.stale.slice(0, maxRows).map(entry => `<li>${escapeHtml(describeStale(entry, facts.dryRun))}</li>`)
  const more = facts.stale.length > maxRows ? `<li>and ${facts.stale.length - maxRows} more</li>` : ''
  return `<h3>Stale manifest entries</h3><ul>${items.join('')}${more}</ul>`
}

function replacedSection(replaced: readonly Replacement[], maxRows: number): string {
  const items = replaced.slice(0, maxRows).map(entry => `<li>${escapeHtml(describeReplaced(entry))}</li>`)
  const more = replaced.length > maxRows ? `<li>and ${replaced.length - maxRows} more</li>` : ''
  return `<h3>Replaced images (delete-replaced)</h3><ul>${items.join('')}${more}</ul>`
}

function unsupportedSection(files: readonly UnsupportedFile[], maxRows: number): string {
  const items = files.slice(0, maxRows).map(file => `<li><code>${escapeHtml(file.path)}</code>: ${escapeHtml(file.reason)}</li>`)
  const more = files.length > maxRows ? `<li>and ${files.length - maxRows} more</li>` : ''
  return `<h3>Skipped: not images VOD accepts (${files.length})</h3><ul>${items.join('')}${more}</ul>`
}

const FORMAT_LABEL: Readonly<Record<string, string>> = { png: 'PNG', jpeg: 'JPEG', gif: 'GIF', webp: 'WebP', heic: 'HEIC' }

function summaryTable(reports: readonly ImageReport[]): string {
  const header = '<tr><th>File</th><th>Preview</th><th>ImageId</th><th>Format</th><th>Size</th><th>Status</th></tr>'
  const rows = reports.map(r =>
    [
      `<code>${escapeHtml(r.path)}</code>`,
      thumbnail(r),
      r.imageId ? `<code>${escapeHtml(r.imageId)}</code>` : '',
      escapeHtml(FORMAT_LABEL[r.format] ?? r.format.toUpperCase()),
      escapeHtml(formatBytes(r.bytes)),
      STATUS_LABEL[r.status]
    ]
      .map(cell => `<td>${cell}</td>`)
      .join('')
  )
  return `<table>${header}${rows.map(row => `<tr>${row}</tr>`).join('')}</table>`
}

function thumbnail(report: ImageReport): string {
  if (!report.imageUrl || !/^https?:\/\//i.test(report.imageUrl)) return ''
  return `<img src="${escapeHtml(report.imageUrl)}" alt="${escapeHtml(report.title)}" height="48">`
}

/** Sets every output, writes the results file and, when enabled, the job summary. */
export async function publish(
  reports: ImageReport[],
  config: Pick<Config, 'runnerTemp' | 'summary'>,
  facts: RunFacts = NO_FACTS
): Promise<ImageReport[]> {
  const resultsFile = await writeResultsFile(reports, config.runnerTemp).catch((error: NodeJS.ErrnoException) => {
    log.warning(
      `The results file could not be written under ${config.runnerTemp} (${error.code ?? 'error'}); the images output has the same list`
    )
    return ''
  })
  for (const [name, value] of Object.entries(OUTPUT_VALUES)) {
    const made = value(reports, resultsFile, facts)
    if (typeof made === 'string') log.setOutput(name, made)
    else log.setOutputInPieces(name, made)
  }
  if (config.summary) await writeSummary(summaryHtml(reports, facts))
  return reports
}

/** Appended directly: core.summary caches the file path of its first use for the whole process. */
async function writeSummary(html: string): Promise<void> {
  const file = process.env.GITHUB_STEP_SUMMARY
  if (!file) {
    log.debug('GITHUB_STEP_SUMMARY is not set; no job summary written')
    return
  }
  await fs.appendFile(file, html)
}
