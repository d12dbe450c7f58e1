/**
 * The job summary's whole text for a small run with two of everything, its lists cut by maxRows and
 * by bytes (which list gets the room first, and a head that takes much of it), the thumbnail's URL
 * check, and a runner without GITHUB_STEP_SUMMARY.
 */
import { describe, expect, it, jest } from '@jest/globals'
import { Outputs } from '../../src/shared/names.js'
import { escapeHtml, NOTE_RESERVE_BYTES, summaryHtml, writeSummary } from '../../src/report/summary.js'
import { describeReplaced, describeStale, failureLines, matchedLine } from '../../src/report/messages.js'
import type { ImageReport, RunOutcome } from '../../src/report/model.js'
import type { StaleEntry } from '../../src/manifest/stale.js'
import type { Replacement } from '../../src/manifest/replaced.js'
import { imageReport } from '../helpers/image-report.js'
import { withEnv } from '../helpers/swap.js'

const uploaded = imageReport({
  path: 'shots/a.png',
  imageId: 'id-a',
  imageUrl: 'https://img.example.com/a.png',
  title: 'a',
  bytes: 2048,
  format: 'png',
  orphanedImageIds: ['orphan-1', 'orphan-2']
})
const failed = imageReport({
  path: 'shots/b.jpg',
  status: 'failed',
  imageId: null,
  imageUrl: null,
  fileUrl: null,
  format: 'jpeg',
  bytes: 100,
  error: { stage: 'upload', code: 'AccessDenied', status: 403, requestId: 'REQ-1', message: 'denied' }
})
const stale: StaleEntry[] = [
  { path: 'old/1.png', imageId: 's1', outcome: { kind: 'kept', reason: 'delete-removed-off' } },
  { path: 'old/2.png', imageId: 's2', outcome: { kind: 'gone' } }
]
const replaced: Replacement[] = [
  { path: 'shots/a.png', imageId: 'r1', newImageId: 'id-a', outcome: { kind: 'deleted' } },
  { path: 'shots/c.png', imageId: 'r2', newImageId: 'id-c', outcome: { kind: 'kept', reason: 'delete-replaced-off' } }
]
const facts: RunOutcome = {
  dryRun: false,
  manifestChanged: true,
  stale,
  replaced,
  unsupported: [
    { path: 'notes.txt', reason: 'not an image' },
    { path: 'x.bmp', reason: 'BMP is not accepted' }
  ]
}
const items = (lines: readonly string[]): string => lines.map(line => `<li>${escapeHtml(line)}</li>`).join('')

describe('the whole summary of a small run', () => {
  it('is head, table, failures, stale, unsupported and replaced lists, then orphans, each line apart', () => {
    const header = '<tr><th>File</th><th>Preview</th><th>ImageId</th><th>Format</th><th>Size</th><th>Status</th></tr>'
    const failedRow = '<tr><td><code>shots/b.jpg</code></td><td></td><td></td><td>JPEG</td><td>100 B</td><td>❌ failed</td></tr>'
    const uploadedRow =
      '<tr><td><code>shots/a.png</code></td><td><img src="https://img.example.com/a.png" alt="a" height="48"></td>' +
      '<td><code>id-a</code></td><td>PNG</td><td>2.0 KiB</td><td>✅ uploaded</td></tr>'
    const expected = [
      '<h2>VOD image upload</h2>',
      `<p>${matchedLine(2, 2)} · 1 uploaded · 0 unchanged · 1 failed · old images: 1 deleted, 1 kept (${Outputs.KeptImageIds})</p>`,
      `<table>${header}${failedRow}${uploadedRow}</table>`,
      `<h3>Failures</h3><ul>${items(failureLines([failed]))}</ul>`,
      `<h3>Stale manifest entries</h3><ul>${items(stale.map(entry => describeStale(entry, false)))}</ul>`,
      '<h3>Skipped: not images VOD accepts (2)</h3><ul><li><code>notes.txt</code>: not an image</li><li><code>x.bmp</code>: BMP is not accepted</li></ul>',
      `<h3>Replaced images</h3><ul>${items(replaced.map(describeReplaced))}</ul>`,
      '<h3>Orphaned ImageIds</h3><p>Created, abandoned, and not deleted; remove them with DeleteImage:</p><ul><li><code>orphan-1</code></li><li><code>orphan-2</code></li></ul>'
    ]
    expect(summaryHtml([uploaded, failed], facts)).toBe(`${expected.join('\n')}\n`)
  })

  it('counts unchanged images, and says nothing of old images when none was deleted or kept', () => {
    const html = summaryHtml([imageReport({ status: 'skipped' })], { dryRun: false, stale: [], manifestChanged: false })
    expect(html.split('\n')[1]).toBe(`<p>${matchedLine(1, 0)} · 0 uploaded · 1 unchanged · 0 failed</p>`)
  })

  it('lists a failure once when two paths are one file', () => {
    const again = { ...failed, path: 'shots/b-copy.jpg', sameAs: 'shots/b.jpg' }
    const html = summaryHtml([failed, again])
    expect(/<h3>Failures<\/h3><ul>(.*)<\/ul>/.exec(html)?.[1]).toBe(items(failureLines([failed])))
  })
})

