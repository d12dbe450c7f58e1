/** GetImageInfos' answer is checked before anything is decided from it: its shape, and only the ids asked about. */
import { describe, expect, it } from '@jest/globals'
import { decodeImageInfos } from '../../src/services/vod-client.js'
import { ServiceError } from '../../src/shared/errors.js'
import { thrownBy } from '../helpers/rejection.js'

const A = 'a'.repeat(32)
const B = 'b'.repeat(32)
const asked = new Set([A, B])
const info = (imageId: string, tags: string): Record<string, unknown> => ({ ImageId: imageId, Tags: tags, Title: 't', Status: 'Normal' })

describe('decodeImageInfos', () => {
  it.each<[string, Record<string, unknown>, { infos: Array<{ imageId: string; tags: string[] }>; nonExistImageIds: string[] }]>([
    [
      'lists as VOD documents them',
      { RequestId: 'r', ImageInfo: [info(A, 'x, gh-repo-id-1,')], NonExistImageIds: [B] },
      { infos: [{ imageId: A, tags: ['x', 'gh-repo-id-1'] }], nonExistImageIds: [B] }
    ],
    [
      'lists wrapped in an object',
      { ImageInfo: { ImageInfo: [info(A, '')] }, NonExistImageIds: { String: [B] } },
      { infos: [{ imageId: A, tags: [] }], nonExistImageIds: [B] }
    ],
    ['no lists at all: nothing known', { RequestId: 'r' }, { infos: [], nonExistImageIds: [] }],
    [
      'ids that were not asked about are left out',
      { ImageInfo: [info('c'.repeat(32), 'gh-repo-id-1')], NonExistImageIds: ['d'.repeat(32)] },
      { infos: [], nonExistImageIds: [] }
    ]
  ])('%s', (_name, answer, expected) => {
    const decoded = decodeImageInfos(answer, asked)
    expect(decoded.infos.map(({ imageId, tags }) => ({ imageId, tags }))).toEqual(expected.infos)
    expect(decoded.nonExistImageIds).toEqual(expected.nonExistImageIds)
  })

  it.each<[string, Record<string, unknown>, string]>([
    ['ImageInfo not a list', { ImageInfo: 'x' }, 'the answer has no list ImageInfo / NonExistImageIds'],
    ['an item not an object', { ImageInfo: ['x'] }, 'an ImageInfo item is not an object'],
    ['an item without ImageId', { ImageInfo: [{ Tags: 'gh-repo-id-1' }] }, 'an ImageInfo item has no ImageId'],
    ['NonExistImageIds with a number', { NonExistImageIds: [1] }, 'NonExistImageIds holds an item that is not a string']
  ])('refuses an answer with %s, saying what is wrong', (_name, answer, detail) => {
    const error = thrownBy(() => decodeImageInfos({ RequestId: 'req-1', ...answer }, asked))
    expect(error).toBeInstanceOf(ServiceError)
    expect(error).toMatchObject({
      service: 'vod',
      api: 'GetImageInfos',
      code: 'InvalidResponse',
      requestId: 'req-1',
      kind: 'permanent',
      detail
    })
  })

  it.each<[string, string, string]>([
    [
      'a signed http(s) URL is kept',
      'https://cdn.example.com/image/a.png?auth_key=1700000000-0-0-abc',
      'https://cdn.example.com/image/a.png?auth_key=1700000000-0-0-abc'
    ],
    ['not http(s): left out', 'javascript:alert(1)', ''],
    ['a line break in it: left out', 'https://cdn.example.com/a.png\n::error::x', ''],
    ['a user and password in it: left out', 'https://u:p@cdn.example.com/a.png', ''],
    ['too long: left out', `https://cdn.example.com/${'a'.repeat(2100)}`, '']
  ])('URL (outside text, shown as a preview): %s', (_name, url, expected) => {
    const decoded = decodeImageInfos({ ImageInfo: [{ ...info(A, ''), Status: 'UploadFail', URL: url }] }, asked)
    expect(decoded.infos[0]).toMatchObject({ status: 'UploadFail', url: expected })
  })
})

describe('decodeImageInfos: each field', () => {
  it('hands back the title, status, URL and AppId of each image asked about', () => {
    const decoded = decodeImageInfos(
      {
        ImageInfo: [{ ImageId: A, Tags: ' a ,,b ', Title: 'Shot', Status: 'Normal', URL: 'https://cdn.example.com/a.png', AppId: 'app-1' }]
      },
      asked
    )
    expect(decoded).toEqual({
      infos: [{ imageId: A, tags: ['a', 'b'], title: 'Shot', status: 'Normal', url: 'https://cdn.example.com/a.png', appId: 'app-1' }],
      nonExistImageIds: []
    })
  })

  it('takes absent fields as empty, and null lists as empty lists', () => {
    expect(decodeImageInfos({ ImageInfo: [{ ImageId: A }], NonExistImageIds: null }, asked)).toEqual({
      infos: [{ imageId: A, tags: [], title: '', status: '', url: '', appId: '' }],
      nonExistImageIds: []
    })
    expect(decodeImageInfos({ ImageInfo: null }, asked)).toEqual({ infos: [], nonExistImageIds: [] })
  })

  it.each<[string, Record<string, unknown>]>([
    ['an item that is null', { ImageInfo: [null] }],
    ['an item that is a list', { ImageInfo: [[A]] }],
    ['ImageInfo wrapped under another key', { ImageInfo: { Items: [] } }],
    ['NonExistImageIds wrapped under another key', { NonExistImageIds: { ImageId: [B] } }],
    ['NonExistImageIds a string', { NonExistImageIds: B }]
  ])('refuses an answer with %s; without a RequestId it names none', (_name, answer) => {
    const error = thrownBy(() => decodeImageInfos(answer, asked))
    expect(error).toMatchObject({ code: 'InvalidResponse', requestId: undefined })
  })
})
