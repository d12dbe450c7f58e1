/** The manifest document: what makes it one (object, version, images, keys), how it is written, and which entries are complete. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { promises as fs, readdirSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { InputError } from '../../src/shared/errors.js'
import {
  imageMap,
  isCompleteEntry,
  parseManifest,
  readManifest,
  serializeManifest,
  writeManifestAtomically,
  type ManifestEntry
} from '../../src/manifest/manifest-file.js'
import { MANIFEST_ENTRY } from '../helpers/manifest-entry.js'
import { posixOnlyIt } from '../helpers/platform.js'

/** Skipped on Windows: POSIX_ONLY of ../helpers/platform.ts says why. */
const posixIt = posixOnlyIt('symlinks', 'open files')

const ENTRY = MANIFEST_ENTRY

const withImages = (images: Record<string, unknown>): string => JSON.stringify({ version: 1, images })

describe('parseManifest refuses what is not a manifest, naming the input and the file', () => {
  it.each<[string, string, string]>([
    ['an array', '[]', 'is not a JSON object; it was left untouched'],
    ['null', 'null', 'is not a JSON object; it was left untouched'],
    ['a number', '1', 'is not a JSON object; it was left untouched'],
    [
      'another version',
      '{"version": 2, "images": {}}',
      'has version 2; this action reads version 1 only (a newer action may have written it); it was left untouched'
    ],
    [
      'no version',
      '{"images": {}}',
      'has version null; this action reads version 1 only (a newer action may have written it); it was left untouched'
    ],
    [
      'version "1" as text',
      '{"version": "1", "images": {}}',
      'has version "1"; this action reads version 1 only (a newer action may have written it); it was left untouched'
    ],
    ['no images', '{"version": 1}', 'has no "images" object; it was left untouched'],
    ['images a list', '{"version": 1, "images": []}', 'has no "images" object; it was left untouched'],
    ['images null', '{"version": 1, "images": null}', 'has no "images" object; it was left untouched'],
    ['an entry that is not an object', withImages({ 'a.png': 'x' }), 'entry "a.png" is not an object; it was left untouched'],
    ['an entry that is a list', withImages({ 'a.png': [] }), 'entry "a.png" is not an object; it was left untouched'],
    ['an entry that is null', withImages({ 'a.png': null }), 'entry "a.png" is not an object; it was left untouched']
  ])('%s', (_name, text, message) => {
    expect(() => parseManifest(text, 'docs/vod.json')).toThrow(new InputError([{ input: 'manifest', message: `docs/vod.json ${message}` }]))
  })

  it('says where the JSON breaks', () => {
    expect(() => parseManifest('{"version": 1,', 'docs/vod.json')).toThrow(
      /\n {2}- Input "manifest": docs\/vod\.json is not valid JSON \(.+\); fix or delete it — it was left untouched$/
    )
  })

  const OUTSIDE = 'is not a path inside the workspace (absolute, or with an empty, "." or ".." part); it was left untouched'
  it.each<[string, string]>([
    ['/etc/passwd', OUTSIDE],
    ['docs//a.png', OUTSIDE],
    ['docs/', OUTSIDE],
    ['', OUTSIDE],
    ['./a.png', OUTSIDE],
    ['docs/./a.png', OUTSIDE],
    ['../a.png', OUTSIDE],
    ['docs/../../a.png', OUTSIDE],
    ['a\u0007.png', 'has a control character in its path; it was left untouched']
  ])('refuses the key %j', (key, message) => {
    expect(() => parseManifest(withImages({ [key]: ENTRY }), 'vod.json')).toThrow(InputError)
    expect(() => parseManifest(withImages({ [key]: ENTRY }), 'vod.json')).toThrow(`" ${message}`)
  })

  it.each(['a.png', 'docs/shots/a.png', '..a.png', 'docs/.hidden/a.png', 'a..png', '__proto__', 'constructor'])('takes the key %j', key => {
    const { images } = parseManifest(withImages({ [key]: ENTRY }), 'vod.json')
    expect(Object.keys(images)).toEqual([key])
    expect(images[key]).toEqual(ENTRY)
    expect(Object.getPrototypeOf(images)).toBeNull()
  })
})

