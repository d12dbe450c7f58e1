/**
 * The edges of report/outputs.ts that the size and markdown tests leave open: the exact room every
 * list is cut to, which cuts setOutputs reports, images held without a URL, the escapes of a URL, and
 * the results file's layout on disk.
 */
import { promises as fs, readdirSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { Outputs, type OutputName } from '../../src/shared/names.js'
import { markdown, outputSize, outputValues, setOutputs, writeJsonArray, writeResultsFile } from '../../src/report/outputs.js'
import type { ImageReport, RunOutcome } from '../../src/report/model.js'
import type { Replacement } from '../../src/manifest/replaced.js'
import { parseCommandFile, runnerFiles } from '../../testkit/local-runner.js'
import { imageReport } from '../helpers/image-report.js'
import { withEnv } from '../helpers/swap.js'
import { posixOnlyIt } from '../helpers/platform.js'

/** 32 hex digits, as VOD's ImageIds are: 35 characters with the quotes and the comma, 70 bytes as GitHub measures. */
const id = (i: number): string => i.toString(16).padStart(32, '0')
const ENTRY_BYTES = 70
const posixIt = posixOnlyIt('open files')

let scratch: string
beforeEach(async () => {
  scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'outputs-edges-'))
})
afterEach(async () => {
  await fs.rm(scratch, { recursive: true, force: true })
})

const held = (count: number): ImageReport[] =>
  Array.from({ length: count }, (_, i) =>
    imageReport({ path: `shots/${i}.png`, imageId: id(i), imageUrl: `https://img.example.com/${i}.png` })
  )

const replacedFacts = (outcomes: Replacement['outcome'][]): RunOutcome => ({
  dryRun: false,
  stale: [],
  manifestChanged: true,
  replaced: outcomes.map((outcome, i) => ({ path: `shots/${i}.png`, imageId: id(1000 + i), newImageId: id(i), outcome }))
})

const LISTS: OutputName[] = [
  Outputs.ImageIds,
  Outputs.ImageUrls,
  Outputs.Images,
  Outputs.Markdown,
  Outputs.Deletions,
  Outputs.UnsupportedFiles,
  Outputs.OrphanedImageIds,
  Outputs.KeptImageIds
]

describe('the room a list is cut to', () => {
  const reports = held(4).map((report, i) => ({ ...report, orphanedImageIds: [id(500 + i)] }))
  const facts: RunOutcome = {
    ...replacedFacts([
      { kind: 'kept', reason: 'delete-replaced-off' },
      { kind: 'deleted' },
      { kind: 'kept', reason: 'delete-replaced-off' }
    ]),
    unsupported: [
      { path: 'a.txt', reason: 'not an image' },
      { path: 'b.txt', reason: 'not an image' }
    ]
  }

  it('every list output stays under the limit, at every limit from 1 to 2,000 bytes', () => {
    const limits = Array.from({ length: 2000 }, (_, i) => i + 1)
    const over = limits.flatMap(maxBytes => {
      const values = outputValues(reports, '/r.json', facts, maxBytes)
      const nonEmpty = LISTS.filter(name => values[name] !== '[]' && values[name] !== '')
      return nonEmpty.filter(name => outputSize(values[name]) >= maxBytes).map(name => `${name} at ${maxBytes}: ${values[name]}`)
    })
    expect(over).toEqual([])
  })

  it.each([1, 2, 3])('a limit of exactly %i ImageIds and the brackets holds that many', count => {
    const values = outputValues(held(4), '/r.json', undefined, count * ENTRY_BYTES + outputSize('[]'))
    expect(JSON.parse(values[Outputs.ImageIds])).toEqual(held(count).map(report => report.imageId))
  })
})

describe('what setOutputs reports as cut', () => {
  it('names each list that lost entries, with how many it holds of how many, and sets the outputs it made', async () => {
    const runner = await runnerFiles(path.join(scratch, 'runner'))
    const facts: RunOutcome = {
      ...replacedFacts([
        { kind: 'kept', reason: 'delete-replaced-off' },
        { kind: 'kept', reason: 'delete-replaced-off' },
        { kind: 'kept', reason: 'delete-replaced-off' }
      ]),
      unsupported: [0, 1, 2].map(i => ({ path: `${i}.txt`, reason: 'x'.repeat(100) }))
    }
    const reports = [
      imageReport({ status: 'failed', imageId: null, imageUrl: null, fileUrl: null, orphanedImageIds: [id(1), id(2), id(3)] })
    ]
    const cuts = await withEnv(runner.env, () =>
      setOutputs({ reports, resultsFile: '/r.json', facts, maxBytes: 2 * ENTRY_BYTES + outputSize('[]') })
    )
    expect(cuts).toEqual([
      { name: Outputs.Images, holds: 0, of: 1 },
      { name: Outputs.Deletions, holds: 0, of: 3 },
      { name: Outputs.UnsupportedFiles, holds: 0, of: 3 },
      { name: Outputs.OrphanedImageIds, holds: 2, of: 3 },
      { name: Outputs.KeptImageIds, holds: 2, of: 3 }
    ])
    const outputs = parseCommandFile(await fs.readFile(runner.env.GITHUB_OUTPUT, 'utf8'))
    expect(JSON.parse(outputs[Outputs.OrphanedImageIds])).toEqual([id(1), id(2)])
    expect(outputs[Outputs.ImageId]).toBe('')
  })

  it('reports nothing when every list fits', async () => {
    const runner = await runnerFiles(path.join(scratch, 'runner'))
    expect(await withEnv(runner.env, () => setOutputs({ reports: held(2), resultsFile: '/r.json' }))).toEqual([])
  })
})

