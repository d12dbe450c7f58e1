/**
 * File discovery at its edges: patterns outside the workspace and the root of each, names that
 * could start a workflow command, FIFOs, if-unsupported warn and ignore, the exclude list and the
 * extension warning.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { InputError } from '../../src/shared/errors.js'
import { findImages, toRelative, type DiscoveryOptions } from '../../src/files/find.js'
import { makeWorkspace, type Workspace } from '../helpers/action.js'
import { rejectionOf } from '../helpers/rejection.js'
import { JPEG, png } from '../../testkit/images.js'
import { posixOnlyIt } from '../helpers/platform.js'
import { linuxDescribe, openCount } from '../helpers/open-files.js'

/** Skipped on Windows: POSIX_ONLY of ../helpers/platform.ts says why. */
const posixIt = posixOnlyIt('symlinks', 'fifos')

let ws: Workspace
let outside: string
/** A third folder, holding x.png: where a link that leads out of every root points. */
let elsewhere: string

beforeEach(async () => {
  ws = await makeWorkspace()
  outside = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'vod-find-outside-')))
  elsewhere = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'vod-find-elsewhere-')))
  await fs.writeFile(path.join(elsewhere, 'x.png'), png())
})

afterEach(async () => {
  await ws.remove()
  await fs.rm(outside, { recursive: true, force: true })
  await fs.rm(elsewhere, { recursive: true, force: true })
})

function find(patterns: string[], options: Partial<DiscoveryOptions> = {}) {
  return findImages({ patterns, workspace: ws.dir, includeHiddenFiles: false, followSymbolicLinks: true, ...options })
}

const inWs = (relative: string): string => path.join(ws.dir, relative)

async function problemsOf(patterns: string[], options: Partial<DiscoveryOptions> = {}): Promise<string[]> {
  const error = await rejectionOf<InputError>(find(patterns, options))
  expect(error).toBeInstanceOf(InputError)
  expect(error.message).toContain('Some matched files cannot be uploaded; nothing was uploaded')
  return error.problems.map(p => `${p.file}: ${p.message}`)
}

describe('toRelative', () => {
  it.each<[string, string]>([
    ['shots/a.png', 'shots/a.png'],
    ['a.png', 'a.png']
  ])('%s in the workspace is shown relative, with /', (relative, expected) => {
    expect(toRelative(ws.dir, inWs(relative))).toBe(expected)
  })

  it('a path outside the workspace is shown absolute, with /', () => {
    expect(toRelative(ws.dir, path.join(outside, 'sub', 'a.png'))).toBe(path.join(outside, 'sub', 'a.png').split(path.sep).join('/'))
  })
})

describe('a pattern outside the workspace', () => {
  it('finds files there under their absolute paths, after the workspace ones', async () => {
    await fs.mkdir(path.join(outside, 'shots'))
    await fs.writeFile(path.join(outside, 'shots/b.png'), png())
    await ws.write('shots/a.png', png())
    const { files } = await find([path.join(outside, 'shots/*.png'), inWs('shots/*.png')])
    const shownOutside = path.join(outside, 'shots/b.png').split(path.sep).join('/')
    expect(files.map(f => f.relativePath)).toEqual([shownOutside, 'shots/a.png'].sort((a, b) => (a < b ? -1 : 1)))
  })

  posixIt('refuses a link there that leads out of the pattern’s folder, naming that folder', async () => {
    await fs.mkdir(path.join(outside, 'shots'))
    await fs.symlink(path.join(elsewhere, 'x.png'), path.join(outside, 'shots/x.png'))
    const root = path.join(outside, 'shots')
    expect(await problemsOf([path.join(root, '*.png')])).toEqual([
      `${path.join(root, 'x.png')}: is a link to ${path.join(elsewhere, 'x.png')}, outside ${root}, the folder of the pattern that found it; a link must not lead out of it`
    ])
  })

  posixIt('refuses a link there into the workspace too: it leads out of the pattern’s folder', async () => {
    await ws.write('shots/a.png', png())
    await fs.mkdir(path.join(outside, 'shots'))
    await fs.symlink(inWs('shots/a.png'), path.join(outside, 'shots/a.png'))
    const root = path.join(outside, 'shots')
    expect(await problemsOf([path.join(root, '*.png')])).toEqual([
      `${path.join(root, 'a.png')}: is a link to ${await fs.realpath(inWs('shots/a.png'))}, outside ${root}, the folder of the pattern that found it; a link must not lead out of it`
    ])
  })

  posixIt(
    'refuses a link in the workspace into the folder of another pattern: only the root of the pattern that found it counts',
    async () => {
      await fs.writeFile(path.join(outside, 'b.png'), png())
      await fs.mkdir(inWs('shots'))
      await fs.symlink(path.join(outside, 'b.png'), inWs('shots/b.png'))
      expect(await problemsOf([inWs('shots/*.png'), path.join(outside, '*.gif')])).toEqual([
        `shots/b.png: is a link to ${path.join(outside, 'b.png')}, outside the workspace; only files inside the workspace are uploaded`
      ])
    }
  )

  posixIt('judges a link under a negated pattern’s folder by the root of the positive pattern that found it', async () => {
    await fs.mkdir(path.join(outside, 'x'))
    await fs.symlink(path.join(elsewhere, 'x.png'), path.join(outside, 'x/a.png'))
    expect(await problemsOf([`!${path.join(outside, 'x/*.gif')}`, path.join(outside, '**/*.png')])).toEqual([
      `${path.join(outside, 'x/a.png')}: is a link to ${path.join(elsewhere, 'x.png')}, outside ${outside}, the folder of the pattern that found it; a link must not lead out of it`
    ])
  })

  describe('whose folder holds the workspace', () => {
    // outside/ws is the workspace; a pattern on outside/** finds its files too, so two roots could have found each.
    const workspace = (): string => path.join(outside, 'ws')
    const findAbove = async (name: string) =>
      findImages({
        patterns: [path.join(outside, `**/${name}`)],
        workspace: workspace(),
        includeHiddenFiles: false,
        followSymbolicLinks: true
      })

    beforeEach(async () => {
      await fs.mkdir(path.join(outside, 'ws'))
      await fs.mkdir(path.join(outside, 'other'))
      await fs.writeFile(path.join(outside, 'other/real.png'), png())
    })

    posixIt('takes a link that stays in either root', async () => {
      await fs.symlink(path.join(outside, 'other/real.png'), path.join(workspace(), 'in.png'))
      expect((await findAbove('in.png')).files.map(file => file.relativePath)).toEqual(['in.png'])
    })

    posixIt('names the workspace when a link leads out of both', async () => {
      await fs.symlink(path.join(elsewhere, 'x.png'), path.join(workspace(), 'out.png'))
      const error = await rejectionOf<InputError>(findAbove('out.png'))
      expect(error.problems.map(problem => `${problem.file}: ${problem.message}`)).toEqual([
        `out.png: is a link to ${path.join(elsewhere, 'x.png')}, outside the workspace; only files inside the workspace are uploaded`
      ])
    })
  })

  it('that does not exist finds nothing', async () => {
    expect((await find([path.join(outside, 'missing/*.png')])).files).toEqual([])
  })
})

