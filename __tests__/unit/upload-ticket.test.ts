/** Issue #13: what CreateUploadImage answers is data: its ImageId, ImageURL and FileURL are checked as the manifest checks them. */
import { describe, expect, it } from '@jest/globals'
import { InvalidUploadTicketError } from '../../src/services/port.js'
import { decodeTicket } from '../../src/services/vod-client.js'
import { parseManifest, serializeManifest } from '../../src/manifest/manifest-file.js'
import { MANIFEST_ENTRY } from '../helpers/manifest-entry.js'

const IMAGE_ID = '0123456789abcdef0123456789abcdef'
const base64 = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64')

function answer(change: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    RequestId: 'REQ-1',
    ImageId: IMAGE_ID,
    ImageURL: 'https://img.example/image/default/a.png',
    FileURL: 'https://outin-1.oss-cn-shanghai.aliyuncs.com/image/default/a.png',
    UploadAddress: base64({ Endpoint: 'https://oss-cn-shanghai.aliyuncs.com', Bucket: 'outin-1', FileName: 'image/default/a.png' }),
    UploadAuth: base64({ AccessKeyId: 'STS.id', AccessKeySecret: 'secret', SecurityToken: 'token', Expiration: '3000' }),
    ...change
  }
}

function refusal(change: Record<string, unknown>): InvalidUploadTicketError {
  try {
    decodeTicket(answer(change), 0)
  } catch (error) {
    if (error instanceof InvalidUploadTicketError) return error
    throw error
  }
  throw new Error('the answer was taken')
}

describe('decodeTicket', () => {
  it('takes an answer of the documented form, and what it records is a manifest entry the next run reads back', () => {
    const ticket = decodeTicket(answer(), 0)
    expect(ticket).toMatchObject({ imageId: IMAGE_ID, imageUrl: 'https://img.example/image/default/a.png' })
    const entry = { ...MANIFEST_ENTRY, imageId: ticket.imageId, imageUrl: ticket.imageUrl, fileUrl: ticket.fileUrl }
    const text = serializeManifest({ version: 1, images: { 'a.png': entry } })
    expect(parseManifest(text, 'vod.json').images['a.png']).toEqual(entry)
  })

  it('takes an answer without FileURL', () => {
    expect(decodeTicket(answer({ FileURL: undefined }), 0).fileUrl).toBe('')
  })

  // An ImageId of the wrong form is not kept even to delete it: it could carry any text into a request.
  it.each<[string, Record<string, unknown>, string, string | undefined]>([
    [
      'an ImageId with a line break',
      { ImageId: `${IMAGE_ID}\n::warning::x` },
      "the answer's ImageId is not an ImageId (32 hex digits)",
      undefined
    ],
    ['an ImageId of 33 digits', { ImageId: `${IMAGE_ID}0` }, "the answer's ImageId is not an ImageId (32 hex digits)", undefined],
    ['an ImageId that is not hex', { ImageId: 'img-1' }, "the answer's ImageId is not an ImageId (32 hex digits)", undefined],
    ['no ImageURL', { ImageURL: undefined }, 'the answer has no ImageURL', IMAGE_ID],
    [
      'an ImageURL that is not http(s)',
      { ImageURL: 'javascript:alert(1)' },
      "the answer's ImageURL is not an http(s) URL with a host",
      IMAGE_ID
    ],
    [
      'an ImageURL with a line break',
      { ImageURL: 'https://img.example/a.png\n::warning::x' },
      "the answer's ImageURL is not an http(s) URL with a host",
      IMAGE_ID
    ],
    [
      'an ImageURL of 5,000 characters',
      { ImageURL: `https://img.example/${'a'.repeat(5000)}` },
      "the answer's ImageURL is longer than 2048 characters",
      IMAGE_ID
    ],
    [
      'a FileURL that is a file: URL',
      { FileURL: 'file:///etc/passwd' },
      "the answer's FileURL is not an http(s) URL with a host",
      IMAGE_ID
    ],
    ...['evil.example#', 'x@evil.example/', 'Outin-1', 'a', `outin-${'1'.repeat(60)}`].map(
      (bucket): [string, Record<string, unknown>, string, string] => [
        `a Bucket "${bucket}" that could change the upload host`,
        { UploadAddress: base64({ Endpoint: 'https://oss-cn-shanghai.aliyuncs.com', Bucket: bucket, FileName: 'image/default/a.png' }) },
        'UploadAddress has a Bucket that is not an OSS bucket name',
        IMAGE_ID
      ]
    )
  ])('refuses %s: InvalidUploadTicket, with the ImageId to delete when it is one', (_name, change, detail, imageId) => {
    const error = refusal(change)
    expect(error).toMatchObject({
      service: 'vod',
      api: 'CreateUploadImage',
      code: 'InvalidUploadTicket',
      kind: 'permanent',
      detail,
      requestId: 'REQ-1'
    })
    expect(error.imageId).toBe(imageId)
  })
})

