/**
 * Path rules the workflow author expects: absolute patterns, ~, patterns outside the workspace
 * (runner.temp), a workspace whose path holds glob characters, and symbolic links met while walking
 * kept inside the root of their pattern. Temporary folders, against the emulator.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { png } from '../../testkit/images.js'
import { type ActionRun, useEmulator, imagesOf, runAgainst } from '../helpers/action.js'
import { posixOnlyIt } from '../helpers/platform.js'

/** Rows with symbolic links (POSIX_ONLY.symlinks). */
const posixIt = posixOnlyIt('symlinks')

const emulator = useEmulator()

/** A temporary folder holding the workspace (its name set per test), a runner temp folder, a home folder and a folder elsewhere. */
let base: string
beforeEach(async () => {
  base = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'vod-paths-')))
})
afterEach(async () => {
  await fs.rm(base, { recursive: true, force: true })
})

async function write(relative: string, content: Buffer | string = png(8, 8, relative.length)): Promise<string> {
  const file = path.join(base, relative)
  await fs.mkdir(path.dirname(file), { recursive: true })
  await fs.writeFile(file, content)
  return file
}

async function link(relative: string, target: string): Promise<void> {
  await fs.mkdir(path.dirname(path.join(base, relative)), { recursive: true })
  await fs.symlink(path.join(base, target), path.join(base, relative))
}

function run(workspace: string, inputs: Record<string, string>): Promise<ActionRun> {
  const home = path.join(base, 'home')
  return runAgainst(emulator(), { workspace: path.join(base, workspace), inputs, env: { HOME: home, USERPROFILE: home } })
}

const paths = (result: ActionRun): string[] => imagesOf(result).map(image => image.path)
/** `<base>` in a pattern or a message stands for the test's temporary folder. */
const expand = (text: string): string => text.split('<base>').join(base)
/** The same in a path as the outputs show it: `/` separators on every system. */
const expandShown = (text: string): string => text.split('<base>').join(base.split(path.sep).join('/'))

interface Case {
  workspace?: string
  files: string[]
  links?: Record<string, string>
  path: string
  uploads: string[]
  /** CreateUploadImage calls, when paths to the same file make fewer than the uploads listed. */
  creates?: number
}

describe('patterns the workflow writes are accepted', () => {
  const accepted: Array<[string, Case]> = [
    [
      'a workspace path with [, *, ? and ] in it',
      {
        workspace: 'site [v2] *?',
        files: ['site [v2] *?/shots/a.png', 'site [v2] *?/shots/b.png'],
        path: 'shots/*.png',
        uploads: ['shots/a.png', 'shots/b.png']
      }
    ],
    [
      'a workspace path with [] that reads as a character class',
      { workspace: 'ws[ab]', files: ['ws[ab]/a.png', 'wsa/a.png'], path: '*.png', uploads: ['a.png'] }
    ],
    [
      'an absolute pattern under runner.temp, shown by absolute path',
      {
        files: ['ws/in.png', 'runner-temp/shots/x.png'],
        path: '<base>/runner-temp/shots/*.png',
        uploads: ['<base>/runner-temp/shots/x.png']
      }
    ],
    [
      '~ and ~/ expand to the home folder',
      { files: ['ws/in.png', 'home/shots/h.png'], path: '~/shots/*.png', uploads: ['<base>/home/shots/h.png'] }
    ],
    [
      'a relative pattern through .., shown by absolute path',
      { files: ['ws/in.png', 'elsewhere/e.png'], path: '../elsewhere/*.png\nin.png', uploads: ['<base>/elsewhere/e.png', 'in.png'] }
    ],
    [
      'an exclusion outside the workspace',
      {
        files: ['runner-temp/a.png', 'runner-temp/draft.png'],
        path: '<base>/runner-temp/*.png\n!<base>/runner-temp/draft.png',
        uploads: ['<base>/runner-temp/a.png']
      }
    ],
    [
      "a link met while walking that stays in its pattern's folder",
      {
        files: ['runner-temp/real/r.png'],
        links: { 'runner-temp/shots/r.png': 'runner-temp/real/r.png' },
        path: '<base>/runner-temp/**/*.png',
        uploads: ['<base>/runner-temp/real/r.png', '<base>/runner-temp/shots/r.png'],
        creates: 1
      }
    ],
    [
      'a pattern that names a link itself (the workflow wrote it)',
      {
        files: ['elsewhere/t.png'],
        links: { 'runner-temp/t.png': 'elsewhere/t.png' },
        path: '<base>/runner-temp/t.png',
        uploads: ['<base>/runner-temp/t.png']
      }
    ]
  ]
  const expectAccepted = async (
    _: string,
    { workspace = 'ws', files, links = {}, path: pattern, uploads, creates = uploads.length }: Case
  ): Promise<void> => {
    await fs.mkdir(path.join(base, workspace), { recursive: true })
    for (const file of files) await write(file)
    for (const [from, to] of Object.entries(links)) await link(from, to)
    const result = await run(workspace, { path: expand(pattern) })
    expect(result.stdout).not.toContain('::error::')
    expect(result.exitCode).toBe(0)
    expect(paths(result)).toEqual(uploads.map(expandShown))
    expect(emulator().requests.filter(r => r.action === 'CreateUploadImage')).toHaveLength(creates)
  }
  it.each(accepted.filter(([, row]) => !row.links))('%s', (name, row) => expectAccepted(name, row))
  posixIt.each(accepted.filter(([, row]) => row.links))('%s', (name, row) => expectAccepted(name, row))
})

