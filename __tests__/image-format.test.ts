import { describe, expect, it } from '@jest/globals'
import { imageExt, sniffFormat } from '../src/image-format.js'
import { GIF, JPEG, png } from '../scripts/images.js'

describe('sniffFormat', () => {
  it.each<[string, Uint8Array, string | undefined]>([
    ['PNG', png(), 'png'],
    ['JPEG', JPEG, 'jpeg'],
    ['GIF89a', GIF, 'gif'],
    ['GIF87a', Buffer.from('GIF87a\x01\x00', 'latin1'), 'gif'],
    ['GIF8 then junk', Buffer.from('GIF8xa', 'latin1'), undefined],
    ['empty', Buffer.alloc(0), undefined],
    ['text', Buffer.from('hello world'), undefined],
    ['truncated PNG signature', png().subarray(0, 5), undefined],
    ['WebP', Buffer.from('RIFF\x00\x00\x00\x00WEBP', 'latin1'), undefined],
    ['PDF', Buffer.from('%PDF-1.7'), undefined]
  ])('%s', (_name, bytes, expected) => {
    expect(sniffFormat(bytes)).toBe(expected)
  })

  it.each([
    ['png', 'png'],
    ['jpeg', 'jpg'],
    ['gif', 'gif']
  ] as const)('sends ImageExt %s as %s', (format, ext) => {
    expect(imageExt(format)).toBe(ext)
  })
})
