/** Issue #12: each stale entry's outcome, and its reason when kept, is what the log and the summary say. */
import { describe, expect, it } from '@jest/globals'
import { CancelledError, toFileFailure } from '../../src/shared/errors.js'
import { type ManifestEntry, imageMap } from '../../src/manifest/manifest-file.js'
import { keptAllAtOnce, removeStale, type StaleEntry, type StaleOutcome } from '../../src/manifest/stale.js'
import { allStaleWarning, describeStale, keptAllAtOnceLines } from '../../src/report/messages.js'
import { fakeVod, MARK } from '../helpers/fake-vod.js'

const ENTRY: ManifestEntry = {
  sha256: 'a'.repeat(64),
  bytes: 10,
  format: 'png',
  imageId: 'img-a',
  imageUrl: 'https://img.example/a.png',
  fileUrl: 'https://oss.example/a.png',
  title: 'a',
  tags: [],
  uploadedAt: '2026-11-24T10:00:00.000Z'
}
const gone = (outcome: StaleOutcome): StaleEntry => ({ path: 'a.png', imageId: 'img-a', outcome })
const HEAD = 'a.png: file gone; '

describe('describeStale', () => {
  it.each<[string, StaleOutcome, boolean, string, boolean]>([
    ['deleted', { kind: 'deleted' }, false, 'deleted ImageId img-a from VOD and dropped the entry', false],
    [
      'failed',
      { kind: 'failed', error: toFileFailure('delete', new CancelledError()) },
      false,
      'deleting ImageId img-a failed (Cancelled); the entry stays',
      false
    ],
    ['gone from VOD already', { kind: 'gone' }, false, 'VOD no longer has ImageId img-a; entry dropped', false],
    [
      'the ownership lookup failed',
      { kind: 'failed', lookup: true, error: toFileFailure('delete', new CancelledError()) },
      false,
      'looking up ImageId img-a in VOD failed (Cancelled), so it was not deleted; the entry stays',
      false
    ],
    [
      'dry run, would delete',
      { kind: 'would-delete' },
      true,
      'ImageId img-a would be deleted from VOD and the entry dropped if VOD confirms this repository uploaded it (dry run)',
      false
    ],
    [
      'off',
      { kind: 'kept', reason: 'delete-removed-off' },
      false,
      'ImageId img-a stays in VOD and in the manifest (delete-removed is off)',
      true
    ],
    [
      'off, dry run',
      { kind: 'kept', reason: 'delete-removed-off' },
      true,
      'ImageId img-a would stay in VOD and in the manifest (delete-removed is off)',
      true
    ],
    [
      'every entry stale',
      { kind: 'kept', reason: 'all-entries-stale' },
      false,
      'ImageId img-a stays in VOD and in the manifest: every entry of the manifest is stale, so none was deleted',
      true
    ],
    [
      'cancelled',
      { kind: 'kept', reason: 'cancelled' },
      false,
      'ImageId img-a stays in VOD and in the manifest: the run was cancelled before it was deleted',
      true
    ],
    [
      'untrusted',
      { kind: 'kept', reason: 'untrusted-entry' },
      false,
      'ImageId img-a stays in VOD and in the manifest: the entry is not one this action wrote after an upload',
      false
    ],
    [
      'shared ImageId',
      { kind: 'kept', reason: 'shared-image-id' },
      false,
      'ImageId img-a stays in VOD: another entry of the manifest, whose file exists, names the same ImageId; only this entry is dropped',
      false
    ]
  ])('%s', (_name, outcome, dryRun, says, logged) => {
    expect(describeStale(gone(outcome), dryRun)).toBe(HEAD + says)
    expect(keptAllAtOnce(gone(outcome))).toBe(logged)
    expect(keptAllAtOnceLines([gone(outcome)])).toEqual(logged ? [describeStale(gone(outcome), false)] : [])
  })
})

describe('removeStale', () => {
  const told = (): { events: { allStale: (entries: number) => void; stale: (entry: StaleEntry) => void }; heard: unknown[] } => {
    const heard: unknown[] = []
    return { heard, events: { allStale: entries => void heard.push(entries), stale: entry => void heard.push(entry) } }
  }
  const log = told().events
  const manifest = (paths: string[]): { version: number; images: Record<string, ManifestEntry> } => ({
    version: 1,
    images: imageMap(Object.fromEntries(paths.map(p => [p, { ...ENTRY, imageId: `img-${p}` }])))
  })

  it('every entry stale: each is kept with that reason, nothing is deleted, and it is told once with the count', async () => {
    const asked: string[][] = []
    const { events, heard } = told()
    const removed = await removeStale(
      [
        { path: 'a', imageId: 'img-a' },
        { path: 'b', imageId: 'img-b' }
      ],
      manifest(['a', 'b']),
      fakeVod({ deleteImages: async ids => void asked.push([...ids]) }),
      events
    )
    expect(asked).toEqual([])
    expect(heard).toEqual([2])
    expect(removed.map(entry => entry.outcome)).toEqual([
      { kind: 'kept', reason: 'all-entries-stale' },
      { kind: 'kept', reason: 'all-entries-stale' }
    ])
  })

  it('one stale entry of two: deleted, or failed with the error', async () => {
    const stale = [{ path: 'a', imageId: 'img-a' }]
    const vod = (deleteImages: () => Promise<void>) => fakeVod({ images: { 'img-a': [MARK] }, deleteImages })
    expect(
      (
        await removeStale(
          stale,
          manifest(['a', 'b']),
          vod(async () => undefined),
          log
        )
      )[0].outcome
    ).toEqual({ kind: 'deleted' })
    const failed = await removeStale(
      stale,
      manifest(['a', 'b']),
      vod(() => Promise.reject(new CancelledError())),
      log
    )
    expect(failed[0].outcome).toMatchObject({ kind: 'failed', error: { stage: 'delete', code: 'Cancelled' } })
  })
})

describe('removeStale tells each entry it settles', () => {
  it('the kept ones first, then the ones tried; none for an empty list', async () => {
    const images = imageMap({
      a: { ...ENTRY, imageId: 'img-a' },
      b: { ...ENTRY, imageId: 'img-b', uploadedAt: 'not a date' },
      c: { ...ENTRY, imageId: 'img-c' }
    })
    const heard: StaleEntry[] = []
    const events = { allStale: (): void => undefined, stale: (entry: StaleEntry) => void heard.push(entry) }
    const stale = [
      { path: 'a', imageId: 'img-a' },
      { path: 'b', imageId: 'img-b' }
    ]
    const removed = await removeStale(stale, { version: 1, images }, fakeVod({ images: { 'img-a': [MARK] } }), events)
    expect(heard.map(entry => [entry.path, entry.outcome.kind])).toEqual([
      ['b', 'kept'],
      ['a', 'deleted']
    ])
    expect(removed.map(entry => entry.path)).toEqual(['a', 'b'])
    expect(await removeStale([], { version: 1, images }, fakeVod(), events)).toEqual([])
    expect(heard).toHaveLength(2)
  })
})

describe('allStaleWarning', () => {
  it('says how many entries, and that nothing was deleted', () => {
    expect(allStaleWarning(3)).toBe(
      'delete-removed: all 3 entries of the manifest are stale (none of their files exists), which looks like a wrong workspace or checkout path. Nothing was deleted; if the files are really gone, delete the manifest or its entries by hand.'
    )
  })
})
