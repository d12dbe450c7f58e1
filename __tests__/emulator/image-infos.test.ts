/** GetImageInfos and GetImageInfo as VOD documents them, per-action flow limits, and images made as another team would. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { DOCUMENTED_FLOW_LIMITS, startEmulator, type Emulator } from '../../emulator/index.js'
import { rejectionOf } from '../helpers/rejection.js'
import { png } from '../../testkit/images.js'
import { callVod, createUploadImage, vodClient, type PopCoreError } from './helpers.js'

interface ImageInfosAnswer {
  RequestId: string
  ImageInfo: Array<Record<string, unknown>>
  NonExistImageIds: string[]
}

const UNKNOWN_ID = 'ffffffffffffffffffffffffffffffff'

describe('GetImageInfos', () => {
  let emulator: Emulator
  beforeAll(async () => {
    emulator = await startEmulator({ acceptRpcV2: true })
  })
  afterAll(() => emulator.close())
  beforeEach(() => emulator.reset())

  const infos = (ids: string[]): Promise<ImageInfosAnswer> =>
    callVod<ImageInfosAnswer>(vodClient(emulator), 'GetImageInfos', { ImageIds: ids.join(',') })

  it('describes each image with the documented fields, and lists unknown and deleted ids in NonExistImageIds', async () => {
    const { response } = await createUploadImage(emulator, { ImageType: 'default', Title: 'Mine', Tags: 'a,gh-repo-id-7', CateId: '1000' })
    const stored = emulator.createImageAs({ tags: ['gh-repo-id-8'], title: 'Theirs', content: png(3, 2, 1) })
    const removed = emulator.createImageAs({})
    await callVod(vodClient(emulator), 'DeleteImage', { DeleteImageType: 'ImageId', ImageIds: removed.imageId })

    const answer = await infos([response.ImageId, stored.imageId, UNKNOWN_ID, removed.imageId])

    expect(answer.NonExistImageIds).toEqual([UNKNOWN_ID, removed.imageId])
    expect(answer.ImageInfo).toHaveLength(2)
    expect(answer.ImageInfo[0]).toEqual({
      ImageId: response.ImageId,
      Title: 'Mine',
      Tags: 'a,gh-repo-id-7',
      Description: '',
      CateId: 1000,
      StorageLocation: 'outin-emulator.oss-cn-shanghai.aliyuncs.com',
      AppId: 'app-1000000',
      ImageType: 'default',
      CreationTime: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/),
      Status: 'Uploading',
      URL: response.ImageURL,
      Mezzanine: {
        FileURL: response.FileURL,
        OriginalFileName: expect.stringMatching(/^[0-9a-f]{32}\.png$/),
        FileSize: 0,
        Width: 0,
        Height: 0
      }
    })
    expect(answer.ImageInfo[1]).toMatchObject({
      ImageId: stored.imageId,
      Title: 'Theirs',
      Tags: 'gh-repo-id-8',
      Status: 'Normal',
      Mezzanine: { FileSize: png(3, 2, 1).length, Width: 3, Height: 2 }
    })
  })

  it('GetImageInfo gives one image in the same shape', async () => {
    const image = emulator.createImageAs({ tags: ['x'], title: 'One' })
    const one = await callVod<{ ImageInfo: Record<string, unknown> }>(vodClient(emulator), 'GetImageInfo', { ImageId: image.imageId })
    const many = await infos([image.imageId])
    expect(one.ImageInfo).toEqual(many.ImageInfo[0])
  })

  it.each<[string, Record<string, string>, string]>([
    ['no ImageIds', {}, 'MissingParameter'],
    ['21 ImageIds', { ImageIds: Array.from({ length: 21 }, (_, i) => `${i}`.padStart(32, '0')).join(',') }, 'InvalidParameter']
  ])('refuses %s', async (_name, params, code) => {
    const error = await rejectionOf<PopCoreError>(callVod(vodClient(emulator), 'GetImageInfos', params))
    expect(error.code).toBe(code)
  })

  it('answers 20 ImageIds', async () => {
    const ids = Array.from({ length: 20 }, (_, i) => `${i}`.padStart(32, '0'))
    expect((await infos(ids)).NonExistImageIds).toEqual(ids)
  })
})

describe('per-action flow limits', () => {
  let now = 1_000_000
  let emulator: Emulator
  beforeAll(async () => {
    // The clock only counts the sliding second; signatures allow 15 minutes of skew.
    emulator = await startEmulator({ acceptRpcV2: true, clock: () => now, flowControl: { limits: DOCUMENTED_FLOW_LIMITS } })
  })
  afterAll(() => emulator.close())
  beforeEach(() => {
    now = Date.now()
    emulator.reset()
    emulator.setFlowControl({ limits: DOCUMENTED_FLOW_LIMITS })
  })

  it('are the documented ones: CreateUploadImage 80/s, DeleteImage 50/s, GetImageInfos 10/s', () => {
    expect(DOCUMENTED_FLOW_LIMITS).toEqual({ CreateUploadImage: 80, DeleteImage: 50, GetImageInfos: 10 })
  })

  it.each<[string, number, Record<string, string>]>([
    ['GetImageInfos', 10, { ImageIds: UNKNOWN_ID }],
    ['DeleteImage', 50, { DeleteImageType: 'ImageId', ImageIds: UNKNOWN_ID }]
  ])('%s admits %i calls in a second, then answers Throttling.User while other actions still pass', async (action, limit, params) => {
    const client = vodClient(emulator)
    for (let i = 0; i < limit; i++) await callVod(client, action, params)
    await expect(callVod(client, action, params)).rejects.toMatchObject({ code: 'Throttling.User' })
    await callVod(client, 'CreateUploadImage', { ImageType: 'default' })
    now += 1000
    await callVod(client, action, params)
  })

  it('callsPerSecond still applies to every action limits does not name', async () => {
    emulator.setFlowControl({ callsPerSecond: 1, limits: { GetImageInfos: 2 } })
    const client = vodClient(emulator)
    await callVod(client, 'CreateUploadImage', { ImageType: 'default' })
    await expect(callVod(client, 'CreateUploadImage', { ImageType: 'default' })).rejects.toMatchObject({ code: 'Throttling.User' })
    await callVod(client, 'GetImageInfos', { ImageIds: UNKNOWN_ID })
    await callVod(client, 'GetImageInfos', { ImageIds: UNKNOWN_ID })
    await expect(callVod(client, 'GetImageInfos', { ImageIds: UNKNOWN_ID })).rejects.toMatchObject({ code: 'Throttling.User' })
  })
})
