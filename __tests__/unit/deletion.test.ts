/**
 * deletion.ts, the only code that deletes: VOD is asked first (GetImageInfos, 20 ImageIds a call) and
 * only an image it shows is this repository's is deleted (DeleteImage, 20 a call). Each case runs
 * against a fake VOD (fakeVod()) and checks the calls made and what each entry comes back with.
 */
import { describe, expect, it } from '@jest/globals'
import { ServiceError } from '../../src/shared/errors.js'
import { deleteOwned, ownershipOf, ownershipUncheckable, type CheckedOutcome, type Ownership } from '../../src/manifest/deletion.js'
import { fakeVod, MARK, REPOSITORY_ID } from '../helpers/fake-vod.js'

const id = (n: number): string => n.toString(16).padStart(32, '0')
const ids = (from: number, count: number): string[] => Array.from({ length: count }, (_, i) => id(from + i))

const vodError = (api: string, code: string): ServiceError =>
  new ServiceError({ service: 'vod', api, code, detail: `${api} refused`, kind: 'permanent', status: 403, requestId: `req-${code}` })

/** What deleteOwned gave each ImageId (entries in the order asked, outcomes by ImageId). */
function outcomesById(done: ReadonlyArray<{ imageId: string; outcome: CheckedOutcome }>): Record<string, CheckedOutcome> {
  return Object.fromEntries(done.map(entry => [entry.imageId, entry.outcome]))
}

describe('ownershipOf and ownershipUncheckable', () => {
  it('keeps the repository id and makes a set of the adopted ImageIds (none when not given)', () => {
    expect(ownershipOf({ repositoryId: '7', adoptImageIds: ['a', 'b', 'a'] })).toEqual({ repositoryId: '7', adopted: new Set(['a', 'b']) })
    expect(ownershipOf({})).toEqual({ repositoryId: undefined, adopted: new Set() })
  })

  it.each<[string, Ownership, boolean]>([
    ['a repository id: VOD can show it', { repositoryId: '7', adopted: new Set() }, false],
    ['a repository id and adopted', { repositoryId: '7', adopted: new Set(['img']) }, false],
    ['no repository id, adopted: VOD can show it carries no mark', { repositoryId: undefined, adopted: new Set(['img']) }, false],
    ['no repository id, not adopted: nothing VOD says could make it ours', { repositoryId: undefined, adopted: new Set(['other']) }, true]
  ])('%s', (_name, ownership, uncheckable) => {
    expect(ownershipUncheckable('img', ownership)).toBe(uncheckable)
  })
})

describe('deleteOwned: which image is deleted', () => {
  interface Case {
    name: string
    /** The tags VOD holds for the image; undefined: VOD does not have it. */
    tags?: string[]
    repositoryId?: string | null
    adopted?: boolean
    outcome: CheckedOutcome
  }
  const OTHER_MARK = 'gh-repo-id-99'
  it.each<Case>([
    { name: "this repository's mark", tags: ['docs', MARK], outcome: { kind: 'deleted' } },
    {
      name: "this repository's mark in capitals is not the mark",
      tags: [MARK.toUpperCase()],
      outcome: { kind: 'kept', reason: 'not-ours' }
    },
    { name: "another repository's mark", tags: [OTHER_MARK], outcome: { kind: 'kept', reason: 'not-ours' } },
    { name: 'no mark', tags: ['docs'], outcome: { kind: 'kept', reason: 'not-ours' } },
    { name: 'no tags at all', tags: [], outcome: { kind: 'kept', reason: 'not-ours' } },
    { name: 'no mark, adopted', tags: ['docs'], adopted: true, outcome: { kind: 'deleted' } },
    { name: "another repository's mark, adopted", tags: [OTHER_MARK], adopted: true, outcome: { kind: 'kept', reason: 'not-ours' } },
    {
      name: "another's mark in capitals, adopted",
      tags: [OTHER_MARK.toUpperCase()],
      adopted: true,
      outcome: { kind: 'kept', reason: 'not-ours' }
    },
    { name: "this repository's mark, adopted too", tags: [MARK], adopted: true, outcome: { kind: 'deleted' } },
    { name: 'no repository id, unmarked and adopted', tags: [], repositoryId: null, adopted: true, outcome: { kind: 'deleted' } },
    {
      name: 'no repository id: a tag naming an undefined repository is no mark of ours',
      tags: ['gh-repo-id-undefined'],
      repositoryId: null,
      outcome: { kind: 'kept', reason: 'not-ours' }
    },
    { name: 'VOD no longer has it', outcome: { kind: 'gone' } },
    { name: 'VOD no longer has it, adopted', adopted: true, outcome: { kind: 'gone' } }
  ])('$name → $outcome.kind', async ({ tags, repositoryId, adopted, outcome }) => {
    const imageId = id(1)
    const vod = fakeVod({ images: tags ? { [imageId]: tags } : {}, repositoryId, adopted: adopted ? [imageId] : [] })
    const done = await deleteOwned([{ imageId, path: 'a.png' }], vod)
    expect(done).toEqual([{ imageId, path: 'a.png', outcome }])
    expect(vod.lookups).toEqual([[imageId]])
    expect(vod.deletions).toEqual(outcome.kind === 'deleted' ? [[imageId]] : [])
    expect(vod.images.has(imageId)).toBe(tags !== undefined && outcome.kind !== 'deleted')
  })

  it('asks nothing and deletes nothing for no entries', async () => {
    const vod = fakeVod()
    expect(await deleteOwned([], vod)).toEqual([])
    expect(vod.lookups).toEqual([])
    expect(vod.deletions).toEqual([])
  })

  it('deletes only the images shown to be ours from a mixed batch, in one DeleteImage call', async () => {
    const [ours, theirs, gone, adopted] = ids(1, 4)
    const vod = fakeVod({ images: { [ours]: [MARK], [theirs]: ['gh-repo-id-1'], [adopted]: [] }, adopted: [adopted] })
    const done = await deleteOwned(
      [ours, theirs, gone, adopted].map(imageId => ({ imageId })),
      vod
    )
    expect(vod.lookups).toEqual([[ours, theirs, gone, adopted]])
    expect(vod.deletions).toEqual([[ours, adopted]])
    expect(outcomesById(done)).toEqual({
      [ours]: { kind: 'deleted' },
      [theirs]: { kind: 'kept', reason: 'not-ours' },
      [gone]: { kind: 'gone' },
      [adopted]: { kind: 'deleted' }
    })
    expect(done).toHaveLength(4)
  })
  it.each([
    [20, [20]],
    [21, [20, 1]],
    [40, [20, 20]]
  ])('looks %i ImageIds up in batches of %j ids, never an empty batch', async (count, sizes) => {
    const all = ids(1, count)
    const vod = fakeVod({ images: Object.fromEntries(all.map(id => [id, [MARK]])) })
    const done = await deleteOwned(
      all.map(imageId => ({ imageId })),
      vod
    )
    expect(vod.lookups.map(batch => batch.length)).toEqual(sizes)
    expect(vod.deletions.map(batch => batch.length)).toEqual(sizes)
    expect(done).toHaveLength(count)
  })
})

