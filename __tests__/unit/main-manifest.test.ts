/** run() with a manifest, against the fake port: unchanged files, deletions of old images, and a report that cannot be written. */
import { describe, expect, it } from '@jest/globals'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { png } from '../../testkit/images.js'
import { REPO_ENV, summaryText, useWorkspace, type ActionRun } from '../helpers/action.js'
import { failures, ticket } from '../helpers/fake-upload.js'
import { fakePort, KEY_SECRET, logLines, NOW, fakeRunner } from '../helpers/fake-run.js'
import { run } from '../../src/main.js'
import type { ImageInfos, UploadTicket } from '../../src/services/port.js'

const ws = useWorkspace()
const runWithFake = fakeRunner(run)

const MANIFEST = 'shots.vod.json'
const OURS = `gh-repo-id-${REPO_ENV.GITHUB_REPOSITORY_ID}`

/** A GetImageInfos answer: every image asked for is Normal, with the tags given for it (this repository's by default). */
const owned =
  (tagsOf: (id: string) => string[] = () => [OURS]) =>
  async (ids: readonly string[]): Promise<ImageInfos> => ({
    infos: ids.map(id => ({ imageId: id, tags: tagsOf(id), title: id, status: 'Normal', url: '', appId: 'app-1000000' })),
    nonExistImageIds: []
  })

/** The nth ImageId of a run: 32 hex digits, as the manifest requires. */
const imageId = (n: number): string => n.toString(16).padStart(32, '0')

/** CreateUploadImage answers with the ImageIds of from, from + 1, … */
const tickets = (from: number, count = 2): Array<() => Promise<UploadTicket>> =>
  Array.from({ length: count }, (_, i) => async () => ({ ...ticket(from + i, NOW), imageId: imageId(from + i) }))

/** A first run that uploads a.png and b.png (ImageIds 1 and 2) and writes the manifest. */
async function firstRun(): Promise<ActionRun> {
  await ws().write('shots/a.png', png(8, 8, 1))
  await ws().write('shots/b.png', png(8, 8, 2))
  const run = await runWithFake(ws(), fakePort({ create: tickets(1) }), { inputs: { manifest: MANIFEST, concurrency: '1' } })
  expect(run.exitCode).toBe(0)
  return run
}

const manifestText = (): Promise<string> => fs.readFile(path.join(ws().dir, MANIFEST), 'utf8')

describe('a manifest', () => {
  it("is written with the run's time; a second run uploads nothing unchanged and says so in one line", async () => {
    const first = await firstRun()
    expect(first.outputs['manifest-changed']).toBe('true')
    expect(JSON.parse(await manifestText()).images['shots/a.png']).toEqual(
      expect.objectContaining({ imageId: imageId(1), uploadedAt: new Date(NOW).toISOString() })
    )
    const fake = fakePort()
    const second = await runWithFake(ws(), fake, { inputs: { manifest: MANIFEST } })
    expect(second.exitCode).toBe(0)
    expect(logLines(second).slice(0, 4)).toEqual([
      '2 matched',
      '▼ Uploading 0 of 2 images (8 at a time)',
      "⏭️ 2 unchanged since the manifest's run, not uploaded",
      'Done: 0 uploaded, 2 unchanged, 0 failed'
    ])
    expect(fake.creates).toEqual([])
    expect(second.outputs['manifest-changed']).toBe('false')
  })

  it('that cannot be written fails the run after the uploads are reported', async () => {
    await ws().write('shots/a.png', png(8, 8, 1))
    const run = await runWithFake(ws(), fakePort(), { inputs: { manifest: MANIFEST }, overrides: { now: () => NaN } })
    expect(run.exitCode).toBe(1)
    expect(logLines(run)).toContain(
      `Error: The manifest could not be written (Unexpected RangeError: Invalid time value); the images uploaded by this run are listed in the outputs and the results file only.`
    )
    expect(run.outputs['uploaded-count']).toBe('1')
    expect(run.outputs['manifest-changed']).toBe('false')
  })

  it('the dry run previews the stale entries and the replaced images', async () => {
    await firstRun()
    await ws().write('shots/a.png', png(8, 8, 3))
    await fs.rm(path.join(ws().dir, 'shots/b.png'))
    const fake = fakePort()
    const run = await runWithFake(ws(), fake, {
      inputs: { manifest: MANIFEST, 'dry-run': 'true', 'delete-removed': 'true', 'delete-replaced': 'true' }
    })
    expect(run.exitCode).toBe(0)
    expect(fake.made).toEqual([])
    expect(logLines(run)).toEqual([
      '1 matched',
      'Dry run: no request is sent. The plan for 1 file:',
      `  upload  shots/a.png as "a", replacing ImageId ${imageId(1)} (deleted after the upload if VOD confirms this repository uploaded it)`,
      `  delete  shots/b.png (file gone, ImageId ${imageId(2)}; deleted if VOD confirms this repository uploaded it)`,
      'Dry run done: 1 would upload, 0 unchanged; nothing was sent',
      ''
    ])
  })
})

