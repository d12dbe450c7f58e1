/**
 * What the action does with an UploadAuth that lacks fields (the emulator's uploadAuthOmits): no
 * SecurityToken makes the ticket unusable (InvalidUploadTicket, and the image VOD made is deleted);
 * no Expiration falls back to ExpireUTCTime, then to VOD's documented 3000 s; no Region falls back
 * to the UploadAddress endpoint host, then to the `region` input.
 */
import { describe, expect, it } from '@jest/globals'
import { startEmulator } from '../../emulator/index.js'
import { png } from '../../testkit/images.js'
import { emulatorInputs, FAST_BACKOFF, imagesOf, runInProcess, useEmulator, useWorkspace } from '../helpers/action.js'
import { startProxy } from '../helpers/network.js'

const emulator = useEmulator()
const ws = useWorkspace({ 'shots/a.png': png(8, 8, 1) })

function run(inputs: Record<string, string> = {}, env: Record<string, string> = {}) {
  return runInProcess(
    { workspace: ws().dir, inputs: { path: 'shots/*.png', ...emulatorInputs(emulator()), ...inputs }, env },
    { backoff: FAST_BACKOFF }
  )
}

const calls = (): string[] => emulator().requests.map(r => `${r.service} ${r.action ?? r.ossOperation} ${r.status}`)
/** Only the first credential is handed out already expired (checked before the image is recorded). */
const firstCredentialExpired = (): void => emulator().setExpiredCredentials(() => emulator().images.size === 0)

describe('an UploadAuth without SecurityToken: InvalidUploadTicket', () => {
  it('fails the file at the create stage, sends nothing to OSS, and deletes the image VOD made', async () => {
    emulator().setUploadAuthOmits(['SecurityToken'])
    const result = await run()
    expect(result.exitCode).toBe(1)
    const [image] = imagesOf(result)
    const [record] = [...emulator().images.values()]
    expect(image.error).toEqual({
      stage: 'create',
      code: 'InvalidUploadTicket',
      message: 'UploadAuth has no SecurityToken',
      requestId: record.requestId
    })
    expect(calls()).toEqual(['vod CreateUploadImage 200', 'vod DeleteImage 200'])
    expect(record.deleted).toBe(true)
    expect(image.orphanedImageIds).toEqual([])
    expect(result.stdout).toContain(`shots/a.png: create failed: InvalidUploadTicket (RequestId ${record.requestId})`)
  })

  it('reports the image as orphaned when it cannot be deleted', async () => {
    emulator().setUploadAuthOmits(['SecurityToken'])
    emulator().setFaults({ vod: { rule: ctx => (ctx.action === 'DeleteImage' ? 'accessDenied' : undefined) } })
    const result = await run()
    const [record] = [...emulator().images.values()]
    expect(result.exitCode).toBe(1)
    expect(record.deleted).toBe(false)
    expect(imagesOf(result)[0].orphanedImageIds).toEqual([record.imageId])
    expect(JSON.parse(result.outputs['orphaned-image-ids'])).toEqual([record.imageId])
  })
})

describe('an UploadAuth without Expiration', () => {
  it('goes by ExpireUTCTime: a credential that expired already is replaced before any PUT', async () => {
    emulator().setUploadAuthOmits(['Expiration'])
    firstCredentialExpired()
    const result = await run()
    expect(result.exitCode).toBe(0)
    // Then the status lookup of the new image (GetImageInfos).
    expect(calls()).toEqual([
      'vod CreateUploadImage 200',
      'vod DeleteImage 200',
      'vod CreateUploadImage 200',
      'oss PutObject 200',
      'vod GetImageInfos 200'
    ])
  })

  it('nor ExpireUTCTime: counts on 3000 s, so the expired credential is only found out by OSS, then replaced', async () => {
    emulator().setUploadAuthOmits(['Expiration', 'ExpireUTCTime'])
    firstCredentialExpired()
    const result = await run()
    expect(result.exitCode).toBe(0)
    expect(calls()).toEqual([
      'vod CreateUploadImage 200',
      'oss PutObject 403',
      'vod DeleteImage 200',
      'vod CreateUploadImage 200',
      'oss PutObject 200',
      'vod GetImageInfos 200'
    ])
  })
})

describe('the region an OSS V4 signature is scoped to', () => {
  it('comes from the UploadAuth Region before the region input', async () => {
    const result = await run({ region: 'cn-beijing' })
    expect(result.exitCode).toBe(0)
  })

  it('without a Region and with an IP endpoint, comes from the region input', async () => {
    emulator().setUploadAuthOmits(['Region'])
    const result = await run({ region: 'cn-shanghai' })
    expect(result.exitCode).toBe(0)
    expect(
      emulator()
        .requests.filter(r => r.service === 'oss')
        .map(r => [r.status, r.signature])
    ).toEqual([[200, 'v4']])
  })

  it('without a Region, a region input other than the bucket region is refused by OSS', async () => {
    emulator().setUploadAuthOmits(['Region'])
    const result = await run({ region: 'cn-beijing' })
    expect(result.exitCode).toBe(1)
    const [image] = imagesOf(result)
    expect(image.error).toMatchObject({ stage: 'upload', status: 403 })
    expect(calls()).toEqual(['vod CreateUploadImage 200', 'oss PutObject 403', 'vod DeleteImage 200'])
  })

  it('without a Region, comes from an endpoint host that names one, before the region input', async () => {
    const named = await startEmulator({ advertisedOssHost: 'oss-cn-shanghai.aliyuncs.com', uploadAuthOmits: ['Region'] })
    const proxy = await startProxy()
    try {
      // The proxy takes every request to loopback, so that OSS is reached by a name that says its region.
      const result = await runInProcess({
        workspace: ws().dir,
        inputs: { path: 'shots/*.png', ...emulatorInputs(named), region: 'cn-beijing' },
        env: { HTTP_PROXY: proxy.url }
      })
      expect(result.exitCode).toBe(0)
      expect(proxy.seen.filter(request => request.startsWith('PUT outin-emulator.oss-cn-shanghai.aliyuncs.com:'))).toHaveLength(1)
      expect(named.requests.filter(r => r.service === 'oss').map(r => [r.status, r.signature])).toEqual([[200, 'v4']])
    } finally {
      await proxy.close()
      await named.close()
    }
  })
})