describe('lists cut at maxRows', () => {
  const reports: ImageReport[] = [
    { ...failed, path: 'f1.png' },
    { ...failed, path: 'f2.png', orphanedImageIds: ['o1', 'o2'] }
  ]
  const html = (): string => summaryHtml(reports, facts, { maxRows: 1, resultsFile: '/tmp/r/results.json' })

  it.each<[string, RegExp, string]>([
    ['failures', /<h3>Failures<\/h3><ul>(.*?)<\/ul>/, `and 1 more: the results file <code>/tmp/r/results.json</code>`],
    [
      'unsupported files',
      /<h3>Skipped: not images VOD accepts \(2\)<\/h3><ul>(.*?)<\/ul>/,
      `and 1 more: the ${Outputs.UnsupportedFiles} output lists them all`
    ],
    [
      'orphans',
      /<h3>Orphaned ImageIds<\/h3><p>[^<]*<\/p><ul>(.*?)<\/ul>/,
      `and 1 more: the ${Outputs.OrphanedImageIds} output lists them all`
    ]
  ])('%s: one item, and where the other is', (_name, section, note) => {
    const listed = section.exec(html())?.[1] ?? ''
    expect(listed.match(/<li>/g)).toHaveLength(2)
    expect(listed).toContain(note)
  })

  it('says which rows the table shows only when it left some out', () => {
    expect(html()).toContain('<p>Showing 1 of 2 rows: 1 of 2 failed; every row is in the results file')
    expect(summaryHtml(reports, facts, { maxRows: 2 })).not.toContain('Showing')
  })
})

describe('lists cut by bytes', () => {
  it('serves failures before the table, though the table comes first on the page', () => {
    const reports = Array.from({ length: 300 }, (_, i) =>
      imageReport({
        ...failed,
        path: `shots/${i}.png`,
        error: { stage: 'upload', code: 'AccessDenied', status: 403, message: `${i} `.repeat(300) }
      })
    )
    const whole = Buffer.byteLength(summaryHtml(reports))
    const html = summaryHtml(reports, undefined, { budgetBytes: whole + 2 * NOTE_RESERVE_BYTES - 5000 })
    const failures = /<h3>Failures<\/h3><ul>(.*?)<\/ul>/.exec(html)?.[1] ?? ''
    expect(failures.match(/<li>/g)).toHaveLength(300)
    expect(html).toMatch(/<p>Showing \d+ of 300 rows/)
  })

  it('takes exactly as many items as the room left by the fixed text and the reserve for notes holds', () => {
    const ids = Array.from({ length: 10 }, (_, i) => `orphan-${i}`)
    const reports = [imageReport({ orphanedImageIds: ids })]
    const bytes = (html: string): number => Buffer.byteLength(html)
    // With room for everything, the summary is the fixed text, every item, and its last line break.
    const whole = summaryHtml(reports)
    const itemBytes = [...whole.matchAll(/<tr><td>.*?<\/tr>|<li>.*?<\/li>/g)].reduce((sum, [item]) => sum + bytes(item), 0)
    const fixed = bytes(whole) - 1 - itemBytes
    const orphanBytes = bytes('<li><code>orphan-0</code></li>')
    const shownWith = (budgetBytes: number): number =>
      (/<h3>Orphaned ImageIds<\/h3>.*/s.exec(summaryHtml(reports, undefined, { budgetBytes }))?.[0].match(/<li><code>/g) ?? []).length
    const exactly = (count: number): number => fixed + 2 * NOTE_RESERVE_BYTES + count * orphanBytes
    expect([shownWith(exactly(4) - 1), shownWith(exactly(4)), shownWith(exactly(10))]).toEqual([3, 4, 10])
  })

  it('keeps the whole summary within the budget when the notes at its head take much of it', () => {
    const unreachable = Array.from({ length: 300 }, (_, i) => `${i} ${'x'.repeat(1000)}`)
    const orphanedImageIds = Array.from({ length: 30_000 }, (_, i) => i.toString(16).padStart(32, '0'))
    const budgetBytes = 1_000_000
    const html = summaryHtml(
      [imageReport({ orphanedImageIds })],
      { dryRun: false, stale: [], manifestChanged: false, unreachable },
      {
        maxRows: 100_000,
        budgetBytes
      }
    )
    expect(Buffer.byteLength(html)).toBeLessThanOrEqual(budgetBytes)
    expect(Buffer.byteLength(html)).toBeGreaterThan(budgetBytes - 3 * 8 * 1024 - 1000)
  })
})

describe('the thumbnail', () => {
  it.each<[string, boolean]>([
    ['http://img.example.com/a.png', true],
    ['HTTPS://img.example.com/a.png', true],
    ['xhttps://img.example.com/a.png', false],
    ['data:text/html,https://img.example.com/a.png', false]
  ])('for %s: shown %s', (imageUrl, shown) => {
    expect(summaryHtml([imageReport({ imageUrl })]).includes('<img')).toBe(shown)
  })
})

describe('writeSummary', () => {
  it('says in the debug log that it wrote nothing when the runner gave no GITHUB_STEP_SUMMARY', async () => {
    const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
    try {
      await withEnv({ GITHUB_STEP_SUMMARY: undefined, RUNNER_DEBUG: '1' }, () => writeSummary('<p>x</p>'))
      expect(write.mock.calls.map(([chunk]) => String(chunk)).join('')).toContain(
        '::debug::GITHUB_STEP_SUMMARY is not set; no job summary written'
      )
    } finally {
      write.mockRestore()
    }
  })
})
