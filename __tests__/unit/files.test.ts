import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { InputError } from '../../src/shared/errors.js'
import { findImages } from '../../src/files/find.js'
import { makeWorkspace, type Workspace } from '../helpers/action.js'
import { GIF, JPEG, png } from '../../testkit/images.js'
import { posixOnlyIt } from '../helpers/platform.js'

/** Skipped on Windows: POSIX_ONLY of ../helpers/platform.ts says why. */
const posixIt = posixOnlyIt('symlinks')

let ws: Workspace

beforeEach(async () => {
  ws = await makeWorkspace()
})

afterEach(async () => {
  await ws.remove()
})

async function find(patterns: string[], includeHiddenFiles = false, followSymbolicLinks = true) {
  return findImages({
    patterns: patterns.map(p => (p.startsWith('!') ? `!${path.join(ws.dir, p.slice(1))}` : path.join(ws.dir, p))),
    workspace: ws.dir,
    includeHiddenFiles,
    followSymbolicLinks
  })
}

async function problems(patterns: string[], followSymbolicLinks = true): Promise<string[]> {
  const error = await find(patterns, false, followSymbolicLinks).then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(InputError)
  return (error as InputError).problems.map(p => `${p.file}: ${p.message}`)
}

describe('findImages', () => {
  it('returns matches de-duplicated, in code-unit path order, with sizes and formats', async () => {
    await ws.write('shots/b.png', png())
    await ws.write('shots/A.jpg', JPEG)
    await ws.write('shots/a/z.gif', GIF)
    await ws.write('shots/é.png', png(4, 4, 2))
    const { files, warnings } = await find(['shots/**/*.png', 'shots/**/*', 'shots/b.png'])
    expect(files.map(f => f.relativePath)).toEqual(['shots/A.jpg', 'shots/a/z.gif', 'shots/b.png', 'shots/é.png'])
    expect(files.map(f => f.format)).toEqual(['jpeg', 'gif', 'png', 'png'])
    expect(files[0].bytes).toBe(JPEG.length)
    expect(files[0].absolutePath).toBe(path.join(ws.dir, 'shots/A.jpg'))
    expect(warnings).toEqual([])
  })

  it('applies ! exclusions', async () => {
    await ws.write('shots/keep.png', png())
    await ws.write('shots/drafts/skip.png', png())
    const { files } = await find(['shots/**/*.png', '!shots/drafts/**'])
    expect(files.map(f => f.relativePath)).toEqual(['shots/keep.png'])
  })

  it.each<[boolean, string[]]>([
    [false, ['shots/visible.png']],
    [true, ['shots/.hidden.png', 'shots/.hidden/inner.png', 'shots/visible.png']]
  ])('include-hidden-files %p', async (include, expected) => {
    await ws.write('shots/visible.png', png())
    await ws.write('shots/.hidden.png', png())
    await ws.write('shots/.hidden/inner.png', png())
    const { files } = await find(['shots/**/*.png'], include)
    expect(files.map(f => f.relativePath)).toEqual(expected)
  })

  it('finds nothing without failing', async () => {
    expect((await find(['none/**/*.png'])).files).toEqual([])
  })

  it('warns when the extension disagrees with the content, and keeps the real format', async () => {
    await ws.write('shots/photo.png', JPEG)
    await ws.write('shots/noext', png())
    await ws.write('shots/ok.jpeg', JPEG)
    const { files, warnings } = await find(['shots/*'])
    expect(files.map(f => [f.relativePath, f.format])).toEqual([
      ['shots/noext', 'png'],
      ['shots/ok.jpeg', 'jpeg'],
      ['shots/photo.png', 'jpeg']
    ])
    expect(warnings).toEqual([
      'shots/noext: has no extension but its content is PNG; it is uploaded as PNG',
      'shots/photo.png: has extension ".png" but its content is JPEG; it is uploaded as JPEG'
    ])
  })

  it('refuses empty and non-image files, listing every one', async () => {
    await ws.write('shots/good.png', png())
    await ws.write('shots/empty.png', '')
    await ws.write('shots/notes.png', 'not an image')
    expect(await problems(['shots/*'])).toEqual([
      'shots/empty.png: is empty; set if-unsupported to "warn" or "ignore" to skip such files',
      'shots/notes.png: is not a PNG, JPEG, GIF, WebP or HEIC image (its first bytes match none of them); set if-unsupported to "warn" or "ignore" to skip such files'
    ])
  })

  posixIt('follows a link inside the workspace', async () => {
    await ws.write('real/a.png', png())
    await fs.mkdir(path.join(ws.dir, 'shots'))
    await fs.symlink(path.join(ws.dir, 'real/a.png'), path.join(ws.dir, 'shots/link.png'))
    const { files } = await find(['shots/*.png'])
    expect(files.map(f => f.relativePath)).toEqual(['shots/link.png'])
  })

  posixIt('refuses a link to a file outside the workspace', async () => {
    const outside = await fs.mkdtemp(path.join(os.tmpdir(), 'vod-outside-'))
    try {
      await fs.writeFile(path.join(outside, 'secret.png'), png())
      await fs.mkdir(path.join(ws.dir, 'shots'))
      await fs.symlink(path.join(outside, 'secret.png'), path.join(ws.dir, 'shots/out.png'))
      const found = await problems(['shots/*.png'])
      expect(found).toEqual([
        `shots/out.png: is a link to ${await fs.realpath(path.join(outside, 'secret.png'))}, outside the workspace; only files inside the workspace are uploaded`
      ])
    } finally {
      await fs.rm(outside, { recursive: true, force: true })
    }
  })

  posixIt('names every broken link and link loop', async () => {
    await ws.write('shots/good.png', png())
    await fs.symlink(path.join(ws.dir, 'shots/missing.png'), path.join(ws.dir, 'shots/dangling.png'))
    await fs.symlink(path.join(ws.dir, 'shots/loop-b.png'), path.join(ws.dir, 'shots/loop-a.png'))
    await fs.symlink(path.join(ws.dir, 'shots/loop-a.png'), path.join(ws.dir, 'shots/loop-b.png'))
    expect(await problems(['shots/*.png'])).toEqual([
      'shots/dangling.png: is a broken symbolic link (its target does not exist)',
      'shots/loop-a.png: is a symbolic link loop',
      'shots/loop-b.png: is a symbolic link loop'
    ])
  })

  posixIt('skips a folder link that loops back, and finds each file once', async () => {
    await ws.write('shots/a.png', png())
    await fs.symlink(path.join(ws.dir, 'shots'), path.join(ws.dir, 'shots/again'))
    const { files } = await find(['shots/**/*.png'])
    expect(files.map(f => f.relativePath)).toEqual(['shots/a.png'])
  })

  posixIt('with follow-symbolic-links false, skips links with a warning', async () => {
    await ws.write('real/a.png', png())
    await ws.write('shots/b.png', png())
    await fs.symlink(path.join(ws.dir, 'real/a.png'), path.join(ws.dir, 'shots/link.png'))
    const { files, warnings } = await find(['shots/*.png'], false, false)
    expect(files.map(f => f.relativePath)).toEqual(['shots/b.png'])
    expect(warnings).toEqual(['shots/link.png: is a symbolic link and follow-symbolic-links is false; skipped'])
  })
})
