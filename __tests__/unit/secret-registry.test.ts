/** SecretRegistry: what is masked, what is redacted, and that redaction finds every form, longest first. */
import { describe, expect, it } from '@jest/globals'
import { encodedForms, PrefixIndex, SecretRegistry } from '../../src/shared/secrets.js'

function registry(): { secrets: SecretRegistry; masked: string[] } {
  const masked: string[] = []
  return { secrets: new SecretRegistry(value => masked.push(value)), masked }
}

describe('SecretRegistry.redact', () => {
  it.each([
    ['a value as it is', ['key+secret/value='], 'x key+secret/value= y', 'x *** y'],
    ['a value percent-encoded once', ['key+secret/value='], 'q=key%2Bsecret%2Fvalue%3D&', 'q=***&'],
    ['a value percent-encoded twice', ['key+secret/value='], 'key%252Bsecret%252Fvalue%253D', '***'],
    ['every occurrence', ['abcd1234'], 'abcd1234 and abcd1234', '*** and ***'],
    ['values shorter than 4 characters are not secrets', ['abc'], 'abc abcd', 'abc abcd'],
    ['the longest value where one starts another', ['secret', 'secret-and-more'], 'a secret-and-more b secret', 'a *** b ***'],
    ['a longer value that starts inside a shorter one', ['abcd', 'bcdefgh'], 'abcdefgh!', '***!'],
    ['overlapping values, one ***', ['token-one', 'one-two'], 'token-one-two.', '***.'],
    [
      'values that share their first 32 characters',
      ['p'.repeat(40) + 'A', 'p'.repeat(40) + 'BB'],
      `${'p'.repeat(40)}BB ${'p'.repeat(40)}A`,
      '*** ***'
    ],
    ['text without secrets is the same string', ['abcd1234'], 'nothing here', 'nothing here'],
    ['a value at the very end', ['wxyz'], 'ends in wxyz', 'ends in ***']
  ])('%s', (_name, values, text, expected) => {
    const { secrets } = registry()
    secrets.add(...values)
    expect(secrets.redact(text)).toBe(expected)
  })

  it('scrubs every form of a temporary credential, masked or not', () => {
    const { secrets } = registry()
    secrets.addTemporary({ masked: ['tmp+secret/1=', 'CAIS+token/2=='], redacted: ['STS.keyid', 'eyJBY2Nlc3NLZXlJZCI6'] })
    const forms = ['tmp+secret/1=', 'CAIS+token/2==', 'STS.keyid', 'eyJBY2Nlc3NLZXlJZCI6'].flatMap(encodedForms)
    for (const form of forms) expect(secrets.redact(`<${form}>`)).toBe('<***>')
  })

  it('finds each of thousands of values in text that holds many of them', () => {
    const { secrets } = registry()
    const values = Array.from({ length: 5000 }, (_, i) => `CAIS${i.toString(36).padStart(6, '0')}+token/${i}`)
    values.forEach(value => secrets.addTemporary({ masked: [value], redacted: [] }))
    const text = values.filter((_, i) => i % 97 === 0).join(' | ')
    expect(secrets.redact(text)).toBe(
      values
        .filter((_, i) => i % 97 === 0)
        .map(() => '***')
        .join(' | ')
    )
  })
})

describe('SecretRegistry masking', () => {
  it('masks every form of the long-lived credential, each once', () => {
    const { secrets, masked } = registry()
    secrets.add('key+secret/value=', undefined, 'key+secret/value=')
    expect(masked).toEqual(encodedForms('key+secret/value='))
  })

  it('masks only the given values of a temporary credential, as they are: two commands per image', () => {
    const { secrets, masked } = registry()
    for (let image = 0; image < 100; image++) {
      secrets.addTemporary({
        masked: [`secret+${image}/x=`, `CAIS+token/${image}==`],
        redacted: [`STS.key${image}`, `eyJhdXRoIjoi${image}`]
      })
    }
    expect(masked).toHaveLength(200)
    expect(masked.slice(0, 2)).toEqual(['secret+0/x=', 'CAIS+token/0=='])
  })

  it('does not mask a value twice', () => {
    const { secrets, masked } = registry()
    secrets.add('long-lived-secret')
    secrets.addTemporary({ masked: ['long-lived-secret', 'tmp-token'], redacted: [] })
    expect(masked.filter(value => value === 'long-lived-secret')).toHaveLength(1)
    expect(masked).toContain('tmp-token')
  })
})

describe('PrefixIndex: work per look-up does not grow with the values registered', () => {
  /** Values of one length that all begin like an UploadAuth (base64 of `{"AccessKeyId":`). */
  const uploadAuths = (count: number): string[] =>
    Array.from({ length: count }, (_, i) => `eyJBY2Nlc3NLZXlJZCI6${String(i).padStart(8, '0')}${'x'.repeat(40)}`)

  /** Whole hashes computed to find the longest value at the start of text, after registering values. */
  function workAt(values: string[], text: string): { length: number; hashes: number } {
    const index = new PrefixIndex()
    values.forEach(value => index.add(value))
    index.wholeHashes = 0
    const length = index.longestAt(text, 0)
    return { length, hashes: index.wholeHashes }
  }

  it.each([10, 10_000])('finding one of %i values that share their key costs one whole hash', count => {
    const values = uploadAuths(count)
    expect(workAt(values, `${values[count - 1]}!`)).toEqual({ length: values[0].length, hashes: 1 })
    expect(workAt(values, `eyJBY2Nlc3NLZXlJZCI6${'y'.repeat(48)}`)).toEqual({ length: 0, hashes: 1 })
  })

  it('adding a value costs one whole hash, however many share its key', () => {
    const index = new PrefixIndex()
    uploadAuths(10_000).forEach(value => index.add(value))
    index.wholeHashes = 0
    expect(index.add(`eyJBY2Nlc3NLZXlJZCI6${'z'.repeat(48)}`)).toBe(true)
    expect(index.add(`eyJBY2Nlc3NLZXlJZCI6${'z'.repeat(48)}`)).toBe(false)
    expect(index.wholeHashes).toBe(2)
  })

  it('tries the lengths of one key longest first, and stops at the first that matches', () => {
    const key = 'k'.repeat(16)
    const values = [`${key}-short`, `${key}-a-longer-one`, `${key}-the-longest-of-all`]
    expect(workAt(values, `${key}-the-longest-of-all`)).toEqual({ length: values[2].length, hashes: 1 })
    expect(workAt([...values].reverse(), `${key}-the-longest-of-all`)).toEqual({ length: values[2].length, hashes: 1 })
    expect(workAt(values, `${key}-short, then much more text`)).toEqual({ length: values[0].length, hashes: 3 })
  })

  it('a text that begins like no value costs no whole hash, however many lengths are registered', () => {
    const values = Array.from({ length: 10 }, (_, i) => `${'k'.repeat(16)}${'v'.repeat(i + 4)}`)
    expect(workAt(values, 'q'.repeat(64))).toEqual({ length: 0, hashes: 0 })
  })
})
