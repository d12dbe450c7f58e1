/** delete-replaced: each old image gets one outcome, and that outcome is what the log line and the manifest's `replaced` field say. */
import { describe, expect, it } from '@jest/globals'
import { ServiceError } from '../../src/shared/errors.js'
import { imageMap, type Manifest, type ManifestEntry } from '../../src/manifest/manifest-file.js'
import {
  deleteReplaced,
  findReplaced,
  withOrphanedReplacements,
  type Replacement,
  type ReplacedOutcome
} from '../../src/manifest/replaced.js'
import { nextManifest } from '../../src/manifest/next-manifest.js'
import { describeReplaced } from '../../src/report/messages.js'
import type { FileResult } from '../../src/upload/results.js'
import { fakeVod, MARK } from '../helpers/fake-vod.js'

const ENTRY: ManifestEntry = {
  sha256: 'a'.repeat(64),
  bytes: 10,
  format: 'png',
  imageId: 'img-old',
  imageUrl: 'https://img.example/a.png',
  fileUrl: 'https://oss.example/a.png',
  title: 'a',
  tags: [],
  uploadedAt: '2026-11-24T10:00:00.000Z'
}

const UPLOADED: FileResult = {
  file: { absolutePath: '/workspace/a.png', relativePath: 'a.png', bytes: 12, format: 'png' },
  status: 'uploaded',
  title: 'a',
  tags: [],
  sha256: 'b'.repeat(64),
  imageId: 'img-new',
  imageUrl: 'https://img.example/a2.png',
  fileUrl: 'https://oss.example/a2.png',
  orphanedImageIds: [],
  unansweredCreates: 0,
  throttledCalls: 0
}

const HEAD = 'a.png: changed; uploaded as ImageId img-new'
const forbidden = (): Promise<void> =>
  Promise.reject(
    new ServiceError({ service: 'vod', api: 'DeleteImage', code: 'Forbidden.RAM', detail: 'no permission', kind: 'permanent' })
  )

interface Case {
  name: string
  images: Record<string, ManifestEntry>
  deleteImages: (ids: readonly string[]) => Promise<void>
  outcome: ReplacedOutcome['kind']
  line: string
  field: ManifestEntry['replaced']
  orphaned: string[]
}

describe('each outcome of a replaced image', () => {
  it.each<Case>([
    {
      name: 'deleted',
      images: { 'a.png': ENTRY },
      deleteImages: async () => undefined,
      outcome: 'deleted',
      line: `${HEAD}, deleted the previous ImageId img-old from VOD`,
      field: { imageId: 'img-old', deleted: true },
      orphaned: []
    },
    {
      name: 'failed',
      images: { 'a.png': ENTRY },
      deleteImages: forbidden,
      outcome: 'failed',
      line: `${HEAD}; deleting the previous ImageId img-old failed (Forbidden.RAM): it is orphaned, delete it by hand`,
      field: { imageId: 'img-old', deleted: false },
      orphaned: ['img-old']
    },
    {
      name: 'kept: the entry is not one this action wrote',
      images: { 'a.png': { ...ENTRY, uploadedAt: 'not a date' } },
      deleteImages: forbidden,
      outcome: 'kept',
      line: `${HEAD}; the previous ImageId img-old stays in VOD: the entry is not one this action wrote after an upload`,
      field: { imageId: 'img-old', deleted: false },
      orphaned: []
    },
    {
      name: 'kept: another entry names the same ImageId',
      images: { 'a.png': ENTRY, 'b.png': ENTRY },
      deleteImages: forbidden,
      outcome: 'kept',
      line: `${HEAD}; the previous ImageId img-old stays in VOD: another entry of the manifest has the same ImageId`,
      field: undefined,
      orphaned: []
    }
  ])('$name', async ({ images, deleteImages, outcome, line, field, orphaned }) => {
    const manifest: Manifest = { version: 1, images: imageMap(images) }
    const told: Replacement[] = []

    const vod = fakeVod({ images: { 'img-old': [MARK] }, deleteImages })
    const replaced = await deleteReplaced(findReplaced([UPLOADED], manifest), manifest, vod, entry => void told.push(entry))

    expect(replaced.map(entry => entry.outcome.kind)).toEqual([outcome])
    expect(describeReplaced(replaced[0])).toBe(line)
    expect(told).toEqual(replaced)
    expect(nextManifest(manifest, [UPLOADED], [], 0, replaced).images['a.png'].replaced).toEqual(field)
    expect(withOrphanedReplacements([UPLOADED], replaced)[0].orphanedImageIds).toEqual(orphaned)
  })

  it('delete-replaced off: no outcome, no line, and the manifest entry has no replaced field', () => {
    const manifest: Manifest = { version: 1, images: imageMap({ 'a.png': ENTRY }) }
    const entry = nextManifest(manifest, [UPLOADED], [], 0).images['a.png']
    expect(entry.imageId).toBe('img-new')
    expect('replaced' in entry).toBe(false)
  })
})
