/** Sniffing at the edges: the shortest headers that still tell a format, and refused files described only when sure. */
import { describe, expect, it } from '@jest/globals'
import { describeRefused, extensionsOf, sniffFormat } from '../../src/files/image-format.js'
import { isoBmff } from '../../testkit/images.js'

const latin1 = (text: string): Buffer => Buffer.from(text, 'latin1')
/** An ftyp box header alone: size, "ftyp", the major brand; no minor version, no compatible brands. */
const ftypHeader = (major: string): Buffer => latin1(`\x00\x00\x00\x0cftyp${major}`)

describe('sniffFormat at the edges', () => {
  it.each<[string, Uint8Array, string | undefined]>([
    ['a 12-byte ftyp box with major brand heic', ftypHeader('heic'), 'heic'],
    ['an 11-byte ftyp box', ftypHeader('heic').subarray(0, 11), undefined],
    ['ftyp at the wrong offset', latin1('\x00\x00\x00\x0cxftyheic'), undefined],
    ['HEIC when its brand is the last that fits the box', isoBmff('mif1', ['msf1', 'hevx']), 'heic'],
    ['HEIC when its brand is the first compatible brand', isoBmff('mif1', ['heis', 'avif']), 'heic'],
    ['GIF8 then 9a', latin1('GIF89a'), 'gif'],
    ['GIF8 then 8a', latin1('GIF88a'), undefined],
    ['JPEG: the three bytes and nothing else', Buffer.from([0xff, 0xd8, 0xff]), 'jpeg'],
    ['JPEG: two of the three bytes', Buffer.from([0xff, 0xd8, 0xfe]), undefined],
    ['RIFF with WEBP one byte late', latin1('RIFF\x00\x00\x00\x00xWEBP'), undefined],
    ['a heic brand right after the end of the ftyp box', latin1('\x00\x00\x00\x14ftypmif1\x00\x00\x00\x00mif1heic'), undefined],
    ['WEBP without RIFF', latin1('RIFX\x00\x00\x00\x00WEBP'), undefined]
  ])('%s', (_name, bytes, expected) => {
    expect(sniffFormat(bytes)).toBe(expected)
  })
})

describe('describeRefused at the edges', () => {
  it.each<[string, Uint8Array, string | undefined]>([
    ['a BMP header of exactly 10 bytes', latin1('BM\x10\x00\x00\x00\x00\x00\x00\x00'), 'a BMP image'],
    ['9 bytes starting with BM', latin1('BM\x10\x00\x00\x00\x00\x00\x00'), undefined],
    ['zero reserved bytes without BM', latin1('XY\x10\x00\x00\x00\x00\x00\x00\x00'), undefined],
    ['BM with a reserved byte that is not zero', latin1('BM\x10\x00\x00\x00\x00\x00\x00\x01'), undefined],
    ['BM with a first reserved byte that is not zero', latin1('BM\x10\x00\x00\x00\x01\x00\x00\x00'), undefined],
    ['an ftyp box too short for a brand', latin1('\x00\x00\x00\x08ftyp'), undefined],
    ['AVIF sequence as the major brand', isoBmff('avis', ['msf1']), 'an AVIF image'],
    ['AVIF as a compatible brand', isoBmff('mif1', ['miaf', 'avif']), 'an AVIF image'],
    ['SVG in capitals', Buffer.from('<SVG xmlns="http://www.w3.org/2000/svg">'), 'an SVG image'],
    ['SVG after a UTF-8 byte order mark and a line break', Buffer.from('\uFEFF\n<svg>', 'utf8'), 'an SVG image'],
    ['a byte order mark that is not at the start', Buffer.from(' \uFEFF<svg>', 'utf8'), undefined],
    ['an XML declaration that is not at the start', Buffer.from('see <?xml?> and <svg>'), undefined],
    ['SVG after spaces', Buffer.from('   <svg\n/>'), 'an SVG image'],
    ['an element that only starts like svg', Buffer.from('<svgfoo/>'), undefined],
    ['an XML document that is not SVG', Buffer.from('<?xml version="1.0"?><rss/>'), undefined],
    ['HTML holding an svg element', Buffer.from('<html><svg></svg></html>'), undefined],
    ['TIFF with the wrong byte order mark', latin1('IM*\x00'), undefined],
    ['a PNG, which is not refused', latin1('\x89PNG\r\n\x1a\n'), undefined]
  ])('%s', (_name, bytes, expected) => {
    expect(describeRefused(bytes)).toBe(expected)
  })
})

describe('extensionsOf', () => {
  it.each([
    ['png', ['png']],
    ['gif', ['gif']],
    ['jpeg', ['jpg', 'jpeg', 'jpe', 'jfif']]
  ] as const)('%s agrees with the extensions %j', (format, extensions) => {
    expect(extensionsOf(format)).toEqual(extensions)
  })
})
