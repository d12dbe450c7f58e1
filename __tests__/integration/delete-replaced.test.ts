/** delete-replaced: the previous ImageId of a changed file, deleted once the new upload succeeded; against the emulator. */
import { beforeEach, describe, expect, it } from '@jest/globals'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { type Manifest, parseManifest } from '../../src/manifest/manifest-file.js'
import { png } from '../../testkit/images.js'
import { type ActionRun, useEmulator, useWorkspace, runAgainst, cancelDuringFirstUpload } from '../helpers/action.js'

const MANIFEST = 'vod.json'
const emulator = useEmulator()
const ws = useWorkspace()

beforeEach(async () => {
  for (const name of ['a', 'b', 'c']) await ws().write(`shots/${name}.png`, png(8, 8, name.charCodeAt(0)))
})

function run(inputs: Record<string, string> = {}, env: Record<string, string> = {}): Promise<ActionRun> {
  return runAgainst(
    emulator(),
    { workspace: ws().dir, inputs: { path: 'shots/**', manifest: MANIFEST, retries: '1', ...inputs }, env },
    { now: () => Date.parse('2026-11-24T10:00:00Z') }
  )
}

const readManifest = async (): Promise<Manifest> => parseManifest(await fs.readFile(path.join(ws().dir, MANIFEST), 'utf8'), MANIFEST)
const writeManifest = (manifest: Manifest): Promise<string> => ws().write(MANIFEST, JSON.stringify(manifest))
/** The deletions output without its messages, which differ between a dry run and a real one. */
const deletionsOf = (result: ActionRun): Array<Record<string, string>> =>
  (JSON.parse(result.outputs.deletions) as Array<Record<string, string>>).map(({ message: _message, ...entry }) => entry)
const deletedIds = (): string[] => [...emulator().images.values()].filter(image => image.deleted).map(image => image.imageId)

/** A first run records a, b and c; then a and b change. */
async function changeAandB(): Promise<{ oldA: string; oldB: string }> {
  expect((await run()).exitCode).toBe(0)
  const before = await readManifest()
  await ws().write('shots/a.png', png(9, 9, 1))
  await ws().write('shots/b.png', png(9, 9, 2))
  return { oldA: before.images['shots/a.png'].imageId, oldB: before.images['shots/b.png'].imageId }
}

