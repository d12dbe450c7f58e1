/**
 * delete-replaced (replaced.ts): which paths replaced an image, which old ImageIds VOD is asked about,
 * what a cancel or delete-replaced off leaves, and which old images end up orphaned. Against a fake
 * VOD (fakeVod()); the lines are checked for what they name, not for their wording.
 */
import { describe, expect, it } from '@jest/globals'
import { imageMap, type Manifest, type ManifestEntry } from '../../src/manifest/manifest-file.js'
import {
  cancelledReplacements,
  deleteReplaced,
  findReplaced,
  keptReplacements,
  withOrphanedReplacements,
  type ReplacedImage,
  type ReplacedOutcome,
  type Replacement
} from '../../src/manifest/replaced.js'
import type { FileResult } from '../../src/upload/results.js'
import { describeReplaced } from '../../src/report/messages.js'
import { fakeVod, MARK } from '../helpers/fake-vod.js'
import { MANIFEST_ENTRY } from '../helpers/manifest-entry.js'

const id = (char: string): string => char.repeat(32)

function result(path: string, fields: Partial<FileResult> = {}): FileResult {
  return {
    file: { absolutePath: `/ws/${path}`, relativePath: path, bytes: 10, format: 'png' },
    status: 'uploaded',
    title: path,
    tags: [],
    imageId: id('n'),
    orphanedImageIds: [],
    unansweredCreates: 0,
    throttledCalls: 0,
    ...fields
  }
}

function manifestOf(images: Record<string, Partial<ManifestEntry>>): Manifest {
  return {
    version: 1,
    images: imageMap(Object.fromEntries(Object.entries(images).map(([p, entry]) => [p, { ...MANIFEST_ENTRY, ...entry }])))
  }
}

/** What deleteReplaced tells, entry by entry, as it settles each one (main.ts words it for the log). */
const toldEntries = (): { told: Replacement[]; tell: (entry: Replacement) => void } => {
  const told: Replacement[] = []
  return { told, tell: entry => void told.push(entry) }
}

describe('findReplaced', () => {
  it.each<[string, Partial<FileResult>, Partial<ManifestEntry> | undefined, boolean]>([
    ['an upload of a file whose entry held another image', {}, { imageId: id('o') }, true],
    [
      'a path to a file another path holds, whose entry held another image',
      { status: 'skipped', sameAs: 'b.png' },
      { imageId: id('o') },
      true
    ],
    ['an unchanged file (skipped, no sameAs)', { status: 'skipped', imageId: id('o') }, { imageId: id('o') }, false],
    ['an unchanged file whose image the entry does not name', { status: 'skipped' }, { imageId: id('o') }, false],
    ['a failed upload', { status: 'failed', imageId: undefined }, { imageId: id('o') }, false],
    ['a failed upload that still has an ImageId', { status: 'failed' }, { imageId: id('o') }, false],
    ['a dry run’s planned upload', { status: 'planned', imageId: undefined }, { imageId: id('o') }, false],
    ['an upload of a new file (no entry)', {}, undefined, false],
    ['an upload with no ImageId', { imageId: undefined }, { imageId: id('o') }, false],
    ['an upload that got the ImageId the entry names', { imageId: id('o') }, { imageId: id('o') }, false],
    [
      'a path to a file another path holds, with the image its entry names',
      { status: 'skipped', sameAs: 'b.png', imageId: id('o') },
      { imageId: id('o') },
      false
    ]
  ])('%s → replaced %p', (_name, fields, entry, replaced) => {
    const manifest = manifestOf(entry ? { 'a.png': entry } : {})
    const expected: ReplacedImage[] = replaced ? [{ path: 'a.png', imageId: id('o'), newImageId: fields.imageId ?? id('n') }] : []
    expect(findReplaced([result('a.png', fields)], manifest)).toEqual(expected)
  })
})

describe('deleteReplaced: what VOD is asked, and what each old image comes to', () => {
  it('asks and logs nothing for no replaced images', async () => {
    const vod = fakeVod()
    const log = toldEntries()
    expect(await deleteReplaced([], manifestOf({}), vod, log.tell)).toEqual([])
    expect([vod.lookups, vod.deletions, log.told]).toEqual([[], [], []])
  })

  it('keeps without a request the old ImageIds that another entry or another new upload names; asks about the rest; sorted by path', async () => {
    const manifest = manifestOf({
      'c.png': { imageId: id('1') }, // named by u.png, which stays
      'u.png': { imageId: id('1') },
      'b.png': { imageId: id('2') }, // d.png's new upload got this ImageId
      'd.png': { imageId: id('4') },
      'a.png': { imageId: id('3') }, // also named by e.png, but e.png is replaced too: not staying
      'e.png': { imageId: id('3') }
    })
    const replaced: ReplacedImage[] = [
      { path: 'c.png', imageId: id('1'), newImageId: id('a') },
      { path: 'b.png', imageId: id('2'), newImageId: id('b') },
      { path: 'd.png', imageId: id('4'), newImageId: id('2') },
      { path: 'a.png', imageId: id('3'), newImageId: id('c') },
      { path: 'e.png', imageId: id('3'), newImageId: id('d') }
    ]
    const vod = fakeVod({ images: { [id('3')]: [MARK], [id('4')]: [MARK] } })
    const log = toldEntries()
    const done = await deleteReplaced(replaced, manifest, vod, log.tell)
    expect(done.map(entry => [entry.path, entry.outcome])).toEqual([
      ['a.png', { kind: 'deleted' }],
      ['b.png', { kind: 'kept', reason: 'shared-image-id' }],
      ['c.png', { kind: 'kept', reason: 'shared-image-id' }],
      ['d.png', { kind: 'deleted' }],
      ['e.png', { kind: 'deleted' }]
    ])
    expect(vod.lookups).toEqual([[id('4'), id('3')]])
    expect(vod.deletions).toEqual([[id('4'), id('3')]])
    // The kept ones first, as they are judged; then each deletion as its batch settles.
    expect(log.told.map(entry => entry.path)).toEqual(['c.png', 'b.png', 'd.png', 'a.png', 'e.png'])
    expect([...log.told].sort((a, b) => (a.path < b.path ? -1 : 1))).toEqual(done)
  })

  it.each<[string, Parameters<typeof fakeVod>[0], ReplacedOutcome]>([
    ['deleted', { images: { [id('o')]: [MARK] } }, { kind: 'deleted' }],
    ['gone from VOD', { images: {} }, { kind: 'gone' }],
    ['not ours', { images: { [id('o')]: ['gh-repo-id-1'] } }, { kind: 'kept', reason: 'not-ours' }],
    ['no repository id: no request', { images: { [id('o')]: [MARK] }, repositoryId: null }, { kind: 'kept', reason: 'no-repository-id' }]
  ])('%s: told once', async (_name, vodOptions, outcome) => {
    const vod = fakeVod(vodOptions)
    const log = toldEntries()
    const [entry] = await deleteReplaced(
      [{ path: 'a.png', imageId: id('o'), newImageId: id('n') }],
      manifestOf({ 'a.png': { imageId: id('o') } }),
      vod,
      log.tell
    )
    expect(entry.outcome).toEqual(outcome)
    expect(log.told).toEqual([entry])
  })
})

