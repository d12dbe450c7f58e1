/**
 * delete-removed and delete-replaced delete only what VOD shows is this repository's: the verdict for
 * each kind of image, against a fake VOD (GetImageInfos and DeleteImage), before and after the local checks.
 */
import { describe, expect, it } from '@jest/globals'
import { ServiceError } from '../../src/shared/errors.js'
import { imageMap, type Manifest, type ManifestEntry } from '../../src/manifest/manifest-file.js'
import { deleteOwned } from '../../src/manifest/deletion.js'
import { judgeStale, removeStale, type StaleEntry } from '../../src/manifest/stale.js'
import { nextManifest } from '../../src/manifest/next-manifest.js'
import { deleteReplaced, findReplaced, withOrphanedReplacements } from '../../src/manifest/replaced.js'
import { describeReplaced, describeStale } from '../../src/report/messages.js'
import type { FileResult } from '../../src/upload/results.js'
import { fakeVod, MARK } from '../helpers/fake-vod.js'

const id = (n: number): string => n.toString(16).padStart(32, '0')
const OURS = id(1)
const THEIRS = id(2)
const UNMARKED = id(3)
const GONE = id(4)

const ENTRY: ManifestEntry = {
  sha256: 'a'.repeat(64),
  bytes: 10,
  format: 'png',
  imageId: OURS,
  imageUrl: 'https://img.example/a.png',
  fileUrl: 'https://oss.example/a.png',
  title: 'a',
  tags: [],
  uploadedAt: '2026-11-24T10:00:00.000Z'
}
const VOD_IMAGES = { [OURS]: ['docs', MARK], [THEIRS]: ['gh-repo-id-99', 'release'], [UNMARKED]: ['docs'] }
const refused = (): Promise<never> =>
  Promise.reject(
    new ServiceError({ service: 'vod', api: 'GetImageInfos', code: 'Forbidden.RAM', detail: 'no permission', kind: 'permanent' })
  )

interface Case {
  name: string
  imageId: string
  repositoryId?: null
  adopted?: string[]
  lookupFails?: boolean
  outcome: StaleEntry['outcome']
  deleted: boolean
  lookedUp: boolean
}

const CASES: Case[] = [
  { name: "carries this repository's mark: deleted", imageId: OURS, outcome: { kind: 'deleted' }, deleted: true, lookedUp: true },
  {
    name: "carries another repository's mark: kept, never deleted",
    imageId: THEIRS,
    outcome: { kind: 'kept', reason: 'not-ours' },
    deleted: false,
    lookedUp: true
  },
  { name: 'carries no mark: kept', imageId: UNMARKED, outcome: { kind: 'kept', reason: 'not-ours' }, deleted: false, lookedUp: true },
  {
    name: 'unmarked but adopted: deleted',
    imageId: UNMARKED,
    adopted: [UNMARKED],
    outcome: { kind: 'deleted' },
    deleted: true,
    lookedUp: true
  },
  {
    name: 'adopted, but another repository marked it: kept (adoption is for images that carry no mark)',
    imageId: THEIRS,
    adopted: [THEIRS],
    outcome: { kind: 'kept', reason: 'not-ours' },
    deleted: false,
    lookedUp: true
  },
  { name: 'VOD no longer has it: gone', imageId: GONE, outcome: { kind: 'gone' }, deleted: false, lookedUp: true },
  {
    name: 'no repository id: kept without a request',
    imageId: OURS,
    repositoryId: null,
    outcome: { kind: 'kept', reason: 'no-repository-id' },
    deleted: false,
    lookedUp: false
  },
  {
    name: 'no repository id, adopted: deleted',
    imageId: UNMARKED,
    repositoryId: null,
    adopted: [UNMARKED],
    outcome: { kind: 'deleted' },
    deleted: true,
    lookedUp: true
  },
  {
    name: 'the lookup fails: failed, nothing deleted',
    imageId: OURS,
    lookupFails: true,
    outcome: {
      kind: 'failed',
      lookup: true,
      error: { stage: 'delete', code: 'Forbidden.RAM', message: 'no permission', status: undefined, requestId: undefined }
    },
    deleted: false,
    lookedUp: true
  }
]

