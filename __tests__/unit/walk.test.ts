/**
 * The discovery walk: each folder read once however many links lead to it, folder links out of
 * their root refused before they are read, a bound on depth and entries, and @actions/glob's
 * pattern meaning kept.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { InputError } from '../../src/shared/errors.js'
import { findImages, type DiscoveryOptions } from '../../src/files/find.js'
import { makeWorkspace, type Workspace } from '../helpers/action.js'
import { png } from '../../testkit/images.js'
import { posixOnlyIt, posixOnlyDescribe } from '../helpers/platform.js'

/** Skipped on Windows: POSIX_ONLY of ../helpers/platform.ts says why. */
const posixIt = posixOnlyIt('symlinks', 'fifos')
/** Skipped on Windows: POSIX_ONLY of ../helpers/platform.ts says why. */
const posixNameIt = posixOnlyIt('name limits')
/** Skipped on Windows: POSIX_ONLY of ../helpers/platform.ts says why. */
const posixDescribe = posixOnlyDescribe('symlinks')

let ws: Workspace
let outside: string

beforeEach(async () => {
  ws = await makeWorkspace()
  outside = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'vod-walk-outside-')))
})

afterEach(async () => {
  await ws.remove()
  await fs.rm(outside, { recursive: true, force: true })
})

function find(patterns: string[], options: Partial<DiscoveryOptions> = {}) {
  return findImages({
    patterns: patterns.map(p => (p.startsWith('!') ? `!${path.join(ws.dir, p.slice(1))}` : path.join(ws.dir, p))),
    workspace: ws.dir,
    includeHiddenFiles: false,
    followSymbolicLinks: true,
    ...options
  })
}

async function rejection(patterns: string[], options: Partial<DiscoveryOptions> = {}): Promise<InputError> {
  const error = await find(patterns, options).then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(InputError)
  return error as InputError
}

const linkIn = (from: string, to: string): Promise<void> => fs.symlink(path.join(ws.dir, to), path.join(ws.dir, from))

/** Folders d0 … d<levels>, each d<i> holding two links to d<i+1>; the one file is in the last. */
async function lattice(levels: number): Promise<void> {
  for (let i = 0; i <= levels; i++) await fs.mkdir(path.join(ws.dir, `lattice/d${i}`), { recursive: true })
  await ws.write(`lattice/d${levels}/shot.png`, png())
  for (let i = 0; i < levels; i++) {
    await linkIn(`lattice/d${i}/a`, `lattice/d${i + 1}`)
    await linkIn(`lattice/d${i}/b`, `lattice/d${i + 1}`)
  }
}

async function chain(levels: number): Promise<string> {
  const folder = path.join('deep', ...Array.from({ length: levels }, () => 'd'))
  await ws.write(path.join(folder, 'bottom.png'), png())
  return folder.split(path.sep).join('/')
}

posixDescribe('links do not multiply the walk', () => {
  it('a lattice of 32 links between 17 folders is walked once: one file, under its real path', async () => {
    await lattice(16)
    const { files, warnings } = await find(['lattice/**/*.png'])
    expect(files.map(f => f.relativePath)).toEqual(['lattice/d16/shot.png'])
    expect(warnings).toHaveLength(32)
    expect(warnings[0]).toBe('lattice/d0/a: is a link to a folder already walked as lattice/d1; its files are found there only')
  })

  it('reads the real folder first even when a link to it sorts before it', async () => {
    await ws.write('z-real/a.png', png())
    await linkIn('a-link', 'z-real')
    const { files, warnings } = await find(['**/*.png'])
    expect(files.map(f => f.relativePath)).toEqual(['z-real/a.png'])
    expect(warnings).toEqual(['a-link: is a link to a folder already walked as z-real; its files are found there only'])
  })

  it('reads the real folder first when two patterns start at it and at a link to it', async () => {
    await ws.write('z-real/a.png', png())
    await linkIn('a-link', 'z-real')
    const { files, warnings } = await find(['a-link/*.png', 'z-real/*.png'])
    expect(files.map(f => f.relativePath)).toEqual(['z-real/a.png'])
    expect(warnings).toEqual(['a-link: is a link to a folder already walked as z-real; its files are found there only'])
  })

  it('walks a folder reached only through a link under the link', async () => {
    await ws.write('assets/a.png', png())
    await fs.mkdir(path.join(ws.dir, 'shots'))
    await linkIn('shots/assets', 'assets')
    const { files, warnings } = await find(['shots/**/*.png'])
    expect(files.map(f => f.relativePath)).toEqual(['shots/assets/a.png'])
    expect(warnings).toEqual([])
  })

  it('reports a file linked under two names at both: the upload decides they are one image', async () => {
    await ws.write('shots/a.png', png())
    await linkIn('shots/b.png', 'shots/a.png')
    const { files } = await find(['shots/*.png'])
    expect(files.map(f => f.relativePath)).toEqual(['shots/a.png', 'shots/b.png'])
    expect(files[0].identity).toEqual(files[1].identity)
  })
})

