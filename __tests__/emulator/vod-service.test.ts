import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startEmulator, type AccessKey, type Emulator } from '../../emulator/index.js'
import { rejectionOf } from '../helpers/rejection.js'
import {
  callVod,
  commonParams,
  createUploadImage,
  rawVodRequest,
  vodClient,
  type CreateUploadImageResponse,
  type PopCoreError
} from './helpers.js'

const STS_KEY: AccessKey = { id: 'STS.emulatorCaller', secret: 'sts-caller-secret', securityToken: 'caller-token-1' }
const UPPER_UUID = /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/

describe('VOD through @alicloud/pop-core', () => {
  let emulator: Emulator

  beforeAll(async () => {
    emulator = await startEmulator({
      acceptRpcV2: true,
      accessKeys: [{ id: 'LTAIemulatorKeyId', secret: 'emulator-access-key-secret' }, STS_KEY]
    })
  })
  afterAll(() => emulator.close())

  it('answers CreateUploadImage with an upload address and a fresh credential', async () => {
    const { response, address, auth } = await createUploadImage(emulator, {
      ImageType: 'cover',
      ImageExt: 'jpg',
      Title: 'Sunset',
      Tags: 'a,b'
    })

    expect(response.RequestId).toMatch(UPPER_UUID)
    expect(response.ImageId).toMatch(/^[0-9a-f]{32}$/)
    expect(address).toEqual({
      Endpoint: emulator.ossEndpoint,
      Bucket: 'outin-emulator',
      FileName: expect.stringMatching(/^image\/cover\/[0-9a-f]{32}\.jpg$/)
    })
    expect(response.ImageURL).toBe(`${emulator.ossEndpoint}/outin-emulator/${address.FileName}`)
    expect(response.FileURL).toBe(response.ImageURL)
    expect(Object.keys(auth).sort()).toEqual(['AccessKeyId', 'AccessKeySecret', 'Expiration', 'ExpireUTCTime', 'Region', 'SecurityToken'])
    expect(auth.AccessKeyId).toMatch(/^STS\./)
    expect(auth.Expiration).toBe('3000')
    expect(auth.Region).toBe('cn-shanghai')
    expect(auth.ExpireUTCTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/)

    const image = emulator.images.get(response.ImageId)
    expect(image).toMatchObject({
      title: 'Sunset',
      tags: ['a', 'b'],
      imageType: 'cover',
      imageExt: 'jpg',
      key: address.FileName,
      uploaded: false,
      deleted: false,
      params: { ImageType: 'cover', ImageExt: 'jpg', Title: 'Sunset', Tags: 'a,b' }
    })
    expect(emulator.issuedSecrets()).toEqual(expect.arrayContaining([auth.AccessKeySecret, auth.SecurityToken, response.UploadAuth]))
  })

  it('leaves the UploadAuth fields out that it was told to, from then on', async () => {
    emulator.setUploadAuthOmits(['Expiration', 'Region'])
    try {
      const { auth } = await createUploadImage(emulator)
      expect(Object.keys(auth).sort()).toEqual(['AccessKeyId', 'AccessKeySecret', 'ExpireUTCTime', 'SecurityToken'])
    } finally {
      emulator.setUploadAuthOmits(undefined)
    }
    expect(Object.keys((await createUploadImage(emulator)).auth)).toHaveLength(6)
  })

  it('mints a different credential for every image', async () => {
    const first = await createUploadImage(emulator)
    const second = await createUploadImage(emulator)
    expect(second.auth.AccessKeyId).not.toBe(first.auth.AccessKeyId)
    expect(second.auth.SecurityToken).not.toBe(first.auth.SecurityToken)
    expect(second.address.FileName).not.toBe(first.address.FileName)
  })

  it('accepts an STS caller that sends its SecurityToken', async () => {
    const response = await callVod<CreateUploadImageResponse>(vodClient(emulator, STS_KEY), 'CreateUploadImage', { ImageType: 'default' })
    expect(response.ImageId).toMatch(/^[0-9a-f]{32}$/)
  })

  const authRefusals: Array<[string, AccessKey, number, string]> = [
    ['a wrong secret', { id: 'LTAIemulatorKeyId', secret: 'not-the-secret' }, 400, 'SignatureDoesNotMatch'],
    ['an unknown key id', { id: 'LTAIunknown', secret: 'whatever' }, 404, 'InvalidAccessKeyId.NotFound'],
    ['an STS key without its SecurityToken', { id: STS_KEY.id, secret: STS_KEY.secret }, 400, 'InvalidSecurityToken.Mismatch'],
    ['an STS key with another SecurityToken', { ...STS_KEY, securityToken: 'caller-token-2' }, 400, 'InvalidSecurityToken.Mismatch'],
    [
      'a SecurityToken for a key that has none',
      { id: 'LTAIemulatorKeyId', secret: 'emulator-access-key-secret', securityToken: 'x' },
      400,
      'InvalidSecurityToken.Mismatch'
    ]
  ]
  it.each(authRefusals)('refuses %s', async (_name, key, status, code) => {
    const error = await rejectionOf<PopCoreError>(callVod(vodClient(emulator, key), 'CreateUploadImage', { ImageType: 'default' }))
    expect(error.code).toBe(code)
    expect(error.entry.response.statusCode).toBe(status)
    expect(error.data.RequestId).toMatch(UPPER_UUID)
    expect(Object.keys(error.data).sort()).toEqual(['Code', 'HostId', 'Message', 'Recommend', 'RequestId'])
    expect(error.data.Message).not.toContain(key.secret)
    expect(error.data.Message).not.toContain('emulator-access-key-secret')
  })

  const tooManyTags = Array.from({ length: 17 }, (_, i) => `t${i}`).join(',')
  // The last column is a word the message must contain ('' for none); every row has all five columns.
  const parameterRules: Array<[string, Record<string, string>, number, string, string]> = [
    ['ImageType missing', {}, 400, 'MissingParameter', 'ImageType'],
    ['ImageType unknown', { ImageType: 'avatar' }, 400, 'InvalidParameter', 'ImageType'],
    ['ImageExt unknown', { ImageType: 'default', ImageExt: 'bmp' }, 400, 'InvalidParameter', 'ImageExt'],
    ['Title over 128 bytes', { ImageType: 'default', Title: 'x'.repeat(129) }, 400, 'LengthExceededMax', 'Title'],
    [
      'Title over 128 bytes of UTF-8 (43 CJK characters)',
      { ImageType: 'default', Title: '图'.repeat(43) },
      400,
      'LengthExceededMax',
      'Title'
    ],
    ['Title with a control character', { ImageType: 'default', Title: 'a\u0007b' }, 400, 'IllegalCharacters', 'Title'],
    ['Description over 1024 bytes', { ImageType: 'default', Description: 'd'.repeat(1025) }, 400, 'LengthExceededMax', 'Description'],
    ['17 tags', { ImageType: 'default', Tags: tooManyTags }, 400, 'TagsExceededMax', ''],
    ['a tag over 32 bytes', { ImageType: 'default', Tags: `ok,${'t'.repeat(33)}` }, 400, 'LengthExceededMax', 'Tags'],
    ['an empty tag', { ImageType: 'default', Tags: 'a,,b' }, 400, 'InvalidParameter', 'Tags'],
    ['a tag with a newline', { ImageType: 'default', Tags: 'a,b\nc' }, 400, 'IllegalCharacters', 'Tags'],
    ['CateId not an integer', { ImageType: 'default', CateId: '12.5' }, 400, 'InvalidParameter', 'CateId'],
    ['CateId unknown', { ImageType: 'default', CateId: '42' }, 404, 'InvalidCateId.NotFound', ''],
    [
      'StorageLocation unknown',
      { ImageType: 'default', StorageLocation: 'other.oss-cn-beijing.aliyuncs.com' },
      404,
      'InvalidStorage.NotFound',
      ''
    ],
    ['UserData not JSON', { ImageType: 'default', UserData: '{oops' }, 400, 'InvalidParameter', 'UserData'],
    ['UserData a JSON array', { ImageType: 'default', UserData: '[1]' }, 400, 'InvalidParameter', 'UserData'],
    [
      'UserData.Extend over 512 bytes',
      { ImageType: 'default', UserData: JSON.stringify({ Extend: { a: 'x'.repeat(520) } }) },
      400,
      'LengthExceededMax',
      'Extend'
    ],
    ['AppId unknown', { ImageType: 'default', AppId: 'app-2' }, 404, 'InvalidAppId.NotFound', ''],
    ['a parameter sent as "undefined"', { ImageType: 'default', Title: 'undefined' }, 400, 'InvalidParameter', 'Title'],
    ['a parameter sent as "[object Object]"', { ImageType: 'default', UserData: '[object Object]' }, 400, 'InvalidParameter', 'UserData']
  ]
  it.each(parameterRules)('refuses CreateUploadImage with %s', async (_name, params, status, code, named) => {
    const error = await rejectionOf<PopCoreError>(callVod(vodClient(emulator), 'CreateUploadImage', params))
    expect(error.code).toBe(code)
    expect(error.entry.response.statusCode).toBe(status)
    expect(error.data.Message).toContain(named)
  })

  const accepted: Array<[string, Record<string, string>]> = [
    [
      'every documented parameter',
      {
        ImageType: 'default',
        ImageExt: 'webp',
        Title: '图'.repeat(42),
        Description: 'd'.repeat(1024),
        Tags: Array.from({ length: 16 }, (_, i) => `tag${i}`).join(','),
        CateId: '1000',
        StorageLocation: 'outin-emulator.oss-cn-shanghai.aliyuncs.com',
        AppId: 'app-1000000',
        UserData: JSON.stringify({ MessageCallback: { CallbackURL: 'http://example.test' }, Extend: { localId: 'x' } })
      }
    ],
    ['an undefined parameter dropped by the caller', { ImageType: 'default' }],
    ['a 32-byte tag', { ImageType: 'default', Tags: 't'.repeat(32) }]
  ]
  it.each(accepted)('accepts %s', async (_name, params) => {
    const { response } = await createUploadImage(emulator, params)
    expect(emulator.images.get(response.ImageId)?.params).toEqual(params)
  })

  it('pop-core really does send an undefined parameter as "undefined", and it is refused', async () => {
    const params = { ImageType: 'default', Title: undefined } as unknown as Record<string, string>
    const error = await rejectionOf<PopCoreError>(callVod(vodClient(emulator), 'CreateUploadImage', params))
    expect(error.code).toBe('InvalidParameter')
  })

  it('GetImageInfo describes an image still uploading, then DeleteImage removes it', async () => {
    const { response } = await createUploadImage(emulator, { ImageType: 'default', Title: 'Info', Tags: 'x,y' })
    const client = vodClient(emulator)
    const info = await callVod<{ RequestId: string; ImageInfo: Record<string, unknown> }>(client, 'GetImageInfo', {
      ImageId: response.ImageId
    })
    expect(info.RequestId).toMatch(UPPER_UUID)
    expect(info.ImageInfo).toMatchObject({
      ImageId: response.ImageId,
      Title: 'Info',
      Tags: 'x,y',
      ImageType: 'default',
      Status: 'Uploading',
      URL: response.ImageURL,
      Mezzanine: { FileSize: 0 }
    })

    const deleted = await callVod<{ RequestId: string }>(client, 'DeleteImage', {
      DeleteImageType: 'ImageId',
      ImageIds: `${response.ImageId},ffffffffffffffffffffffffffffffff`
    })
    expect(deleted.RequestId).toMatch(UPPER_UUID)
    expect(emulator.images.get(response.ImageId)?.deleted).toBe(true)
    const error = await rejectionOf<PopCoreError>(callVod(client, 'GetImageInfo', { ImageId: response.ImageId }))
    expect(error.code).toBe('InvalidImage.NotFound')
    expect(error.entry.response.statusCode).toBe(404)
  })

  it('DeleteImage by URL', async () => {
    const { response } = await createUploadImage(emulator)
    await callVod(vodClient(emulator), 'DeleteImage', { DeleteImageType: 'ImageURL', ImageURLs: encodeURIComponent(response.ImageURL) })
    expect(emulator.images.get(response.ImageId)?.deleted).toBe(true)
  })

  const deleteRefusals: Array<[string, Record<string, string>, string]> = [
    ['no DeleteImageType', { ImageIds: 'a' }, 'MissingParameter'],
    ['an unknown DeleteImageType', { DeleteImageType: 'VideoId', ImageIds: 'a' }, 'InvalidParameter'],
    ['no ImageIds', { DeleteImageType: 'ImageId' }, 'MissingParameter'],
    ['21 ImageIds', { DeleteImageType: 'ImageId', ImageIds: Array.from({ length: 21 }, (_, i) => `id${i}`).join(',') }, 'InvalidParameter']
  ]
  it.each(deleteRefusals)('refuses DeleteImage with %s', async (_name, params, code) => {
    const error = await rejectionOf<PopCoreError>(callVod(vodClient(emulator), 'DeleteImage', params))
    expect(error.code).toBe(code)
  })
})