const quiet = { allStale: (): void => undefined, stale: (): void => undefined }

describe('a stale entry (delete-removed)', () => {
  it.each(CASES)('$name', async ({ imageId, repositoryId, adopted, lookupFails, outcome, deleted, lookedUp }) => {
    const manifest: Manifest = { version: 1, images: imageMap({ 'a.png': { ...ENTRY, imageId }, 'b.png': { ...ENTRY, imageId: id(9) } }) }
    const vod = fakeVod({ images: VOD_IMAGES, repositoryId, adopted, ...(lookupFails && { getImageInfos: refused }) })
    const [entry] = await removeStale([{ path: 'a.png', imageId }], manifest, vod, quiet)
    expect(entry.outcome).toEqual(outcome)
    expect(vod.deletions).toEqual(deleted ? [[imageId]] : [])
    expect(vod.lookups).toEqual(lookedUp ? [[imageId]] : [])
    const dropped = outcome.kind === 'deleted' || outcome.kind === 'gone'
    expect('a.png' in nextManifest(manifest, [], [entry], 0).images).toBe(!dropped)
  })

  it('the dry run has the same local verdict and says what it needs from VOD', () => {
    const manifest: Manifest = {
      version: 1,
      images: imageMap({ 'a.png': ENTRY, 'b.png': { ...ENTRY, imageId: THEIRS }, 'c.png': { ...ENTRY, uploadedAt: 'x' }, 'd.png': ENTRY })
    }
    const stale = [
      { path: 'a.png', imageId: OURS },
      { path: 'b.png', imageId: THEIRS },
      { path: 'c.png', imageId: OURS }
    ]
    const judged = judgeStale(stale, manifest, { deleteRemoved: true, ownership: fakeVod().ownership })
    expect(judged.map(entry => entry.outcome)).toEqual([
      { kind: 'kept', reason: 'shared-image-id' },
      { kind: 'would-delete' },
      { kind: 'kept', reason: 'untrusted-entry' }
    ])
    expect(describeStale(judged[1], true)).toBe(
      `b.png: file gone; ImageId ${THEIRS} would be deleted from VOD and the entry dropped if VOD confirms this repository uploaded it (dry run)`
    )
    const unknown = judgeStale(stale.slice(1, 2), manifest, { deleteRemoved: true, ownership: fakeVod({ repositoryId: null }).ownership })
    expect(describeStale(unknown[0], true)).toBe(
      `b.png: file gone; ImageId ${THEIRS} would stay in VOD and in the manifest: GITHUB_REPOSITORY_ID is not set, so whether this repository uploaded it cannot be checked`
    )
  })
})

