/**
 * Issue #13: GitHub drops a step's whole job summary past 1 MiB. The summary is cut by bytes, not
 * only by rows, and says how many rows it left out and where they all are.
 */
import { describe, expect, it } from '@jest/globals'
import { summaryHtml, SUMMARY_LIMITS } from '../../src/report/summary.js'
import type { ImageReport } from '../../src/report/model.js'
import { imageReport } from '../helpers/image-report.js'

const MIB = 1024 * 1024
const RESULTS = '/runner/temp/vod-image-upload-x/results.json'

function report(i: number, overrides: Partial<ImageReport> = {}): ImageReport {
  return imageReport({
    path: `shots/${i}.png`,
    imageId: '0123456789abcdef0123456789abcdef',
    imageUrl: `https://img.example/${i}.png`,
    fileUrl: '',
    sha256: 'a'.repeat(64),
    title: `title ${i}`,
    ...overrides
  })
}

const failed = (i: number, message: string): ImageReport =>
  report(i, { status: 'failed', imageId: null, imageUrl: null, error: { stage: 'upload', code: 'AccessDenied', status: 403, message } })

const bytes = (html: string): number => Buffer.byteLength(html, 'utf8')
/** A folder name of 255 bytes, every character of which HTML-escapes to five. */
const AMPERSANDS = '&'.repeat(255)
const longPath = (i: number): string => `${Array.from({ length: 15 }, () => AMPERSANDS).join('/')}/${i}.png`

