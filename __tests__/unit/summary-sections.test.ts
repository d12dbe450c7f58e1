/**
 * The job summary's parts (report/summary.ts): which notes and lists a run's facts bring, in which
 * order, and how it is appended to GITHUB_STEP_SUMMARY. The sentences come from the functions that
 * make them, so these tests hold whatever their wording.
 */
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { escapeHtml, formatBytes, summaryHtml, writeSummary } from '../../src/report/summary.js'
import type { RunOutcome } from '../../src/report/model.js'
import {
  describePlannedReplacement,
  describeReplaced,
  describeStale,
  outputsCutNote,
  throttlingNote,
  unansweredNote
} from '../../src/report/messages.js'
import type { Replacement } from '../../src/manifest/replaced.js'
import type { PlannedReplacement } from '../../src/manifest/replaced-plan.js'
import type { StaleEntry } from '../../src/manifest/stale.js'
import type { FlowStats } from '../../src/services/flow-control.js'
import { MAX_URL_LENGTH } from '../../src/shared/vod-values.js'
import { imageReport } from '../helpers/image-report.js'
import { withEnv } from '../helpers/swap.js'

const NO_FACTS: RunOutcome = { dryRun: false, stale: [], manifestChanged: false }
const id = (char: string): string => char.repeat(32)
const item = (text: string): string => `<li>${escapeHtml(text)}</li>`

describe('notes at the top', () => {
  const flow = (throttled: number): FlowStats => ({ calls: 10, throttled, settledRate: 5, configuredRate: 10 })

  it.each<[string, Partial<RunOutcome>, () => string[], () => string[]]>([
    ['why the run stopped', { stopped: 'stopped <here>' }, () => [escapeHtml('stopped <here>')], () => []],
    ['each unreachable service', { unreachable: ['vod & oss', 'sts'] }, () => [escapeHtml('vod & oss'), 'sts'], () => []],
    ['the upload rate when VOD throttled it', { flow: flow(2) }, () => [escapeHtml(throttlingNote(flow(2)))], () => []],
    ['no rate note when VOD throttled nothing', { flow: flow(0) }, () => [], () => [escapeHtml(throttlingNote(flow(0)))]],
    [
      'each deletion API VOD throttled',
      { deletionFlows: ['lookups <slow>', 'deletes'] },
      () => [escapeHtml('lookups <slow>'), 'deletes'],
      () => []
    ]
  ])('%s', (_name, facts, present, absent) => {
    const html = summaryHtml([imageReport()], { ...NO_FACTS, ...facts })
    for (const text of present()) expect(html).toContain(`${text}</p>`)
    for (const text of absent()) expect(html).not.toContain(text)
  })

  it('notes on unanswered calls and cut outputs, only when there are some', () => {
    const reports = [imageReport({ unansweredCreates: 2 })]
    const cuts = [{ name: 'images', holds: 1, of: 3 }]
    const html = summaryHtml(reports, NO_FACTS, { cutOutputs: cuts })
    expect(html).toContain(escapeHtml(unansweredNote(reports)))
    expect(html).toContain(escapeHtml(outputsCutNote(cuts)))
    const plain = summaryHtml([imageReport()], NO_FACTS)
    expect(plain).not.toContain(escapeHtml(unansweredNote(reports)))
    expect(plain).not.toContain('<p>✂️')
  })

  it('a text longer than 1,000 characters is cut with an ellipsis', () => {
    const html = summaryHtml([imageReport()], { ...NO_FACTS, stopped: `${'a'.repeat(1000)}b` })
    expect(html).toContain(`${'a'.repeat(1000)}…`)
    expect(html).not.toContain(`${'a'.repeat(1000)}b`)
  })

  it('a text of exactly 1,000 characters stays whole', () => {
    const html = summaryHtml([imageReport()], { ...NO_FACTS, stopped: 'a'.repeat(1000) })
    expect(html).toContain('a'.repeat(1000))
    expect(html).not.toContain(`${'a'.repeat(1000)}…`)
  })

  it('says a dry run sent nothing, and counts what it would upload; a real run does not', () => {
    const planned = [imageReport({ status: 'planned' }), imageReport({ path: 'b', status: 'skipped' })]
    const dry = summaryHtml(planned, { ...NO_FACTS, dryRun: true })
    const real = summaryHtml(planned, NO_FACTS)
    expect(dry.split('\n')[0]).not.toBe(real.split('\n')[0])
    expect(dry).toContain('1 would upload · 1 unchanged')
    expect(dry).toContain('📝 would upload')
    expect(real).not.toContain('would upload ·')
  })
})

