import { describe, expect, it } from '@jest/globals'
import { describeRefused, extensionsOf, imageExt, sniffFormat } from '../../src/files/image-format.js'
import { GIF, isoBmff, JPEG, png, WEBP } from '../../testkit/images.js'

const latin1 = (text: string) => Buffer.from(text, 'latin1')

describe('sniffFormat', () => {
  it.each<[string, Uint8Array, string | undefined]>([
    ['PNG', png(), 'png'],
    ['JPEG', JPEG, 'jpeg'],
    ['GIF89a', GIF, 'gif'],
    ['GIF87a', latin1('GIF87a\x01\x00'), 'gif'],
    ['GIF8 then junk', latin1('GIF8xa'), undefined],
    ['empty', Buffer.alloc(0), undefined],
    ['text', Buffer.from('hello world'), undefined],
    ['truncated PNG signature', png().subarray(0, 5), undefined],
    ['WebP (lossless)', WEBP, 'webp'],
    ['WebP header alone', latin1('RIFF\x00\x00\x00\x00WEBP'), 'webp'],
    ['RIFF that is WAVE audio', latin1('RIFF\x24\x00\x00\x00WAVEfmt '), undefined],
    ['truncated WebP', latin1('RIFF\x00\x00\x00\x00WEB'), undefined],
    ['HEIC: major brand heic (iPhone)', isoBmff('heic', ['mif1', 'heic']), 'heic'],
    ['HEIC: major brand heix (10-bit)', isoBmff('heix', ['mif1', 'heix']), 'heic'],
    ['HEIC: sequence brand hevc', isoBmff('hevc', ['msf1', 'hevc']), 'heic'],
    ['HEIC: multi-layer brands heim, heis', isoBmff('heim', ['mif1']), 'heic'],
    ['HEIC: generic mif1 with a heic compatible brand', isoBmff('mif1', ['mif1', 'heic']), 'heic'],
    ['AVIF: major brand avif', isoBmff('avif', ['mif1', 'miaf']), undefined],
    ['AVIF: generic mif1 with avif', isoBmff('mif1', ['avif', 'mif1']), undefined],
    ['HEIF of no known codec', isoBmff('mif1', ['mif1']), undefined],
    ['MP4 video', isoBmff('isom', ['isom', 'iso2', 'mp41']), undefined],
    ['a heic brand outside the ftyp box does not count', Buffer.concat([isoBmff('mif1', ['mif1']), latin1('heic')]), undefined],
    ['PDF', Buffer.from('%PDF-1.7'), undefined]
  ])('%s', (_name, bytes, expected) => {
    expect(sniffFormat(bytes)).toBe(expected)
  })

  it.each([
    ['png', 'png'],
    ['jpeg', 'jpg'],
    ['gif', 'gif'],
    ['webp', 'webp'],
    ['heic', 'heic']
  ] as const)('sends ImageExt %s as %s', (format, ext) => {
    expect(imageExt(format)).toBe(ext)
  })

  it.each([
    ['webp', ['webp']],
    ['heic', ['heic', 'heif']]
  ] as const)('%s agrees with the extensions %j', (format, extensions) => {
    expect(extensionsOf(format)).toEqual(extensions)
  })
})

describe('describeRefused', () => {
  it.each<[string, Uint8Array, string | undefined]>([
    ['AVIF', isoBmff('avif', ['mif1']), 'an AVIF image'],
    ['MP4', isoBmff('isom', ['mp41']), 'an ISO-BMFF file (MP4, MOV or HEIF) with no HEIC brand'],
    ['BMP', latin1('BM\x46\x00\x00\x00\x00\x00\x00\x00\x36\x00'), 'a BMP image'],
    ['text starting with BM', Buffer.from('BMW owners club'), undefined],
    ['TIFF little-endian', latin1('II*\x00\x08\x00\x00\x00'), 'a TIFF image'],
    ['TIFF big-endian', latin1('MM\x00*\x00\x00\x00\x08'), 'a TIFF image'],
    ['SVG', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'an SVG image'],
    ['SVG after an XML declaration', Buffer.from('<?xml version="1.0"?>\n<svg width="1"/>'), 'an SVG image'],
    ['WAVE audio', latin1('RIFF\x24\x00\x00\x00WAVEfmt '), 'a RIFF file that is not WebP'],
    ['plain text', Buffer.from('hello'), undefined]
  ])('%s', (_name, bytes, expected) => {
    expect(describeRefused(bytes)).toBe(expected)
  })
})