describe('decodeTicket: the upload credential and where the bytes go', () => {
  const NOW = 1_000_000
  const auth = (fields: Record<string, unknown>): string =>
    base64({ AccessKeyId: 'STS.id', AccessKeySecret: 'secret', SecurityToken: 'token', ...fields })

  it('hands back every field the upload needs, the raw UploadAuth kept to redact', () => {
    const uploadAuth = auth({ Expiration: '3000', Region: 'cn-shanghai' })
    expect(decodeTicket(answer({ UploadAuth: uploadAuth }), NOW)).toEqual({
      requestId: 'REQ-1',
      imageId: IMAGE_ID,
      imageUrl: 'https://img.example/image/default/a.png',
      fileUrl: 'https://outin-1.oss-cn-shanghai.aliyuncs.com/image/default/a.png',
      address: { endpoint: 'https://oss-cn-shanghai.aliyuncs.com', bucket: 'outin-1', fileName: 'image/default/a.png' },
      auth: {
        accessKeyId: 'STS.id',
        accessKeySecret: 'secret',
        securityToken: 'token',
        receivedAt: NOW,
        expiresAt: NOW + 3_000_000,
        region: 'cn-shanghai'
      },
      rawSecrets: [uploadAuth]
    })
  })

  it.each<[string, Record<string, unknown>, number]>([
    ['Expiration seconds from when the answer came', { Expiration: '600' }, NOW + 600_000],
    ['Expiration as a number', { Expiration: 600 }, NOW + 600_000],
    ['Expiration before ExpireUTCTime', { Expiration: '600', ExpireUTCTime: '2026-12-02T10:00:00Z' }, NOW + 600_000],
    ['ExpireUTCTime when Expiration is missing', { ExpireUTCTime: '2026-12-02T10:00:00Z' }, Date.parse('2026-12-02T10:00:00Z')],
    [
      'ExpireUTCTime when Expiration is not whole seconds',
      { Expiration: '600s', ExpireUTCTime: '2026-12-02T10:00:00Z' },
      Date.parse('2026-12-02T10:00:00Z')
    ],
    [
      'ExpireUTCTime when Expiration is negative',
      { Expiration: '-600', ExpireUTCTime: '2026-12-02T10:00:00Z' },
      Date.parse('2026-12-02T10:00:00Z')
    ],
    ['3000 s (what VOD documents) when neither is readable', { Expiration: '', ExpireUTCTime: 'tomorrow' }, NOW + 3_000_000]
  ])('times the credential: %s', (_name, fields, expiresAt) => {
    const ticket = decodeTicket(answer({ UploadAuth: auth(fields) }), NOW)
    expect(ticket.auth.expiresAt).toBe(expiresAt)
    expect(ticket.auth.region).toBeUndefined()
  })

  it.each(['abc', 'a_b', 'outin-1', `a${'1'.repeat(61)}b`, '0-9'])('takes the bucket name %s', bucket => {
    const address = base64({ Endpoint: 'https://oss.example', Bucket: bucket, FileName: 'f.png' })
    expect(decodeTicket(answer({ UploadAddress: address }), NOW).address.bucket).toBe(bucket)
  })

  it.each(['ab', `a${'1'.repeat(62)}b`, '-ab', 'ab-', 'a.b', ' abc', 'abc '])('refuses the bucket name %j', bucket => {
    const address = base64({ Endpoint: 'https://oss.example', Bucket: bucket, FileName: 'f.png' })
    expect(refusal({ UploadAddress: address }).detail).toBe('UploadAddress has a Bucket that is not an OSS bucket name')
  })

  it.each<[string, Record<string, unknown>, string]>([
    ['no UploadAddress', { UploadAddress: undefined }, 'the answer has no UploadAddress'],
    ['an empty UploadAuth', { UploadAuth: '' }, 'the answer has no UploadAuth'],
    ['an UploadAuth that is not text', { UploadAuth: { AccessKeyId: 'x' } }, 'the answer has no UploadAuth'],
    ['an UploadAddress not Base64 of JSON', { UploadAddress: 'not base64 json!' }, 'UploadAddress is not Base64 of a JSON object'],
    ['an UploadAddress of a JSON list', { UploadAddress: base64(['Endpoint']) }, 'UploadAddress is not Base64 of a JSON object'],
    ['an UploadAuth of JSON null', { UploadAuth: base64(null) }, 'UploadAuth is not Base64 of a JSON object'],
    ['an UploadAuth of a JSON string', { UploadAuth: base64('STS.id') }, 'UploadAuth is not Base64 of a JSON object'],
    ['no Endpoint', { UploadAddress: base64({ Bucket: 'outin-1', FileName: 'f.png' }) }, 'UploadAddress has no Endpoint'],
    ['no FileName', { UploadAddress: base64({ Endpoint: 'https://oss.example', Bucket: 'outin-1' }) }, 'UploadAddress has no FileName'],
    ['no Bucket', { UploadAddress: base64({ Endpoint: 'https://oss.example', FileName: 'f.png' }) }, 'UploadAddress has no Bucket'],
    ['no AccessKeyId', { UploadAuth: base64({ AccessKeySecret: 's', SecurityToken: 't' }) }, 'UploadAuth has no AccessKeyId'],
    ['no AccessKeySecret', { UploadAuth: base64({ AccessKeyId: 'i', SecurityToken: 't' }) }, 'UploadAuth has no AccessKeySecret'],
    ['no SecurityToken', { UploadAuth: base64({ AccessKeyId: 'i', AccessKeySecret: 's' }) }, 'UploadAuth has no SecurityToken']
  ])('refuses %s, with the ImageId to delete', (_name, change, detail) => {
    const error = refusal(change)
    expect(error).toMatchObject({ api: 'CreateUploadImage', code: 'InvalidUploadTicket', detail, requestId: 'REQ-1' })
    expect(error.imageId).toBe(IMAGE_ID)
  })

  it('refuses an answer without ImageId or RequestId, naming neither', () => {
    const error = refusal({ ImageId: undefined, RequestId: undefined })
    expect(error).toMatchObject({ detail: 'the answer has no ImageId', requestId: undefined, imageId: undefined })
  })

  it('takes values given as numbers as their text', () => {
    expect(decodeTicket(answer({ RequestId: 42 }), NOW).requestId).toBe('42')
  })
})