describe('a replaced image (delete-replaced)', () => {
  const uploaded: FileResult = {
    file: { absolutePath: '/workspace/a.png', relativePath: 'a.png', bytes: 12, format: 'png' },
    status: 'uploaded',
    title: 'a',
    tags: [],
    sha256: 'b'.repeat(64),
    imageId: id(10),
    imageUrl: 'https://img.example/a2.png',
    fileUrl: 'https://oss.example/a2.png',
    orphanedImageIds: [],
    unansweredCreates: 0,
    throttledCalls: 0
  }

  it.each(CASES)('$name', async ({ imageId, repositoryId, adopted, lookupFails, outcome, deleted, lookedUp }) => {
    const manifest: Manifest = { version: 1, images: imageMap({ 'a.png': { ...ENTRY, imageId } }) }
    const vod = fakeVod({ images: VOD_IMAGES, repositoryId, adopted, ...(lookupFails && { getImageInfos: refused }) })
    const [entry] = await deleteReplaced(findReplaced([uploaded], manifest), manifest, vod, quiet.stale)
    expect(entry.outcome).toEqual(outcome)
    expect(vod.deletions).toEqual(deleted ? [[imageId]] : [])
    expect(vod.lookups).toEqual(lookedUp ? [[imageId]] : [])
    // Only an old image of this repository that is still in VOD is worth finding again (orphaned).
    const orphaned = outcome.kind === 'failed' ? [imageId] : []
    expect(withOrphanedReplacements([uploaded], [entry])[0].orphanedImageIds).toEqual(orphaned)
  })

  it('says why it kept another repository’s image', async () => {
    const manifest: Manifest = { version: 1, images: imageMap({ 'a.png': { ...ENTRY, imageId: THEIRS } }) }
    const [entry] = await deleteReplaced(findReplaced([uploaded], manifest), manifest, fakeVod({ images: VOD_IMAGES }), quiet.stale)
    expect(describeReplaced(entry)).toBe(
      `a.png: changed; uploaded as ImageId ${id(10)}; the previous ImageId ${THEIRS} stays in VOD: it does not carry the gh-repo-id tag of this repository, so it is never deleted; if this repository uploaded it before that tag existed and it carries no gh-repo-id tag of another repository, list its ImageId in adopt-image-ids`
    )
  })
})

describe('deleteOwned', () => {
  it('looks up and deletes 20 ImageIds a call, and only those it was asked about count', async () => {
    const ids = Array.from({ length: 45 }, (_, i) => id(100 + i))
    const vod = fakeVod({ images: Object.fromEntries(ids.map(imageId => [imageId, [MARK]])) })
    const done = await deleteOwned(
      ids.map(imageId => ({ imageId })),
      vod
    )
    expect(vod.lookups.map(batch => batch.length)).toEqual([20, 20, 5])
    expect(vod.deletions.map(batch => batch.length)).toEqual([20, 20, 5])
    expect(done.every(entry => entry.outcome.kind === 'deleted')).toBe(true)
  })

  it('an id VOD says nothing about is a failed lookup, not a deletion', async () => {
    const vod = fakeVod({ getImageInfos: async () => ({ infos: [], nonExistImageIds: [] }) })
    const [entry] = await deleteOwned([{ imageId: OURS }], vod)
    expect(entry.outcome).toMatchObject({ kind: 'failed', lookup: true, error: { code: 'InvalidResponse' } })
    expect(vod.deletions).toEqual([])
  })

  it('the mark must match exactly: a longer id that starts with ours is not ours', async () => {
    const vod = fakeVod({ images: { [OURS]: [`${MARK}0`, `x${MARK}`] } })
    const [entry] = await deleteOwned([{ imageId: OURS }], vod)
    expect(entry.outcome).toEqual({ kind: 'kept', reason: 'not-ours' })
  })

  it('two entries naming one image: one lookup and one DeleteImage of it, both entries deleted', async () => {
    const vod = fakeVod({ images: { [OURS]: [MARK] } })
    const done = await deleteOwned(
      [
        { path: 'a.png', imageId: OURS },
        { path: 'link.png', imageId: OURS }
      ],
      vod
    )
    expect(vod.lookups).toEqual([[OURS]])
    expect(vod.deletions).toEqual([[OURS]])
    expect(done.map(entry => [entry.path, entry.outcome.kind])).toEqual([
      ['a.png', 'deleted'],
      ['link.png', 'deleted']
    ])
  })

  it('an image named by entries more than one batch apart is deleted once', async () => {
    const ids = Array.from({ length: 24 }, (_, i) => id(200 + i))
    const vod = fakeVod({ images: Object.fromEntries(ids.map(imageId => [imageId, [MARK]])) })
    const entries = [...ids, ids[0]].map((imageId, i) => ({ path: `${i}.png`, imageId }))
    const done = await deleteOwned(entries, vod)
    expect(vod.deletions.flat().sort()).toEqual([...ids].sort())
    expect(done.map(entry => entry.outcome.kind)).toEqual(Array(25).fill('deleted'))
  })
})
