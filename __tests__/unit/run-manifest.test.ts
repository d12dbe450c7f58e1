/**
 * The manifest as one run uses it (run-manifest.ts): each step with and without a manifest, against a
 * fake VOD and a workspace in a temporary folder.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { InputError } from '../../src/shared/errors.js'
import type { ImageFile } from '../../src/files/find.js'
import type { UploadTask } from '../../src/plan/plan.js'
import type { FileResult } from '../../src/upload/results.js'
import { imageMap, parseManifest, serializeManifest, type ManifestEntry } from '../../src/manifest/manifest-file.js'
import { openManifest, type DeletionEvents, type Replacement, type StaleEntry } from '../../src/manifest/run-manifest.js'
import { fakeVod, MARK, REPOSITORY_ID } from '../helpers/fake-vod.js'
import { MANIFEST_ENTRY } from '../helpers/manifest-entry.js'

const id = (n: number): string => n.toString(16).padStart(32, '0')
const KEPT_ID = id(1)
const STALE_ID = id(2)
const NEW_ID = id(3)
const NOW = Date.parse('2026-12-01T00:00:00.000Z')
const THRESHOLD = 10 * 1024 * 1024

let workspace: string

beforeEach(async () => {
  workspace = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'vod-run-manifest-')))
})

afterEach(async () => {
  await fs.rm(workspace, { recursive: true, force: true })
})

interface Setup {
  deleteRemoved?: boolean
  deleteReplaced?: boolean
  /** The manifest's entries; undefined: no manifest file yet. */
  entries?: Record<string, ManifestEntry>
}

/** a.png exists in the workspace, b.png (the stale entry's file) does not. */
async function open(setup: Setup = {}) {
  await fs.writeFile(path.join(workspace, 'a.png'), 'png bytes')
  const manifest = path.join(workspace, 'vod.json')
  if (setup.entries) await fs.writeFile(manifest, serializeManifest({ version: 1, images: imageMap(setup.entries) }))
  const run = await openManifest({
    manifest,
    workspace,
    deleteRemoved: setup.deleteRemoved ?? false,
    deleteReplaced: setup.deleteReplaced ?? false,
    repositoryId: REPOSITORY_ID,
    multipartThreshold: THRESHOLD
  })
  return { run, manifest }
}

const ENTRIES = { 'a.png': { ...MANIFEST_ENTRY, imageId: KEPT_ID }, 'b.png': { ...MANIFEST_ENTRY, imageId: STALE_ID } }

const fileA = (): ImageFile => ({ absolutePath: path.join(workspace, 'a.png'), relativePath: 'a.png', bytes: 9, format: 'png' })

/** a.png uploaded again, under a new ImageId. */
const uploadedA = (): FileResult => ({
  file: fileA(),
  status: 'uploaded',
  title: 'a',
  tags: [],
  sha256: 'b'.repeat(64),
  imageId: NEW_ID,
  imageUrl: 'https://img.example/a2.png',
  fileUrl: 'https://oss.example/a2.png',
  orphanedImageIds: [],
  unansweredCreates: 0,
  throttledCalls: 0
})

/** Records what the deletions tell, in order. */
function listener(): { events: DeletionEvents; told: Array<StaleEntry | Replacement | number> } {
  const told: Array<StaleEntry | Replacement | number> = []
  return {
    told,
    events: {
      allStale: entries => void told.push(entries),
      stale: entry => void told.push(entry),
      replaced: entry => void told.push(entry)
    }
  }
}

function deletionWith(vod: ReturnType<typeof fakeVod>, options: { cancelled?: boolean } = {}) {
  const controller = new AbortController()
  if (options.cancelled) controller.abort()
  const { events, told } = listener()
  return {
    told,
    deletion: {
      deleteImages: (ids: readonly string[]) => vod.deleteImages(ids),
      getImageInfos: (ids: readonly string[]) => vod.getImageInfos(ids),
      signal: controller.signal,
      events
    }
  }
}

