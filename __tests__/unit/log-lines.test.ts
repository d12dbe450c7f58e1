/** The log's lines about the files and the run's totals (report/messages.ts), word for word. */
import { describe, expect, it } from '@jest/globals'
import type { UploadTask } from '../../src/plan/plan.js'
import type { StaleEntry } from '../../src/manifest/stale.js'
import type { PlannedReplacement } from '../../src/manifest/replaced-plan.js'
import type { Replacement } from '../../src/manifest/replaced.js'
import { NO_OUTCOME, type RunOutcome } from '../../src/report/model.js'
import type { FileResult } from '../../src/upload/results.js'
import {
  matchedLine,
  NO_FILES_REFUSED,
  outputsCutNote,
  planLines,
  sameFileLine,
  samePathLine,
  stillUploadingNote,
  totalsLine,
  unansweredNote,
  unchangedLine,
  unsupportedMessage
} from '../../src/report/messages.js'
import { imageReport } from '../helpers/image-report.js'
import { MANIFEST_ENTRY } from '../helpers/manifest-entry.js'

const task = (relativePath: string, fields: Partial<UploadTask> = {}): UploadTask =>
  ({ file: { absolutePath: `/w/${relativePath}`, relativePath, bytes: 1, format: 'png' }, title: 'T', tags: [], ...fields }) as UploadTask

describe('planLines', () => {
  const none = { stale: [], replaced: [], deleteRemoved: false }

  it('one file to upload', () => {
    expect(planLines([task('a.png', { title: 'Shot\tA' })], none)).toEqual([
      'Dry run: no request is sent. The plan for 1 file:',
      '  upload  a.png as "Shot%09A"'
    ])
  })

  it('the unchanged files in one line, the others one each; a path to the same file', () => {
    const unchanged = { ...MANIFEST_ENTRY }
    const tasks = [
      task('u1.png', { unchangedSince: unchanged }),
      task('u2.png', { unchangedSince: unchanged }),
      task('b.png', { replaces: 'old-b' }),
      task('c.png', { sameAs: 'b.png', replaces: 'old-c' }),
      task('d.png', { sameAs: 'b.png' })
    ]
    expect(planLines(tasks, none)).toEqual([
      'Dry run: no request is sent. The plan for 5 files:',
      "  skip    2 unchanged since the manifest's run (their ImageIds are in the results file, the results-file output)",
      '  upload  b.png as "T", replacing ImageId old-b',
      '  same    c.png (the same file as b.png: its image)',
      '  same    d.png (the same file as b.png: its image)'
    ])
  })

  it('with delete-replaced, what the real run would do with each replaced ImageId', () => {
    const replaced: PlannedReplacement[] = [
      { path: 'a.png', imageId: 'old-a', outcome: { kind: 'would-delete' } },
      { path: 'b.png', imageId: 'old-b', outcome: { kind: 'kept', reason: 'untrusted-entry' } },
      { path: 'c.png', imageId: 'old-c', outcome: { kind: 'would-delete' } }
    ]
    const tasks = [
      task('a.png', { replaces: 'old-a' }),
      task('b.png', { replaces: 'old-b' }),
      task('c.png', { sameAs: 'x.png', replaces: 'old-c' }),
      task('d.png')
    ]
    expect(planLines(tasks, { ...none, replaced }).slice(1)).toEqual([
      '  upload  a.png as "T", replacing ImageId old-a (deleted after the upload if VOD confirms this repository uploaded it)',
      '  upload  b.png as "T", replacing ImageId old-b (kept: untrusted-entry)',
      '  same    c.png (the same file as x.png: its image), replacing ImageId old-c (deleted after the upload if VOD confirms this repository uploaded it)',
      '  upload  d.png as "T"'
    ])
  })

  const stale: StaleEntry[] = [
    { path: 'gone.png', imageId: 'id-1', outcome: { kind: 'would-delete' } },
    { path: 'kept.png', imageId: 'id-2', outcome: { kind: 'kept', reason: 'no-repository-id' } },
    { path: 'off.png', imageId: 'id-3', outcome: { kind: 'kept', reason: 'delete-removed-off' } }
  ]

  it('with delete-removed, the stale entries to delete or keep, and why', () => {
    expect(planLines([], { stale, replaced: [], deleteRemoved: true })).toEqual([
      'Dry run: no request is sent. The plan for 0 files:',
      '  delete  gone.png (file gone, ImageId id-1; deleted if VOD confirms this repository uploaded it)',
      '  keep    kept.png (file gone, ImageId id-2; kept: no-repository-id)',
      '  keep    off.png (file gone, ImageId id-3)'
    ])
  })

  it('without delete-removed, the stale entries as stale', () => {
    expect(planLines([], { stale: stale.slice(2), replaced: [], deleteRemoved: false }).slice(1)).toEqual([
      '  stale   off.png (file gone, ImageId id-3)'
    ])
  })
})

describe('lines about the matched files', () => {
  it.each<[string, () => string]>([
    ['1,990 matched', () => matchedLine(1990, 0)],
    ['3 matched: 1 image, 2 unsupported', () => matchedLine(1, 2)],
    ['2,000 matched: 1,000 images, 1,000 unsupported', () => matchedLine(1000, 1000)],
    ["⏭️ 1,234 unchanged since the manifest's run, not uploaded", () => unchangedLine(1234)],
    ['↪ b.png is the same file as a.png: one image for both', () => samePathLine('b.png', 'a.png')],
    ['↪ 1 path is the same file as another matched path: one image each, nothing sent for them', () => sameFileLine(1)],
    ['↪ 1,200 paths are the same file as another matched path: one image each, nothing sent for them', () => sameFileLine(1200)],
    ['Nothing was uploaded. Set if-no-files-found to "warn" or "ignore" to allow this.', () => NO_FILES_REFUSED]
  ])('%s', (expected, line) => {
    expect(line()).toBe(expected)
  })
})

