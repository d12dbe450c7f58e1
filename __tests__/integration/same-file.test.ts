/**
 * Links must not multiply work: one upload per file (device and inode) however many paths lead to
 * it, the other paths reported (and recorded in the manifest) as the same image; folder links out of
 * the workspace refused before they are walked; the walk's bound. Against the emulator.
 */
import { describe, expect, it } from '@jest/globals'
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseManifest, type Manifest } from '../../src/manifest/manifest-file.js'
import { png } from '../../testkit/images.js'
import { type ActionRun, imagesOf, runAgainst, useEmulator, useWorkspace } from '../helpers/action.js'
import { posixOnlyIt, posixOnlyDescribe } from '../helpers/platform.js'

/** Skipped on Windows: POSIX_ONLY of ../helpers/platform.ts says why. */
const posixIt = posixOnlyIt('symlinks')
/** Skipped on Windows: POSIX_ONLY of ../helpers/platform.ts says why. */
const posixDescribe = posixOnlyDescribe('symlinks')

const emulator = useEmulator()
const ws = useWorkspace()

function run(inputs: Record<string, string>): Promise<ActionRun> {
  return runAgainst(emulator(), { workspace: ws().dir, inputs }, { now: () => Date.parse('2026-12-01T10:00:00Z') })
}

const calls = (action: string): number => emulator().requests.filter(r => r.action === action).length
const readManifest = async (): Promise<Manifest> => parseManifest(await fs.readFile(path.join(ws().dir, 'vod.json'), 'utf8'), 'vod.json')
const linkIn = (from: string, to: string): Promise<void> => fs.symlink(path.join(ws().dir, to), path.join(ws().dir, from))
const summaryOf = (result: ActionRun) => imagesOf(result).map(image => [image.path, image.status, image.imageId, image.sameAs])

/** Folders d0 … d16, each d<i> holding two links to d<i+1>; the one image is in d16; two more names for it in shots/. */
async function latticeWithAliases(): Promise<void> {
  for (let i = 0; i <= 16; i++) await fs.mkdir(path.join(ws().dir, `lattice/d${i}`), { recursive: true })
  await ws().write('lattice/d16/shot.png', png())
  for (let i = 0; i < 16; i++) {
    await linkIn(`lattice/d${i}/a`, `lattice/d${i + 1}`)
    await linkIn(`lattice/d${i}/b`, `lattice/d${i + 1}`)
  }
  await fs.mkdir(path.join(ws().dir, 'shots'))
  await linkIn('shots/alias.png', 'lattice/d16/shot.png')
  await fs.link(path.join(ws().dir, 'lattice/d16/shot.png'), path.join(ws().dir, 'shots/hard.png'))
}

