/** The report's model (report/model.ts): each file's report, the deletions list, the counts, and the order rows are kept in. */
import { describe, expect, it } from '@jest/globals'
import {
  byImportance,
  count,
  current,
  keptImageIds,
  oldImageCounts,
  orphanedImageIds,
  toImageReports,
  type ImageReport,
  type RunOutcome
} from '../../src/report/model.js'
import { deletionReports } from '../../src/report/deletion-reports.js'
import { describePlannedReplacement, describeReplaced, describeStale } from '../../src/report/messages.js'
import type { Replacement, ReplacedOutcome } from '../../src/manifest/replaced.js'
import type { PlannedReplacement } from '../../src/manifest/replaced-plan.js'
import type { StaleEntry } from '../../src/manifest/stale.js'
import type { FileResult } from '../../src/upload/results.js'
import { imageReport } from '../helpers/image-report.js'

const id = (char: string): string => char.repeat(32)
const NO_FACTS: RunOutcome = { dryRun: false, stale: [], manifestChanged: false }
const failure = { stage: 'delete' as const, code: 'Forbidden.RAM', message: 'no' }

describe('toImageReports', () => {
  const base: FileResult = {
    file: { absolutePath: '/ws/a.png', relativePath: 'a.png', bytes: 12, format: 'png' },
    status: 'failed',
    title: 'a title',
    tags: ['t'],
    orphanedImageIds: ['o'],
    unansweredCreates: 2,
    throttledCalls: 3
  }
  /** A redaction any test can see: it brackets the text. */
  const marked = (text: string): string => `<${text}>`

  it('gives null for every value the result does not have, and the counts as they are', () => {
    expect(toImageReports([base], marked)).toEqual([
      {
        path: 'a.png',
        status: 'failed',
        imageId: null,
        imageUrl: null,
        fileUrl: null,
        bytes: 12,
        sha256: null,
        format: 'png',
        title: 'a title',
        tags: ['t'],
        error: null,
        orphanedImageIds: ['o'],
        unansweredCreates: 2,
        throttledCalls: 3,
        sameAs: null,
        vodStatus: null,
        previewUrl: null
      }
    ])
  })

  it('copies every value the result has; only the failure and the preview URL go through the redaction', () => {
    const full: FileResult = {
      ...base,
      status: 'uploaded',
      imageId: 'img',
      imageUrl: 'https://i/a.png',
      fileUrl: 'https://o/a.png',
      sha256: 'ab',
      sameAs: 'b.png',
      vodStatus: 'Normal',
      previewUrl: 'https://cdn/a.png?auth_key=k',
      error: { stage: 'upload', code: 'C', message: 'M', status: 500 }
    }
    const [report] = toImageReports([full], marked)
    expect(report).toMatchObject({
      imageId: 'img',
      imageUrl: 'https://i/a.png',
      fileUrl: 'https://o/a.png',
      sha256: 'ab',
      sameAs: 'b.png',
      vodStatus: 'Normal',
      previewUrl: '<https://cdn/a.png?auth_key=k>',
      error: { stage: 'upload', code: '<C>', message: '<M>', status: 500 }
    })
    expect('requestId' in report.error!).toBe(false)
  })
})

