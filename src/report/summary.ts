/**
 * The job summary, as HTML. Every text that came from a file name or an answer is HTML-escaped
 * (and, like every report text, already passed through the secret registry's redaction).
 */
import { promises as fs } from 'node:fs'
import { log } from '../shared/index.js'
import { Outputs } from '../shared/index.js'
import {
  byImportance,
  count,
  NO_OUTCOME,
  oldImageCounts,
  orphanedImageIds,
  type Importance,
  type ImageReport,
  type RunOutcome
} from './model.js'
import {
  amount,
  describePlannedReplacement,
  describeReplaced,
  describeStale,
  failureLines,
  throttlingNote,
  matchedLine,
  outputsCutNote,
  unansweredNote,
  type OutputCut
} from './messages.js'
import { MAX_URL_LENGTH } from '../shared/index.js'

/** How much the job summary may hold. */
export interface SummaryLimits {
  /** Items of any one list (the table, failures, stale entries, …) at most. */
  maxRows: number
  /** UTF-8 bytes of all this step appends. GitHub drops a step's whole summary past 1 MiB (docs/protocol.md, "Runner limits"): this leaves room. */
  budgetBytes: number
}

export const SUMMARY_LIMITS: SummaryLimits = { maxRows: 300, budgetBytes: 1_000_000 }

/** Any one outside text (a path, a title, a message) is cut to this many characters before it is escaped: none can fill the summary alone. */
const TEXT_MAX_CHARS = 1000
/** Bytes kept for each list's "left out" note, which names the results file (its path cut to TEXT_MAX_CHARS, then escaped). */
export const NOTE_RESERVE_BYTES = 8 * 1024
/** Where every stale and replaced entry is, when the summary lists only some. */
const DELETIONS_LISTED = 'the deletions output (and deletions.json beside the results file)'

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

/** What the summary says where a list was cut. */
interface SummaryOptions extends SummaryLimits {
  /** The results file, which lists every image; empty when it could not be written. */
  resultsFile: string
  /** The outputs cut to stay under GitHub's limit. */
  cutOutputs: readonly OutputCut[]
}

/**
 * The job summary as HTML, within limits.maxRows items per list and limits.budgetBytes in all. Lists
 * get the bytes in order of importance (failures, orphans, the table, then stale, replaced and
 * unsupported entries); a list that is cut says how many items it left out and where they all are.
 */
export function summaryHtml(
  reports: readonly ImageReport[],
  facts: RunOutcome = NO_OUTCOME,
  options: Partial<SummaryOptions> = {}
): string {
  const { maxRows, budgetBytes, resultsFile, cutOutputs } = { ...SUMMARY_LIMITS, resultsFile: '', cutOutputs: [], ...options }
  const failed = reports.filter(r => r.status === 'failed' && r.sameAs === null)
  const head = [`<h2>VOD image upload${facts.dryRun ? ' (dry run: nothing was sent)' : ''}</h2>`, `<p>${tally(reports, facts)}</p>`]
  if (facts.stopped) head.push(`<p>⛔ ${text(facts.stopped)}</p>`)
  for (const note of facts.unreachable ?? []) head.push(`<p>🔌 ${text(note)}</p>`)
  const notes: string[] = []
  if (cutOutputs.length > 0) notes.push(`<p>✂️ ${text(outputsCutNote(cutOutputs))}</p>`)
  if (facts.flow && facts.flow.throttled > 0) notes.push(`<p>🐢 ${text(throttlingNote(facts.flow))}</p>`)
  for (const note of facts.deletionFlows ?? []) notes.push(`<p>🐢 ${text(note)}</p>`)
  const unanswered = unansweredNote(reports)
  if (unanswered) notes.push(`<p>⚠️ ${text(unanswered)}</p>`)

  const where = resultsFile
    ? `the results file <code>${text(resultsFile)}</code> (the ${Outputs.ResultsFile} output; the runner deletes it: keep it with actions/upload-artifact, see README)`
    : `the ${Outputs.Images} output`
  const lists = listSections({ reports, failed, facts, where }).filter(list => list.total > 0)
  const fixed = [...head, ...notes, ...lists.map(list => list.render([], 0))].join('\n')
  const taken = shareOut(lists, { maxRows, bytes: budgetBytes - bytes(fixed) - lists.length * NOTE_RESERVE_BYTES })
  const render = (list: ListSection): string => list.render(taken.get(list)!, list.total - taken.get(list)!.length)
  const orphans = lists.filter(list => list.name === 'orphans').map(render)
  const body = [...lists.filter(list => list.name !== 'orphans').map(render), ...notes, ...orphans]
  return `${[...head, ...body].join('\n')}\n`
}

