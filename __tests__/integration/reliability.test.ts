/** Faults the real services produce, injected by the emulator; the real run() must come through them. */
import { describe, expect, it } from '@jest/globals'
import type { FaultKind } from '../../emulator/index.js'
import { png } from '../../testkit/images.js'
import { type ActionRun, runInProcess, useEmulator, useWorkspace, emulatorInputs, imagesOf, FAST_BACKOFF } from '../helpers/action.js'
import { PER_FILE_OSS_CODE, perFileOssFault } from '../helpers/oss-faults.js'

const emulator = useEmulator({ seed: 7 })
const ws = useWorkspace()
const TRANSIENT: FaultKind[] = ['http503', 'reset', 'throttle', 'html502', 'internalError']

async function writeImages(count: number): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>()
  for (let i = 0; i < count; i++) {
    const name = `shots/${String(i).padStart(2, '0')}.png`
    const bytes = png(8, 8, i + 1)
    files.set(name, bytes)
    await ws().write(name, bytes)
  }
  return files
}

/** The real run(), with backoff delays of a few milliseconds so that retries cost no time. */
function runFast(inputs: Record<string, string>): Promise<ActionRun> {
  return runInProcess(
    {
      workspace: ws().dir,
      inputs: {
        ...emulatorInputs(emulator()),
        ...inputs
      }
    },
    { backoff: FAST_BACKOFF }
  )
}

/** Every ImageId the emulator issued either holds its bytes or was deleted: nothing half-made is left. */
function expectNothingHalfMade(): void {
  for (const record of emulator().images.values()) {
    expect({ imageId: record.imageId, settled: record.uploaded || record.deleted }).toEqual({ imageId: record.imageId, settled: true })
    if (record.deleted) expect(emulator().objectForImage(record.imageId)).toBeUndefined()
  }
}

describe('transient faults never fail a run', () => {
  it('replays at concurrency 1: the same seed gives the same faults to the same requests, and the same outcome', async () => {
    await writeImages(10)
    const once = async () => {
      emulator().reset()
      emulator().setFaults({ vod: { rate: 0.3, kinds: TRANSIENT }, oss: { rate: 0.3, kinds: TRANSIENT } })
      const result = await runFast({ path: 'shots/*.png', retries: '10', concurrency: '1' })
      const titleOf = (imageId: string | undefined) => (imageId ? emulator().images.get(imageId)?.title : undefined)
      return {
        exitCode: result.exitCode,
        statuses: imagesOf(result).map(image => image.status),
        requests: emulator().requests.map(r => [r.service, r.action ?? r.ossOperation, titleOf(r.imageId), r.fault ?? null])
      }
    }
    const first = await once()
    expect(first.requests.filter(request => request[3] !== null).length).toBeGreaterThan(0)
    expect(first.statuses).toEqual(Array(10).fill('uploaded'))
    expect(await once()).toEqual(first)
  })

  it('50 images through 30% faults on both services and expiring credentials: each uploaded exactly once', async () => {
    const files = await writeImages(50)
    emulator().setFaults({ vod: { rate: 0.3, kinds: TRANSIENT }, oss: { rate: 0.3, kinds: TRANSIENT } })
    emulator().setExpiredCredentials(0.15)
    // The seed fixes which request, in order of arrival, gets a fault; at concurrency 8 the order of
    // arrival differs from run to run, so this run does not replay: its assertions hold for any order.
    // At a 30% fault rate, 4 attempts fail together for about 1 request in 120; 11 attempts make it
    // about one in 500,000.
    const result = await runFast({ path: 'shots/*.png', retries: '10', concurrency: '8' })
    const images = imagesOf(result)

    expect(result.exitCode).toBe(0)
    expect(images.map(i => i.status)).toEqual(Array(50).fill('uploaded'))
    const ids = JSON.parse(result.outputs['image-ids']) as string[]
    expect(new Set(ids).size).toBe(50)
    for (const image of images) {
      expect(emulator().objectForImage(image.imageId!)?.body.equals(files.get(image.path)!)).toBe(true)
      expect(emulator().images.get(image.imageId!)).toMatchObject({ uploaded: true, deleted: false })
    }
    const live = [...emulator().images.values()].filter(r => !r.deleted)
    expect(live.map(r => r.imageId).sort()).toEqual([...ids].sort())
    expectNothingHalfMade()
    expect(JSON.parse(result.outputs['orphaned-image-ids'])).toEqual([])

    const faulted = emulator().requests.filter(r => r.fault)
    expect(faulted.some(r => r.service === 'vod')).toBe(true)
    expect(faulted.some(r => r.service === 'oss')).toBe(true)
    expect([...emulator().images.values()].some(r => r.deleted)).toBe(true)
  })

  it.each<[string, FaultKind]>([
    ['an HTML 502 from VOD', 'html502'],
    ['Throttling.User', 'throttle'],
    ['a reset connection', 'reset'],
    ['ServiceUnavailable', 'http503']
  ])('%s once, then success', async (_name, kind) => {
    await writeImages(1)
    let left = 1
    emulator().setFaults({ vod: { rule: ctx => (ctx.action === 'CreateUploadImage' && left-- > 0 ? kind : undefined) } })
    const result = await runFast({ path: 'shots/*.png' })
    expect(result.exitCode).toBe(0)
    expect(emulator().requests.filter(r => r.action === 'CreateUploadImage')).toHaveLength(2)
    expect(emulator().images.size).toBe(1)
  })

  it('retries a failed OSS upload on the same UploadAddress, minting no new ImageId', async () => {
    await writeImages(1)
    let left = 2
    emulator().setFaults({ oss: { rule: () => (left-- > 0 ? 'http503' : undefined) } })
    const result = await runFast({ path: 'shots/*.png' })
    expect(result.exitCode).toBe(0)
    expect(emulator().images.size).toBe(1)
    expect(emulator().requests.filter(r => r.service === 'oss')).toHaveLength(3)
  })

  it('replaces an expired credential with a new ticket and deletes the abandoned ImageId', async () => {
    await writeImages(1)
    let left = 1
    emulator().setFaults({ oss: { rule: () => (left-- > 0 ? 'expiredToken' : undefined) } })
    const result = await runFast({ path: 'shots/*.png' })
    const [image] = imagesOf(result)
    expect(result.exitCode).toBe(0)
    const records = [...emulator().images.values()]
    expect(records).toHaveLength(2)
    expect(records.find(r => r.imageId !== image.imageId)).toMatchObject({ deleted: true, uploaded: false })
    expect(emulator().requests.filter(r => r.action === 'DeleteImage')).toHaveLength(1)
  })

  it('does not even try a credential that arrives expired', async () => {
    await writeImages(1)
    let first = true
    emulator().setExpiredCredentials(() => {
      const expired = first
      first = false
      return expired
    })
    const result = await runFast({ path: 'shots/*.png' })
    expect(result.exitCode).toBe(0)
    expect(emulator().requests.filter(r => r.service === 'oss')).toHaveLength(1)
    expectNothingHalfMade()
  })
})