describe('the lists', () => {
  const stale: StaleEntry = { path: 'gone<1>.png', imageId: id('s'), outcome: { kind: 'deleted' } }
  const replaced: Replacement = {
    path: 'r.png',
    imageId: id('r'),
    newImageId: id('n'),
    outcome: { kind: 'failed', error: { stage: 'delete', code: 'X', message: 'm' } }
  }
  const planned: PlannedReplacement = { path: 'p.png', imageId: id('p'), outcome: { kind: 'would-delete' } }

  it('each list of the facts, its items as the log gives them; orphans last, after the notes', () => {
    const reports = [imageReport({ orphanedImageIds: [id('o')], unansweredCreates: 1 })]
    const facts: RunOutcome = {
      ...NO_FACTS,
      stale: [stale],
      replaced: [replaced],
      plannedReplacements: [planned],
      unsupported: [{ path: 'notes.txt', reason: 'not <an> image' }]
    }
    const html = summaryHtml(reports, facts)
    const at = (text: string): number => {
      expect(html).toContain(text)
      return html.indexOf(text)
    }
    const order = [
      at('<table>'),
      at(item(describeStale(stale, false))),
      at(`<li><code>notes.txt</code>: ${escapeHtml('not <an> image')}</li>`),
      at(item(describeReplaced(replaced))),
      at(item(describePlannedReplacement(planned))),
      at(escapeHtml(unansweredNote(reports))),
      at(`<li><code>${id('o')}</code></li>`)
    ]
    expect([...order].sort((a, b) => a - b)).toEqual(order)
  })

  it('no list where the facts have no items', () => {
    const html = summaryHtml([imageReport()], NO_FACTS)
    expect(html.match(/<h3>/g)).toBeNull()
    expect(html.match(/<table>/g)).toHaveLength(1)
  })

  it('a stale entry of a dry run says what would happen', () => {
    const kept: StaleEntry = { ...stale, outcome: { kind: 'kept', reason: 'shared-image-id' } }
    expect(summaryHtml([], { ...NO_FACTS, dryRun: true, stale: [kept] })).toContain(item(describeStale(kept, true)))
  })

  it('the old images deleted and kept, in the counts line, only when there are some', () => {
    const deleted: Replacement = { ...replaced, outcome: { kind: 'deleted' } }
    const kept: Replacement = { ...replaced, path: 'k.png', imageId: id('k'), outcome: { kind: 'kept', reason: 'not-ours' } }
    const withOld = summaryHtml([imageReport()], { ...NO_FACTS, stale: [stale], replaced: [deleted, kept] })
    expect(withOld).toMatch(/old images: 2 deleted, 1 kept/)
    expect(summaryHtml([imageReport()], NO_FACTS)).not.toContain('old images')
  })

  it('says how many rows of each group it shows, with the dry run’s label for changed rows', () => {
    const reports = [
      imageReport({ path: 'a', status: 'planned' }),
      imageReport({ path: 'b', status: 'planned' }),
      imageReport({ path: 'c', status: 'skipped' })
    ]
    const html = summaryHtml(reports, { ...NO_FACTS, dryRun: true }, { maxRows: 1 })
    expect(html).toContain('Showing 1 of 3 rows: 1 of 2 would upload, 0 of 1 unchanged')
  })
})

describe('table rows', () => {
  it.each<[string, string]>([
    ['png', 'PNG'],
    ['jpeg', 'JPEG'],
    ['gif', 'GIF'],
    ['webp', 'WebP'],
    ['heic', 'HEIC'],
    ['avif', 'AVIF']
  ])('format %s is shown as %s', (format, label) => {
    expect(summaryHtml([imageReport({ format })])).toContain(`<td>${label}</td>`)
  })

  it('a path to a file reported under another path says which', () => {
    expect(summaryHtml([imageReport({ path: 'b.png', sameAs: 'a<1>.png' })])).toContain(`(same file as <code>a&#60;1&#62;.png</code>)`)
  })

  it.each<[string, number, boolean]>([
    ['a URL of the longest length VOD gives', MAX_URL_LENGTH, true],
    ['a longer URL', MAX_URL_LENGTH + 1, false]
  ])('%s: thumbnail %p', (_name, length, shown) => {
    const prefix = 'HTTPS://cdn.example/'
    const url = `${prefix}${'a'.repeat(length - prefix.length)}`
    expect(summaryHtml([imageReport({ imageUrl: url })]).includes('<img')).toBe(shown)
  })

  it.each<[number, string]>([
    [1024, '1.0 KiB'],
    [1024 * 1024 - 1, '1024.0 KiB'],
    [1024 * 1024, '1.0 MiB'],
    [3 * 1024 ** 3, '3.0 GiB'],
    [2048 * 1024 ** 3, '2048.0 GiB']
  ])('formatBytes(%p) = %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text)
  })
})

describe('writeSummary', () => {
  it('appends to the file GITHUB_STEP_SUMMARY names, after what the step summary already holds', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'summary-'))
    try {
      const file = path.join(dir, 'summary.md')
      await fs.writeFile(file, 'earlier\n')
      await withEnv({ GITHUB_STEP_SUMMARY: file }, () => writeSummary('<p>this run</p>\n'))
      expect(await fs.readFile(file, 'utf8')).toBe('earlier\n<p>this run</p>\n')
    } finally {
      await fs.rm(dir, { recursive: true, force: true })
    }
  })

  it('writes nothing, and does not fail, when the runner gives no GITHUB_STEP_SUMMARY', async () => {
    await expect(withEnv({ GITHUB_STEP_SUMMARY: undefined }, () => writeSummary('<p>x</p>'))).resolves.toBeUndefined()
  })
})