posixDescribe('the order and the kinds of what the walk meets', () => {
  it('of two links to one folder, the one first in path order is walked, whatever order the folder lists them in', async () => {
    await ws.write('other/p.png', png())
    await fs.mkdir(path.join(ws.dir, 'shots'))
    for (const name of ['m', 'z', 'b', 'y', 'a', 'x']) await linkIn(`shots/${name}-link`, 'other')
    const { files, warnings } = await find(['shots/**/*.png'])
    expect(files.map(f => f.relativePath)).toEqual(['shots/a-link/p.png'])
    expect(warnings).toEqual(
      ['b', 'm', 'x', 'y', 'z'].map(
        name => `shots/${name}-link: is a link to a folder already walked as shots/a-link; its files are found there only`
      )
    )
  })

  it('a folder met again below a link, already walked under its real path, is not read twice nor warned about', async () => {
    await ws.write('other/sub/a.png', png())
    await fs.mkdir(path.join(ws.dir, 'shots'))
    await linkIn('shots/l', 'other')
    const { files, warnings } = await find(['shots/**/*.png', 'other/sub/*.png'])
    expect(files.map(f => f.relativePath)).toEqual(['other/sub/a.png'])
    expect(warnings).toEqual([])
  })

  it('a link whose target cannot be reached for another reason is named with its code', async () => {
    await ws.write('shots/file.png', png())
    await linkIn('shots/through.png', 'shots/file.png/inner.png')
    expect((await rejection(['shots/*.png'])).problems).toEqual([{ file: 'shots/through.png', message: 'cannot be read (ENOTDIR)' }])
  })

  it.each<[string, boolean]>([
    ['a file', false],
    ['a link to a file', true]
  ])('%s is not matched by a pattern ending with a separator (folders only)', async (_name, viaLink) => {
    await ws.write('real/a.png', png())
    if (viaLink) await linkIn('a.png', 'real/a.png')
    else await ws.write('a.png', png())
    expect((await find(['a.png/'])).files).toEqual([])
    expect((await find(['a.png'])).files.map(f => f.relativePath)).toEqual(['a.png'])
  })

  it('a pattern without a wildcard starts the walk at the file it names', async () => {
    await ws.write('shots/a.png', png())
    await ws.write('shots/b.png', png())
    expect((await find(['shots/b.png'])).files.map(f => f.relativePath)).toEqual(['shots/b.png'])
  })

  it.each([['shots/a.png/*'], ['shots/a.png/b.png'], ['shots/a.png/sub/*.png'], ['shots/a.png/**/*.png']])(
    'a pattern below a file (%s) matches nothing, as one below a missing folder',
    async pattern => {
      await ws.write('shots/a.png', png())
      expect((await find([pattern])).files).toEqual([])
    }
  )

  posixIt('a pattern whose folder cannot be examined (a link loop on the way) is refused, naming the folder', async () => {
    await fs.symlink(path.join(ws.dir, 'loop'), path.join(ws.dir, 'loop'))
    await ws.write('shots/a.png', png())
    expect((await rejection(['loop/shots/*.png', 'shots/*.png'])).problems).toEqual([
      { file: 'loop/shots', message: 'cannot be read (ELOOP)' }
    ])
  })

  posixNameIt('a pattern whose folder name is too long for the file system is refused, naming the folder', async () => {
    const long = 'x'.repeat(300)
    expect((await rejection([`${long}/*.png`])).problems).toEqual([{ file: long, message: 'cannot be read (ENAMETOOLONG)' }])
  })

  it('a link to a folder is not followed with follow-symbolic-links false', async () => {
    await ws.write('other/a.png', png())
    await fs.mkdir(path.join(ws.dir, 'shots'))
    await linkIn('shots/l', 'other')
    const { files, warnings } = await find(['shots/**/*.png'], { followSymbolicLinks: false })
    expect(files).toEqual([])
    expect(warnings).toEqual([])
  })
})

