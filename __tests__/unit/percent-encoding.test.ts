/** RFC 3986 percent-encoding, shared by the V3 signer and the secret registry's forms. */
import { describe, expect, it } from '@jest/globals'
import { percentEncode } from '../../src/shared/percent-encoding.js'

/** The definition, byte by byte over the UTF-8 encoding: what the fast form must equal. */
function byteByByte(value: string): string {
  let encoded = ''
  for (const byte of Buffer.from(value, 'utf8')) {
    const unreserved = /[A-Za-z0-9\-_.~]/.test(String.fromCharCode(byte)) && byte < 0x80
    encoded += unreserved ? String.fromCharCode(byte) : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`
  }
  return encoded
}

describe('percentEncode', () => {
  it.each([
    ['space', 'a b', 'a%20b'],
    ['star', 'a*b', 'a%2Ab'],
    ['tilde (unreserved)', 'a~b', 'a~b'],
    ['unreserved punctuation', '-_.', '-_.'],
    ['plus, slash, equals, ampersand', '+/=&', '%2B%2F%3D%26'],
    ["what encodeURIComponent keeps: ! ' ( ) *", "!'()*", '%21%27%28%29%2A'],
    ['non-ASCII as UTF-8 bytes', 'é猫', '%C3%A9%E7%8C%AB'],
    ['a character outside the BMP (a surrogate pair)', '😀', '%F0%9F%98%80'],
    ['a lone high surrogate, without throwing', '\uD800', '%EF%BF%BD'],
    ['a lone low surrogate after text', 'a\uDC00', 'a%EF%BF%BD'],
    ['the letters and digits at each end of their ranges', 'AZaz09', 'AZaz09'],
    ['the bytes just outside them', '@[`{/:', '%40%5B%60%7B%2F%3A'],
    ['a control byte, padded to two digits', '\n', '%0A'],
    ['the empty text', '', '']
  ])('encodes %s', (_name, value, encoded) => {
    expect(percentEncode(value)).toBe(encoded)
  })

  it('equals the byte-by-byte definition for every UTF-16 code unit, alone and after a high surrogate', () => {
    const differing: number[] = []
    for (let unit = 0; unit <= 0xffff; unit++) {
      const alone = String.fromCharCode(unit)
      const paired = `\uD83D${alone}`
      if (percentEncode(alone) !== byteByByte(alone) || percentEncode(paired) !== byteByByte(paired)) differing.push(unit)
    }
    expect(differing).toEqual([])
  })
})