describe('VOD through hand-signed requests (fixed clock)', () => {
  const NOW = Date.UTC(2026, 10, 5, 12, 0, 0)
  let emulator: Emulator

  beforeAll(async () => {
    emulator = await startEmulator({ acceptRpcV2: true, clock: () => NOW, maxClockSkewSeconds: 900 })
  })
  afterAll(() => emulator.close())

  const business = { ImageType: 'default' }

  it('accepts a request signed by rpcSignature, by POST and by GET', async () => {
    for (const method of ['POST', 'GET'] as const) {
      const answer = await rawVodRequest(emulator, { ...commonParams(emulator.accessKey, NOW), ...business }, { method })
      expect(answer.status).toBe(200)
      expect(answer.contentType).toMatch(/^application\/json/)
      expect(answer.json.ImageId).toMatch(/^[0-9a-f]{32}$/)
    }
  })

  it('refuses a reused nonce', async () => {
    const params = { ...commonParams(emulator.accessKey, NOW), ...business }
    expect((await rawVodRequest(emulator, params)).status).toBe(200)
    const again = await rawVodRequest(emulator, params)
    expect(again).toMatchObject({ status: 400, json: { Code: 'SignatureNonceUsed' } })
  })

  const timestamps: Array<[string, string, string]> = [
    ['16 minutes late', new Date(NOW - 16 * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z'), 'InvalidTimeStamp.Expired'],
    ['16 minutes early', new Date(NOW + 16 * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z'), 'InvalidTimeStamp.Expired'],
    ['with milliseconds', new Date(NOW).toISOString(), 'InvalidTimeStamp.Format'],
    ['not a date', 'yesterday', 'InvalidTimeStamp.Format']
  ]
  it.each(timestamps)('refuses a timestamp %s', async (_name, timestamp, code) => {
    const answer = await rawVodRequest(emulator, { ...commonParams(emulator.accessKey, NOW), Timestamp: timestamp, ...business })
    expect(answer).toMatchObject({ status: 400, json: { Code: code } })
  })

  it('accepts a timestamp 14 minutes off', async () => {
    const answer = await rawVodRequest(emulator, { ...commonParams(emulator.accessKey, NOW - 14 * 60_000), ...business })
    expect(answer.status).toBe(200)
  })

  const required = ['Action', 'Format', 'Version', 'AccessKeyId', 'SignatureMethod', 'SignatureVersion', 'SignatureNonce', 'Timestamp']
  it.each(required)('refuses a request without %s', async name => {
    const params: Record<string, string> = { ...commonParams(emulator.accessKey, NOW), ...business }
    delete params[name]
    const answer = await rawVodRequest(emulator, params)
    expect(answer).toMatchObject({ status: 400, json: { Code: 'MissingParameter' } })
    expect(answer.json.Message).toContain(`"${name}"`)
  })

  it('refuses a request without Signature', async () => {
    const answer = await rawVodRequest(emulator, { ...commonParams(emulator.accessKey, NOW), ...business }, { sign: false })
    expect(answer).toMatchObject({ status: 400, json: { Code: 'MissingParameter', Message: expect.stringContaining('"Signature"') } })
  })

  const others: Array<[string, Record<string, string>, number, string]> = [
    ['a wrong Version', { Version: '2014-06-18' }, 400, 'InvalidVersion'],
    ['an unknown Action', { Action: 'CreateUploadVideo' }, 404, 'InvalidAction.NotFound'],
    ['an Action named like an Object property', { Action: 'toString' }, 404, 'InvalidAction.NotFound'],
    ['SignatureMethod HMAC-SHA256', { SignatureMethod: 'HMAC-SHA256' }, 400, 'InvalidParameter']
  ]
  it.each(others)('refuses %s', async (_name, override, status, code) => {
    const answer = await rawVodRequest(emulator, { ...commonParams(emulator.accessKey, NOW), ...business, ...override })
    expect(answer).toMatchObject({ status, json: { Code: code } })
  })

  it('refuses a signature made over other parameters', async () => {
    const params = { ...commonParams(emulator.accessKey, NOW), ...business }
    const answer = await rawVodRequest(emulator, params, { secret: 'wrong' })
    expect(answer).toMatchObject({ status: 400, json: { Code: 'SignatureDoesNotMatch' } })
    expect(JSON.stringify(answer.json)).not.toContain(emulator.accessKey.secret)
  })

  it('decodes + as a space in a form body', async () => {
    const params = { ...commonParams(emulator.accessKey, NOW), ...business, Title: 'two words' }
    const answer = await rawVodRequest(emulator, params)
    expect(answer.status).toBe(200)
    expect(emulator.images.get(answer.json.ImageId ?? '')?.title).toBe('two words')
  })
})
