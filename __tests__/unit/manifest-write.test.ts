/**
 * Issue #12: a manifest write that fails leaves no temporary file behind (the README's commit step would commit it).
 * The temporary name is unpredictable: links a pull request commits under a guessed name cannot block the write.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { writeManifestAtomically } from '../../src/manifest/manifest-file.js'
import { posixOnlyIt } from '../helpers/platform.js'

/** Skipped on Windows: POSIX_ONLY of ../helpers/platform.ts says why. */
const posixIt = posixOnlyIt('symlinks')

let dir: string
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'vod-manifest-write-'))
})
afterEach(() => fs.rm(dir, { recursive: true, force: true }))

describe('writeManifestAtomically', () => {
  it('writes the text through a temporary file that does not stay', async () => {
    await writeManifestAtomically(path.join(dir, 'vod.json'), '{}\n')
    expect(await fs.readdir(dir)).toEqual(['vod.json'])
    expect(await fs.readFile(path.join(dir, 'vod.json'), 'utf8')).toBe('{}\n')
  })

  it('a rename that fails (a folder where the manifest goes, even as root) removes the temporary file', async () => {
    await fs.mkdir(path.join(dir, 'vod.json', 'inside'), { recursive: true })
    await expect(writeManifestAtomically(path.join(dir, 'vod.json'), '{}\n')).rejects.toMatchObject({ code: expect.stringMatching(/^E/) })
    expect(await fs.readdir(dir)).toEqual(['vod.json'])
  })

  it('a write that fails once the temporary file exists removes it', async () => {
    // Text whose writing fails midway: the temporary file exists by then (a full disk does this in real life).
    const failingText = (function* () {
      yield '{'
      throw new Error('ENOSPC, as it were')
    })()
    await expect(writeManifestAtomically(path.join(dir, 'vod.json'), failingText as unknown as string)).rejects.toThrow(
      'ENOSPC, as it were'
    )
    expect(await fs.readdir(dir)).toEqual([])
  })

  it('never removes a file planted under the temporary name', async () => {
    const planted = path.join(dir, `.vod.json.${process.pid}.tmp`)
    await fs.writeFile(planted, 'not ours')
    await writeManifestAtomically(path.join(dir, 'vod.json'), '{}\n').catch(() => undefined)
    expect(await fs.readFile(planted, 'utf8')).toBe('not ours')
  })

  posixIt('takes an unpredictable temporary name: a name taken (EEXIST) is passed over for another, and left as it was', async () => {
    const names = ['taken', 'taken', 'free']
    const suffixes: string[] = []
    const nextSuffix = (): string => {
      suffixes.push(names[suffixes.length])
      return names[suffixes.length - 1]
    }
    await fs.symlink(path.join(dir, 'target'), path.join(dir, '.vod.json.taken.tmp'))
    await writeManifestAtomically(path.join(dir, 'vod.json'), '{}\n', nextSuffix)
    expect(suffixes).toEqual(['taken', 'taken', 'free'])
    expect((await fs.readdir(dir)).sort()).toEqual(['.vod.json.taken.tmp', 'vod.json'])
    expect(await fs.readFile(path.join(dir, 'vod.json'), 'utf8')).toBe('{}\n')
    await expect(fs.stat(path.join(dir, 'target'))).rejects.toMatchObject({ code: 'ENOENT' })
  })

  it('gives up after a few names that are all taken, with EEXIST, removing nothing', async () => {
    await fs.writeFile(path.join(dir, '.vod.json.same.tmp'), 'not ours')
    await expect(writeManifestAtomically(path.join(dir, 'vod.json'), '{}\n', () => 'same')).rejects.toMatchObject({ code: 'EEXIST' })
    expect(await fs.readdir(dir)).toEqual(['.vod.json.same.tmp'])
    expect(await fs.readFile(path.join(dir, '.vod.json.same.tmp'), 'utf8')).toBe('not ours')
  })

  posixIt('by default draws a new random suffix each time', async () => {
    await fs.symlink(path.join(dir, 'target'), path.join(dir, `.vod.json.${process.pid}.tmp`))
    await writeManifestAtomically(path.join(dir, 'vod.json'), '{}\n')
    await writeManifestAtomically(path.join(dir, 'vod.json'), '[]\n')
    expect(await fs.readFile(path.join(dir, 'vod.json'), 'utf8')).toBe('[]\n')
    expect((await fs.readdir(dir)).sort()).toEqual([`.vod.json.${process.pid}.tmp`, 'vod.json'])
  })
})
