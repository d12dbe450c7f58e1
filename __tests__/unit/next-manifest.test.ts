/**
 * The manifest written back after a run (next-manifest.ts): which results are recorded and how, which
 * stale entries leave it, what an entry keeps of the ImageId it replaced, and when the file is written.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { imageMap, serializeManifest, type Manifest, type ManifestEntry } from '../../src/manifest/manifest-file.js'
import { nextManifest, saveManifest } from '../../src/manifest/next-manifest.js'
import type { StaleOutcome } from '../../src/manifest/stale.js'
import type { SyncState } from '../../src/manifest/sync-state.js'
import type { FileResult } from '../../src/upload/results.js'
import { toFileFailure } from '../../src/shared/errors.js'
import { MANIFEST_ENTRY } from '../helpers/manifest-entry.js'

const NOW = Date.parse('2026-12-01T12:00:00.000Z')
const OLD_ID = '0'.repeat(31) + '1'
const NEW_ID = '0'.repeat(31) + '2'

const manifestOf = (entries: Record<string, ManifestEntry>, version = 1): Manifest => ({ version, images: imageMap(entries) })

function result(relativePath: string, fields: Partial<FileResult>): FileResult {
  return {
    file: { absolutePath: `/w/${relativePath}`, relativePath, bytes: 7, format: 'webp' },
    status: 'uploaded',
    title: 'new title',
    tags: ['t1', 't2'],
    orphanedImageIds: [],
    unansweredCreates: 0,
    throttledCalls: 0,
    ...fields
  }
}

const UPLOADED = result('a.webp', {
  sha256: 'c'.repeat(64),
  imageId: NEW_ID,
  imageUrl: 'https://img.example/new.webp',
  fileUrl: 'https://oss.example/new.webp'
})

describe('nextManifest: results', () => {
  it('records an upload with every field of its result and the time given', () => {
    const next = nextManifest(manifestOf({ 'a.webp': { ...MANIFEST_ENTRY, imageId: OLD_ID } }), [UPLOADED], [], NOW)
    expect(next.images['a.webp']).toEqual({
      sha256: 'c'.repeat(64),
      bytes: 7,
      format: 'webp',
      imageId: NEW_ID,
      imageUrl: 'https://img.example/new.webp',
      fileUrl: 'https://oss.example/new.webp',
      title: 'new title',
      tags: ['t1', 't2'],
      uploadedAt: '2026-12-01T12:00:00.000Z'
    })
  })

  it('records an upload whose result lacks the digest, ImageId or URLs with empty strings', () => {
    const next = nextManifest(manifestOf({}), [result('a.webp', {})], [], NOW)
    expect(next.images['a.webp']).toMatchObject({ sha256: '', imageId: '', imageUrl: '', fileUrl: '' })
  })

  it.each<FileResult['status']>(['failed', 'planned', 'skipped'])('leaves the entry of a %s file as it was', status => {
    const previous = manifestOf({ 'a.webp': MANIFEST_ENTRY })
    const next = nextManifest(previous, [{ ...UPLOADED, status }], [], NOW)
    expect(next.images['a.webp']).toEqual(MANIFEST_ENTRY)
  })

  it('keeps the version and every other entry, and does not change the manifest it was given', () => {
    const previous = manifestOf({ 'b.png': MANIFEST_ENTRY }, 1)
    const next = nextManifest(previous, [UPLOADED], [], NOW)
    expect(next.version).toBe(1)
    expect(Object.keys(next.images).sort()).toEqual(['a.webp', 'b.png'])
    expect(next.images['b.png']).toEqual(MANIFEST_ENTRY)
    expect(Object.keys(previous.images)).toEqual(['b.png'])
  })
})

describe('nextManifest: another path to the same file (sameAs)', () => {
  const withReplaced: ManifestEntry = { ...MANIFEST_ENTRY, replaced: { imageId: OLD_ID, deleted: true } }

  it('records the image of the path it is the same as, without what that path replaced', () => {
    const next = nextManifest(manifestOf({ 'a.png': withReplaced }), [result('copy.png', { status: 'skipped', sameAs: 'a.png' })], [], NOW)
    expect(next.images['copy.png']).toEqual(MANIFEST_ENTRY)
    expect(next.images['a.png']).toEqual(withReplaced)
  })

  it('uses the entry the same run just recorded for that path', () => {
    const next = nextManifest(manifestOf({}), [UPLOADED, result('copy.webp', { status: 'skipped', sameAs: 'a.webp' })], [], NOW)
    expect(next.images['copy.webp']).toEqual(next.images['a.webp'])
  })

  it('adds what delete-replaced did with the ImageId this path itself replaced', () => {
    const replaced = [{ path: 'copy.png', imageId: OLD_ID, outcome: { kind: 'deleted' as const } }]
    const next = nextManifest(
      manifestOf({ 'a.png': MANIFEST_ENTRY }),
      [result('copy.png', { status: 'skipped', sameAs: 'a.png' })],
      [],
      NOW,
      replaced
    )
    expect(next.images['copy.png']).toEqual({ ...MANIFEST_ENTRY, replaced: { imageId: OLD_ID, deleted: true } })
  })

  it.each<[string, Partial<FileResult>]>([
    ['without sameAs', { status: 'skipped' }],
    ['whose other path has no entry', { status: 'skipped', sameAs: 'missing.png' }],
    ['that is not skipped', { status: 'planned', sameAs: 'a.png' }]
  ])('records nothing for a result %s', (_name, fields) => {
    const next = nextManifest(manifestOf({ 'a.png': MANIFEST_ENTRY }), [result('copy.png', fields)], [], NOW)
    expect(Object.keys(next.images)).toEqual(['a.png'])
  })
})

describe('nextManifest: stale entries', () => {
  it.each<[string, StaleOutcome, boolean]>([
    ['deleted', { kind: 'deleted' }, true],
    ['gone from VOD', { kind: 'gone' }, true],
    ['kept: another entry names its ImageId', { kind: 'kept', reason: 'shared-image-id' }, true],
    ['kept: untrusted', { kind: 'kept', reason: 'untrusted-entry' }, false],
    ['kept: not ours', { kind: 'kept', reason: 'not-ours' }, false],
    ['kept: delete-removed off', { kind: 'kept', reason: 'delete-removed-off' }, false],
    ['failed', { kind: 'failed', error: toFileFailure('delete', new Error('x')) }, false],
    ['would be deleted (dry run)', { kind: 'would-delete' }, false]
  ])('a stale entry %s: dropped or kept as its outcome says', (_name, outcome, dropped) => {
    const next = nextManifest(
      manifestOf({ 'gone.png': MANIFEST_ENTRY, 'b.png': MANIFEST_ENTRY }),
      [],
      [{ path: 'gone.png', imageId: OLD_ID, outcome }],
      NOW
    )
    expect(Object.keys(next.images).sort()).toEqual(dropped ? ['b.png'] : ['b.png', 'gone.png'])
  })
})

describe('nextManifest: the ImageId an upload replaced', () => {
  it.each<[string, NonNullable<Parameters<typeof nextManifest>[4]>[number]['outcome'], ManifestEntry['replaced']]>([
    ['deleted', { kind: 'deleted' }, { imageId: OLD_ID, deleted: true }],
    ['a failed deletion', { kind: 'failed', error: toFileFailure('delete', new Error('x')) }, { imageId: OLD_ID, deleted: false }],
    ['kept as not ours', { kind: 'kept', reason: 'not-ours' }, { imageId: OLD_ID, deleted: false }],
    ['kept after a cancel', { kind: 'kept', reason: 'cancelled' }, { imageId: OLD_ID, deleted: false }],
    ['gone from VOD', { kind: 'gone' }, undefined],
    ['named by another entry', { kind: 'kept', reason: 'shared-image-id' }, undefined]
  ])('%s: the entry records it as its outcome says', (_name, outcome, field) => {
    const next = nextManifest(manifestOf({}), [UPLOADED], [], NOW, [{ path: 'a.webp', imageId: OLD_ID, outcome }])
    expect(next.images['a.webp'].replaced).toEqual(field)
    expect('replaced' in next.images['a.webp']).toBe(field !== undefined)
  })

  it('a record for another path changes nothing', () => {
    const next = nextManifest(manifestOf({}), [UPLOADED], [], NOW, [{ path: 'other.webp', imageId: OLD_ID, outcome: { kind: 'deleted' } }])
    expect('replaced' in next.images['a.webp']).toBe(false)
  })
})

describe('saveManifest', () => {
  let folder: string
  beforeEach(async () => {
    folder = await fs.mkdtemp(path.join(os.tmpdir(), 'vod-next-manifest-'))
  })
  afterEach(async () => {
    await fs.rm(folder, { recursive: true, force: true })
  })

  const syncAt = (file: string, text?: string): SyncState => ({ file, shownAs: 'm/vod.json', loaded: { manifest: manifestOf({}), text } })

  it('does not write a manifest whose text is what was read', async () => {
    const manifest = manifestOf({ 'a.png': MANIFEST_ENTRY })
    const file = path.join(folder, 'vod.json')
    expect(await saveManifest(syncAt(file, serializeManifest(manifest)), manifest)).toEqual({ changed: false })
    await expect(fs.access(file)).rejects.toThrow()
  })

  it('writes a changed manifest as serialized', async () => {
    const manifest = manifestOf({ 'a.png': MANIFEST_ENTRY })
    const file = path.join(folder, 'vod.json')
    expect(await saveManifest(syncAt(file, '{}\n'), manifest)).toEqual({ changed: true })
    expect(await fs.readFile(file, 'utf8')).toBe(serializeManifest(manifest))
  })

  it('returns the error code of a write that failed, with the manifest as shown', async () => {
    const file = path.join(folder, 'vod.json')
    await fs.mkdir(file)
    expect(await saveManifest(syncAt(file), manifestOf({}))).toEqual({
      changed: false,
      failure: { manifest: 'm/vod.json', reason: 'EISDIR' }
    })
  })
})