describe('values with nothing to show', () => {
  it('gives empty single-image outputs when no image is held', () => {
    const values = outputValues([imageReport({ status: 'failed', imageId: null, imageUrl: null, fileUrl: null })], '/r.json')
    expect([values[Outputs.ImageId], values[Outputs.ImageUrl], values[Outputs.FileUrl]]).toEqual(['', '', ''])
  })

  it('gives an empty unsupported-files list when the run said nothing of unsupported files', () => {
    expect(outputValues(held(1), '/r.json', { dryRun: false, stale: [], manifestChanged: false })[Outputs.UnsupportedFiles]).toBe('[]')
  })
})

describe('deletions cut to fit', () => {
  it('keeps failed deletions first, then kept ones, whatever their place in the list', () => {
    const failure = { kind: 'failed' as const, error: { stage: 'delete' as const, code: 'Forbidden.RAM', message: 'no' } }
    const facts = replacedFacts([{ kind: 'deleted' }, { kind: 'kept', reason: 'delete-replaced-off' }, failure])
    const whole = JSON.parse(outputValues([], '/r.json', facts)[Outputs.Deletions]) as Array<{ outcome: string }>
    const sizeOf = Object.fromEntries(whole.map(entry => [entry.outcome, outputSize(`${JSON.stringify(entry)},`)]))
    /** The outcomes kept with room for exactly the entries named. */
    const keptWithRoomFor = (outcomes: string[]): string[] => {
      const maxBytes = outcomes.reduce((sum, outcome) => sum + sizeOf[outcome], outputSize('[]'))
      const cut = JSON.parse(outputValues([], '/r.json', facts, maxBytes)[Outputs.Deletions]) as Array<{ outcome: string }>
      return cut.map(entry => entry.outcome)
    }
    expect(keptWithRoomFor(['failed'])).toEqual(['failed'])
    expect(keptWithRoomFor(['failed', 'kept'])).toEqual(['kept', 'failed'])
    expect(keptWithRoomFor(['failed', 'kept', 'deleted'])).toEqual(['deleted', 'kept', 'failed'])
  })
})

describe('markdown', () => {
  const withoutUrl = imageReport({ path: 'shots/no-url.png', imageId: id(9), imageUrl: null })

  it('leaves out an image VOD holds but gave no URL for, in the output and in markdown()', () => {
    const reports = [withoutUrl, ...held(1)]
    expect(outputValues(reports, '/r.json')[Outputs.Markdown]).toBe(markdown(held(1)))
    expect(markdown(reports)).toBe(markdown(held(1)))
    expect(markdown(reports)).not.toContain('no-url')
  })

  it.each([99, 100, 101, 200])('%i images: one block each, blank lines between, nothing after the last', count => {
    const text = markdown(held(count))
    expect(text.split('\n\n')).toHaveLength(count)
    expect(text.endsWith(`${count - 1}\\.png`)).toBe(true)
  })

  it('percent-encodes a URL character in upper-case hex', () => {
    expect(markdown([imageReport({ imageUrl: 'https://img.example.com/a<b>\\c.png' })])).toContain(
      '(https://img.example.com/a%3Cb%3E%5Cc.png)'
    )
  })
})

describe('the results file', () => {
  it('makes the runner temporary folder when it is missing', async () => {
    const temp = path.join(scratch, 'not', 'yet')
    const file = await writeResultsFile(held(1), temp)
    expect(path.dirname(path.dirname(file))).toBe(temp)
    expect(JSON.parse(await fs.readFile(file, 'utf8'))).toHaveLength(1)
  })

  it.each([0, 1, 100, 101, 250])(
    'writeJsonArray of %i nested items writes JSON.stringify(items, null, 2) and a line break',
    async count => {
      const items = Array.from({ length: count }, (_, i) => ({ path: `${i}.png`, tags: ['a', 'b'], error: { code: 'X', nested: { i } } }))
      const file = path.join(scratch, 'items.json')
      await writeJsonArray(file, items)
      expect(await fs.readFile(file, 'utf8')).toBe(`${JSON.stringify(items, null, 2)}\n`)
    }
  )

  posixIt('writeJsonArray closes the file it wrote', async () => {
    const openFiles = (): string[] => readdirSync('/dev/fd')
    const before = openFiles().length
    await writeJsonArray(path.join(scratch, 'items.json'), [1, 2, 3])
    expect(openFiles()).toHaveLength(before)
  })
})
