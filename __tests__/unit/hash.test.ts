import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { promises as fs, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { digestFile, digestOf, partSizeFor } from '../../src/files/hash.js'
import { linuxDescribe, openCount } from '../helpers/open-files.js'

let dir: string
const md5 = (data: Buffer): string => createHash('md5').update(data).digest('base64')

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'vod-hash-'))
})

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true })
})

/** The parts a multipart upload sends, with their MD5s: one empty part for an empty file. */
function partsOf(data: Buffer, partSize: number): Array<{ start: number; end: number; md5Base64: string }> {
  const parts = []
  for (let start = 0; start < data.length || (start === 0 && data.length === 0); start += partSize) {
    const end = Math.min(data.length, start + partSize)
    parts.push({ start, end, md5Base64: md5(data.subarray(start, end)) })
    if (data.length === 0) break
  }
  return parts
}

describe('digestFile', () => {
  it.each<[string, number, number | undefined]>([
    ['empty', 0, undefined],
    ['small, whole', 1000, undefined],
    ['parts that divide evenly', 3 * 1024 * 1024, 1024 * 1024],
    ['a short last part', 2.5 * 1024 * 1024, 1024 * 1024],
    ['parts smaller than a read chunk', 3 * 1024 * 1024 + 17, 300 * 1024],
    ['one part only', 1000, 4096]
  ])('%s', async (name, size, partSize) => {
    const data = Buffer.alloc(size)
    for (let i = 0; i < size; i++) data[i] = (i * 31 + 7) & 0xff
    const file = path.join(dir, name)
    await fs.writeFile(file, data)
    const digest = await digestFile(file, name, partSize)
    expect(await digestFile(file, name, partSize, { bytes: size })).toEqual(digest)
    expect(digest.bytes).toBe(size)
    expect(digest.md5Base64).toBe(md5(data))
    expect(digest.sha256Hex).toBe(createHash('sha256').update(data).digest('hex'))
    expect(digest.parts).toEqual(partSize === undefined ? undefined : partsOf(data, partSize))
  })
})

describe('a file that changed since it was found', () => {
  it('is refused with FileChanged, naming both sizes', async () => {
    const file = path.join(dir, 'changing')
    await fs.writeFile(file, Buffer.alloc(10))
    await expect(digestFile(file, 'shots/changing.png', undefined, { bytes: 12 })).rejects.toMatchObject({
      name: 'FileReadError',
      code: 'FileChanged',
      file: 'shots/changing.png',
      detail: 'changed while the action ran (12 bytes when found, 10 when read); nothing was uploaded for it'
    })
  })
})

describe('a file that is not the one discovery found', () => {
  it.each<[string, (file: string) => Promise<void>]>([
    [
      'replaced by another file of the same size',
      async file => {
        await fs.writeFile(`${file}.new`, Buffer.alloc(10, 1))
        await fs.rename(`${file}.new`, file)
      }
    ],
    [
      'replaced by a folder',
      async file => {
        await fs.rm(file)
        await fs.mkdir(file)
      }
    ]
  ])('is refused with FileChanged when %s, and not read', async (name, change) => {
    const file = path.join(dir, `swapped ${name}`)
    await fs.writeFile(file, Buffer.alloc(10))
    const { dev, ino } = statSync(file)
    await change(file)
    await expect(digestFile(file, 'shots/swapped.png', undefined, { bytes: 10, identity: { dev, ino } })).rejects.toMatchObject({
      name: 'FileReadError',
      code: 'FileChanged',
      file: 'shots/swapped.png',
      detail: 'changed while the action ran (it is no longer the file that was found); nothing was uploaded for it'
    })
  })

  it('a file gone is refused with its system code', async () => {
    await expect(digestFile(path.join(dir, 'never-written'), 'shots/gone.png')).rejects.toMatchObject({
      name: 'FileReadError',
      code: 'ENOENT',
      file: 'shots/gone.png',
      detail: 'cannot be read (ENOENT)'
    })
  })
})

linuxDescribe('what digestFile holds open', () => {
  it.each<[string, number]>([
    ['read whole', 1024],
    ['streamed', 300 * 1024]
  ])('closes a file it %s', async (_name, size) => {
    const file = path.join(dir, `closed-${size}.bin`)
    await fs.writeFile(file, Buffer.alloc(size, 7))
    const { dev, ino } = statSync(file)
    await digestFile(file, 'closed.bin', undefined, { bytes: size, identity: { dev, ino } })
    expect(await openCount(file)).toBe(0)
  })
})

describe('digestOf', () => {
  it.each<[string, number, number | undefined]>([
    ['empty, whole', 0, undefined],
    ['empty, in parts', 0, 4],
    ['whole', 10, undefined],
    ['in parts with a short last one', 10, 4],
    ['in parts that divide evenly', 12, 4]
  ])('%s: the same digest as of the file', async (name, size, partSize) => {
    const data = Buffer.from(Array.from({ length: size }, (_, i) => (i * 53 + 1) & 0xff))
    const file = path.join(dir, `of ${name}`)
    await fs.writeFile(file, data)
    const digest = digestOf(data, partSize)
    expect(digest).toEqual(await digestFile(file, name, partSize))
    expect(digest.bytes).toBe(size)
    expect(digest.md5Base64).toBe(md5(data))
    expect(digest.parts).toEqual(partSize === undefined ? undefined : partsOf(data, partSize))
  })
})

describe('partSizeFor', () => {
  const MiB = 1024 * 1024
  it.each<[number, number, number | undefined]>([
    [10 * MiB, 10 * MiB, undefined],
    [10 * MiB + 1, 10 * MiB, 8 * MiB],
    [200 * MiB, 10 * MiB, 8 * MiB],
    [MiB, 256 * 1024, 256 * 1024],
    [MiB, 50 * 1024, 100 * 1024],
    [200 * 1024 * MiB, 10 * MiB, Math.ceil((200 * 1024 * MiB) / 10_000)]
  ])('%i bytes with threshold %i', (bytes, threshold, expected) => {
    expect(partSizeFor(bytes, threshold)).toBe(expected)
  })
})