describe('a folder link out of the root of its pattern', () => {
  posixIt('is refused, named, and not walked: nothing inside it is looked at', async () => {
    for (let i = 0; i < 50; i++) await fs.writeFile(path.join(outside, `f${i}.png`), png())
    await fs.mkdir(path.join(outside, 'deeper/still'), { recursive: true })
    // Each of these fails a walk that reads them: a FIFO is not a regular file, a dangling link is broken.
    execFileSync('mkfifo', [path.join(outside, 'deeper/still/pipe.png')])
    await fs.symlink(path.join(outside, 'gone'), path.join(outside, 'deeper/dangling.png'))
    await ws.write('shots/in.png', png())
    await fs.symlink(outside, path.join(ws.dir, 'shots/elsewhere'))
    const error = await rejection(['shots/**/*.png'])
    expect(error.problems).toEqual([
      {
        file: 'shots/elsewhere',
        message: `is a link to ${outside}, outside the workspace; only files inside the workspace are uploaded (not walked)`
      }
    ])
  })

  posixIt('is not refused when the patterns could match nothing below it', async () => {
    await ws.write('shots/in.png', png())
    await fs.symlink(outside, path.join(ws.dir, 'other'))
    expect((await find(['shots/**/*.png'])).files.map(f => f.relativePath)).toEqual(['shots/in.png'])
  })
})

describe('the bound of the walk', () => {
  it('a folder chain deeper than maxDepth stops discovery, naming the folder and the bound', async () => {
    await chain(12)
    const error = await rejection(['deep/**/*.png'], { limits: { maxDepth: 10, maxEntries: 1000 } })
    expect(error.message).toContain('File discovery stopped at its bound; nothing was uploaded')
    expect(error.problems).toEqual([
      {
        file: `deep/${Array.from({ length: 10 }, () => 'd').join('/')}`,
        message:
          'is 10 folder levels below where its pattern starts, the deepest discovery reads; narrow the pattern or exclude the folder with !'
      }
    ])
  })

  it('a chain within maxDepth is found', async () => {
    const folder = await chain(9)
    const { files } = await find(['deep/**/*.png'], { limits: { maxDepth: 10, maxEntries: 1000 } })
    expect(files.map(f => f.relativePath)).toEqual([`${folder}/bottom.png`])
  })

  it('the default bound takes a chain of 256 folders and refuses one of 300', async () => {
    const within = await chain(255)
    expect((await find(['deep/**/*.png'])).files.map(f => f.relativePath)).toEqual([`${within}/bottom.png`])
    await chain(300)
    expect((await rejection(['deep/**/*.png'])).problems[0].message).toMatch(/^is 256 folder levels below/)
  })

  it('more entries than maxEntries stop discovery, naming the folder being read and the bound', async () => {
    for (let i = 0; i < 8; i++) await ws.write(`many/f${i}.png`, png())
    const error = await rejection(['many/*.png'], { limits: { maxDepth: 10, maxEntries: 5 } })
    expect(error.problems).toEqual([
      {
        file: 'many',
        message:
          'takes the files and folders the patterns reach past 5, the most discovery reads; narrow the patterns or exclude folders with !'
      }
    ])
  })

  it('every entry of a folder the walk reads counts, matched or not (as docs/behaviour.md says)', async () => {
    for (let i = 0; i < 8; i++) await ws.write(`many/notes${i}.txt`, 'text')
    await ws.write('many/a.png', png())
    expect((await rejection(['many/*.png'], { limits: { maxDepth: 10, maxEntries: 5 } })).problems[0].file).toBe('many')
  })

  it('exactly maxEntries entries are read', async () => {
    for (let i = 0; i < 5; i++) await ws.write(`many/f${i}.png`, png())
    expect((await find(['many/*.png'], { limits: { maxDepth: 10, maxEntries: 5 } })).files).toHaveLength(5)
  })

  it('the entries of every folder count toward one bound for the whole walk', async () => {
    for (let i = 0; i < 3; i++) await ws.write(`many/a/f${i}.png`, png())
    for (let i = 0; i < 3; i++) await ws.write(`many/b/f${i}.png`, png())
    const error = await rejection(['many/**/*.png'], { limits: { maxDepth: 10, maxEntries: 6 } })
    expect(error.problems.map(p => p.file)).toEqual([expect.stringMatching(/^many\/[ab]$/)])
  })

  it('entries the patterns exclude from the walk are not counted', async () => {
    for (let i = 0; i < 8; i++) await ws.write(`other/f${i}.png`, png())
    await ws.write('shots/a.png', png())
    expect((await find(['shots/*.png'], { limits: { maxDepth: 10, maxEntries: 5 } })).files).toHaveLength(1)
  })

  it('nor those of a folder below where a pattern starts that the pattern cannot reach', async () => {
    for (let i = 0; i < 8; i++) await ws.write(`shots/sub/f${i}.png`, png())
    await ws.write('shots/a.png', png())
    expect((await find(['shots/*.png'], { limits: { maxDepth: 10, maxEntries: 5 } })).files).toHaveLength(1)
  })
})

