/** Reading a found file through what was opened: a file gone, grown, or swapped after discovery is refused with a typed error. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { promises as fs, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { FileReadError } from '../../src/shared/errors.js'
import { openFound, readFound, sameFile, withFoundFile, type FoundFile } from '../../src/files/found-file.js'
import { rejectionOf, thrownBy } from '../helpers/rejection.js'
import { posixOnlyIt } from '../helpers/platform.js'
import { linuxDescribe, openCount } from '../helpers/open-files.js'

/** Skipped on Windows: POSIX_ONLY of ../helpers/platform.ts says why. */
const posixIt = posixOnlyIt('fifos')

let dir: string

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'vod-found-'))
})

afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true })
})

async function found(name: string, content: string): Promise<FoundFile> {
  const absolutePath = path.join(dir, name)
  await fs.writeFile(absolutePath, content)
  const { dev, ino } = statSync(absolutePath)
  return { absolutePath, relativePath: `shots/${name}`, identity: { dev, ino } }
}

describe('readFound', () => {
  it('reads the bytes of the file that was found', async () => {
    const file = await found('a.png', 'abcdef')
    expect(readFound(file, 6).toString()).toBe('abcdef')
  })

  it.each<[string, (file: FoundFile) => Promise<void>, number, string, string]>([
    ['gone', file => fs.rm(file.absolutePath), 6, 'ENOENT', 'cannot be read (ENOENT)'],
    ['of another size than its digest saw', async () => undefined, 5, 'FileChanged', 'changed while the action ran'],
    ['grown since its digest', file => fs.appendFile(file.absolutePath, 'g'), 6, 'FileChanged', 'changed while the action ran'],
    ['shrunk since its digest', file => fs.truncate(file.absolutePath, 3), 6, 'FileChanged', 'changed while the action ran'],
    [
      'replaced by another file at the same path',
      async file => {
        // Written beside it, then renamed over it: a new inode, while the old one is still in use.
        await fs.writeFile(`${file.absolutePath}.new`, 'abcdef')
        await fs.rename(`${file.absolutePath}.new`, file.absolutePath)
      },
      6,
      'FileChanged',
      'changed while the action ran'
    ],
    [
      'replaced by a folder',
      async file => {
        await fs.rm(file.absolutePath)
        await fs.mkdir(file.absolutePath)
      },
      6,
      'FileChanged',
      'changed while the action ran'
    ]
  ])('refuses a file %s, naming it', async (_name, change, bytes, code, detail) => {
    const file = await found('a.png', 'abcdef')
    await change(file)
    const error = thrownBy<FileReadError>(() => readFound(file, bytes))
    expect(error).toBeInstanceOf(FileReadError)
    expect(error).toMatchObject({ file: 'shots/a.png', code })
    expect(error.detail).toContain(detail)
  })
})

describe('sameFile', () => {
  it.each<[string, { dev: number; ino: number }, boolean]>([
    ['the same device and inode', { dev: 1, ino: 5 }, true],
    ['the same inode on another device', { dev: 2, ino: 5 }, false],
    ['another inode on the same device', { dev: 1, ino: 6 }, false]
  ])('%s: %s', (_name, stat, same) => {
    expect(sameFile(stat, { dev: 1, ino: 5 })).toBe(same)
  })
})

describe('openFound and withFoundFile', () => {
  it('without an identity, checks only that a regular file opened', async () => {
    const { absolutePath, relativePath } = await found('a.png', 'x')
    await (await openFound({ absolutePath, relativePath })).close()
    await fs.rm(absolutePath)
    await fs.mkdir(absolutePath)
    expect(await rejectionOf(openFound({ absolutePath, relativePath }))).toMatchObject({ code: 'FileChanged', file: 'shots/a.png' })
  })

  it('hands out a path that reads the opened file even after its path was given to another file', async () => {
    const file = await found('a.png', 'the found bytes')
    const read = await withFoundFile(file, async readablePath => {
      await fs.rm(file.absolutePath)
      await fs.writeFile(file.absolutePath, 'other bytes')
      return fs.readFile(readablePath, 'utf8')
    })
    expect(read).toBe(process.platform === 'linux' ? 'the found bytes' : 'other bytes')
  })

  posixIt('refuses a FIFO put at the path without blocking on it', async () => {
    const absolutePath = path.join(dir, 'pipe.png')
    execFileSync('mkfifo', [absolutePath])
    expect(await rejectionOf(openFound({ absolutePath, relativePath: 'shots/pipe.png' }))).toMatchObject({
      code: 'FileChanged',
      file: 'shots/pipe.png'
    })
  })

  it('refuses a file that cannot be opened with its system code', async () => {
    const error = await rejectionOf<FileReadError>(
      openFound({ absolutePath: path.join(dir, 'missing.png'), relativePath: 'shots/missing.png' })
    )
    expect(error).toBeInstanceOf(FileReadError)
    expect(error).toMatchObject({ code: 'ENOENT', file: 'shots/missing.png', detail: 'cannot be read (ENOENT)' })
  })
})

linuxDescribe('what is held open', () => {
  it('withFoundFile holds the file open while use() runs and closes it when use() settles, also on a throw', async () => {
    const file = await found('a.png', 'abc')
    const held = await withFoundFile(file, async () => openCount(file.absolutePath))
    expect(held).toBe(1)
    await expect(
      withFoundFile(file, async () => {
        throw new Error('use failed')
      })
    ).rejects.toThrow('use failed')
    expect(await openCount(file.absolutePath)).toBe(0)
  })

  it('the path withFoundFile hands out reads nothing once it settled', async () => {
    const file = await found('a.png', 'the found bytes')
    const readablePath = await withFoundFile(file, async readable => readable)
    await fs.rm(file.absolutePath)
    const after = await fs.readFile(readablePath, 'utf8').catch(() => undefined)
    expect(after).not.toBe('the found bytes')
  })

  it('readFound closes the file, whether it reads it or refuses it', async () => {
    const file = await found('a.png', 'abcdef')
    readFound(file, 6)
    thrownBy(() => readFound(file, 5))
    expect(await openCount(file.absolutePath)).toBe(0)
  })

  it('readFound refuses a file that gives more bytes than its size said (a /proc file says 0)', async () => {
    const error = thrownBy<FileReadError>(() => readFound({ absolutePath: '/proc/self/status', relativePath: 'status' }, 0))
    expect(error).toBeInstanceOf(FileReadError)
    expect(error).toMatchObject({ file: 'status', code: 'FileChanged' })
    expect(await openCount('/proc/self/status')).toBe(0)
  })

  it('openFound closes what it refuses', async () => {
    const file = await found('a.png', 'abcdef')
    await rejectionOf(openFound({ ...file, identity: { dev: file.identity!.dev, ino: file.identity!.ino + 1 } }))
    expect(await openCount(file.absolutePath)).toBe(0)
  })
})