describe('unsupportedMessage', () => {
  it('is undefined when no file was skipped', () => {
    expect(unsupportedMessage([], 'warn')).toBeUndefined()
  })

  it.each<[number, string]>([
    [1, '1 matched file is not an image VOD accepts and was skipped (if-unsupported: warn):'],
    [2, '2 matched files are not an image VOD accepts and were skipped (if-unsupported: warn):']
  ])('%i files: a heading, then each file on its own line', (files, heading) => {
    const skipped = [
      { path: 'a.txt', reason: 'not an image' },
      { path: 'b.svg', reason: 'SVG is not accepted' }
    ].slice(0, files)
    expect(unsupportedMessage(skipped, 'warn')).toBe([heading, ...skipped.map(file => `  ${file.path}: ${file.reason}`)].join('\n'))
  })
})

describe('totalsLine', () => {
  const reports = [
    imageReport({ status: 'uploaded' }),
    imageReport({ status: 'uploaded', sameAs: 'shots/a.png' }),
    imageReport({ status: 'skipped' }),
    imageReport({ status: 'skipped' }),
    imageReport({ status: 'failed' }),
    imageReport({ status: 'planned' })
  ]
  const replacement = (outcome: Replacement['outcome'], imageId = 'old'): Replacement => ({
    path: 'a.png',
    imageId,
    newImageId: 'new',
    outcome
  })

  it.each<[string, RunOutcome, string]>([
    ['a run', NO_OUTCOME, 'Done: 1 uploaded, 2 unchanged, 1 failed'],
    [
      'a run with unsupported files',
      { ...NO_OUTCOME, unsupported: [{ path: 'x', reason: 'y' }] },
      'Done: 1 uploaded, 2 unchanged, 1 failed, 1 unsupported'
    ],
    [
      'a run that deleted old images',
      {
        ...NO_OUTCOME,
        stale: [{ path: 's.png', imageId: 's', outcome: { kind: 'deleted' } }],
        replaced: [replacement({ kind: 'deleted' })]
      },
      'Done: 1 uploaded, 2 unchanged, 1 failed; 2 old images deleted, 0 kept'
    ],
    [
      'a run that kept an old image',
      { ...NO_OUTCOME, replaced: [replacement({ kind: 'kept', reason: 'not-ours' })] },
      'Done: 1 uploaded, 2 unchanged, 1 failed; 0 old images deleted, 1 kept (kept-image-ids)'
    ],
    [
      'a run that deleted one old image',
      { ...NO_OUTCOME, replaced: [replacement({ kind: 'deleted' })] },
      'Done: 1 uploaded, 2 unchanged, 1 failed; 1 old image deleted, 0 kept'
    ],
    ['a dry run', { ...NO_OUTCOME, dryRun: true }, 'Dry run done: 1 would upload, 2 unchanged; nothing was sent'],
    [
      'a dry run with unsupported files',
      { ...NO_OUTCOME, dryRun: true, unsupported: [{ path: 'x', reason: 'y' }] },
      'Dry run done: 1 would upload, 2 unchanged, 1 unsupported; nothing was sent'
    ]
  ])('%s', (_name, facts, line) => {
    expect(totalsLine(reports, facts)).toBe(line)
  })
})

describe('notes', () => {
  it.each<[number, string]>([
    [0, ''],
    [
      1,
      '1 CreateUploadImage call got no answer and was retried or given up: VOD may hold up to 1 image whose ImageId never arrived. They hold no bytes; look for them by title (status Uploading) in the VOD console.'
    ],
    [
      3,
      '3 CreateUploadImage calls got no answer and were retried or given up: VOD may hold up to 3 images whose ImageId never arrived. They hold no bytes; look for them by title (status Uploading) in the VOD console.'
    ]
  ])('unansweredNote with %i unanswered calls', (calls, note) => {
    const reports = [
      imageReport({ unansweredCreates: calls > 1 ? calls - 1 : calls }),
      imageReport({ unansweredCreates: calls > 1 ? 1 : 0 })
    ]
    expect(unansweredNote(reports)).toBe(note)
  })

  it.each<[FileResult['vodStatus'][], string | undefined]>([
    [['Normal', undefined], undefined],
    [
      ['Uploading', 'Normal'],
      '1 new image was still Uploading in VOD when the run ended (vodStatus "Uploading"): VOD had not finished processing it; this is not a failure.'
    ],
    [
      ['Uploading', 'Uploading'],
      '2 new images were still Uploading in VOD when the run ended (vodStatus "Uploading"): VOD had not finished processing them; this is not a failure.'
    ]
  ])('stillUploadingNote for %j', (statuses, note) => {
    const results = statuses.map(vodStatus => ({ vodStatus }) as FileResult)
    expect(stillUploadingNote(results)).toBe(note)
  })

  it('outputsCutNote: nothing when no output was cut, else each cut output', () => {
    expect(outputsCutNote([])).toBe('')
    expect(
      outputsCutNote([
        { name: 'images', holds: 1500, of: 20000 },
        { name: 'deletions', holds: 3, of: 4 }
      ])
    ).toBe(
      "Outputs cut to stay under GitHub's 1 MB per output, failed and changed entries kept first: images holds 1,500 of 20,000, deletions holds 3 of 4. The results file has every image, deletions.json beside it every deletion and kept image, the log every unsupported file (the runner deletes the files: keep them with actions/upload-artifact, see README)."
    )
  })
})