describe('without a manifest input', () => {
  it('every step is a no-op', async () => {
    const run = await openManifest({ workspace, deleteRemoved: false, deleteReplaced: false, multipartThreshold: THRESHOLD })
    const vod = fakeVod()
    const { deletion, told } = deletionWith(vod)
    const results = [uploadedA()]

    expect(run.exclude).toEqual([])
    expect(await run.previousUploads([fileA()])).toBeUndefined()
    expect(await run.findStale()).toEqual([])
    expect(run.previewStale([{ path: 'b.png', imageId: STALE_ID }])).toEqual([])
    expect(run.previewReplaced([{ file: fileA(), replaces: KEPT_ID } as UploadTask])).toEqual([])
    const deleted = await run.deleteOld(results, [], deletion)
    expect(deleted).toEqual({ results, removed: [], replaced: [] })
    expect(deleted.results).not.toBe(results)
    expect(await run.save({ results, removed: [], replaced: [], now: NOW })).toEqual({ changed: false })
    expect([vod.lookups, vod.deletions, told]).toEqual([[], [], []])
  })
})

describe('with a manifest', () => {
  it('leaves the manifest file itself out of discovery', async () => {
    const { run, manifest } = await open()
    expect(run.exclude).toEqual([manifest])
  })

  it('gives the plan the entries and every file hashed', async () => {
    const { run } = await open({ entries: ENTRIES })
    const previous = await run.previousUploads([fileA()])
    expect(Object.keys(previous?.byPath ?? {})).toEqual(['a.png', 'b.png'])
    expect([...(previous?.digests.keys() ?? [])]).toEqual(['a.png'])
    expect(previous?.digests.get('a.png')).toMatchObject({
      bytes: 9,
      sha256Hex: createHash('sha256').update('png bytes').digest('hex')
    })
  })

  it('refuses files outside the workspace, naming the manifest', async () => {
    const { run } = await open()
    const outside: ImageFile = {
      absolutePath: path.join(path.dirname(workspace), 'x.png'),
      relativePath: '../x.png',
      bytes: 1,
      format: 'png'
    }
    const refusal = await run.previousUploads([fileA(), outside]).catch((error: unknown) => error)
    expect(refusal).toBeInstanceOf(InputError)
    expect((refusal as InputError).message).toContain('the manifest vod.json records only files inside it')
  })

  it('finds the entries whose file is gone', async () => {
    const { run } = await open({ entries: ENTRIES })
    expect(await run.findStale()).toEqual([{ path: 'b.png', imageId: STALE_ID }])
  })

  it.each([
    [false, { kind: 'kept', reason: 'delete-removed-off' }],
    [true, { kind: 'would-delete' }]
  ])('previews the stale entries with delete-removed %s', async (deleteRemoved, outcome) => {
    const { run } = await open({ entries: ENTRIES, deleteRemoved })
    expect(run.previewStale(await run.findStale())).toEqual([{ path: 'b.png', imageId: STALE_ID, outcome }])
  })

  it.each([
    [false, []],
    [true, [{ path: 'a.png', imageId: KEPT_ID, outcome: { kind: 'would-delete' } }]]
  ])('previews the replaced ImageIds with delete-replaced %s', async (deleteReplaced, planned) => {
    const { run } = await open({ entries: ENTRIES, deleteReplaced })
    expect(run.previewReplaced([{ file: fileA(), replaces: KEPT_ID } as UploadTask])).toEqual(planned)
  })
})

