/**
 * The manifest a run syncs with, step by step: where it may lie (sync-state.ts), the files it may be
 * compared with (previous-uploads.ts), and its stale entries found, judged and removed (stale.ts).
 * Each against a workspace in a temporary folder.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { InputError } from '../../src/shared/errors.js'
import type { ImageFile } from '../../src/files/find.js'
import { imageMap, type Manifest, type ManifestEntry } from '../../src/manifest/manifest-file.js'
import { loadSync, type SyncState } from '../../src/manifest/sync-state.js'
import { digestAll, refuseOutsideFiles } from '../../src/manifest/previous-uploads.js'
import {
  findStale,
  judgeStale,
  keptAllAtOnce,
  removeStale,
  type GoneEntry,
  type StaleEntry,
  type StaleOutcome
} from '../../src/manifest/stale.js'
import { fakeVod, MARK, REPOSITORY_ID } from '../helpers/fake-vod.js'
import { MANIFEST_ENTRY } from '../helpers/manifest-entry.js'

const id = (n: number): string => n.toString(16).padStart(32, '0')
const THRESHOLD = 10 * 1024 * 1024

let workspace: string

beforeEach(async () => {
  workspace = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'vod-manifest-sync-')))
})

afterEach(async () => {
  await fs.rm(workspace, { recursive: true, force: true })
})

const manifestOf = (entries: Record<string, ManifestEntry>): Manifest => ({ version: 1, images: imageMap(entries) })
const syncOf = (entries: Record<string, ManifestEntry>): SyncState => ({
  file: path.join(workspace, 'vod.json'),
  shownAs: 'vod.json',
  loaded: { manifest: manifestOf(entries) }
})
const fileAt = (relativePath: string, absolutePath = path.join(workspace, relativePath)): ImageFile => ({
  absolutePath,
  relativePath,
  bytes: 3,
  format: 'png'
})

describe('loadSync', () => {
  it('is undefined without a manifest input', async () => {
    expect(await loadSync({ workspace })).toBeUndefined()
  })

  it('reads a manifest in folders that do not exist yet as empty, shown relative to the workspace', async () => {
    const manifest = path.join(workspace, 'not', 'yet', 'vod.json')
    const sync = await loadSync({ manifest, workspace })
    expect(sync).toEqual({ file: manifest, shownAs: 'not/yet/vod.json', loaded: { manifest: { version: 1, images: {} } } })
  })

  it('refuses a manifest below a missing folder inside a folder that links outside the workspace', async () => {
    const outside = await fs.mkdtemp(path.join(os.tmpdir(), 'vod-outside-'))
    try {
      await fs.symlink(outside, path.join(workspace, 'linked'))
      const refusal = await loadSync({ manifest: path.join(workspace, 'linked', 'missing', 'vod.json'), workspace }).catch(
        (error: unknown) => error
      )
      expect(refusal).toBeInstanceOf(InputError)
      expect((refusal as InputError).problems).toEqual([
        {
          input: 'manifest',
          message: 'linked/missing/vod.json lies in a folder that is a link to outside the workspace; the manifest was not read'
        }
      ])
    } finally {
      await fs.rm(outside, { recursive: true, force: true })
    }
  })
})

describe('refuseOutsideFiles', () => {
  it('names each file outside the workspace, and only those', () => {
    const outside = fileAt('../x.png', path.join(path.dirname(workspace), 'x.png'))
    const refusal = (() => {
      try {
        refuseOutsideFiles([fileAt('a.png'), outside], syncOf({}), workspace)
      } catch (error) {
        return error
      }
    })()
    expect(refusal).toBeInstanceOf(InputError)
    expect((refusal as InputError).problems).toEqual([
      {
        file: '../x.png',
        message:
          'is outside the workspace; the manifest vod.json records only files inside it (copy the file into the workspace, or run without a manifest)'
      }
    ])
    expect((refusal as InputError).message).toMatch(
      /^Files outside the workspace cannot be used with a manifest; nothing was uploaded \(1 problem\)/
    )
  })

  it('lets files inside the workspace through', () => {
    expect(() => refuseOutsideFiles([fileAt('a.png'), fileAt('sub/b.png')], syncOf({}), workspace)).not.toThrow()
  })
})

describe('digestAll', () => {
  it('digests every file, keyed by its path in the order given', async () => {
    await fs.writeFile(path.join(workspace, 'b.png'), 'bbb')
    await fs.writeFile(path.join(workspace, 'a.png'), 'aaa')
    const digests = await digestAll([fileAt('b.png'), fileAt('a.png')], THRESHOLD)
    expect([...digests.keys()]).toEqual(['b.png', 'a.png'])
    expect(digests.get('a.png')?.bytes).toBe(3)
    expect(digests.get('a.png')?.sha256Hex).not.toBe(digests.get('b.png')?.sha256Hex)
  })

  it('refuses the run, naming every file it could not read', async () => {
    await fs.writeFile(path.join(workspace, 'a.png'), 'aaa')
    const refusal = await digestAll([fileAt('a.png'), fileAt('gone.png'), fileAt('also-gone.png')], THRESHOLD).catch(
      (error: unknown) => error
    )
    expect(refusal).toBeInstanceOf(InputError)
    expect((refusal as InputError).problems.map(problem => problem.file)).toEqual(['gone.png', 'also-gone.png'])
    expect((refusal as InputError).message).toMatch(/^Some matched files cannot be uploaded; nothing was uploaded \(2 problems\)/)
  })
})

describe('findStale', () => {
  it('lists, in path order, the entries whose path no longer exists, and no other', async () => {
    await fs.writeFile(path.join(workspace, 'here.png'), 'x')
    await fs.symlink(path.join(workspace, 'nowhere'), path.join(workspace, 'dangling.png'))
    const sync = syncOf({
      'z.png': { ...MANIFEST_ENTRY, imageId: id(1) },
      'here.png': MANIFEST_ENTRY,
      'dangling.png': MANIFEST_ENTRY,
      'here.png/under-a-file.png': MANIFEST_ENTRY,
      'b.png': { ...MANIFEST_ENTRY, imageId: id(2) }
    })
    expect(await findStale(sync, workspace)).toEqual([
      { path: 'b.png', imageId: id(2) },
      { path: 'z.png', imageId: id(1) }
    ])
  })
})

describe('judgeStale', () => {
  const ownership = { repositoryId: REPOSITORY_ID, adopted: new Set<string>() }

  it('keeps every stale entry of a manifest of several when all of them are stale', () => {
    const stale = [
      { path: 'a.png', imageId: id(1) },
      { path: 'b.png', imageId: id(2) }
    ]
    const manifest = manifestOf({ 'a.png': { ...MANIFEST_ENTRY, imageId: id(1) }, 'b.png': { ...MANIFEST_ENTRY, imageId: id(2) } })
    expect(judgeStale(stale, manifest, { deleteRemoved: true, ownership }).map(entry => entry.outcome)).toEqual([
      { kind: 'kept', reason: 'all-entries-stale' },
      { kind: 'kept', reason: 'all-entries-stale' }
    ])
  })

  it('would delete the only entry of a manifest of one', () => {
    const manifest = manifestOf({ 'a.png': { ...MANIFEST_ENTRY, imageId: id(1) } })
    expect(judgeStale([{ path: 'a.png', imageId: id(1) }], manifest, { deleteRemoved: true, ownership })).toEqual([
      { path: 'a.png', imageId: id(1), outcome: { kind: 'would-delete' } }
    ])
  })

  it('an ImageId that only other stale entries name is not shared', () => {
    const manifest = manifestOf({
      'a.png': { ...MANIFEST_ENTRY, imageId: id(1) },
      'a-copy.png': { ...MANIFEST_ENTRY, imageId: id(1) },
      'b.png': { ...MANIFEST_ENTRY, imageId: id(2) }
    })
    const stale = [
      { path: 'a-copy.png', imageId: id(1) },
      { path: 'a.png', imageId: id(1) }
    ]
    expect(judgeStale(stale, manifest, { deleteRemoved: true, ownership }).map(entry => entry.outcome)).toEqual([
      { kind: 'would-delete' },
      { kind: 'would-delete' }
    ])
  })

  it('an ImageId an entry that stays names is kept as shared, before ownership is asked', () => {
    const manifest = manifestOf({ 'a.png': { ...MANIFEST_ENTRY, imageId: id(1) }, 'b.png': { ...MANIFEST_ENTRY, imageId: id(1) } })
    const judged = judgeStale([{ path: 'a.png', imageId: id(1) }], manifest, {
      deleteRemoved: true,
      ownership: { repositoryId: undefined, adopted: new Set() }
    })
    expect(judged[0].outcome).toEqual({ kind: 'kept', reason: 'shared-image-id' })
  })

  it('without the repository id, an adopted ImageId would still be deleted', () => {
    const manifest = manifestOf({ 'a.png': { ...MANIFEST_ENTRY, imageId: id(1) }, 'b.png': { ...MANIFEST_ENTRY, imageId: id(2) } })
    const judged = judgeStale([{ path: 'a.png', imageId: id(1) }], manifest, {
      deleteRemoved: true,
      ownership: { repositoryId: undefined, adopted: new Set([id(1)]) }
    })
    expect(judged[0].outcome).toEqual({ kind: 'would-delete' })
  })
})

describe('keptAllAtOnce', () => {
  it.each<[StaleOutcome, boolean]>([
    [{ kind: 'kept', reason: 'delete-removed-off' }, true],
    [{ kind: 'kept', reason: 'all-entries-stale' }, true],
    [{ kind: 'kept', reason: 'cancelled' }, true],
    [{ kind: 'kept', reason: 'untrusted-entry' }, false],
    [{ kind: 'kept', reason: 'shared-image-id' }, false],
    [{ kind: 'kept', reason: 'no-repository-id' }, false],
    [{ kind: 'kept', reason: 'not-ours' }, false],
    [{ kind: 'deleted' }, false],
    [{ kind: 'would-delete' }, false]
  ])('%j: %s', (outcome, atOnce) => {
    expect(keptAllAtOnce({ path: 'a.png', imageId: id(1), outcome })).toBe(atOnce)
  })
})

describe('removeStale', () => {
  function recorder() {
    const told: Array<StaleEntry | number> = []
    return { told, events: { allStale: (entries: number) => void told.push(entries), stale: (entry: StaleEntry) => void told.push(entry) } }
  }

  it('with no stale entry: no request, nothing told', async () => {
    const vod = fakeVod()
    const { told, events } = recorder()
    expect(await removeStale([], manifestOf({ 'a.png': MANIFEST_ENTRY }), vod, events)).toEqual([])
    expect([vod.lookups, told]).toEqual([[], []])
  })

  it('every entry of several stale: tells it once, with their number, and asks VOD nothing', async () => {
    const vod = fakeVod({ images: { [id(1)]: [MARK], [id(2)]: [MARK] } })
    const { told, events } = recorder()
    const stale: GoneEntry[] = [
      { path: 'a.png', imageId: id(1) },
      { path: 'b.png', imageId: id(2) }
    ]
    const manifest = manifestOf({ 'a.png': { ...MANIFEST_ENTRY, imageId: id(1) }, 'b.png': { ...MANIFEST_ENTRY, imageId: id(2) } })
    const removed = await removeStale(stale, manifest, vod, events)
    expect(told).toEqual([2])
    expect(removed.map(entry => entry.outcome)).toEqual([
      { kind: 'kept', reason: 'all-entries-stale' },
      { kind: 'kept', reason: 'all-entries-stale' }
    ])
    expect([vod.lookups, vod.deletions]).toEqual([[], []])
  })

  it('tells the kept entries first, then those tried; returns all in path order', async () => {
    const vod = fakeVod({ images: { [id(2)]: [MARK] } })
    const { told, events } = recorder()
    const manifest = manifestOf({
      'a.png': { ...MANIFEST_ENTRY, imageId: id(1), uploadedAt: 'not a date' },
      'b.png': { ...MANIFEST_ENTRY, imageId: id(2) },
      'c.png': { ...MANIFEST_ENTRY, imageId: id(3) }
    })
    const stale: GoneEntry[] = [
      { path: 'a.png', imageId: id(1) },
      { path: 'b.png', imageId: id(2) }
    ]
    const removed = await removeStale(stale, manifest, vod, events)
    const kept = { path: 'a.png', imageId: id(1), outcome: { kind: 'kept', reason: 'untrusted-entry' } }
    const deleted = { path: 'b.png', imageId: id(2), outcome: { kind: 'deleted' } }
    expect(told).toEqual([kept, deleted])
    expect(removed).toEqual([kept, deleted])
    expect(vod.deletions).toEqual([[id(2)]])
  })
})
