/** Issue #12: a stale entry that delete-removed did not delete is reported with the true reason, in the log and the summary. */
import { beforeEach, describe, expect, it } from '@jest/globals'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { type Manifest, parseManifest } from '../../src/manifest/manifest-file.js'
import { png } from '../../testkit/images.js'
import { type ActionRun, runInProcess, useEmulator, useWorkspace, emulatorInputs, cancelDuringFirstUpload } from '../helpers/action.js'

const MANIFEST = 'docs/thumbnails.vod.json'
const emulator = useEmulator()
const ws = useWorkspace()

beforeEach(async () => {
  for (let i = 0; i < 4; i++) await ws().write(`docs/thumbs/${i}.png`, png(8, 8, i + 1))
})

function run(inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runInProcess(
    { workspace: ws().dir, inputs: { path: 'docs/**', manifest: MANIFEST, ...emulatorInputs(emulator()), ...inputs } },
    { backoff: { baseDelayMs: 1, maxDelayMs: 5 } }
  )
}

const readManifest = async (): Promise<Manifest> => parseManifest(await fs.readFile(path.join(ws().dir, MANIFEST), 'utf8'), MANIFEST)

/** The line about one stale entry, as the log and the summary both give it. */
const staleLine = (file: string, imageId: string, reason: string): string =>
  `${file}: file gone; ImageId ${imageId} stays in VOD and in the manifest: ${reason}`

describe('a stale entry that delete-removed kept says why', () => {
  it('every entry stale: refused, not "delete-removed is off"', async () => {
    await run()
    const before = await readManifest()
    await fs.rm(path.join(ws().dir, 'docs/thumbs'), { recursive: true })
    const result = await run({ 'delete-removed': 'true', 'if-no-files-found': 'ignore' })
    const line = staleLine(
      'docs/thumbs/2.png',
      before.images['docs/thumbs/2.png'].imageId,
      'every entry of the manifest is stale, so none was deleted'
    )
    expect(result.stdout).toContain(line)
    expect(result.summary).toContain(line)
    expect(result.stdout + result.summary).not.toContain('delete-removed is off')
    expect(Object.keys((await readManifest()).images)).toHaveLength(4)
  })

  it('cancelled before the deletions: says so, not "delete-removed is off"', async () => {
    await run()
    const before = await readManifest()
    await fs.rm(path.join(ws().dir, 'docs/thumbs/1.png'))
    await ws().write('docs/thumbs/3.png', png(8, 8, 99))
    // The runner's SIGINT arrives while the one changed file is being uploaded.
    const signalled = cancelDuringFirstUpload(emulator())
    const result = await run({ 'delete-removed': 'true' })
    expect(signalled()).toBe(true)
    expect(result.exitCode).toBe(1)
    expect(emulator().requests.filter(r => r.action === 'DeleteImage')).toHaveLength(0)
    const line = staleLine('docs/thumbs/1.png', before.images['docs/thumbs/1.png'].imageId, 'the run was cancelled before it was deleted')
    expect(result.stdout).toContain(line)
    expect(result.summary).toContain(line)
    expect(result.stdout + result.summary).not.toContain('delete-removed is off')
  })

  it('delete-removed off still says so', async () => {
    await run()
    const before = await readManifest()
    await fs.rm(path.join(ws().dir, 'docs/thumbs/1.png'))
    const result = await run()
    const line = `docs/thumbs/1.png: file gone; ImageId ${before.images['docs/thumbs/1.png'].imageId} stays in VOD and in the manifest (delete-removed is off)`
    expect(result.stdout).toContain(line)
    expect(result.summary).toContain(line)
  })

  it('a dry run with delete-removed does not claim delete-removed is off', async () => {
    await run()
    const before = await readManifest()
    await fs.rm(path.join(ws().dir, 'docs/thumbs/1.png'))
    const result = await run({ 'delete-removed': 'true', 'dry-run': 'true' })
    expect(result.summary).toContain(
      `docs/thumbs/1.png: file gone; ImageId ${before.images['docs/thumbs/1.png'].imageId} would be deleted from VOD and the entry dropped if VOD confirms this repository uploaded it (dry run)`
    )
    expect(result.stdout + result.summary).not.toContain('delete-removed is off')
  })

  it.each([
    {
      name: 'every entry stale',
      remove: ['0', '1', '2', '3'],
      forge: (m: Manifest) => m,
      file: '1',
      says: 'every entry of the manifest is stale, so none was deleted'
    },
    {
      name: 'an entry not in the form this action writes',
      remove: ['1'],
      forge: (m: Manifest) => ({
        ...m,
        images: { ...m.images, 'docs/thumbs/1.png': { ...m.images['docs/thumbs/1.png'], uploadedAt: 'x' } }
      }),
      file: '1',
      says: 'the entry is not one this action wrote after an upload'
    },
    {
      name: 'an ImageId an entry which stays also names',
      remove: ['1'],
      forge: (m: Manifest) => ({
        ...m,
        images: { ...m.images, 'docs/thumbs/1.png': { ...m.images['docs/thumbs/1.png'], imageId: m.images['docs/thumbs/2.png'].imageId } }
      }),
      file: '1',
      says: 'another entry of the manifest, whose file exists, names the same ImageId; only this entry is dropped',
      // The entry leaves the manifest: dropping it deletes nothing.
      where: 'in VOD'
    }
  ])(
    'a dry run keeps what the real run keeps, for the same reason: $name',
    async ({ remove, forge, file, says, where = 'in VOD and in the manifest' }) => {
      await run()
      const forged: Manifest = forge(await readManifest())
      await fs.writeFile(path.join(ws().dir, MANIFEST), JSON.stringify(forged))
      for (const name of remove) await fs.rm(path.join(ws().dir, `docs/thumbs/${name}.png`))
      const imageId = forged.images[`docs/thumbs/${file}.png`].imageId
      const inputs = { 'delete-removed': 'true', 'if-no-files-found': 'ignore' }
      const mark = emulator().requests.length
      const dry = await run({ ...inputs, 'dry-run': 'true' })
      expect(emulator().requests).toHaveLength(mark)
      expect(dry.summary).toContain(`docs/thumbs/${file}.png: file gone; ImageId ${imageId} would stay ${where}: ${says}`)
      expect(dry.stdout).toMatch(new RegExp(`  keep {4}docs/thumbs/${file}\\.png \\(file gone, ImageId ${imageId}; kept: `))
      expect(dry.stdout + dry.summary).not.toContain('would be deleted')
      const real = await run(inputs)
      expect(real.summary).toContain(`docs/thumbs/${file}.png: file gone; ImageId ${imageId} stays ${where}: ${says}`)
      expect(JSON.parse(dry.outputs.deletions)).toEqual(
        (JSON.parse(real.outputs.deletions) as Array<{ message: string }>).map(entry => ({
          ...entry,
          message: entry.message.replace(' stays ', ' would stay ')
        }))
      )
    }
  )
})
