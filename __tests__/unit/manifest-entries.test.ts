/** Issue #12: every field of every manifest entry is checked, or the manifest is refused naming the entry and the field. */
import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../src/shared/errors.js'
import { parseManifest } from '../../src/manifest/manifest-file.js'
import { MANIFEST_ENTRY } from '../helpers/manifest-entry.js'

const ENTRY = { ...MANIFEST_ENTRY, tags: ['docs-site', 'main'], replaced: { imageId: 'c0ffee00c0ffee00c0ffee00c0ffee00', deleted: true } }

const text = (entry: Record<string, unknown>): string => JSON.stringify({ version: 1, images: { 'docs/a.png': entry } })
const withField = (field: string, value: unknown): Record<string, unknown> => ({ ...ENTRY, [field]: value })
const without = (field: string): Record<string, unknown> => Object.fromEntries(Object.entries(ENTRY).filter(([name]) => name !== field))

describe('manifest entries', () => {
  it('takes an entry in the form this action writes, with and without "replaced"', () => {
    expect(parseManifest(text(ENTRY), 'vod.json').images['docs/a.png']).toEqual(ENTRY)
    expect(parseManifest(text(without('replaced')), 'vod.json').images['docs/a.png']).toEqual(without('replaced'))
  })

  it.each<[string, unknown]>([
    ['sha256', 'A'.repeat(64)],
    ['sha256', 'a'.repeat(63)],
    ['sha256', 64],
    ['sha256', ['a'.repeat(64)]],
    ['bytes', '10'],
    ['bytes', -1],
    ['bytes', 1.5],
    ['bytes', 2 ** 64],
    ['bytes', null],
    ['format', 'bmp'],
    ['format', ['png']],
    ['imageId', 'x\n::error::y'],
    ['imageId', 'a'.repeat(65)],
    ['imageId', 7],
    ['imageUrl', 'javascript:alert(1)'],
    ['imageUrl', 'not a url'],
    ['imageUrl', { href: 'https://x' }],
    ['imageUrl', 'https://img.example/a.png\n::error::x'],
    ['imageUrl', 'xhttps://img.example/a.png'],
    ['fileUrl', 'xhttp://img.example/a.png'],
    ['fileUrl', 'file:///etc/passwd'],
    ['fileUrl', 12],
    ['title', 12],
    ['title', null],
    ['tags', 'x'],
    ['tags', [1]],
    ['tags', ['a', null]],
    ['tags', { 0: 'a' }],
    ['uploadedAt', 20261124],
    ['replaced', 'old'],
    ['replaced', { imageId: 'old' }],
    ['replaced', { imageId: 'old', deleted: 'yes' }],
    ['replaced', { imageId: 'bad id', deleted: true }],
    // Issue #13: what a skipped file reports comes from its entry, checked as strictly as a fresh answer.
    ['imageId', 'old-image_1'],
    ['imageId', 'a'.repeat(31)],
    ['imageId', 'g'.repeat(32)],
    ['imageUrl', `https://img.example/${'a'.repeat(2048)}`],
    ['imageUrl', 'https://user:password@img.example/a.png'],
    ['fileUrl', 'https:///a.png\n'],
    ['title', 'a\n::warning::pwned'],
    ['title', 'a\u0085b'],
    ['title', 'x'.repeat(129)],
    ['title', 'é'.repeat(65)],
    ['tags', ['a\n::warning::pwned']],
    ['tags', ['a,b']],
    ['tags', ['x'.repeat(33)]],
    ['tags', Array.from({ length: 17 }, (_, i) => `t${i}`)],
    ['replaced', { imageId: 'c0ffee00c0ffee00c0ffee00c0ffee00', deleted: true, note: 'x' }]
  ])('refuses "%s": %j, naming the entry and the field', (field, value) => {
    expect(() => parseManifest(text(withField(field, value)), 'vod.json')).toThrow(InputError)
    expect(() => parseManifest(text(withField(field, value)), 'vod.json')).toThrow(
      new RegExp(`entry "docs/a\\.png" has an? "${field}" that`)
    )
  })

  it.each<[string, unknown, string]>([
    ['sha256', 'x', 'has a "sha256" that is not 64 hex digits'],
    ['bytes', -1, 'has a "bytes" that is not a whole number of bytes'],
    ['format', 'bmp', 'has a "format" that is not one of png, jpeg, gif, webp, heic'],
    ['imageId', 'bad id', 'has an "imageId" that is not an ImageId (32 hex digits)'],
    ['imageUrl', 12, 'has an "imageUrl" that is not a string'],
    ['imageUrl', 'ftp://img.example/a.png', 'has an "imageUrl" that is not an http(s) URL with a host'],
    ['imageUrl', `https://img.example/${'a'.repeat(2048)}`, 'has an "imageUrl" that is longer than 2048 characters'],
    ['imageUrl', 'https://user:pw@img.example/a.png', 'has an "imageUrl" that holds a user name or password'],
    ['fileUrl', 12, 'has a "fileUrl" that is not a string'],
    ['title', 12, 'has a "title" that is not a string'],
    ['tags', 'x', 'has a "tags" that is not a list of strings'],
    ['title', 'a\rb', 'has a "title" that has a control character'],
    ['title', 'x'.repeat(129), 'has a "title" that is longer than 128 bytes'],
    ['tags', ['a\tb'], 'has a "tags" that has a tag with a comma or a control character'],
    ['tags', ['x'.repeat(33)], 'has a "tags" that has a tag longer than 32 bytes'],
    ['tags', Array.from({ length: 17 }, (_, i) => `t${i}`), 'has a "tags" that has more than 16 tags']
  ])('says what is wrong with "%s": %j', (field, value, problem) => {
    expect(() => parseManifest(text(withField(field, value)), 'vod.json')).toThrow(`entry "docs/a.png" ${problem}`)
  })

  it.each<[string, unknown]>([
    ['bytes', 0],
    ['imageUrl', 'http://img.example/a.png'],
    ['fileUrl', 'http://img.example/a.png'],
    ['fileUrl', ''],
    ['tags', []],
    ['title', ''],
    ['imageId', 'ABCDEF0123456789abcdef0123456789'],
    ['title', 'x'.repeat(128)],
    ['title', 'é'.repeat(64)],
    ['tags', Array.from({ length: 16 }, (_, i) => `${'x'.repeat(30)}${String(i).padStart(2, '0')}`)],
    ['tags', ['ü'.repeat(16)]]
  ])('takes "%s": %j', (field, value) => {
    expect(parseManifest(text(withField(field, value)), 'vod.json').images['docs/a.png']).toEqual(withField(field, value))
  })

  it.each(['sha256', 'imageId', 'imageUrl'])('refuses an entry without "%s"', field => {
    expect(() => parseManifest(text(without(field)), 'vod.json')).toThrow(`entry "docs/a.png" has no "${field}"`)
  })

  // Entries written by hand, or by an older action, may lack these: kept, and never trusted for a deletion.
  it.each(['bytes', 'format', 'fileUrl', 'title', 'tags', 'uploadedAt'])('takes an entry without "%s"', field => {
    expect(parseManifest(text(without(field)), 'vod.json').images['docs/a.png']).toEqual(without(field))
  })

  // Issue #13: a field this action does not write is refused at every depth, before any request.
  it.each<[string, string]>([
    ['an unknown field of an entry', text({ ...ENTRY, note: 'x' })],
    ['an unknown field of "replaced"', text({ ...ENTRY, replaced: { ...ENTRY.replaced, by: 'me' } })],
    // Built as text: JSON.stringify of such a value overflows the stack, as the manifest's own writing did.
    ['an unknown field nested 5,000 deep', text(ENTRY).replace('{"sha256"', `{"deep":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)},"sha256"`)]
  ])('refuses %s, naming the entry', (_name, manifest) => {
    expect(() => parseManifest(manifest, 'vod.json')).toThrow(InputError)
    expect(() => parseManifest(manifest, 'vod.json')).toThrow(
      /entry "docs\/a\.png" has (a field this action does not write|a "replaced" that)/
    )
  })

  it('shows a key of 1 MiB cut in the error', () => {
    const manifest = JSON.stringify({ version: 1, images: { [`${'a/'.repeat(512 * 1024)}b`]: 'x' } })
    const message = (() => {
      try {
        parseManifest(manifest, 'vod.json')
      } catch (error) {
        return (error as Error).message
      }
      return ''
    })()
    expect(message).toContain(`entry "${'a/'.repeat(2048)}…" is not an object`)
    expect(message.length).toBeLessThan(4096 + 200)
  })

  it('refuses a version nested 5,000 deep without writing it out', () => {
    const manifest = `{"version":${'['.repeat(5000)}${']'.repeat(5000)},"images":{}}`
    expect(() => parseManifest(manifest, 'vod.json')).toThrow('vod.json has version (an object or list); this action reads version 1 only')
  })

  it('refuses an unknown field beside "version" and "images", naming it', () => {
    const manifest = JSON.stringify({ version: 1, images: {}, extra: { nested: [1] } })
    expect(() => parseManifest(manifest, 'vod.json')).toThrow(
      'vod.json has a field this action does not write ("extra"); it was left untouched'
    )
  })

  it('names the manifest input in the error', () => {
    expect(() => parseManifest(text(withField('tags', 'x')), 'docs/vod.json')).toThrow(
      'Input "manifest": docs/vod.json entry "docs/a.png" has a "tags" that'
    )
  })
})
