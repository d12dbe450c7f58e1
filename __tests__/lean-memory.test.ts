import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { findImages } from '../src/files.js'
import { readFound } from '../src/found-file.js'
import { writeJsonArray } from '../src/report.js'
import { png } from '../scripts/images.js'

let dir: string

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'vod-lean-'))
})

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true })
})

describe('writeJsonArray', () => {
  it.each<[string, number]>([
    ['no entries', 0],
    ['one entry', 1],
    ['exactly one slice', 500],
    ['several slices and a short last one', 1201]
  ])('writes the same text as JSON.stringify(items, null, 2) for %s', async (name, count) => {
    const items = Array.from({ length: count }, (_, i) => ({ path: `img/${i}.png`, tags: ['a', 'b'], error: i % 3 ? null : { code: 'X', message: 'line "quoted"\n' }, n: i }))
    const file = path.join(dir, `${name}.json`)
    await writeJsonArray(file, items)
    expect(await fs.readFile(file, 'utf8')).toBe(`${JSON.stringify(items, null, 2)}\n`)
  })
})

describe('readFound', () => {
  const find = async (name: string): ReturnType<typeof findImages> =>
    findImages({ patterns: [path.join(dir, name)], workspace: dir, includeHiddenFiles: false, followSymbolicLinks: true })

  it('reads the bytes of the file discovery found', async () => {
    await fs.writeFile(path.join(dir, 'a.png'), png(4, 4, 1))
    const [file] = (await find('a.png')).files
    expect(await readFound(file, file.bytes)).toEqual(png(4, 4, 1))
  })

  it.each<[string, (file: string) => Promise<void>]>([
    ['swapped for another file of the same size', file => fs.writeFile(`${file}.new`, png(4, 4, 2)).then(() => fs.rename(`${file}.new`, file))],
    ['grown in place', file => fs.appendFile(file, Buffer.from('more'))]
  ])('refuses a file %s after discovery with FileChanged', async (_name, change) => {
    const name = `changed-${_name.length}.png`
    await fs.writeFile(path.join(dir, name), png(4, 4, 1))
    const [file] = (await find(name)).files
    await change(file.absolutePath)
    await expect(readFound(file, file.bytes)).rejects.toMatchObject({ code: 'FileChanged', file: name })
  })
})
