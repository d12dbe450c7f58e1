/**
 * VOD's status of each new image and its preview URL, from GetImageInfos during the run: signed
 * previews that load where ImageURL answers 403, UploadFail failing its file, images still Uploading
 * at the end, and a lookup VOD refuses failing no file.
 */
import { describe, expect, it } from '@jest/globals'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import type { ImageRecord } from '../../emulator/index.js'
import { png } from '../../testkit/images.js'
import { imagesOf, runAgainst, useEmulator, useWorkspace } from '../helpers/action.js'

const FILES = { 'shots/a.png': png(8, 8, 1), 'shots/b.png': png(8, 8, 2) }
const ws = useWorkspace(FILES)
const lookups = (requests: ReadonlyArray<{ action?: string }>): number => requests.filter(r => r.action === 'GetImageInfos').length

describe('with URL signing on', () => {
  // The emulator's clock stands still near the real one (OSS checks the request time), so the signature's expiry is exact.
  const frozen = Math.floor(Date.now() / 1000) * 1000
  const emulator = useEmulator({ urlSigning: { key: 'cdn-key' }, clock: () => frozen })

  it('each new image gets a signed previewUrl that loads (its ImageURL answers 403), in the images output, results file and summary', async () => {
    const result = await runAgainst(emulator(), {
      workspace: ws().dir,
      inputs: { path: 'shots/*.png', summary: 'true', 'preview-expires-in': '120' }
    })
    expect(result.exitCode).toBe(0)
    const images = imagesOf(result)
    expect(images.map(image => image.vodStatus)).toEqual(['Normal', 'Normal'])
    for (const image of images) {
      const preview = new URL(image.previewUrl!)
      expect(`${preview.origin}${preview.pathname}`).toBe(image.imageUrl)
      expect(preview.searchParams.get('auth_key')?.split('-')[0]).toBe(String(frozen / 1000 + 120))
      expect((await fetch(preview)).status).toBe(200)
      expect((await fetch(image.imageUrl!)).status).toBe(403)
      expect(result.summary).toContain(`<img src="${image.previewUrl!.replace(/&/g, '&#38;')}"`)
      expect(result.summary).toContain('VOD: Normal')
    }
    expect(result.results).toEqual(images)
    // The permanent URLs stay unsigned.
    expect(JSON.parse(result.outputs['image-urls'])).toEqual(images.map(image => image.imageUrl))
    expect(result.outputs.markdown).not.toContain('auth_key')
    expect(lookups(emulator().requests)).toBe(1)
  })

  it('unchanged files are not asked about', async () => {
    const inputs = { path: 'shots/*.png', manifest: 'vod-images.json' }
    await runAgainst(emulator(), { workspace: ws().dir, inputs })
    emulator().reset()
    const again = await runAgainst(emulator(), { workspace: ws().dir, inputs })
    expect(imagesOf(again).map(image => [image.status, image.vodStatus, image.previewUrl])).toEqual([
      ['skipped', null, null],
      ['skipped', null, null]
    ])
    expect(lookups(emulator().requests)).toBe(0)
  })
})

describe('an image VOD marks UploadFail', () => {
  let fails: (image: ImageRecord) => boolean = () => false
  const emulator = useEmulator({ uploadFails: image => fails(image) })

  it('fails its file (failed-count, exit code), its ImageId is deleted, and the manifest does not record it', async () => {
    fails = image => image.title === 'b'
    const result = await runAgainst(emulator(), {
      workspace: ws().dir,
      inputs: { path: 'shots/*.png', manifest: 'vod-images.json', summary: 'true' }
    })
    expect(result.exitCode).toBe(1)
    expect(result.outputs['failed-count']).toBe('1')
    const [a, b] = imagesOf(result)
    expect(a).toMatchObject({ status: 'uploaded', vodStatus: 'Normal' })
    expect(b).toMatchObject({ status: 'failed', vodStatus: 'UploadFail', imageId: null, orphanedImageIds: [] })
    expect(b.error).toMatchObject({ stage: 'confirm', code: 'UploadFail' })
    const failedImage = [...emulator().images.values()].find(image => image.title === 'b')!
    expect(failedImage.deleted).toBe(true)
    expect(result.stdout).toContain(`shots/b.png: confirm failed: UploadFail`)
    expect(result.summary).toContain('VOD: UploadFail')
    const manifest = JSON.parse(await fs.readFile(path.join(ws().dir, 'vod-images.json'), 'utf8')) as { images: Record<string, unknown> }
    expect(Object.keys(manifest.images)).toEqual(['shots/a.png'])
  })

  it('whose deletion fails is reported orphaned', async () => {
    fails = image => image.title === 'b'
    emulator().setFaults({ vod: { rate: 1, kinds: ['accessDenied'], actions: ['DeleteImage'] } })
    const result = await runAgainst(emulator(), { workspace: ws().dir, inputs: { path: 'shots/*.png', retries: '0' } })
    expect(result.exitCode).toBe(1)
    const failedImage = [...emulator().images.values()].find(image => image.title === 'b')!
    expect(failedImage.deleted).toBe(false)
    expect(JSON.parse(result.outputs['orphaned-image-ids'])).toEqual([failedImage.imageId])
    expect(imagesOf(result)[1]).toMatchObject({ status: 'failed', orphanedImageIds: [failedImage.imageId] })
  })
})

describe('images still Uploading when the uploads end', () => {
  const emulator = useEmulator({ processingDelayMs: 3_600_000 })

  it('are asked again a bounded number of times, then reported Uploading, not failed', async () => {
    const result = await runAgainst(
      emulator(),
      { workspace: ws().dir, inputs: { path: 'shots/*.png' } },
      { vodStatus: { timing: { finalRecheckMs: 1, finalWaitCapMs: 2 } } }
    )
    expect(result.exitCode).toBe(0)
    expect(imagesOf(result).map(image => [image.status, image.vodStatus])).toEqual([
      ['uploaded', 'Uploading'],
      ['uploaded', 'Uploading']
    ])
    expect(lookups(emulator().requests)).toBe(3)
    expect(result.stdout).toContain('2 new images were still Uploading in VOD when the run ended')
  })
})

describe('a GetImageInfos that VOD refuses (no vod:GetImageInfos permission)', () => {
  const emulator = useEmulator()

  it('fails no file: vodStatus unknown, one warning naming the RAM action, thumbnails from ImageURL', async () => {
    emulator().setFaults({ vod: { rate: 1, kinds: ['accessDenied'], actions: ['GetImageInfos'] } })
    const result = await runAgainst(emulator(), { workspace: ws().dir, inputs: { path: 'shots/*.png', summary: 'true' } })
    expect(result.exitCode).toBe(0)
    const images = imagesOf(result)
    expect(images.map(image => [image.status, image.vodStatus, image.previewUrl])).toEqual([
      ['uploaded', 'unknown', null],
      ['uploaded', 'unknown', null]
    ])
    const warnings = result.stdout.split('\n').filter(line => line.startsWith('::warning::'))
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain('Forbidden.RAM')
    expect(warnings[0]).toContain('vod:GetImageInfos')
    for (const image of images) expect(result.summary).toContain(`<img src="${image.imageUrl}"`)
  })
})
