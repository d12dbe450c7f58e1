/**
 * Issue #19: at a docs site's scale the log says what changed in a few lines: what matched (images
 * and unsupported files), one line for every unchanged file, and one closing totals line; outputs
 * cut to fit say so once. Against the emulator.
 */
import { beforeEach, describe, expect, it } from '@jest/globals'
import { png } from '../../testkit/images.js'
import { type ActionRun, runAgainst, useEmulator, useWorkspace } from '../helpers/action.js'
import type { RunOverrides } from '../../src/main.js'

const FILES = 200
const emulator = useEmulator()
const ws = useWorkspace()
const name = (i: number): string => `site/shots/${String(i).padStart(3, '0')}.png`

beforeEach(async () => {
  for (let i = 0; i < FILES; i++) await ws().write(name(i), png(4, 4, i))
  for (const text of ['a.txt', 'b.txt', 'c.txt']) await ws().write(`site/shots/${text}`, 'not an image')
})

function run(inputs: Record<string, string> = {}, overrides: RunOverrides = {}): Promise<ActionRun> {
  return runAgainst(
    emulator(),
    { workspace: ws().dir, inputs: { path: 'site/**', manifest: 'site/vod.json', 'if-unsupported': 'ignore', ...inputs } },
    overrides
  )
}

/** The first run records every file; then two change. */
async function changeTwo(): Promise<void> {
  expect((await run()).exitCode).toBe(0)
  await ws().write(name(50), png(5, 5, 1))
  await ws().write(name(150), png(5, 5, 2))
}

/** delete-replaced is off: the two changed files' old images stay in VOD. */
const TOTALS = 'Done: 2 uploaded, 198 unchanged, 0 failed, 3 unsupported; 0 old images deleted, 2 kept (kept-image-ids)'
const lines = (result: ActionRun): string[] => result.stdout.split('\n').filter(line => line.trim() !== '')

describe('the log of a manifest run over 200 files, 2 changed and 3 unsupported', () => {
  it('says what matched, one line for the 198 unchanged files (none per file), and closes with one totals line', async () => {
    await changeTwo()
    const result = await run()
    expect(result.exitCode).toBe(0)
    const log = lines(result)
    expect(log.filter(line => /unchanged/.test(line))).toEqual(["⏭️ 198 unchanged since the manifest's run, not uploaded", TOTALS])
    expect(log).toContain('203 matched: 200 images, 3 unsupported')
    expect(log.at(-1)).toBe(TOTALS)
    expect(result.summary).toContain('203 matched: 200 images, 3 unsupported · 2 uploaded · 198 unchanged · 0 failed')
    const statuses = (JSON.parse(result.outputs.images) as Array<{ status: string }>).map(image => image.status)
    expect(statuses.filter(status => status === 'uploaded')).toHaveLength(2)
  })

  it('a dry run: one plan line for the 198 unchanged files, and its totals at the end', async () => {
    await changeTwo()
    const result = await run({ 'dry-run': 'true' })
    expect(result.exitCode).toBe(0)
    const log = lines(result)
    expect(log.filter(line => /unchanged/.test(line))).toEqual([
      "  skip    198 unchanged since the manifest's run (their ImageIds are in the results file, the results-file output)",
      'Dry run done: 2 would upload, 198 unchanged, 3 unsupported; nothing was sent'
    ])
    expect(log.at(-1)).toBe('Dry run done: 2 would upload, 198 unchanged, 3 unsupported; nothing was sent')
  })
})

describe('outputs cut to fit', () => {
  it('say so once in the log and in the summary, each cut output with how many entries it holds', async () => {
    const result = await run({}, { outputMaxBytes: 5000 })
    expect(result.exitCode).toBe(0)
    const images = JSON.parse(result.outputs.images) as unknown[]
    const ids = JSON.parse(result.outputs['image-ids']) as unknown[]
    expect(Buffer.byteLength(result.outputs.images)).toBeLessThan(5000)
    expect(images.length).toBeGreaterThan(0)
    expect(ids.length).toBeLessThan(200)
    const warnings = lines(result).filter(line => line.startsWith('::warning::Outputs cut'))
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain(
      `image-ids holds ${ids.length} of 200, image-urls holds ${ids.length} of 200, images holds ${images.length} of 200`
    )
    expect(warnings[0]).toContain('The results file has every image')
    expect(result.summary).toContain(`<p>✂️ Outputs cut to stay under GitHub&#39;s 1 MB per output`)
  })
})