describe('parseManifest checks the fields an entry cannot do without', () => {
  const entryWith = (change: Record<string, unknown>): string => withImages({ 'docs/a.png': { ...ENTRY, ...change } })
  it.each<[string, Record<string, unknown>, string]>([
    ['no sha256', { sha256: undefined }, 'has no "sha256"'],
    ['an empty imageId', { imageId: '' }, 'has no "imageId"'],
    ['no imageUrl', { imageUrl: undefined }, 'has no "imageUrl"'],
    ['an empty imageUrl', { imageUrl: '' }, 'has no "imageUrl"'],
    ['a sha256 with one character more', { sha256: `${'a'.repeat(64)}0` }, 'has a "sha256" that is not 64 hex digits'],
    ['a sha256 after another character', { sha256: `x${'a'.repeat(64)}` }, 'has a "sha256" that is not 64 hex digits'],
    ['an imageId of 33 hex digits', { imageId: 'a'.repeat(33) }, 'has an "imageId" that is not an ImageId (32 hex digits)'],
    ['an imageId with a space', { imageId: `${'a'.repeat(31)} ` }, 'has an "imageId" that is not an ImageId (32 hex digits)'],
    ['an imageId of letters, digits, - and _', { imageId: 'img-a_1' }, 'has an "imageId" that is not an ImageId (32 hex digits)'],
    ['an imageId that starts with a dot', { imageId: `.${'a'.repeat(31)}` }, 'has an "imageId" that is not an ImageId (32 hex digits)']
  ])('%s', (_name, change, problem) => {
    expect(() => parseManifest(entryWith(change), 'vod.json')).toThrow(
      new InputError([{ input: 'manifest', message: `vod.json entry "docs/a.png" ${problem}; it was left untouched` }])
    )
  })

  it.each(['a'.repeat(32), '0123456789abcdefABCDEF0123456789'])('takes the imageId %j', imageId => {
    expect(parseManifest(entryWith({ imageId }), 'vod.json').images['docs/a.png'].imageId).toBe(imageId)
  })
})

describe('readManifest', () => {
  let dir: string
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'vod-manifest-shape-'))
  })
  afterEach(() => fs.rm(dir, { recursive: true, force: true }))

  it('gives the manifest and the text it was read from', async () => {
    const text = `${withImages({ 'a.png': ENTRY })}\n`
    await fs.writeFile(path.join(dir, 'vod.json'), text)
    const loaded = await readManifest(path.join(dir, 'vod.json'), 'vod.json')
    expect(loaded).toEqual({ manifest: { version: 1, images: imageMap({ 'a.png': ENTRY }) }, text })
  })

  it('reads a manifest in a folder that does not exist yet as an empty one', async () => {
    expect(await readManifest(path.join(dir, 'new', 'vod.json'), 'new/vod.json')).toEqual({ manifest: { version: 1, images: imageMap() } })
  })

  // The open descriptors of this process, where the system lists them (not on Windows).
  const openFiles = (): number => readdirSync('/dev/fd').length
  posixIt.each<[string, (file: string) => Promise<void>]>([
    ['read', file => fs.writeFile(file, withImages({}))],
    ['refused', file => fs.writeFile(file, '[]')],
    ['not a file', file => fs.mkdir(file)]
  ])('closes the file it opened: %s', async (_name, make) => {
    const file = path.join(dir, 'vod.json')
    await make(file)
    const before = openFiles()
    await readManifest(file, 'vod.json').catch(() => undefined)
    expect(openFiles()).toBe(before)
  })

  posixIt('refuses a symbolic link, and leaves its target alone', async () => {
    await fs.writeFile(path.join(dir, 'target.json'), withImages({}))
    await fs.symlink(path.join(dir, 'target.json'), path.join(dir, 'vod.json'))
    await expect(readManifest(path.join(dir, 'vod.json'), 'docs/vod.json')).rejects.toThrow(
      new InputError([
        {
          input: 'manifest',
          message: 'docs/vod.json is a symbolic link; the manifest must be a regular file in the workspace; it was left untouched'
        }
      ])
    )
  })

  it('refuses a manifest it cannot read, saying why, rather than reading it as empty', async () => {
    await fs.writeFile(path.join(dir, 'docs'), 'a file where a folder should be')
    await expect(readManifest(path.join(dir, 'docs', 'vod.json'), 'docs/vod.json')).rejects.toThrow(
      new InputError([{ input: 'manifest', message: 'docs/vod.json cannot be read (ENOTDIR)' }])
    )
  })

  it('refuses a folder, naming the input', async () => {
    await fs.mkdir(path.join(dir, 'vod.json'))
    await expect(readManifest(path.join(dir, 'vod.json'), 'docs/vod.json')).rejects.toThrow(
      new InputError([{ input: 'manifest', message: 'docs/vod.json is not a regular file; it was left untouched' }])
    )
  })
})

