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
    expect(error).toMatchObject({ code: 'InvalidUploadTicket', kind: 'permanent', detail, requestId: 'REQ-1' })
    expect(error.imageId).toBe(imageId)
  })
})