describe("the patterns keep @actions/glob's meaning", () => {
  const tree = [
    'shots/a.png',
    'shots/b.gif',
    'shots/sub/c.png',
    'shots/drafts/d.png',
    'shots/.hidden/e.png',
    'shots/[x].png',
    'shots/x.png',
    'other/f.png'
  ]
  it.each<[string, string[], string[]]>([
    [
      'a folder matches everything below it',
      ['shots'],
      ['shots/[x].png', 'shots/a.png', 'shots/b.gif', 'shots/drafts/d.png', 'shots/sub/c.png', 'shots/x.png']
    ],
    [
      'a trailing separator: the folder, so everything below',
      ['shots/'],
      ['shots/[x].png', 'shots/a.png', 'shots/b.gif', 'shots/drafts/d.png', 'shots/sub/c.png', 'shots/x.png']
    ],
    ['* stays in its folder', ['shots/*.png'], ['shots/[x].png', 'shots/a.png', 'shots/x.png']],
    ['** crosses folders', ['**/c.png'], ['shots/sub/c.png']],
    [
      '! excludes a folder and what is below it',
      ['shots/**/*.png', '!shots/drafts'],
      ['shots/[x].png', 'shots/a.png', 'shots/sub/c.png', 'shots/x.png']
    ],
    [
      'a later pattern includes again what an earlier ! excluded',
      ['!shots/drafts', 'shots/**/*.png'],
      ['shots/[x].png', 'shots/a.png', 'shots/drafts/d.png', 'shots/sub/c.png', 'shots/x.png']
    ],
    ['[x] is a character class', ['shots/[x].png'], ['shots/x.png']],
    ['[[]x] is the literal name', ['shots/[[]x].png'], ['shots/[x].png']],
    ['? is one character', ['shots/?.png'], ['shots/a.png', 'shots/x.png']],
    ['braces are literal', ['shots/{a,x}.png'], []],
    ['a comment line and an empty line are skipped', ['# shots/a.png', '', 'other/*.png'], ['other/f.png']]
  ])('%s', async (_, patterns, expected) => {
    for (const file of tree) await ws.write(file, png())
    const lines = patterns.map(p =>
      p === '' || p.startsWith('#') ? p : p.startsWith('!') ? `!${path.join(ws.dir, p.slice(1))}` : path.join(ws.dir, p)
    )
    const { files } = await findImages({ patterns: lines, workspace: ws.dir, includeHiddenFiles: false, followSymbolicLinks: true })
    expect(files.map(f => f.relativePath)).toEqual(expected)
  })
})