describe('writeManifestAtomically', () => {
  let dir: string
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'vod-manifest-shape-'))
  })
  afterEach(() => fs.rm(dir, { recursive: true, force: true }))

  it('creates the folders on the way and replaces an older manifest whole', async () => {
    const file = path.join(dir, 'docs', 'assets', 'vod.json')
    await writeManifestAtomically(file, 'old text that is longer\n')
    await writeManifestAtomically(file, 'new\n')
    expect(await fs.readFile(file, 'utf8')).toBe('new\n')
    expect(await fs.readdir(path.dirname(file))).toEqual(['vod.json'])
  })

  posixIt('writes through a hidden temporary name beside the manifest, never through what is planted at a name it draws', async () => {
    const file = path.join(dir, 'vod.json')
    const planted = path.join(dir, '.vod.json.planted.tmp')
    await fs.symlink(path.join(dir, 'elsewhere.json'), planted)
    const suffixes = ['planted', 'drawn']
    await writeManifestAtomically(file, '{}\n', () => suffixes.shift() ?? 'none left')
    expect(await fs.readFile(file, 'utf8')).toBe('{}\n')
    expect((await fs.lstat(planted)).isSymbolicLink()).toBe(true)
    await expect(fs.access(path.join(dir, 'elsewhere.json'))).rejects.toMatchObject({ code: 'ENOENT' })
  })
})

describe('serializeManifest', () => {
  it('sorts the keys of every object, keeps list order, indents by two spaces and ends in a newline', () => {
    const manifest = { version: 1, images: imageMap({ 'b.png': { ...ENTRY, tags: ['z', 'a'] }, 'a.png': ENTRY }) }
    const text = serializeManifest(manifest)
    expect(text.endsWith('}\n')).toBe(true)
    expect(text.split('\n')[1]).toBe('  "images": {')
    const parsed = JSON.parse(text) as { images: Record<string, ManifestEntry> }
    expect(Object.keys(parsed)).toEqual(['images', 'version'])
    expect(Object.keys(parsed.images)).toEqual(['a.png', 'b.png'])
    expect(Object.keys(parsed.images['a.png'])).toEqual([...Object.keys(ENTRY)].sort())
    expect(parsed.images['b.png'].tags).toEqual(['z', 'a'])
    expect(parseManifest(text, 'vod.json')).toEqual(manifest)
  })
})