describe('deleteOld', () => {
  const vodHolding = () => fakeVod({ images: { [KEPT_ID]: [MARK], [STALE_ID]: [MARK] } })

  it('deletes the replaced image, then the stale one, telling each as it settles', async () => {
    const { run } = await open({ entries: ENTRIES, deleteRemoved: true, deleteReplaced: true })
    const vod = vodHolding()
    const { deletion, told } = deletionWith(vod)
    const deleted = await run.deleteOld([uploadedA()], await run.findStale(), deletion)

    expect(vod.deletions).toEqual([[KEPT_ID], [STALE_ID]])
    expect(deleted.replaced).toEqual([{ path: 'a.png', imageId: KEPT_ID, newImageId: NEW_ID, outcome: { kind: 'deleted' } }])
    expect(deleted.removed).toEqual([{ path: 'b.png', imageId: STALE_ID, outcome: { kind: 'deleted' } }])
    expect(told).toEqual([...deleted.replaced, ...deleted.removed])
    expect(deleted.results[0].orphanedImageIds).toEqual([])
  })

  it('with neither deletion asked for: no request, every old image kept for that reason', async () => {
    const { run } = await open({ entries: ENTRIES })
    const vod = vodHolding()
    const { deletion, told } = deletionWith(vod)
    const deleted = await run.deleteOld([uploadedA()], await run.findStale(), deletion)

    expect([vod.lookups, vod.deletions, told]).toEqual([[], [], []])
    expect(deleted.replaced.map(entry => entry.outcome)).toEqual([{ kind: 'kept', reason: 'delete-replaced-off' }])
    expect(deleted.removed.map(entry => entry.outcome)).toEqual([{ kind: 'kept', reason: 'delete-removed-off' }])
  })

  it('after a cancel: no request; the replaced image is orphaned and told, the stale entry kept as cancelled', async () => {
    const { run } = await open({ entries: ENTRIES, deleteRemoved: true, deleteReplaced: true })
    const vod = vodHolding()
    const { deletion, told } = deletionWith(vod, { cancelled: true })
    const deleted = await run.deleteOld([uploadedA()], await run.findStale(), deletion)

    expect([vod.lookups, vod.deletions]).toEqual([[], []])
    expect(deleted.replaced.map(entry => entry.outcome)).toEqual([{ kind: 'kept', reason: 'cancelled' }])
    expect(deleted.removed.map(entry => entry.outcome)).toEqual([{ kind: 'kept', reason: 'cancelled' }])
    expect(told).toEqual(deleted.replaced)
    expect(deleted.results[0].orphanedImageIds).toEqual([KEPT_ID])
  })
})

describe('save', () => {
  it('writes the uploads and drops the deleted entries; the same content again is not written', async () => {
    const { run, manifest } = await open({ entries: ENTRIES, deleteRemoved: true })
    const removed: StaleEntry[] = [{ path: 'b.png', imageId: STALE_ID, outcome: { kind: 'deleted' } }]
    expect(await run.save({ results: [uploadedA()], removed, replaced: [], now: NOW })).toEqual({ changed: true })

    const written = parseManifest(await fs.readFile(manifest, 'utf8'), 'vod.json')
    expect(Object.keys(written.images)).toEqual(['a.png'])
    expect(written.images['a.png']).toMatchObject({ imageId: NEW_ID, uploadedAt: new Date(NOW).toISOString() })

    const reopened = (await open()).run
    expect(await reopened.save({ results: [uploadedA()], removed: [], replaced: [], now: NOW })).toEqual({ changed: false })
  })

  it('says why the manifest could not be written, without throwing', async () => {
    const { run, manifest } = await open({ entries: ENTRIES })
    await fs.rm(manifest)
    await fs.mkdir(manifest)
    const write = await run.save({ results: [uploadedA()], removed: [], replaced: [], now: NOW })
    expect(write.changed).toBe(false)
    expect(write.failure?.manifest).toBe('vod.json')
    expect(write.failure?.reason).toMatch(/^E[A-Z]+$/)
  })
})

describe('opening', () => {
  it('refuses a manifest in a folder that links outside the workspace', async () => {
    const outside = await fs.mkdtemp(path.join(os.tmpdir(), 'vod-outside-'))
    try {
      await fs.symlink(outside, path.join(workspace, 'linked'))
      const opening = openManifest({
        manifest: path.join(workspace, 'linked', 'vod.json'),
        workspace,
        deleteRemoved: false,
        deleteReplaced: false,
        multipartThreshold: THRESHOLD
      })
      await expect(opening).rejects.toThrow('linked/vod.json lies in a folder that is a link to outside the workspace')
    } finally {
      await fs.rm(outside, { recursive: true, force: true })
    }
  })
})