describe('delete-replaced', () => {
  it('deletes the previous ImageIds of the changed files after their uploads, records them in the manifest and the summary', async () => {
    const { oldA, oldB } = await changeAandB()
    const unchangedC = (await readManifest()).images['shots/c.png'].imageId
    const result = await run({ 'delete-replaced': 'true' })
    expect(result.exitCode).toBe(0)
    expect(deletedIds().sort()).toEqual([oldA, oldB].sort())
    const after = await readManifest()
    expect(after.images['shots/a.png'].replaced).toEqual({ imageId: oldA, deleted: true })
    expect(after.images['shots/b.png'].replaced).toEqual({ imageId: oldB, deleted: true })
    expect(after.images['shots/c.png']).toEqual({ ...after.images['shots/c.png'], imageId: unchangedC })
    expect(after.images['shots/c.png'].replaced).toBeUndefined()
    expect(result.summary).toContain('<h3>Replaced images</h3>')
    expect(JSON.parse(result.outputs['kept-image-ids'])).toEqual([])
    expect(result.stdout).toContain(
      `shots/a.png: changed; uploaded as ImageId ${after.images['shots/a.png'].imageId}, deleted the previous ImageId ${oldA} from VOD`
    )
    expect(JSON.parse(result.outputs['orphaned-image-ids'])).toEqual([])
    // The deletions went through the run's flow control and the VOD client: one DeleteImage call for both.
    expect(emulator().requests.filter(r => r.action === 'DeleteImage')).toHaveLength(1)
  })

  it.each<{ name: string; inputs: Record<string, string>; failUploads: boolean }>([
    { name: 'off (the default)', inputs: {}, failUploads: false },
    { name: 'on, but the uploads failed', inputs: { 'delete-replaced': 'true' }, failUploads: true }
  ])('$name: the previous ImageIds stay', async ({ inputs, failUploads }) => {
    const { oldA, oldB } = await changeAandB()
    if (failUploads) emulator().setFaults({ oss: { rule: () => 'accessDenied' } })
    const result = await run(inputs)
    expect(result.exitCode).toBe(failUploads ? 1 : 0)
    expect(deletedIds()).not.toContain(oldA)
    expect(deletedIds()).not.toContain(oldB)
    expect(emulator().images.get(oldA)?.deleted).toBeFalsy()
    // Off: each kept image is listed (its entry keeps it as `replaced`); failed uploads replaced nothing.
    expect(result.summary.includes('Replaced images')).toBe(!failUploads)
    expect(JSON.parse(result.outputs['kept-image-ids'])).toEqual(failUploads ? [] : [oldA, oldB])
    const after = await readManifest()
    expect(after.images['shots/a.png'].imageId === oldA).toBe(failUploads)
  })

  it('off: three changed files leave three old images, in kept-image-ids, the manifest entries, the log totals and the summary', async () => {
    expect((await run()).exitCode).toBe(0)
    const before = await readManifest()
    for (const name of ['a', 'b', 'c']) await ws().write(`shots/${name}.png`, png(9, 9, name.charCodeAt(0)))
    const result = await run({ 'delete-replaced': 'false' })
    expect(result.exitCode).toBe(0)
    const old = ['a', 'b', 'c'].map(name => before.images[`shots/${name}.png`].imageId)
    expect(JSON.parse(result.outputs['kept-image-ids'])).toEqual(old)
    expect(old.every(id => emulator().images.get(id)?.deleted === false)).toBe(true)
    const after = await readManifest()
    expect(['a', 'b', 'c'].map(name => after.images[`shots/${name}.png`].replaced)).toEqual(
      old.map(imageId => ({ imageId, deleted: false }))
    )
    const reasons = deletionsOf(result).map(entry => [entry.imageId, entry.outcome, entry.reason])
    expect(reasons).toEqual(old.map(id => [id, 'kept', 'delete-replaced-off']))
    const lines = result.stdout.split('\n')
    expect(lines.filter(line => line.startsWith('Done: '))).toEqual([
      'Done: 3 uploaded, 0 unchanged, 0 failed; 0 old images deleted, 3 kept (kept-image-ids)'
    ])
    expect(result.summary).toContain('3 matched · 3 uploaded · 0 unchanged · 0 failed · old images: 0 deleted, 3 kept (kept-image-ids)')
  })

  it('a dry run says which ImageIds would be replaced and deleted, and sends nothing', async () => {
    const { oldA, oldB } = await changeAandB()
    const mark = emulator().requests.length
    const result = await run({ 'delete-replaced': 'true', 'dry-run': 'true' })
    expect(result.exitCode).toBe(0)
    expect(emulator().requests.slice(mark)).toHaveLength(0)
    expect(result.stdout).toContain(
      `  upload  shots/a.png as "a", replacing ImageId ${oldA} (deleted after the upload if VOD confirms this repository uploaded it)`
    )
    expect(result.stdout).toContain(
      `  upload  shots/b.png as "b", replacing ImageId ${oldB} (deleted after the upload if VOD confirms this repository uploaded it)`
    )
    expect(deletedIds()).toEqual([])
    expect(result.summary).toContain(
      `shots/a.png: changed; the previous ImageId ${oldA} would be deleted from VOD after the upload if VOD confirms this repository uploaded it (dry run)`
    )
    expect(deletionsOf(result)).toEqual([
      { path: 'shots/a.png', imageId: oldA, outcome: 'would-delete', reason: 'if-vod-confirms-ownership' },
      { path: 'shots/b.png', imageId: oldB, outcome: 'would-delete', reason: 'if-vod-confirms-ownership' }
    ])
  })

  it.each<{ name: string; forge: (m: Manifest) => Manifest; env: Record<string, string>; reason: string; says: string }>([
    {
      name: 'an entry not in the form this action writes (from a pull request)',
      forge: (m: Manifest) => ({ ...m, images: { ...m.images, 'shots/a.png': { ...m.images['shots/a.png'], uploadedAt: 'never' } } }),
      env: {},
      reason: 'untrusted-entry',
      says: 'the entry is not one this action wrote after an upload'
    },
    {
      name: 'an ImageId that another entry which stays names',
      forge: (m: Manifest) => ({
        ...m,
        images: { ...m.images, 'shots/a.png': { ...m.images['shots/a.png'], imageId: m.images['shots/c.png'].imageId } }
      }),
      env: {},
      reason: 'shared-image-id',
      says: 'another entry of the manifest has the same ImageId'
    },
    {
      name: 'no GITHUB_REPOSITORY_ID',
      forge: (m: Manifest) => m,
      env: { GITHUB_REPOSITORY_ID: '' },
      reason: 'no-repository-id',
      says: 'GITHUB_REPOSITORY_ID is not set, so whether this repository uploaded it cannot be checked'
    }
  ])('a dry run keeps what the real run keeps, for the same reason: $name', async ({ forge, env, reason, says }) => {
    await changeAandB()
    const forged = forge(await readManifest())
    await writeManifest(forged)
    const keptId = forged.images['shots/a.png'].imageId
    const mark = emulator().requests.length
    const dry = await run({ 'delete-replaced': 'true', 'dry-run': 'true' }, env)
    expect(dry.exitCode).toBe(0)
    expect(emulator().requests.slice(mark)).toEqual([])
    expect(dry.stdout).toContain(`  upload  shots/a.png as "a", replacing ImageId ${keptId} (kept: ${reason})`)
    expect(dry.summary).toContain(`shots/a.png: changed; the previous ImageId ${keptId} would stay in VOD: ${says}`)
    expect(dry.stdout + dry.summary).not.toContain(`${keptId} (deleted after the upload`)
    const real = await run({ 'delete-replaced': 'true' }, env)
    expect(real.exitCode).toBe(0)
    expect(deletedIds()).not.toContain(keptId)
    expect(real.summary).toContain(`the previous ImageId ${keptId} stays in VOD: ${says}`)
    const aOf = (result: ActionRun) => deletionsOf(result).find(entry => entry.path === 'shots/a.png')
    expect(aOf(dry)).toEqual({ path: 'shots/a.png', imageId: keptId, outcome: 'kept', reason })
    expect(aOf(dry)).toEqual(aOf(real))
  })

  it('a deletion that meets a transient failure is retried', async () => {
    const { oldA, oldB } = await changeAandB()
    let failures = 0
    emulator().setFaults({ vod: { rule: ctx => (ctx.action === 'DeleteImage' && failures++ === 0 ? 'http503' : undefined) } })
    const result = await run({ 'delete-replaced': 'true' })
    expect(result.exitCode).toBe(0)
    expect(deletedIds().sort()).toEqual([oldA, oldB].sort())
    expect(emulator().requests.filter(r => r.action === 'DeleteImage')).toHaveLength(2)
  })

  it('a deletion that fails is reported orphaned, recorded in the manifest, and the new upload stands', async () => {
    const { oldA, oldB } = await changeAandB()
    emulator().setFaults({ vod: { rule: ctx => (ctx.action === 'DeleteImage' ? 'accessDenied' : undefined) } })
    const result = await run({ 'delete-replaced': 'true' })
    expect(result.exitCode).toBe(0)
    expect(result.outputs['uploaded-count']).toBe('2')
    expect(JSON.parse(result.outputs['orphaned-image-ids']).sort()).toEqual([oldA, oldB].sort())
    const after = await readManifest()
    expect(after.images['shots/a.png'].replaced).toEqual({ imageId: oldA, deleted: false })
    expect(result.stdout).toContain(
      `::warning::shots/a.png: changed; uploaded as ImageId ${after.images['shots/a.png'].imageId}; deleting the previous ImageId ${oldA} failed (Forbidden.RAM): it is orphaned, delete it by hand`
    )
    expect(result.summary).toContain('<h3>Orphaned ImageIds</h3>')
  })

  it.each([
    {
      name: 'an entry not in the form this action writes (from a pull request)',
      forge: (m: Manifest) => ({ ...m, images: { ...m.images, 'shots/a.png': { ...m.images['shots/a.png'], uploadedAt: 'never' } } }),
      says: 'the entry is not one this action wrote after an upload',
      // Not deleted, and named by no other entry: it stays findable.
      recorded: true
    },
    {
      name: 'an ImageId that another entry which stays names',
      forge: (m: Manifest) => ({
        ...m,
        images: { ...m.images, 'shots/a.png': { ...m.images['shots/a.png'], imageId: m.images['shots/c.png'].imageId } }
      }),
      says: 'another entry of the manifest has the same ImageId',
      recorded: false
    }
  ])('keeps $name', async ({ forge, says, recorded }) => {
    await changeAandB()
    const forged = forge(await readManifest())
    await writeManifest(forged)
    const keptId = forged.images['shots/a.png'].imageId
    const result = await run({ 'delete-replaced': 'true' })
    expect(result.exitCode).toBe(0)
    expect(deletedIds()).not.toContain(keptId)
    expect(result.stdout).toContain(`the previous ImageId ${keptId} stays in VOD: ${says}`)
    expect((await readManifest()).images['shots/a.png'].replaced).toEqual(recorded ? { imageId: keptId, deleted: false } : undefined)
  })

  it('cancelled before the deletions: the old ImageId stays findable (manifest, orphaned-image-ids, log, summary), nothing is deleted', async () => {
    expect((await run()).exitCode).toBe(0)
    const oldA = (await readManifest()).images['shots/a.png'].imageId
    const firstRun = emulator().requests.length
    await ws().write('shots/a.png', png(9, 9, 1))
    // The runner's SIGINT arrives while the changed file is being uploaded; that upload may still finish.
    const signalled = cancelDuringFirstUpload(emulator())
    const result = await run({ 'delete-replaced': 'true' })
    expect(signalled()).toBe(true)
    expect(result.exitCode).toBe(1)
    expect(result.outputs['uploaded-count']).toBe('1')
    // Nothing asked about the old image (the new image's status lookup may go out before the signal arrives).
    expect(
      emulator()
        .requests.slice(firstRun)
        .filter(r => r.action === 'DeleteImage' || (r.action === 'GetImageInfos' && r.imageId === oldA))
    ).toEqual([])
    expect(deletedIds()).toEqual([])
    const after = await readManifest()
    expect(after.images['shots/a.png'].replaced).toEqual({ imageId: oldA, deleted: false })
    expect(JSON.parse(result.outputs['orphaned-image-ids'])).toEqual([oldA])
    const line = `shots/a.png: changed; uploaded as ImageId ${after.images['shots/a.png'].imageId}; the previous ImageId ${oldA} stays in VOD: the run was cancelled before it was deleted; it is orphaned, delete it by hand`
    expect(result.stdout).toContain(line)
    expect(result.summary).toContain(line)
    expect(JSON.parse(result.outputs.deletions)).toMatchObject([
      { path: 'shots/a.png', imageId: oldA, outcome: 'kept', reason: 'cancelled' }
    ])
  })
})