describe('deleteOwned: a call that fails', () => {
  it('a DeleteImage that fails fails every ImageId of its batch (not a lookup failure), and only those', async () => {
    const all = ids(100, 25)
    const vod = fakeVod({
      images: Object.fromEntries(all.map(imageId => [imageId, [MARK]])),
      deleteImages: async batch => {
        if (batch.includes(all[24])) throw vodError('DeleteImage', 'Forbidden.RAM')
      }
    })
    const done = outcomesById(
      await deleteOwned(
        all.map(imageId => ({ imageId })),
        vod
      )
    )
    expect(vod.deletions.map(batch => batch.length)).toEqual([20, 5])
    const failed: CheckedOutcome = {
      kind: 'failed',
      error: { stage: 'delete', code: 'Forbidden.RAM', message: 'DeleteImage refused', status: 403, requestId: 'req-Forbidden.RAM' }
    }
    expect(all.map(imageId => done[imageId])).toEqual([...Array(20).fill({ kind: 'deleted' }), ...Array(5).fill(failed)])
  })

  it('a GetImageInfos that fails fails every ImageId of its batch as a lookup, deletes none of them, and the other batches go on', async () => {
    const all = ids(200, 23)
    const vod = fakeVod({
      images: Object.fromEntries(all.map(imageId => [imageId, [MARK]])),
      getImageInfos: async batch => {
        if (batch.length === 20) throw vodError('GetImageInfos', 'Throttling.User')
        return {
          infos: batch.map(imageId => ({ imageId, tags: [MARK], title: '', status: 'Normal', url: '', appId: 'app' })),
          nonExistImageIds: []
        }
      }
    })
    const done = outcomesById(
      await deleteOwned(
        all.map(imageId => ({ imageId })),
        vod
      )
    )
    expect(vod.lookups.map(batch => batch.length)).toEqual([20, 3])
    expect(vod.deletions).toEqual([all.slice(20)])
    const failed: CheckedOutcome = {
      kind: 'failed',
      lookup: true,
      error: { stage: 'delete', code: 'Throttling.User', message: 'GetImageInfos refused', status: 403, requestId: 'req-Throttling.User' }
    }
    expect(all.map(imageId => done[imageId])).toEqual([...Array(20).fill(failed), ...Array(3).fill({ kind: 'deleted' })])
  })

  it('an ImageId the answer does not mention is a failed lookup; one it mentions unasked changes nothing', async () => {
    const [asked, unmentioned, unasked] = ids(1, 3)
    const vod = fakeVod({
      getImageInfos: async () => ({
        infos: [
          { imageId: asked, tags: [MARK], title: '', status: 'Normal', url: '', appId: 'app' },
          { imageId: unasked, tags: [MARK], title: '', status: 'Normal', url: '', appId: 'app' }
        ],
        nonExistImageIds: []
      })
    })
    const done = outcomesById(await deleteOwned([{ imageId: asked }, { imageId: unmentioned }], vod))
    expect(vod.deletions).toEqual([[asked]])
    expect(done[asked]).toEqual({ kind: 'deleted' })
    expect(done[unmentioned]).toMatchObject({ kind: 'failed', lookup: true, error: { stage: 'delete', code: 'InvalidResponse' } })
    expect(Object.keys(done).sort()).toEqual([asked, unmentioned].sort())
  })

  it('uses the repository id it is given: an image with the mark of ours is kept under another id', async () => {
    const vod = fakeVod({ images: { [id(1)]: [MARK] }, repositoryId: `${REPOSITORY_ID}0` })
    const [entry] = await deleteOwned([{ imageId: id(1) }], vod)
    expect(entry.outcome).toEqual({ kind: 'kept', reason: 'not-ours' })
    expect(vod.deletions).toEqual([])
  })
})