describe('isCompleteEntry: only an entry with every field this action writes may name an image to delete', () => {
  it.each<[string, Partial<Record<keyof ManifestEntry, unknown>>, boolean]>([
    ['as written after an upload', {}, true],
    ['with an empty fileUrl and title', { fileUrl: '', title: '' }, true],
    ['no format', { format: undefined }, false],
    ['no imageUrl', { imageUrl: undefined }, false],
    ['no fileUrl', { fileUrl: undefined }, false],
    ['no title', { title: undefined }, false],
    ['no uploadedAt', { uploadedAt: undefined }, false],
    ['bytes 0', { bytes: 0 }, false],
    ['bytes 1', { bytes: 1 }, true],
    ['bytes as text', { bytes: '10' }, false],
    ['bytes a fraction', { bytes: 1.5 }, false],
    ['tags not a list', { tags: 'a' }, false],
    ['uploadedAt not a date', { uploadedAt: 'yesterday' }, false]
  ])('%s: %p', (_name, change, complete) => {
    expect(isCompleteEntry({ ...ENTRY, ...change } as ManifestEntry)).toBe(complete)
  })
})

describe('parseManifest names what it refuses exactly', () => {
  const refusal = (text: string): string => {
    try {
      parseManifest(text, 'vod.json')
    } catch (error) {
      return (error as InputError).problems.map(problem => problem.message).join('\n')
    }
    throw new Error('parseManifest accepted the text')
  }

  it('a null version is shown as null, not as an object', () => {
    expect(refusal('{"version": null, "images": {}}')).toBe(
      'vod.json has version null; this action reads version 1 only (a newer action may have written it); it was left untouched'
    )
  })

  it('a bad key is shown whole up to 4,096 characters, and cut after them', () => {
    const problem = 'is not a path inside the workspace (absolute, or with an empty, "." or ".." part); it was left untouched'
    const atLimit = `/${'a'.repeat(4095)}`
    expect(refusal(withImages({ [atLimit]: ENTRY }))).toBe(`vod.json entry "${atLimit}" ${problem}`)
    expect(refusal(withImages({ [`${atLimit}b`]: ENTRY }))).toBe(`vod.json entry "${atLimit}…" ${problem}`)
  })

  it('an unknown field is named by its first 64 characters', () => {
    const name = `${'f'.repeat(64)}${'g'.repeat(36)}`
    expect(refusal(JSON.stringify({ version: 1, images: {}, [name]: 1 }))).toBe(
      `vod.json has a field this action does not write ("${'f'.repeat(64)}"); it was left untouched`
    )
  })

  it('a replaced ImageId whose "deleted" is not true or false is refused', () => {
    const replaced = { imageId: ENTRY.imageId, deleted: 'yes' }
    expect(refusal(withImages({ 'a.png': { ...ENTRY, replaced } }))).toContain('is not {"imageId": an ImageId, "deleted": true or false}')
    expect(
      parseManifest(withImages({ 'a.png': { ...ENTRY, replaced: { ...replaced, deleted: false } } }), 'vod.json').images['a.png'].replaced
    ).toEqual({
      imageId: ENTRY.imageId,
      deleted: false
    })
  })
})

describe('writeManifestAtomically draws another temporary name only when the name is taken', () => {
  let dir: string
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'vod-manifest-names-'))
  })
  afterEach(() => fs.rm(dir, { recursive: true, force: true }))

  // A name too long fails with ENAMETOOLONG here (the code differs between systems): any error but EEXIST ends the attempts.
  it.each<[string, string, boolean, number]>([
    ['a name that is taken: three names in all, then EEXIST', 'same', true, 3],
    ['another error (a name too long): at once', 'n'.repeat(300), false, 1]
  ])('%s', async (_name, suffixText, taken, attempts) => {
    let drawn = 0
    const suffix = (): string => {
      drawn++
      return suffixText
    }
    await fs.writeFile(path.join(dir, '.vod.json.same.tmp'), 'not ours')
    const error = (await writeManifestAtomically(path.join(dir, 'vod.json'), '{}\n', suffix).catch(
      (thrown: unknown) => thrown
    )) as NodeJS.ErrnoException
    expect(error.code === 'EEXIST').toBe(taken)
    expect(drawn).toBe(attempts)
  })
})
