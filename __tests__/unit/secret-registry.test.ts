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

describe('SecretRegistry: the work of a redaction does not grow with the number of values', () => {
  /** UploadAuth-like values: base64 of JSON, so every one begins with the same 20 characters, `eyJBY2Nlc3NLZXlJZCI6`. */
  const uploadAuth = (i: number, padding = 0): string =>
    Buffer.from(JSON.stringify({ AccessKeyId: `STS.${String(i).padStart(8, '0')}${'x'.repeat(padding)}`, Region: 'cn-shanghai' })).toString(
      'base64'
    )

  function registryOf(count: number, lengths: number): { registry: SecretRegistry; index: PrefixIndex } {
    const index = new PrefixIndex()
    const registry = new SecretRegistry(undefined, index)
    for (let i = 0; i < count; i++) registry.addTemporary({ masked: [], redacted: [uploadAuth(i, (i % lengths) * 3)] })
    return { registry, index }
  }

  it.each([
    [100, 1],
    [10_000, 1],
    [10_000, 4]
  ])('%i values that begin alike, in %i lengths: one whole hash per length at a position where they could begin', (count, lengths) => {
    const { registry, index } = registryOf(count, lengths)
    const notASecret = uploadAuth(count + 1)
    expect(notASecret.slice(0, 20)).toBe('eyJBY2Nlc3NLZXlJZCI6')
    index.wholeHashes = 0
    expect(registry.redact(`x ${notASecret} y`)).toBe(`x ${notASecret} y`)
    // Each position where the text's first four characters are those of some value asks each of its
    // key's lengths once at most, whatever the count.
    expect(index.wholeHashes).toBeLessThanOrEqual(lengths * 4)
    expect(registry.redact(`x ${uploadAuth(count - 1, ((count - 1) % lengths) * 3)} y`)).toBe('x *** y')
  })
})