/** The counts line: what matched, what became of it, and of the old images. */
function tally(reports: readonly ImageReport[], facts: RunOutcome): string {
  const matched = matchedLine(reports.length, facts.unsupported?.length ?? 0)
  if (facts.dryRun) return `${matched} · ${count(reports, 'planned')} would upload · ${count(reports, 'skipped')} unchanged`
  const { deleted, kept } = oldImageCounts(facts)
  const old = deleted + kept > 0 ? ` · old images: ${amount(deleted)} deleted, ${amount(kept)} kept (${Outputs.KeptImageIds})` : ''
  return `${matched} · ${count(reports, 'uploaded')} uploaded · ${count(reports, 'skipped')} unchanged · ${count(reports, 'failed')} failed${old}`
}

/** The items of each list that fit in the room, the lists served in order of priority, each list's items in order. */
function shareOut(lists: readonly ListSection[], room: { maxRows: number; bytes: number }): Map<ListSection, string[]> {
  let left = room.bytes
  const taken = new Map<ListSection, string[]>()
  for (const list of [...lists].sort((a, b) => a.priority - b.priority)) {
    const items: string[] = []
    for (const item of list.items(room.maxRows)) {
      if (bytes(item) > left) break
      left -= bytes(item)
      items.push(item)
    }
    taken.set(list, items)
  }
  return taken
}

const bytes = (html: string): number => Buffer.byteLength(html, 'utf8')

/** Outside text for the summary: cut to TEXT_MAX_CHARS, then HTML-escaped. */
function text(value: string): string {
  return escapeHtml(value.length > TEXT_MAX_CHARS ? `${value.slice(0, TEXT_MAX_CHARS)}…` : value)
}

interface ListSection {
  name: 'table' | 'failures' | 'stale' | 'unsupported' | 'replaced' | 'orphans'
  /** Lower gets its share of the bytes first. */
  priority: number
  total: number
  /** The first items, each as HTML. */
  items(max: number): string[]
  /** The section with these items and a note of those left out (none with leftOut 0). */
  render(items: readonly string[], leftOut: number): string
}

/** Every list of the summary, in the order they appear; orphans last. */
function listSections(run: {
  reports: readonly ImageReport[]
  failed: readonly ImageReport[]
  facts: RunOutcome
  where: string
}): ListSection[] {
  const { reports, failed, facts, where } = run
  const stale = facts.stale
  const unsupported = facts.unsupported ?? []
  const replaced = [...(facts.replaced ?? []).map(describeReplaced), ...(facts.plannedReplacements ?? []).map(describePlannedReplacement)]
  const orphans = orphanedImageIds(reports)
  const failures = failureLines(failed)
  const rows = byImportance(reports)
  const more = (leftOut: number, whereAll: string): string =>
    leftOut > 0 ? `<li>and ${leftOut} more: ${whereAll} lists them all</li>` : ''
  return [
    {
      name: 'table',
      priority: 2,
      total: reports.length,
      items: max => rows.ordered.slice(0, max).map(tableRow),
      render: (items, leftOut) =>
        `${leftOut > 0 ? `<p>${rowsShown(items.length, rows.groups, facts.dryRun)}; every row is in ${where}.</p>\n` : ''}${summaryTable(items)}`
    },
    {
      name: 'failures',
      priority: 0,
      total: failures.length,
      items: max => failures.slice(0, max).map(line => `<li>${text(line)}</li>`),
      render: (items, leftOut) => `<h3>Failures</h3><ul>${items.join('')}${more(leftOut, where)}</ul>`
    },
    {
      name: 'stale',
      priority: 3,
      total: stale.length,
      items: max => stale.slice(0, max).map(entry => `<li>${text(describeStale(entry, facts.dryRun))}</li>`),
      render: (items, leftOut) => `<h3>Stale manifest entries</h3><ul>${items.join('')}${more(leftOut, DELETIONS_LISTED)}</ul>`
    },
    {
      name: 'unsupported',
      priority: 5,
      total: unsupported.length,
      items: max => unsupported.slice(0, max).map(file => `<li><code>${text(file.path)}</code>: ${text(file.reason)}</li>`),
      render: (items, leftOut) =>
        `<h3>Skipped: not images VOD accepts (${unsupported.length})</h3><ul>${items.join('')}${more(leftOut, `the ${Outputs.UnsupportedFiles} output`)}</ul>`
    },
    {
      name: 'replaced',
      priority: 4,
      total: replaced.length,
      items: max => replaced.slice(0, max).map(line => `<li>${text(line)}</li>`),
      render: (items, leftOut) => `<h3>Replaced images</h3><ul>${items.join('')}${more(leftOut, DELETIONS_LISTED)}</ul>`
    },
    {
      name: 'orphans',
      priority: 1,
      total: orphans.length,
      items: max => orphans.slice(0, max).map(id => `<li><code>${text(id)}</code></li>`),
      render: (items, leftOut) =>
        `<h3>Orphaned ImageIds</h3><p>Created, abandoned, and not deleted; remove them with DeleteImage:</p><ul>${items.join('')}${more(leftOut, `the ${Outputs.OrphanedImageIds} output`)}</ul>`
    }
  ]
}

