/**
 * The image Status lifecycle (Uploading → Normal, or UploadFail), URL signing type A on GetImageInfos'
 * URL (CreateUploadImage's ImageURL unsigned), and the object served 403 without a valid auth_key, 200 with one.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { startEmulator, type Emulator, type EmulatorOptions } from '../../emulator/index.js'
import { png } from '../../testkit/images.js'
import { rejectionOf } from '../helpers/rejection.js'
import { callVod, createUploadImage, ossClientFor, vodClient, type PopCoreError } from './helpers.js'

interface InfosAnswer {
  ImageInfo: Array<{ ImageId: string; Status: string; URL: string }>
}

const KEY = 'url-signing-key'

describe('image Status and URL signing', () => {
  let emulator: Emulator | undefined
  // The emulator's clock: near the real one (OSS checks ali-oss's request time against it), moved only by the test.
  let time = 0
  afterEach(async () => {
    await emulator?.close()
    emulator = undefined
  })

  async function start(options: EmulatorOptions): Promise<Emulator> {
    time = Math.floor(Date.now() / 1000) * 1000
    emulator = await startEmulator({ acceptRpcV2: true, clock: () => time, ...options })
    return emulator
  }

  async function uploadedImage(on: Emulator): Promise<{ imageId: string; imageUrl: string }> {
    const { response, address, auth } = await createUploadImage(on, { ImageType: 'default', ImageExt: 'png' })
    await ossClientFor(address, auth).put(address.FileName, png(2, 2, 1))
    return { imageId: response.ImageId, imageUrl: response.ImageURL }
  }

  const infoOf = async (on: Emulator, imageId: string, params: Record<string, string> = {}) =>
    (await callVod<InfosAnswer>(vodClient(on), 'GetImageInfos', { ImageIds: imageId, ...params })).ImageInfo[0]

  it('Uploading from CreateUploadImage, still Uploading during processingDelayMs after the object is stored, then Normal', async () => {
    const on = await start({ processingDelayMs: 5000 })
    const { response, address, auth } = await createUploadImage(on, { ImageType: 'default', ImageExt: 'png' })
    expect((await infoOf(on, response.ImageId)).Status).toBe('Uploading')
    await ossClientFor(address, auth).put(address.FileName, png(2, 2, 1))
    time += 4999
    expect((await infoOf(on, response.ImageId)).Status).toBe('Uploading')
    time += 1
    expect((await infoOf(on, response.ImageId)).Status).toBe('Normal')
  })

  it('uploadFails: the chosen images end UploadFail once stored, the others Normal', async () => {
    let failing = ''
    const on = await start({ uploadFails: image => image.imageId === failing })
    const first = await createUploadImage(on, { ImageType: 'default', ImageExt: 'png' })
    failing = first.response.ImageId
    await ossClientFor(first.address, first.auth).put(first.address.FileName, png(2, 2, 1))
    const other = await uploadedImage(on)
    expect((await infoOf(on, failing)).Status).toBe('UploadFail')
    expect((await infoOf(on, other.imageId)).Status).toBe('Normal')
  })

  it('with URL signing on, GetImageInfos signs its URL (type A, valid AuthTimeout seconds), and ImageURL stays unsigned', async () => {
    const on = await start({ urlSigning: { key: KEY } })
    const { imageId, imageUrl } = await uploadedImage(on)
    expect(imageUrl).not.toContain('auth_key')
    const signed = new URL((await infoOf(on, imageId, { AuthTimeout: '3600' })).URL)
    expect(`${signed.origin}${signed.pathname}`).toBe(imageUrl)
    const [timestamp, rand, uid, hash] = (signed.searchParams.get('auth_key') ?? '').split('-')
    expect(Number(timestamp)).toBe(time / 1000 + 3600)
    expect(uid).toBe('0')
    expect(hash).toBe(createHash('md5').update(`${signed.pathname}-${timestamp}-${rand}-${uid}-${KEY}`).digest('hex'))
  })

  it('without URL signing, the URL is ImageURL', async () => {
    const on = await start({})
    const { imageId, imageUrl } = await uploadedImage(on)
    expect((await infoOf(on, imageId, { AuthTimeout: '3600' })).URL).toBe(imageUrl)
  })

  it('refuses an AuthTimeout that is not a whole number of seconds', async () => {
    const on = await start({})
    const { imageId } = await uploadedImage(on)
    const error = await rejectionOf<PopCoreError>(infoOf(on, imageId, { AuthTimeout: '0' }))
    expect(error.code).toBe('InvalidParameter')
  })

  it('with URL signing on, a GET of the signed URL answers 200 with the image', async () => {
    const on = await start({ urlSigning: { key: KEY } })
    const { imageId } = await uploadedImage(on)
    const answer = await fetch((await infoOf(on, imageId, { AuthTimeout: '60' })).URL)
    expect(answer.status).toBe(200)
    expect(Buffer.from(await answer.arrayBuffer())).toEqual(png(2, 2, 1))
  })

  it.each<[string, number, (signed: URL) => string]>([
    ['the unsigned ImageURL', 403, signed => `${signed.origin}${signed.pathname}`],
    [
      'a tampered auth_key',
      403,
      signed => {
        const tampered = new URL(signed)
        const authKey = signed.searchParams.get('auth_key')!
        // The last hex digit of the hash, changed (whatever it was).
        tampered.searchParams.set('auth_key', `${authKey.slice(0, -1)}${authKey.endsWith('0') ? '1' : '0'}`)
        return tampered.toString()
      }
    ]
  ])('with URL signing on, a GET of %s answers %i', async (_name, status, urlOf) => {
    const on = await start({ urlSigning: { key: KEY } })
    const { imageId } = await uploadedImage(on)
    const signed = new URL((await infoOf(on, imageId, { AuthTimeout: '60' })).URL)
    const answer = await fetch(urlOf(signed))
    expect(answer.status).toBe(status)
  })

  it('with URL signing on, a signed URL answers 403 once it has expired', async () => {
    const on = await start({ urlSigning: { key: KEY } })
    const { imageId } = await uploadedImage(on)
    const signed = (await infoOf(on, imageId, { AuthTimeout: '60' })).URL
    time += 61_000
    expect((await fetch(signed)).status).toBe(403)
  })
})
