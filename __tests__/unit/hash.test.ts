import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { digestFile, partSizeFor } from '../../src/files/hash.js'

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
