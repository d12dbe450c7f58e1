/** redact(): every form of every registered secret is scrubbed from text, whatever its position, length or neighbours. */
import { describe, expect, it } from '@jest/globals'
import { encodedForms, SecretRegistry } from '../../src/shared/secrets.js'

function redacted(values: string[], text: string): string {
  const secrets = new SecretRegistry()
  secrets.add(...values)
  return secrets.redact(text)
}

describe('the forms a secret travels in', () => {
  it.each<[string, string, string[]]>([
    ['plain text has one form', 'abcd1234', ['abcd1234']],
    [
      'RFC 3986 reserved characters are percent-encoded, upper case, once and twice',
      "k!e'y(s)e*c",
      ["k!e'y(s)e*c", 'k%21e%27y%28s%29e%2Ac', 'k%2521e%2527y%2528s%2529e%252Ac']
    ],
    ['+, / and = as a query encodes them', 'a+b/c=', ['a+b/c=', 'a%2Bb%2Fc%3D', 'a%252Bb%252Fc%253D']],
    ['a space as %20, never +', 'tok en', ['tok en', 'tok%20en', 'tok%2520en']],
    [
      'a lone surrogate (a crafted JSON escape) as UTF-8 encodes it, without throwing',
      'tok\uD800en',
      ['tok\uD800en', 'tok%EF%BF%BDen', 'tok%25EF%25BF%25BDen']
    ]
  ])('%s', (_name, value, forms) => {
    expect(encodedForms(value)).toEqual(forms)
  })

  it.each([
    ['as it is', "k!e'y(s)e*c"],
    ['percent-encoded once (a query or form)', 'k%21e%27y%28s%29e%2Ac'],
    ['percent-encoded twice (a string to sign)', 'k%2521e%2527y%2528s%2529e%252Ac'],
    ["as encodeURIComponent leaves it (a library's URL)", "k!e'y(s)e*c"]
  ])('a secret with reserved characters is scrubbed %s', (_name, form) => {
    expect(redacted(["k!e'y(s)e*c"], `Signature=${form}&x`)).toBe('Signature=***&x')
  })
})

describe('redact', () => {
  it.each<[string, string[], string, string]>([
    [
      'a secret in an error message',
      ['s3cr3t-value'],
      'SignatureDoesNotMatch: s3cr3t-value is wrong',
      'SignatureDoesNotMatch: *** is wrong'
    ],
    ['a 4-character secret, the shortest there is', ['wxyz'], 'wxyz wxy xyz', '*** wxy xyz'],
    ['a 3-character value is not a secret', ['abc'], 'abc', 'abc'],
    ['a secret at the very start', ['wxyz'], 'wxyz!', '***!'],
    ['a secret that is the whole text', ['wxyz'], 'wxyz', '***'],
    ['a secret cut short by the end of the text', ['wxyz'], 'a wxy', 'a wxy'],
    ['adjacent secrets become one ***', ['abcd', 'wxyz'], '<abcdwxyz>', '<***>'],
    ['a secret repeated back to back is one ***', ['abcd'], 'abcdabcd abcd', '*** ***'],
    ['secrets that differ only in their last character', ['abcdefgh1', 'abcdefgh2'], 'abcdefgh2 abcdefgh3', '*** abcdefgh3'],
    ['a short secret inside a long text of look-alikes', ['abcd'], 'abcabcdab', 'abc***ab']
  ])('%s', (_name, values, text, expected) => {
    expect(redacted(values, text)).toBe(expected)
  })

  it.each<[string, string[]]>([
    ['registered shortest first', ['x'.repeat(20), `${'x'.repeat(20)}-tail`, `${'x'.repeat(20)}-tail-longer`]],
    ['registered longest first', [`${'x'.repeat(20)}-tail-longer`, `${'x'.repeat(20)}-tail`, 'x'.repeat(20)]],
    ['registered in no order', [`${'x'.repeat(20)}-tail`, `${'x'.repeat(20)}-tail-longer`, 'x'.repeat(20)]]
  ])('the longest of secrets that start alike wins, %s', (_name, values) => {
    const text = `[${'x'.repeat(20)}-tail-longer] [${'x'.repeat(20)}-tail] [${'x'.repeat(20)}]`
    expect(redacted(values, text)).toBe('[***] [***] [***]')
  })

  it.each<[string, number]>([
    ['short secrets, each its own key', 3],
    ['secrets longer than their key', 40]
  ])('secrets that share a key but not a length: %s', (_name, length) => {
    const values = Array.from({ length: 5 }, (_, i) => `${'k'.repeat(length)}${'v'.repeat(i + 1)}`)
    const text = values.map(value => `(${value})`).join('')
    expect(redacted(values, text)).toBe('(***)'.repeat(5))
  })

  it.each<[string, string[]]>([
    ['the long one first', ['abcdefghijklmnopqrs', 'abcde']],
    ['the short one first', ['abcde', 'abcdefghijklmnopqrs']]
  ])('a long secret that starts with a short one is scrubbed whole, %s', (_name, values) => {
    expect(redacted(values, '<abcdefghijklmnopqrs> <abcde>')).toBe('<***> <***>')
  })

  it('secrets of the same length that share their first 16 characters are each scrubbed', () => {
    const values = ['0123456789abcdef-one', '0123456789abcdef-two', '0123456789abcdef-six']
    expect(redacted(values, values.map(value => `[${value}]`).join(' '))).toBe('[***] [***] [***]')
  })

  it('leaves text that ends partway into a secret, even one whose missing end is NUL characters', () => {
    const secret = `${'0123456789abcdef'}ghij\0\0\0\0`
    expect(redacted([secret], '<0123456789abcdefghij')).toBe('<0123456789abcdefghij')
    expect(redacted([secret], `<${secret}>`)).toBe('<***>')
  })

  it('returns text with no registered secret as it is, before and after one is registered', () => {
    const secrets = new SecretRegistry()
    expect(secrets.redact('abcd')).toBe('abcd')
    secrets.add('wxyz')
    expect(secrets.redact('abcd')).toBe('abcd')
  })

  it('registers nothing for undefined, empty or short values, and masks nothing', () => {
    const masked: string[] = []
    const secrets = new SecretRegistry(value => masked.push(value))
    secrets.add(undefined, '', 'ab', 'abc')
    secrets.addTemporary({ masked: [undefined, 'xyz'], redacted: [undefined, 'q'] })
    expect(masked).toEqual([])
    expect(secrets.redact('ab abc xyz q')).toBe('ab abc xyz q')
  })

  it('scrubs a temporary credential that was only redacted, never masked', () => {
    const masked: string[] = []
    const secrets = new SecretRegistry(value => masked.push(value))
    secrets.addTemporary({ masked: [], redacted: ['STS.NUq+key/id'] })
    expect(masked).toEqual([])
    expect(secrets.redact('id=STS.NUq%2Bkey%2Fid')).toBe('id=***')
  })
})
