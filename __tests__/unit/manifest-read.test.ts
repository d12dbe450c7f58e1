/** Issue #12: only a missing manifest is an empty one; a manifest that exists but cannot be read is an input error. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { InputError } from '../../src/shared/errors.js'
import { readManifest } from '../../src/manifest/manifest-file.js'

let dir: string
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'vod-manifest-read-'))
})
afterEach(() => fs.rm(dir, { recursive: true, force: true }))

describe('readManifest', () => {
  it('a missing manifest is an empty one', async () => {
    expect(await readManifest(path.join(dir, 'vod.json'), 'vod.json')).toEqual({ manifest: { version: 1, images: {} } })
  })

  it.each<[string, () => Promise<string>, string]>([
    ['a folder at its path', () => fs.mkdir(path.join(dir, 'vod.json')).then(() => path.join(dir, 'vod.json')), 'is not a regular file'],
    [
      'a file where its folder should be (ENOTDIR)',
      () => fs.writeFile(path.join(dir, 'docs'), 'x').then(() => path.join(dir, 'docs', 'vod.json')),
      'cannot be read (ENOTDIR)'
    ],
    [
      'a name too long for the file system (ENAMETOOLONG)',
      async () => path.join(dir, `${'n'.repeat(300)}.json`),
      'cannot be read (ENAMETOOLONG)'
    ]
  ])('%s: an error naming the manifest input, not an empty manifest', async (_name, make, says) => {
    const file = await make()
    const read = readManifest(file, 'docs/vod.json')
    await expect(read).rejects.toBeInstanceOf(InputError)
    await expect(readManifest(file, 'docs/vod.json')).rejects.toThrow(`Input "manifest": docs/vod.json ${says}`)
  })
})