describe('cancelledReplacements and keptReplacements: no request at all', () => {
  const manifest = manifestOf({
    'b.png': { imageId: id('s') },
    's.png': { imageId: id('s') },
    'a.png': { imageId: id('o'), uploadedAt: 'x' },
    'c.png': { imageId: id('c') }
  })
  const replaced: ReplacedImage[] = [
    { path: 'c.png', imageId: id('c'), newImageId: id('3') },
    { path: 'b.png', imageId: id('s'), newImageId: id('2') },
    { path: 'a.png', imageId: id('o'), newImageId: id('1') }
  ]

  it('a cancel keeps each old image the local checks let through as cancelled, the others for their own reason, sorted by path', () => {
    const vod = fakeVod()
    expect(cancelledReplacements(replaced, manifest, vod).map(entry => [entry.path, entry.outcome])).toEqual([
      ['a.png', { kind: 'kept', reason: 'untrusted-entry' }],
      ['b.png', { kind: 'kept', reason: 'shared-image-id' }],
      ['c.png', { kind: 'kept', reason: 'cancelled' }]
    ])
    expect(cancelledReplacements(replaced.slice(0, 1), manifest, fakeVod({ repositoryId: null }))[0].outcome).toEqual({
      kind: 'kept',
      reason: 'no-repository-id'
    })
    expect([vod.lookups, vod.deletions]).toEqual([[], []])
  })

  it('delete-replaced off keeps every old image; one another entry names is not this file’s to keep', () => {
    expect(keptReplacements(replaced, manifest).map(entry => [entry.path, entry.outcome])).toEqual([
      ['c.png', { kind: 'kept', reason: 'delete-replaced-off' }],
      ['b.png', { kind: 'kept', reason: 'shared-image-id' }],
      ['a.png', { kind: 'kept', reason: 'delete-replaced-off' }]
    ])
  })
})

describe('withOrphanedReplacements and describeReplaced', () => {
  const failure = { stage: 'delete' as const, code: 'Forbidden.RAM', message: 'no' }
  const OUTCOMES: Array<[string, ReplacedOutcome, boolean]> = [
    ['deleted', { kind: 'deleted' }, false],
    ['gone', { kind: 'gone' }, false],
    ['a failed deletion', { kind: 'failed', error: failure }, true],
    ['a failed lookup', { kind: 'failed', lookup: true, error: failure }, true],
    ['kept: cancelled', { kind: 'kept', reason: 'cancelled' }, true],
    ['kept: not ours', { kind: 'kept', reason: 'not-ours' }, false],
    ['kept: delete-replaced off', { kind: 'kept', reason: 'delete-replaced-off' }, false],
    ['kept: shared', { kind: 'kept', reason: 'shared-image-id' }, false]
  ]
  const replacement = (outcome: ReplacedOutcome): Replacement => ({ path: 'a.png', imageId: id('o'), newImageId: id('n'), outcome })

  it.each(OUTCOMES)('%s → orphaned %p', (_name, outcome, orphaned) => {
    const results = [result('a.png', { orphanedImageIds: [id('x')] }), result('b.png')]
    const after = withOrphanedReplacements(results, [replacement(outcome)])
    // toStrictEqual: toEqual would take an undefined ImageId added to b.png's list for an empty list.
    expect(after.map(r => r.orphanedImageIds)).toStrictEqual([orphaned ? [id('x'), id('o')] : [id('x')], []])
    expect(results[0].orphanedImageIds).toEqual([id('x')])
  })

  it('each outcome gets its own line, naming the path, both ImageIds, and the code of a failure', () => {
    const lines = OUTCOMES.map(([, outcome]) => describeReplaced(replacement(outcome)))
    expect(new Set(lines).size).toBe(lines.length)
    for (const line of lines) for (const part of ['a.png', id('o'), id('n')]) expect(line).toContain(part)
    for (const [i, [, outcome]] of OUTCOMES.entries()) expect(lines[i].includes('Forbidden.RAM')).toBe(outcome.kind === 'failed')
  })
})