describe('a CreateUploadImage answer lost after VOD carried it out', () => {
  it('is retried, and the image VOD may hold without an id is reported, since no id ever arrived', async () => {
    await writeImages(1)
    let left = 1
    emulator().setFaults({ vod: { rule: ctx => (ctx.action === 'CreateUploadImage' && left-- > 0 ? 'lostAnswer' : undefined) } })
    const result = await runFast({ path: 'shots/*.png' })
    const [image] = imagesOf(result)
    expect(result.exitCode).toBe(0)
    expect(emulator().images.size).toBe(2)
    expect([...emulator().images.values()].filter(r => !r.uploaded && !r.deleted)).toHaveLength(1)
    expect(image.unansweredCreates).toBe(1)
    const note =
      '1 CreateUploadImage call got no answer and was retried or given up: VOD may hold up to 1 image whose ImageId never arrived.'
    expect(result.stdout).toContain(`::warning::${note}`)
    expect(result.summary).toContain(note)
  })
})

describe('credential lifetime', () => {
  it("a timeout longer than half a credential's life does not make fresh credentials look expired", async () => {
    await writeImages(2)
    const result = await runFast({ path: 'shots/*.png', timeout: '3600' })
    expect(result.exitCode).toBe(0)
    expect(emulator().requests.filter(r => r.action === 'CreateUploadImage')).toHaveLength(2)
  })
})