describe('deleting old images', () => {
  it('a stale entry deleted is an info line; the totals count it', async () => {
    await firstRun()
    await fs.rm(path.join(ws().dir, 'shots/b.png'))
    const fake = fakePort({ lookup: [owned(), owned()] })
    const run = await runWithFake(ws(), fake, { inputs: { manifest: MANIFEST, 'delete-removed': 'true' } })
    expect(run.exitCode).toBe(0)
    const lines = logLines(run)
    expect(lines).toContain(`shots/b.png: file gone; deleted ImageId ${imageId(2)} from VOD and dropped the entry`)
    expect(lines).toContain('Done: 0 uploaded, 1 unchanged, 0 failed; 1 old image deleted, 0 kept')
    expect(fake.deletions).toEqual([[imageId(2)]])
  })

  it('a stale entry kept is a warning, its id in kept-image-ids', async () => {
    await firstRun()
    await fs.rm(path.join(ws().dir, 'shots/b.png'))
    const fake = fakePort({ lookup: [owned(() => ['not-ours'])] })
    const run = await runWithFake(ws(), fake, { inputs: { manifest: MANIFEST, 'delete-removed': 'true' } })
    expect(run.exitCode).toBe(0)
    expect(logLines(run)).toContainEqual(
      expect.stringMatching(
        new RegExp(`^Warning: shots/b\\.png: file gone; ImageId ${imageId(2)} stays in VOD and in the manifest: it does not carry`)
      )
    )
    expect(fake.deletions).toEqual([])
  })

  it('a stale entry whose deletion failed is a warning, redacted', async () => {
    await firstRun()
    await fs.rm(path.join(ws().dir, 'shots/b.png'))
    const failed = Object.assign(failures.permanent('DeleteImage'), { code: `Denied-${KEY_SECRET}` })
    const run = await runWithFake(ws(), fakePort({ lookup: [owned()], delete: [failed] }), {
      inputs: { manifest: MANIFEST, 'delete-removed': 'true' }
    })
    expect(logLines(run)).toContain(`Warning: shots/b.png: file gone; deleting ImageId ${imageId(2)} failed (Denied-***); the entry stays`)
    expect(run.visible()).not.toContain(KEY_SECRET)
  })

  it('a replaced image deleted is an info line, one kept a warning', async () => {
    await firstRun()
    await ws().write('shots/a.png', png(8, 8, 3))
    await ws().write('shots/b.png', png(8, 8, 4))
    const theirs = owned(id => (id === imageId(2) ? ['not-ours'] : [OURS]))
    const fake = fakePort({ create: tickets(11), lookup: [theirs, theirs, theirs] })
    const run = await runWithFake(ws(), fake, { inputs: { manifest: MANIFEST, 'delete-replaced': 'true', concurrency: '1' } })
    const lines = logLines(run)
    expect(lines).toContain(`shots/a.png: changed; uploaded as ImageId ${imageId(11)}, deleted the previous ImageId ${imageId(1)} from VOD`)
    expect(lines).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^Warning: shots/b\\.png: changed; uploaded as ImageId ${imageId(12)}; the previous ImageId ${imageId(2)} stays in VOD: it does not carry`
        )
      )
    )
    expect(fake.deletions).toEqual([[imageId(1)]])
    expect(JSON.parse(run.outputs.deletions).map((entry: { path: string; outcome: string }) => [entry.path, entry.outcome])).toEqual([
      ['shots/a.png', 'deleted'],
      ['shots/b.png', 'kept']
    ])
    expect(JSON.parse(run.outputs['kept-image-ids'])).toEqual([imageId(2)])
  })

  it('a replaced image whose deletion failed is redacted in the log and the outputs', async () => {
    await firstRun()
    await ws().write('shots/a.png', png(8, 8, 3))
    const failed = Object.assign(failures.permanent('DeleteImage'), { code: `Denied-${KEY_SECRET}` })
    const fake = fakePort({ create: tickets(11, 1), lookup: [owned(), owned()], delete: [failed] })
    const run = await runWithFake(ws(), fake, { inputs: { manifest: MANIFEST, 'delete-replaced': 'true' } })
    expect(logLines(run)).toContain(
      `Warning: shots/a.png: changed; uploaded as ImageId ${imageId(11)}; deleting the previous ImageId ${imageId(1)} failed (Denied-***): it is orphaned, delete it by hand`
    )
    expect(JSON.parse(run.outputs.deletions)).toEqual([expect.objectContaining({ outcome: 'failed', reason: 'Denied-***' })])
    expect(run.visible()).not.toContain(KEY_SECRET)
  })

  it('every entry stale: a warning, nothing deleted, and each entry said once with the report', async () => {
    await firstRun()
    await fs.rm(path.join(ws().dir, 'shots'), { recursive: true })
    const fake = fakePort()
    const run = await runWithFake(ws(), fake, {
      inputs: { manifest: MANIFEST, 'delete-removed': 'true', 'if-no-files-found': 'ignore' }
    })
    expect(run.exitCode).toBe(0)
    const lines = logLines(run)
    expect(lines).toContainEqual(expect.stringMatching(/^Warning: delete-removed: all 2 entries of the manifest are stale/))
    const kept = (name: string, id: string): string =>
      `shots/${name}: file gone; ImageId ${id} stays in VOD and in the manifest: every entry of the manifest is stale, so none was deleted`
    expect(lines.slice(-4)).toEqual([kept('a.png', imageId(1)), kept('b.png', imageId(2)), 'Done: 0 uploaded, 0 unchanged, 0 failed', ''])
    expect(fake.deletions).toEqual([])
  })

  it('deletions that stop on a bug are one warning; the uploads are still reported', async () => {
    await firstRun()
    await fs.rm(path.join(ws().dir, 'shots/b.png'))
    // An error no code path expects: reading its name throws, as a bug in the deletions would.
    const bug = new Error('odd')
    Object.defineProperty(bug, 'name', {
      get: () => {
        throw new Error('a bug in the deletions')
      }
    })
    const run = await runWithFake(ws(), fakePort({ lookup: [owned()], delete: [bug] }), {
      inputs: { manifest: MANIFEST, 'delete-removed': 'true' }
    })
    expect(run.exitCode).toBe(0)
    const lines = logLines(run)
    expect(lines).toContain(
      "Warning: Deleting old images stopped (Unexpected Error: a bug in the deletions); nothing more was deleted. Stale entries stay in the manifest; the previous ImageIds of changed files are only in the manifest's git history."
    )
    expect(lines.at(-2)).toBe('Done: 0 uploaded, 1 unchanged, 0 failed')
    expect(run.outputs['skipped-count']).toBe('1')
  })

  it('throttled deletions are noted for DeleteImage, in the log and the summary', async () => {
    await firstRun()
    await fs.rm(path.join(ws().dir, 'shots/b.png'))
    const fake = fakePort({ lookup: [owned()], delete: [failures.throttled(10, 'DeleteImage')] })
    const run = await runWithFake(ws(), fake, { inputs: { manifest: MANIFEST, 'delete-removed': 'true' } })
    expect(run.exitCode).toBe(0)
    const note = 'VOD throttled 1 of 2 DeleteImage calls (50.0%); they slowed down'
    expect(logLines(run)).toContainEqual(expect.stringMatching(new RegExp(`^${note.replace(/[().]/g, '\\$&')}`)))
    expect(summaryText(run.summary)).toContain(note)
    expect(fake.deletions).toEqual([[imageId(2)], [imageId(2)]])
  })
})

describe('a report that cannot be written', () => {
  it('outputs that cannot be set fail the run, redacted, after the summary and the totals', async () => {
    await ws().write('shots/a.png', png(8, 8, 1))
    const folder = path.join(ws().dir, `outputs-${KEY_SECRET}`)
    await fs.mkdir(folder)
    const run = await runWithFake(ws(), fakePort(), { env: { GITHUB_OUTPUT: folder } })
    expect(run.exitCode).toBe(1)
    const lines = logLines(run)
    expect(lines).toContainEqual(expect.stringMatching(/^Error: The outputs could not be set \(Unexpected .*EISDIR.*outputs-\*\*\*'\)\.$/))
    expect(lines.at(-2)).toBe('Done: 1 uploaded, 0 unchanged, 0 failed')
    expect(summaryText(run.summary)).toContain('1 matched · 1 uploaded')
    expect(run.visible()).not.toContain(KEY_SECRET)
  })
})