describe('the job summary stays within its byte budget', () => {
  it('300 rows of long file names full of & (escaped to &#38;): cut by bytes, saying how many rows are left out and where', () => {
    const reports = Array.from({ length: 300 }, (_, i) => report(i, { path: longPath(i), title: AMPERSANDS }))
    const html = summaryHtml(reports, undefined, { resultsFile: RESULTS })
    expect(bytes(html)).toBeLessThanOrEqual(SUMMARY_LIMITS.budgetBytes)
    const shown = html.match(/<tr>/g)!.length - 1
    expect(shown).toBeGreaterThan(10)
    expect(html).toContain(
      `<p>Showing ${shown} of 300 rows: ${shown} of 300 uploaded; every row is in the results file <code>${RESULTS}</code> (the results-file output; the runner deletes it: keep it with actions/upload-artifact, see README).</p>`
    )
  })

  it('one failure with a message of 5 MiB: listed, its message cut', () => {
    const html = summaryHtml([report(0), failed(1, 'denied '.repeat(750_000))], undefined, { resultsFile: RESULTS })
    expect(bytes(html)).toBeLessThan(16 * 1024)
    expect(html).toMatch(/<li>shots\/1\.png: upload failed: AccessDenied \(HTTP 403\): denied denied .*…<\/li>/)
    expect(html.match(/<tr>/g)).toHaveLength(3)
  })

  it('one title of 5 MiB: its thumbnail is shown, its alt text cut', () => {
    const html = summaryHtml([report(0, { title: '"'.repeat(5 * MIB) })])
    expect(bytes(html)).toBeLessThan(16 * 1024)
    expect(html).toContain(`alt="${'&#34;'.repeat(1000)}…"`)
  })

  it('failures get their bytes before the table; every list says what it left out', () => {
    const big = 'x'.repeat(5000)
    const reports = [...Array.from({ length: 300 }, (_, i) => failed(i, big)), ...Array.from({ length: 300 }, (_, i) => report(300 + i))]
    const html = summaryHtml(reports, undefined, { budgetBytes: 200_000 })
    expect(bytes(html)).toBeLessThanOrEqual(200_000)
    const failuresShown = html.match(/<li>shots\/\d+\.png: upload failed/g)!.length
    expect(failuresShown).toBeGreaterThan(100)
    expect(html).toContain(`<li>and ${300 - failuresShown} more: the images output lists them all</li>`)
    expect(html).toMatch(/<p>Showing \d+ of 600 rows: (all|\d+ of) 300 failed, 0 of 300 uploaded; every row is in the images output\.<\/p>/)
  })

  it.each([20_000, 100_000, 500_000, SUMMARY_LIMITS.budgetBytes])('never passes a budget of %i bytes', budgetBytes => {
    const reports = Array.from({ length: 1000 }, (_, i) => (i % 2 ? report(i, { path: longPath(i) }) : failed(i, `${'<&>'.repeat(2000)}`)))
    const facts = {
      dryRun: false,
      manifestChanged: true,
      stale: Array.from({ length: 500 }, (_, i) => ({ path: longPath(i), imageId: 'f'.repeat(32), outcome: { kind: 'deleted' as const } })),
      unsupported: Array.from({ length: 500 }, (_, i) => ({ path: longPath(i), reason: 'not an image' }))
    }
    expect(bytes(summaryHtml(reports, facts, { budgetBytes, resultsFile: RESULTS }))).toBeLessThanOrEqual(budgetBytes)
  })

  it('cut lists of stale and replaced entries point to where they all are: the deletions output and deletions.json', () => {
    const entry = (i: number) => ({ path: `gone/${i}.png`, imageId: 'f'.repeat(32) })
    const facts = {
      dryRun: false,
      manifestChanged: true,
      stale: Array.from({ length: 5 }, (_, i) => ({ ...entry(i), outcome: { kind: 'deleted' as const } })),
      replaced: Array.from({ length: 5 }, (_, i) => ({ ...entry(i), newImageId: 'e'.repeat(32), outcome: { kind: 'deleted' as const } }))
    }
    const html = summaryHtml([report(0)], facts, { maxRows: 2, resultsFile: RESULTS })
    const note = '<li>and 3 more: the deletions output (and deletions.json beside the results file) lists them all</li>'
    expect(html.split(note)).toHaveLength(3)
    expect(html).not.toContain('step log')
  })

  it('a failure too large for the room left leaves that room to the table', () => {
    const reports = [failed(0, '<'.repeat(5000)), ...Array.from({ length: 50 }, (_, i) => report(i + 1))]
    const html = summaryHtml(reports, undefined, { budgetBytes: 2 * 8 * 1024 + 4000 })
    expect(html).toContain('<li>and 1 more: the images output lists them all</li>')
    expect(html.match(/<tr>/g)!.length).toBeGreaterThan(3)
  })

  it('2,000 results, 5 uploaded and 3 failed scattered among them: failed rows, then uploaded, then unchanged; says how many of each it shows', () => {
    const uploadedAt = new Set([7, 400, 999, 1500, 1999])
    const failedAt = new Set([3, 1200, 1998])
    const reports = Array.from({ length: 2000 }, (_, i) =>
      failedAt.has(i) ? failed(i, 'denied') : report(i, { status: uploadedAt.has(i) ? 'uploaded' : 'skipped' })
    )
    const html = summaryHtml(reports, undefined, { resultsFile: RESULTS })
    const rows = [...html.matchAll(/<tr><td><code>shots\/(\d+)\.png<\/code>/g)].map(([, i]) => Number(i))
    expect(rows).toHaveLength(SUMMARY_LIMITS.maxRows)
    expect(rows.slice(0, 8)).toEqual([3, 1200, 1998, 7, 400, 999, 1500, 1999])
    expect(rows.slice(8, 11)).toEqual([0, 1, 2])
    expect(html).toContain(
      '<p>Showing 300 of 2,000 rows: all 3 failed, all 5 uploaded, 292 of 1,992 unchanged; every row is in the results file'
    )
    expect(bytes(html)).toBeLessThanOrEqual(SUMMARY_LIMITS.budgetBytes)
  })

  it('2,000 results with long file names stay within the budget, failed and uploaded rows first', () => {
    const reports = Array.from({ length: 2000 }, (_, i) =>
      report(i, { path: longPath(i), title: AMPERSANDS, status: i % 500 === 1 ? 'uploaded' : 'skipped' })
    )
    const html = summaryHtml(reports, undefined, { resultsFile: RESULTS })
    expect(bytes(html)).toBeLessThanOrEqual(SUMMARY_LIMITS.budgetBytes)
    expect(html.indexOf('✅ uploaded')).toBeLessThan(html.indexOf('⏭️ unchanged'))
    expect(html).toMatch(/<p>Showing \d+ of 2,000 rows: all 4 uploaded, \d+ of 1,996 unchanged;/)
  })

  it('keeps a summary that fits whole', () => {
    const html = summaryHtml(
      Array.from({ length: 3 }, (_, i) => report(i)),
      undefined,
      { resultsFile: RESULTS }
    )
    expect(html.match(/<tr>/g)).toHaveLength(4)
    expect(html).not.toContain('left out')
  })
})