describe('deletionReports', () => {
  const replaced = (outcome: ReplacedOutcome): Replacement => ({ path: 'r.png', imageId: id('r'), newImageId: id('n'), outcome })
  const stale = (outcome: StaleEntry['outcome']): StaleEntry => ({ path: 's.png', imageId: id('s'), outcome })
  const planned: PlannedReplacement = { path: 'p.png', imageId: id('p'), outcome: { kind: 'would-delete' } }

  it.each<[string, Replacement | StaleEntry, string, string]>([
    ['deleted', replaced({ kind: 'deleted' }), 'deleted', ''],
    ['gone', replaced({ kind: 'gone' }), 'gone', 'not-in-vod'],
    ['kept', replaced({ kind: 'kept', reason: 'not-ours' }), 'kept', 'not-ours'],
    ['failed', replaced({ kind: 'failed', error: failure }), 'failed', 'Forbidden.RAM'],
    ['a stale would-delete', stale({ kind: 'would-delete' }), 'would-delete', 'if-vod-confirms-ownership'],
    ['a stale kept', stale({ kind: 'kept', reason: 'delete-removed-off' }), 'kept', 'delete-removed-off']
  ])('%s: its outcome and reason', (_name, entry, outcome, reason) => {
    const facts: RunOutcome = 'newImageId' in entry ? { ...NO_FACTS, replaced: [entry] } : { ...NO_FACTS, stale: [entry] }
    expect(deletionReports(facts)).toMatchObject([{ path: entry.path, imageId: entry.imageId, outcome, reason }])
  })

  it.each([false, true])('replaced, then planned, then stale entries, each with the line the log gives (dry run %p)', dryRun => {
    const r = replaced({ kind: 'deleted' })
    const s = stale({ kind: 'kept', reason: 'shared-image-id' })
    const facts: RunOutcome = { dryRun, manifestChanged: false, stale: [s], replaced: [r], plannedReplacements: [planned] }
    expect(deletionReports(facts).map(report => [report.path, report.message])).toEqual([
      ['r.png', describeReplaced(r)],
      ['p.png', describePlannedReplacement(planned)],
      ['s.png', describeStale(s, dryRun)]
    ])
  })

  it('is empty for a run with no stale or replaced entries', () => {
    expect(deletionReports(NO_FACTS)).toEqual([])
  })
})

describe('keptImageIds and oldImageCounts', () => {
  const entry = (path: string, imageId: string, outcome: ReplacedOutcome): Replacement => ({ path, imageId, newImageId: id('n'), outcome })

  it('lists each old ImageId left in VOD unnamed once; counts the deleted ones of stale and replaced entries', () => {
    const facts: RunOutcome = {
      ...NO_FACTS,
      stale: [
        { path: 's1.png', imageId: id('1'), outcome: { kind: 'deleted' } },
        { path: 's2.png', imageId: id('2'), outcome: { kind: 'kept', reason: 'not-ours' } }
      ],
      replaced: [
        entry('a.png', id('a'), { kind: 'deleted' }),
        entry('b.png', id('b'), { kind: 'failed', error: failure }),
        entry('c.png', id('c'), { kind: 'kept', reason: 'delete-replaced-off' }),
        entry('d.png', id('c'), { kind: 'kept', reason: 'cancelled' }),
        entry('e.png', id('e'), { kind: 'kept', reason: 'shared-image-id' }),
        entry('f.png', id('f'), { kind: 'gone' })
      ]
    }
    expect(keptImageIds(facts)).toEqual([id('b'), id('c')])
    expect(oldImageCounts(facts)).toEqual({ deleted: 2, kept: 2 })
  })

  it('none for a run that replaced nothing', () => {
    expect(keptImageIds(NO_FACTS)).toEqual([])
    expect(oldImageCounts(NO_FACTS)).toEqual({ deleted: 0, kept: 0 })
  })
})

describe('current, count, orphanedImageIds and byImportance', () => {
  const reports = [
    imageReport({ path: 'a', status: 'skipped' }),
    imageReport({ path: 'b', status: 'failed' }),
    imageReport({ path: 'c', status: 'uploaded', orphanedImageIds: ['x', 'y'] }),
    imageReport({ path: 'd', status: 'uploaded', sameAs: 'c', orphanedImageIds: ['y'] }),
    imageReport({ path: 'e', status: 'planned' }),
    imageReport({ path: 'f', status: 'failed', sameAs: 'b' }),
    imageReport({ path: 'g', status: 'skipped', sameAs: 'a' })
  ]

  it('current: uploaded or unchanged images, each once (not a path to a file reported under another path)', () => {
    expect(current(reports).map(r => r.path)).toEqual(['a', 'c'])
  })

  it.each<[ImageReport['status'], string]>([
    ['uploaded', '1'],
    ['skipped', '1'],
    ['failed', '1'],
    ['planned', '1']
  ])('count(%s) counts images, not paths', (status, counted) => {
    expect(count(reports, status)).toBe(counted)
  })

  it('orphanedImageIds: each once, in order', () => {
    expect(orphanedImageIds(reports)).toEqual(['x', 'y'])
  })

  it('byImportance: failed, then changed (uploaded or planned), then unchanged, each group in the order given', () => {
    const { ordered, groups } = byImportance(reports)
    expect(ordered.map(r => r.path)).toEqual(['b', 'f', 'c', 'd', 'e', 'a', 'g'])
    expect(groups).toEqual({ failed: 2, changed: 3, unchanged: 2 })
  })
})
