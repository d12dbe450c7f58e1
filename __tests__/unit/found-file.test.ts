/** Reading a found file through what was opened: a file gone, grown, or swapped after discovery is refused with a typed error. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { promises as fs, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { FileReadError } from '../../src/shared/errors.js'
import { openFound, readFound, withFoundFile, type FoundFile } from '../../src/files/found-file.js'
import { rejectionOf } from '../helpers/rejection.js'

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
    expect((await readFound(file, 6)).toString()).toBe('abcdef')
  })

  it.each<[string, (file: FoundFile) => Promise<void>, number, string, string]>([
    ['gone', file => fs.rm(file.absolutePath), 6, 'ENOENT', 'cannot be read (ENOENT)'],
    ['of another size than its digest saw', async () => undefined, 5, 'FileChanged', 'changed while the action ran'],
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
    const error = await rejectionOf<FileReadError>(readFound(file, bytes))
    expect(error).toBeInstanceOf(FileReadError)
    expect(error).toMatchObject({ file: 'shots/a.png', code })
    expect(error.detail).toContain(detail)
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
})
