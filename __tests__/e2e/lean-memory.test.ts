import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { findImages } from '../../src/files/find.js'
import { LEAN_HEAP_FLAGS } from '../../src/shared/heap.js'
import { readFound } from '../../src/files/found-file.js'
import { setOutputInPieces } from '../../src/shared/log.js'
import { jsonArrayPieces, markdown, writeJsonArray } from '../../src/report/outputs.js'
import type { ImageReport } from '../../src/report/model.js'
import { png } from '../../testkit/images.js'
import { NODE24, parseCommandFile } from '../../testkit/local-runner.js'
import { withEnv } from '../helpers/swap.js'
import { thrownBy } from '../helpers/rejection.js'

let dir: string

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'vod-lean-'))
})

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true })
})

const items = (count: number): unknown[] =>
  Array.from({ length: count }, (_, i) => ({
    path: `img/${i}.png`,
    tags: ['a', 'b'],
    error: i % 3 ? null : { code: 'X', message: 'line "quoted"\n' },
    n: i
  }))

const COUNTS: Array<[string, number]> = [
  ['no entries', 0],
  ['one entry', 1],
  ['exactly one piece', 100],
  ['several pieces and a short last one', 1201]
]

describe('JSON a piece at a time', () => {
  it.each(COUNTS)('jsonArrayPieces gives the text of JSON.stringify, plain and indented, for %s', (_name, count) => {
    expect([...jsonArrayPieces(items(count))].join('')).toBe(JSON.stringify(items(count)))
    expect([...jsonArrayPieces(items(count), true)].join('')).toBe(JSON.stringify(items(count), null, 2))
  })

  it.each(COUNTS)('writeJsonArray writes JSON.stringify(items, null, 2) and a line break for %s', async (name, count) => {
    const file = path.join(dir, `${name}.json`)
    await writeJsonArray(file, items(count))
    expect(await fs.readFile(file, 'utf8')).toBe(`${JSON.stringify(items(count), null, 2)}\n`)
  })
})

describe('markdown', () => {
  it.each([0, 1, 100, 250])(
    "of %i images made a piece at a time is each image's block, joined by blank lines, the images without a URL left out",
    count => {
      const images = Array.from(
        { length: count },
        (_, i) =>
          ({ path: `img/${i}.png`, title: `shot [${i}]`, imageUrl: i % 7 === 3 ? null : `https://img.example/${i}.png` }) as ImageReport
      )
      const lines = images.map(image => markdown([image])).filter(Boolean)
      expect(markdown(images)).toBe(lines.join('\n\n'))
      expect(lines).toHaveLength(images.filter(image => image.imageUrl).length)
    }
  )
})

describe('setOutputInPieces', () => {
  it('writes a value the runner reads back whole, after and before other outputs', async () => {
    const file = path.join(dir, 'output.txt')
    await fs.writeFile(file, 'first=1\n')
    await withEnv({ GITHUB_OUTPUT: file }, async () => {
      setOutputInPieces('images', jsonArrayPieces(items(1201)))
      setOutputInPieces('none', [])
      await fs.appendFile(file, 'last=2\n')
    })
    expect(parseCommandFile(await fs.readFile(file, 'utf8'))).toEqual({
      first: '1',
      images: JSON.stringify(items(1201)),
      none: '',
      last: '2'
    })
  })
})

describe('LEAN_HEAP_FLAGS', () => {
  it('are flags the Node that runs the action knows: set at run time, they print nothing', () => {
    const script = `const v8 = require('node:v8'); for (const flag of ${JSON.stringify(LEAN_HEAP_FLAGS)}) v8.setFlagsFromString(flag); console.log('set')`
    const child = spawnSync(NODE24, ['-e', script], { encoding: 'utf8', timeout: 30_000 })
    expect(child.error).toBeUndefined()
    expect({ status: child.status, stdout: child.stdout, stderr: child.stderr }).toEqual({ status: 0, stdout: 'set\n', stderr: '' })
  })
})

describe('readFound', () => {
  const find = async (name: string): ReturnType<typeof findImages> =>
    findImages({ patterns: [path.join(dir, name)], workspace: dir, includeHiddenFiles: false, followSymbolicLinks: true })

  it('reads the bytes of the file discovery found', async () => {
    await fs.writeFile(path.join(dir, 'a.png'), png(4, 4, 1))
    const [file] = (await find('a.png')).files
    expect(readFound(file, file.bytes)).toEqual(png(4, 4, 1))
  })

  it.each<[string, (file: string) => Promise<void>]>([
    [
      'swapped for another file of the same size',
      file => fs.writeFile(`${file}.new`, png(4, 4, 2)).then(() => fs.rename(`${file}.new`, file))
    ],
    ['grown in place', file => fs.appendFile(file, Buffer.from('more'))]
  ])('refuses a file %s after discovery with FileChanged', async (_name, change) => {
    const name = `changed-${_name.length}.png`
    await fs.writeFile(path.join(dir, name), png(4, 4, 1))
    const [file] = (await find(name)).files
    await change(file.absolutePath)
    expect(thrownBy(() => readFound(file, file.bytes))).toMatchObject({ code: 'FileChanged', file: name })
  })
})
