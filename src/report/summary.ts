/**
 * The job summary, as HTML. Every text that came from a file name or an answer is HTML-escaped
 * (and, like every report text, already passed through the secret registry's redaction).
 */
import { promises as fs } from 'node:fs'
import * as log from '../shared/log.js'
import { describeStale } from '../manifest/sync.js'
import { describeReplaced, type Replacement } from '../manifest/replaced.js'
import { throttlingNote } from '../services/flow-control.js'
import type { UnsupportedFile } from '../files/unsupported.js'
import { count, NO_OUTCOME, orphanedImageIds, type ImageReport, type RunOutcome } from './model.js'
import { describeFailure, unansweredNote } from './messages.js'

/** Past this many rows the job summary lists only a count, to stay far below its 1 MiB limit. */
const SummaryMaxRows = 300

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
export function summaryHtml(reports: readonly ImageReport[], facts: RunOutcome = NO_OUTCOME, maxRows: number = SummaryMaxRows): string {
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
  for (const note of facts.deletionFlows ?? []) parts.push(`<p>🐢 ${escapeHtml(note)}</p>`)
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

function staleSection(facts: RunOutcome, maxRows: number): string {
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

/** Appended directly: core.summary caches the file path of its first use for the whole process. */
export async function writeSummary(html: string): Promise<void> {
  const file = process.env.GITHUB_STEP_SUMMARY
  if (!file) {
    log.debug('GITHUB_STEP_SUMMARY is not set; no job summary written')
    return
  }
  await fs.appendFile(file, html)
}
