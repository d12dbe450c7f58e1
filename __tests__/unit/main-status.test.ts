/** run() against the fake port: VOD's status of the new images, looked up while the uploads go on. */
import { describe, expect, it } from '@jest/globals'
import { png } from '../../testkit/images.js'
import { useWorkspace } from '../helpers/action.js'
import { failures } from '../helpers/fake-upload.js'
import { fakePort, KEY_SECRET, logLines, fakeRunner } from '../helpers/fake-run.js'
import { summaryText } from '../../testkit/local-runner.js'
import { run } from '../../src/main.js'
import type { ImageInfos, ImageInfosOptions } from '../../src/services/port.js'
import { ServiceError } from '../../src/shared/errors.js'

const ws = useWorkspace()
const runWithFake = fakeRunner(run)

/** A GetImageInfos answer: every image asked for has this status. */
const answer =
  (status: string) =>
  async (ids: readonly string[]): Promise<ImageInfos> => ({
    infos: ids.map(imageId => ({
      imageId,
      tags: [],
      title: imageId,
      status,
      url: `https://signed.example/${imageId}.png`,
      appId: 'app-1000000'
    })),
    nonExistImageIds: []
  })

describe("VOD's status of the new images", () => {
  it("is asked with the preview's lifetime and reported in the outputs", async () => {
    await ws().write('shots/a.png', png(8, 8, 1))
    const asked: Array<ImageInfosOptions | undefined> = []
    const normal = answer('Normal')
    const fake = fakePort({ lookup: [async (ids, options) => (asked.push(options), normal(ids))] })
    const run = await runWithFake(ws(), fake, { inputs: { 'preview-expires-in': '3600' } })
    expect(run.exitCode).toBe(0)
    expect(asked).toEqual([{ authTimeoutSeconds: 3600 }])
    const [image] = JSON.parse(run.outputs.images)
    expect(image).toEqual(expect.objectContaining({ vodStatus: 'Normal', previewUrl: 'https://signed.example/image-1.png' }))
    expect(run.stdout).not.toMatch(/GetImageInfos|still Uploading/)
    expect(summaryText(run.summary)).toMatch(/\| ✅ uploaded VOD: Normal$/m)
  })

  it("is asked as the action asks it, with no override: VOD's own clock, no wait when no image is Uploading", async () => {
    await ws().write('shots/a.png', png(8, 8, 1))
    const fake = fakePort({ lookup: [answer('Normal')] })
    const run = await runWithFake(ws(), fake, { overrides: { vodStatus: undefined } })
    expect(run.exitCode).toBe(0)
    expect(fake.lookups).toEqual([['image-1']])
    expect(JSON.parse(run.outputs.images)[0].vodStatus).toBe('Normal')
  })

  it('is not asked when a test turns the lookups off', async () => {
    await ws().write('shots/a.png', png(8, 8, 1))
    const fake = fakePort()
    const run = await runWithFake(ws(), fake, { overrides: { vodStatus: { off: true } } })
    expect(run.exitCode).toBe(0)
    expect(fake.lookups).toEqual([])
    expect(JSON.parse(run.outputs.images)[0].vodStatus).toBeNull()
  })

  it('a lookup that fails is one warning, redacted, and fails no file', async () => {
    await ws().write('shots/a.png', png(8, 8, 1))
    const failed = new ServiceError({
      service: 'vod',
      api: 'GetImageInfos',
      code: 'InvalidParameter',
      status: 400,
      requestId: `REQ-${KEY_SECRET}`,
      detail: 'bad',
      kind: 'permanent'
    })
    const run = await runWithFake(ws(), fakePort({ lookup: [failed] }))
    expect(run.exitCode).toBe(0)
    const warnings = logLines(run).filter(line => line.startsWith('Warning: '))
    expect(warnings).toEqual([
      expect.stringMatching(
        /^Warning: GetImageInfos failed \(InvalidParameter, HTTP 400, request id REQ-\*\*\*\): VOD's status of the new images is unknown/
      )
    ])
    expect(run.visible()).not.toContain(KEY_SECRET)
  })

  it('images still Uploading at the end are noted, and are no failure', async () => {
    await ws().write('shots/a.png', png(8, 8, 1))
    const uploading = answer('Uploading')
    const fake = fakePort({ lookup: Array.from({ length: 50 }, () => uploading) })
    const run = await runWithFake(ws(), fake)
    expect(run.exitCode).toBe(0)
    expect(logLines(run)).toContain(
      '1 new image was still Uploading in VOD when the run ended (vodStatus "Uploading"): VOD had not finished processing it; this is not a failure.'
    )
    expect(fake.lookups.length).toBeGreaterThan(1)
  })

  it('an image VOD marks UploadFail fails its file and is deleted', async () => {
    await ws().write('shots/a.png', png(8, 8, 1))
    const fake = fakePort({ lookup: [answer('UploadFail')] })
    const run = await runWithFake(ws(), fake)
    expect(run.exitCode).toBe(1)
    expect(fake.deletions).toEqual([['image-1']])
    expect(JSON.parse(run.outputs.images)[0]).toEqual(expect.objectContaining({ status: 'failed', vodStatus: 'UploadFail' }))
    expect(logLines(run)).toContain('Error: 1 of 1 image failed:')
  })

  it('throttled lookups are noted after the uploads, for GetImageInfos', async () => {
    await ws().write('shots/a.png', png(8, 8, 1))
    const run = await runWithFake(ws(), fakePort({ lookup: [failures.throttled(10, 'GetImageInfos')] }))
    expect(run.exitCode).toBe(0)
    expect(logLines(run)).toContainEqual(expect.stringMatching(/^VOD throttled 1 of 2 GetImageInfos calls \(50\.0%\); they slowed down/))
  })
})