posixDescribe('one upload per file', () => {
  it('a lattice of 32 folder links and two more names for the file: one CreateUploadImage, the other names the same image', async () => {
    await latticeWithAliases()
    const result = await run({ path: '**/*.png', manifest: 'vod.json' })
    expect(result.exitCode).toBe(0)
    expect(calls('CreateUploadImage')).toBe(1)
    const [{ imageId }] = imagesOf(result)
    expect(summaryOf(result)).toEqual([
      ['lattice/d16/shot.png', 'uploaded', imageId, null],
      ['shots/alias.png', 'uploaded', imageId, 'lattice/d16/shot.png'],
      ['shots/hard.png', 'uploaded', imageId, 'lattice/d16/shot.png']
    ])
    expect(result.outputs['uploaded-count']).toBe('1')
    expect(JSON.parse(result.outputs['image-ids'])).toEqual([imageId])
    expect(result.stdout).toContain('shots/alias.png is the same file as lattice/d16/shot.png: one image for both')
    expect(result.summary).toContain('3 matched · 1 uploaded · 0 unchanged · 0 failed')
    expect(result.summary).toContain('(same file as <code>lattice/d16/shot.png</code>)')
    const manifest = await readManifest()
    expect(Object.entries(manifest.images).map(([key, entry]) => [key, entry.imageId])).toEqual([
      ['lattice/d16/shot.png', imageId],
      ['shots/alias.png', imageId],
      ['shots/hard.png', imageId]
    ])

    emulator().reset()
    const again = await run({ path: '**/*.png', manifest: 'vod.json' })
    expect(emulator().requests).toHaveLength(0)
    expect(again.outputs['manifest-changed']).toBe('false')
    expect(imagesOf(again).map(image => [image.status, image.imageId])).toEqual(Array(3).fill(['skipped', imageId]))
  })

  it('a new path to a file the manifest holds under another path takes that image, before or after it in path order', async () => {
    await ws().write('shots/m.png', png())
    const first = await run({ path: 'shots/*.png', manifest: 'vod.json' })
    const [{ imageId }] = imagesOf(first)
    const recorded = (await readManifest()).images['shots/m.png']
    await linkIn('shots/a.png', 'shots/m.png')
    await linkIn('shots/z.png', 'shots/m.png')
    emulator().reset()
    const result = await run({ path: 'shots/*.png', manifest: 'vod.json' })
    expect(result.exitCode).toBe(0)
    expect(emulator().requests).toHaveLength(0)
    expect(summaryOf(result)).toEqual([
      ['shots/a.png', 'skipped', imageId, 'shots/m.png'],
      ['shots/m.png', 'skipped', imageId, null],
      ['shots/z.png', 'skipped', imageId, 'shots/m.png']
    ])
    expect(result.outputs['skipped-count']).toBe('1')
    expect(result.outputs['manifest-changed']).toBe('true')
    const manifest = await readManifest()
    expect(manifest.images['shots/a.png']).toEqual(recorded)
    expect(manifest.images['shots/z.png']).toEqual(recorded)
  })

  it('delete-removed keeps the image of a removed path that another existing path still uses (shared-image-id)', async () => {
    await ws().write('shots/a.png', png())
    await linkIn('shots/b.png', 'shots/a.png')
    const first = await run({ path: 'shots/*.png', manifest: 'vod.json' })
    const [{ imageId }] = imagesOf(first)
    await fs.rm(path.join(ws().dir, 'shots/b.png'))
    emulator().reset()
    const result = await run({ path: 'shots/*.png', manifest: 'vod.json', 'delete-removed': 'true' })
    expect(result.exitCode).toBe(0)
    expect(calls('DeleteImage')).toBe(0)
    expect(result.stdout).toContain(
      `shots/b.png: file gone; ImageId ${imageId} stays in VOD: another entry of the manifest, whose file exists, names the same ImageId; only this entry is dropped`
    )
    const manifest = JSON.parse(await fs.readFile(path.join(ws().dir, 'vod.json'), 'utf8')) as Manifest
    expect(Object.keys(manifest.images)).toEqual(['shots/a.png'])
    expect(manifest.images['shots/a.png'].imageId).toBe(imageId)
  })

  it('a path that becomes a link to another recorded file: its previous image is deleted (delete-replaced) and recorded, not lost', async () => {
    await ws().write('shots/a.png', png(4, 4, 1))
    await ws().write('shots/c.png', png(4, 4, 2))
    await run({ path: 'shots/*.png', manifest: 'vod.json' })
    const before = await readManifest()
    const [a, oldC] = [before.images['shots/a.png'].imageId, before.images['shots/c.png'].imageId]
    await fs.rm(path.join(ws().dir, 'shots/c.png'))
    await linkIn('shots/c.png', 'shots/a.png')
    const creates = calls('CreateUploadImage')
    const result = await run({ path: 'shots/*.png', manifest: 'vod.json', 'delete-replaced': 'true', 'delete-removed': 'true' })
    expect(result.exitCode).toBe(0)
    expect(calls('CreateUploadImage')).toBe(creates)
    expect([...emulator().images.values()].filter(image => image.deleted).map(image => image.imageId)).toEqual([oldC])
    const after = await readManifest()
    expect(after.images['shots/c.png']).toMatchObject({ imageId: a, replaced: { imageId: oldC, deleted: true } })
    expect(result.stdout).toContain(`shots/c.png: changed; uploaded as ImageId ${a}, deleted the previous ImageId ${oldC} from VOD`)
  })

  it('a dry run says which paths are the same file', async () => {
    await ws().write('shots/a.png', png())
    await linkIn('shots/b.png', 'shots/a.png')
    const result = await run({ path: 'shots/*.png', 'dry-run': 'true' })
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toContain('  same    shots/b.png (the same file as shots/a.png: its image)')
    expect(imagesOf(result).map(image => [image.status, image.sameAs])).toEqual([
      ['planned', null],
      ['planned', 'shots/a.png']
    ])
  })
})

describe('folder links and the bound of the walk', () => {
  posixIt('refuses a link to a folder outside the workspace before walking it, naming the link', async () => {
    const outside = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'vod-same-outside-')))
    try {
      for (let i = 0; i < 200; i++) await fs.writeFile(path.join(outside, `secret-${i}.png`), png())
      await ws().write('shots/in.png', png())
      await fs.symlink(outside, path.join(ws().dir, 'shots/outside'))
      const result = await run({ path: 'shots/**' })
      expect(result.exitCode).toBe(1)
      expect(result.stdout).toContain(
        `shots/outside: is a link to ${outside}, outside the workspace; only files inside the workspace are uploaded (not walked)`
      )
      expect(result.stdout).not.toContain('secret-')
      expect(emulator().requests).toHaveLength(0)
    } finally {
      await fs.rm(outside, { recursive: true, force: true })
    }
  })

  it('a folder chain deeper than 256 levels fails the run before any request, naming the folder and the bound', async () => {
    const levels = Array.from({ length: 300 }, () => 'd')
    await ws().write(path.join('deep', ...levels, 'a.png'), png())
    const result = await run({ path: 'deep/**/*.png' })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain('File discovery stopped at its bound; nothing was uploaded')
    expect(result.stdout).toContain(`deep/${levels.slice(0, 256).join('/')}: is 256 folder levels below where its pattern starts`)
    expect(emulator().requests).toHaveLength(0)
  })
})