describe('what stays refused', () => {
  type Refused = Omit<Case, 'uploads'> & { manifest?: string; says: string }
  const refused: Array<[string, Refused]> = [
    [
      "a link met while walking that leads out of its pattern's folder",
      {
        files: ['ws/in.png', 'secret/s.png'],
        links: { 'runner-temp/shots/s.png': 'secret/s.png' },
        path: '<base>/runner-temp/shots/*.png',
        says: '<base>/runner-temp/shots/s.png: is a link to <base>/secret/s.png, outside <base>/runner-temp/shots, the folder of the pattern that found it'
      }
    ],
    [
      'a link in the workspace that leads out of it, found by a workspace pattern',
      {
        files: ['runner-temp/t.png'],
        links: { 'ws/shots/t.png': 'runner-temp/t.png' },
        path: 'shots/*.png',
        says: 'shots/t.png: is a link to <base>/runner-temp/t.png, outside the workspace'
      }
    ],
    [
      'files outside the workspace with a manifest',
      {
        files: ['ws/in.png', 'runner-temp/x.png'],
        path: 'in.png\n<base>/runner-temp/*.png',
        manifest: 'vod.json',
        says: '<base>/runner-temp/x.png: is outside the workspace; the manifest vod.json records only files inside it'
      }
    ]
  ]
  const expectRefused = async (_: string, { files, links = {}, path: pattern, manifest, says }: Refused): Promise<void> => {
    await fs.mkdir(path.join(base, 'ws'), { recursive: true })
    for (const file of files) await write(file)
    for (const [from, to] of Object.entries(links)) await link(from, to)
    const result = await run('ws', { path: expand(pattern), ...(manifest ? { manifest } : {}) })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain(expand(says))
    expect(emulator().requests).toHaveLength(0)
  }
  it.each(refused.filter(([, row]) => !row.links))('%s', (name, row) => expectRefused(name, row))
  posixIt.each(refused.filter(([, row]) => row.links))('%s', (name, row) => expectRefused(name, row))

  it('the no-match message shows the patterns as written', async () => {
    await fs.mkdir(path.join(base, 'ws [1]'), { recursive: true })
    const result = await run('ws [1]', { path: 'missing/*.png\n~/nothing/*.png' })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain(
      `No files matched the path patterns (relative to ${path.join(base, 'ws [1]')}):%0A  missing/*.png%0A  ~/nothing/*.png`
    )
  })
})