describe('what a matched file must be', () => {
  posixIt('a name with a line break is refused, shown escaped', async () => {
    await ws.write('shots/a\nb.png', png())
    expect(await problemsOf([inWs('shots/*.png')])).toEqual([
      'shots/a%0Ab.png: has a line break or another control character in its name (shown escaped as %XX); rename it'
    ])
  })

  posixIt('a FIFO is refused and never opened', async () => {
    await fs.mkdir(inWs('shots'))
    execFileSync('mkfifo', [inWs('shots/pipe.png')])
    expect(await problemsOf([inWs('shots/*.png')])).toEqual([
      'shots/pipe.png: is not a regular file (a FIFO, socket or device is never read)'
    ])
  })

  it('a format VOD refuses is named', async () => {
    await ws.write('shots/a.bmp', Buffer.concat([Buffer.from('BM'), Buffer.alloc(30)]))
    expect(await problemsOf([inWs('shots/*')])).toEqual([
      'shots/a.bmp: is a BMP image, which VOD does not accept: only PNG, JPEG, GIF, WebP or HEIC; set if-unsupported to "warn" or "ignore" to skip such files'
    ])
  })
})

describe('if-unsupported warn and ignore', () => {
  it.each<['warn' | 'ignore']>([['warn'], ['ignore']])(
    '%s: the images are found and the others listed, not refused',
    async ifUnsupported => {
      await ws.write('shots/a.png', png())
      await ws.write('shots/empty.png', '')
      await ws.write('shots/README.md', '# shots')
      const { files, unsupported, warnings } = await find([inWs('shots/*')], { ifUnsupported })
      expect(files.map(f => f.relativePath)).toEqual(['shots/a.png'])
      expect(unsupported).toEqual([
        { path: 'shots/README.md', reason: 'is not a PNG, JPEG, GIF, WebP or HEIC image (its first bytes match none of them)' },
        { path: 'shots/empty.png', reason: 'is empty' }
      ])
      expect(warnings).toEqual([])
    }
  )
})

describe('the exclude list and the extension warning', () => {
  it('never returns a path on the exclude list', async () => {
    await ws.write('shots/a.png', png())
    await ws.write('shots/manifest.png', png())
    const { files } = await find([inWs('shots/*.png')], { exclude: [inWs('shots/manifest.png')] })
    expect(files.map(f => f.relativePath)).toEqual(['shots/a.png'])
  })

  it.each<[string, Buffer, string[]]>([
    ['shots/UPPER.PNG', png(), []],
    ['shots/photo.JPG', JPEG, []],
    ['shots/photo.img', JPEG, ['shots/photo.img: has extension ".img" but its content is JPEG; it is uploaded as JPEG']],
    ['shots/a.png.bak', png(), ['shots/a.png.bak: has extension ".bak" but its content is PNG; it is uploaded as PNG']]
  ])('%s: warnings %p', async (name, content, expected) => {
    await ws.write(name, content)
    expect((await find([inWs('shots/*')])).warnings).toEqual(expected)
  })

  posixIt('warnings come in order: the walk’s, the skipped links’, then the extensions’', async () => {
    await ws.write('real/a.png', png())
    await ws.write('shots/b.gif', png())
    await fs.symlink(inWs('real/a.png'), inWs('shots/link.png'))
    const { warnings } = await find([inWs('shots/*')], { followSymbolicLinks: false })
    expect(warnings).toEqual([
      'shots/link.png: is a symbolic link and follow-symbolic-links is false; skipped',
      'shots/b.gif: has extension ".gif" but its content is PNG; it is uploaded as PNG'
    ])
  })
})

linuxDescribe('what is held open', () => {
  it('no matched file stays open once its first bytes are read', async () => {
    await ws.write('shots/a.png', png())
    const { files } = await find([inWs('shots/*.png')])
    expect(files).toHaveLength(1)
    expect(await openCount(await fs.realpath(inWs('shots/a.png')))).toBe(0)
  })
})