describe('permanent faults fail only their own file', () => {
  it('49 of 50 upload; the step names the failing file; its ImageId is deleted', async () => {
    await writeImages(50)
    emulator().setFaults(perFileOssFault(ctx => ctx.image?.title === '17'))
    const result = await runFast({ path: 'shots/*.png' })
    const images = imagesOf(result)
    expect(result.exitCode).toBe(1)
    expect(result.outputs['uploaded-count']).toBe('49')
    expect(JSON.parse(result.outputs['image-ids'])).toHaveLength(49)
    const failed = images.filter(i => i.status === 'failed')
    expect(failed.map(i => i.path)).toEqual(['shots/17.png'])
    expect(failed[0].error).toMatchObject({ stage: 'upload', code: PER_FILE_OSS_CODE, status: 400 })
    expect(result.stdout).toContain(
      `::error::1 of 50 images failed:%0A  - shots/17.png: upload failed: ${PER_FILE_OSS_CODE} (HTTP 400, RequestId ${failed[0].error!.requestId})`
    )
    const attempts = emulator().requests.filter(r => r.service === 'oss' && r.code === PER_FILE_OSS_CODE)
    expect(attempts).toHaveLength(1)
    expect([...emulator().images.values()].find(r => r.title === '17')).toMatchObject({ deleted: true })
    expectNothingHalfMade()
  })

  it('says the runner clock is off on RequestTimeTooSkewed', async () => {
    await writeImages(1)
    emulator().setFaults({ oss: { rule: () => 'skewed' } })
    const result = await runFast({ path: 'shots/*.png' })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain('upload failed: RequestTimeTooSkewed (HTTP 403')
    expect(result.stdout).toContain("this runner's clock is more than 15 minutes off")
  })

  it('reports an ImageId it could not delete as orphaned', async () => {
    await writeImages(2)
    emulator().setFaults({
      oss: { rule: ctx => (ctx.image?.title === '00' ? 'accessDenied' : undefined) },
      vod: { rule: ctx => (ctx.action === 'DeleteImage' ? 'accessDenied' : undefined) }
    })
    const result = await runFast({ path: 'shots/*.png' })
    const orphan = [...emulator().images.values()].find(r => r.title === '00')!
    expect(result.exitCode).toBe(1)
    expect(JSON.parse(result.outputs['orphaned-image-ids'])).toEqual([orphan.imageId])
    expect(result.stdout).toContain(`could not be deleted (orphaned): ${orphan.imageId}`)
    expect(result.summary).toContain('<h3>Orphaned ImageIds</h3>')
    expect(result.summary).toContain(orphan.imageId)
  })
})

/** VOD answers the first CreateUploadImage, then none: the timeout and retries inputs apply (silent-endpoint.test.ts: a VOD that never answered). */
function answerOnceThenHang(): void {
  let calls = 0
  emulator().setFaults({ vod: { rule: ctx => (ctx.action === 'CreateUploadImage' && ++calls > 1 ? 'hang' : undefined) } })
}

describe('a VOD that stops answering', () => {
  it('ends after timeout × (retries + 1) per file with a clear message, without hanging', async () => {
    await writeImages(3)
    answerOnceThenHang()
    const result = await runFast({ path: 'shots/*.png', timeout: '1', retries: '1', concurrency: '1' })
    const images = imagesOf(result)
    expect(result.exitCode).toBe(1)
    expect(images.map(i => i.status)).toEqual(['uploaded', 'failed', 'failed'])
    expect(images.slice(1).map(i => i.error)).toEqual([
      { stage: 'create', code: 'RequestTimeout', message: 'no answer before the timeout' },
      {
        stage: 'queued',
        code: 'NotAttempted',
        message: 'not attempted: VOD gave no answer to shots/01.png (RequestTimeout) after every retry'
      }
    ])
    // Two attempts for the file, each cut by the 1 s timeout: that is what bounds the run's length.
    expect(emulator().requests.filter(r => r.action === 'CreateUploadImage')).toHaveLength(3)
    expect(result.stdout).toContain('shots/01.png: create failed: RequestTimeout: no answer before the timeout')
  })

  it('with retries 0, one dropped connection fails only its own file', async () => {
    await writeImages(6)
    let left = 1
    emulator().setFaults({ vod: { rule: ctx => (ctx.action === 'CreateUploadImage' && left-- > 0 ? 'reset' : undefined) } })
    const result = await runFast({ path: 'shots/*.png', retries: '0', concurrency: '1' })
    const images = imagesOf(result)
    expect(images.map(i => i.status)).toEqual(['failed', 'uploaded', 'uploaded', 'uploaded', 'uploaded', 'uploaded'])
    expect(images[0].error?.code).toBe('ECONNRESET')
  })

  it('starts none of the queued files once a file got no answer after every retry', async () => {
    await writeImages(16)
    answerOnceThenHang()
    const result = await runFast({ path: 'shots/*.png', timeout: '1', retries: '1', concurrency: '2' })
    const images = imagesOf(result)
    expect(result.exitCode).toBe(1)
    // One answer; then the two files in flight try twice each; nothing else is sent, so the run lasts about timeout × (retries + 1).
    expect(emulator().requests.filter(r => r.action === 'CreateUploadImage')).toHaveLength(5)
    expect(images.filter(i => i.status === 'uploaded')).toHaveLength(1)
    const timedOut = images.filter(i => i.error?.code === 'RequestTimeout')
    expect(timedOut).toHaveLength(2)
    // Either file in flight may be the first to give up; the message names that one.
    const notAttempted = images.filter(i => i.error?.code === 'NotAttempted')
    expect(notAttempted).toHaveLength(13)
    const reason = notAttempted[0].error?.message
    expect(reason).toMatch(/^not attempted: VOD gave no answer to shots\/0[0-2]\.png \(RequestTimeout\) after every retry$/)
    expect(notAttempted.map(i => i.error)).toEqual(Array(13).fill({ stage: 'queued', code: 'NotAttempted', message: reason }))
  })
})