/** "Showing 300 of 2,000 rows: all 3 failed, all 5 uploaded, 292 of 1,992 unchanged": the table's rows come in that order. */
function rowsShown(shown: number, groups: Readonly<Record<Importance, number>>, dryRun: boolean): string {
  const label: Record<Importance, string> = { failed: 'failed', changed: dryRun ? 'would upload' : 'uploaded', unchanged: 'unchanged' }
  let left = shown
  const parts = (['failed', 'changed', 'unchanged'] as const).flatMap(group => {
    const total = groups[group]
    const taken = Math.min(left, total)
    left -= taken
    if (total === 0) return []
    return [`${taken === total ? 'all' : `${amount(taken)} of`} ${amount(total)} ${label[group]}`]
  })
  return `Showing ${amount(shown)} of ${amount(groups.failed + groups.changed + groups.unchanged)} rows: ${parts.join(', ')}`
}

const FORMAT_LABEL: Readonly<Record<string, string>> = { png: 'PNG', jpeg: 'JPEG', gif: 'GIF', webp: 'WebP', heic: 'HEIC' }

function summaryTable(rows: readonly string[]): string {
  const header = '<tr><th>File</th><th>Preview</th><th>ImageId</th><th>Format</th><th>Size</th><th>Status</th></tr>'
  return `<table>${header}${rows.join('')}</table>`
}

function tableRow(r: ImageReport): string {
  const cells = [
    `<code>${text(r.path)}</code>`,
    thumbnail(r),
    r.imageId ? `<code>${text(r.imageId)}</code>` : '',
    text(FORMAT_LABEL[r.format] ?? r.format.toUpperCase()),
    text(formatBytes(r.bytes)),
    `${STATUS_LABEL[r.status]}${r.sameAs === null ? '' : ` (same file as <code>${text(r.sameAs)}</code>)`}${vodStatusNote(r)}`
  ]
  return `<tr>${cells.map(cell => `<td>${cell}</td>`).join('')}</tr>`
}

/** What VOD said of this run's new image, when it was asked. */
function vodStatusNote(report: ImageReport): string {
  if (report.vodStatus === null) return ''
  return `<br>VOD: ${text(report.vodStatus)}`
}

/** The preview URL (signed where URL signing is on), else ImageURL; none for a URL that is not http(s), or too long to be one VOD gave. */
function thumbnail(report: ImageReport): string {
  const url = [report.previewUrl, report.imageUrl].find(candidate => candidate && isShowableUrl(candidate))
  if (!url) return ''
  return `<img src="${escapeHtml(url)}" alt="${text(report.title)}" height="48">`
}

function isShowableUrl(url: string): boolean {
  return /^https?:\/\//i.test(url) && url.length <= MAX_URL_LENGTH
}

/** Appended directly: core.summary caches the file path of its first use for the whole process. */
export async function writeSummary(html: string): Promise<void> {
  const file = process.env.GITHUB_STEP_SUMMARY
  if (!file) {
    log.debug('GITHUB_STEP_SUMMARY is not set; no job summary written')
    return
  }
  await fs.appendFile(file, html)
}
