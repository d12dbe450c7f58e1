/** Sync with a manifest, dry run, and the release-notes outputs, against the emulator. */
import { beforeEach, describe, expect, it } from '@jest/globals'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { type Manifest, parseManifest, serializeManifest } from '../../src/manifest/manifest-file.js'
import { png } from '../../testkit/images.js'
import { type ActionRun, runInProcess, useEmulator, useWorkspace, emulatorInputs, imagesOf, FAST_BACKOFF } from '../helpers/action.js'
import { perFileOssFault } from '../helpers/oss-faults.js'

const MANIFEST = 'docs/thumbnails.vod.json'
const emulator = useEmulator()
const ws = useWorkspace()

beforeEach(async () => {
  for (let i = 0; i < 20; i++) await ws().write(`docs/thumbs/${String(i).padStart(2, '0')}.png`, png(8, 8, i + 1))
})

function run(inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runInProcess(
    {
      workspace: ws().dir,
      inputs: {
        path: 'docs/**',
        manifest: MANIFEST,
        ...emulatorInputs(emulator()),
        ...inputs
      }
    },
    { backoff: FAST_BACKOFF, now: () => Date.parse('2026-11-24T10:00:00Z') }
  )
}

const calls = (action: string): number => emulator().requests.filter(r => r.action === action).length
const readManifest = async (): Promise<Manifest> => parseManifest(await fs.readFile(path.join(ws().dir, MANIFEST), 'utf8'), MANIFEST)
const statuses = (result: ActionRun): string[] => imagesOf(result).map(i => i.status)

describe('a manifest skips unchanged images', () => {
  it('a second run over the same 20 files makes no call and gives the same outputs', async () => {
    const first = await run()
    expect(first.exitCode).toBe(0)
    expect(first.outputs['manifest-changed']).toBe('true')
    expect(calls('CreateUploadImage')).toBe(20)

    emulator().reset()
    const second = await run()
    expect(second.exitCode).toBe(0)
    expect(emulator().requests).toHaveLength(0)
    expect(statuses(second)).toEqual(Array(20).fill('skipped'))
    expect(second.outputs['skipped-count']).toBe('20')
    expect(second.outputs['uploaded-count']).toBe('0')
    expect(second.outputs['manifest-changed']).toBe('false')
    for (const name of ['image-id', 'image-url', 'file-url', 'image-ids', 'image-urls', 'markdown']) {
      expect(second.outputs[name]).toBe(first.outputs[name])
    }
    expect(second.summary).toContain('20 matched · 0 uploaded · 20 unchanged · 0 failed')
  })

  it('writes the manifest pretty-printed with sorted keys and a version', async () => {
    const result = await run()
    const text = await fs.readFile(path.join(ws().dir, MANIFEST), 'utf8')
    const manifest = parseManifest(text, MANIFEST)
    expect(text).toBe(serializeManifest(manifest))
    expect(text.startsWith('{\n  "images": {\n    "docs/thumbs/00.png": {\n      "bytes": ')).toBe(true)
    expect(manifest.version).toBe(1)
    const [first] = imagesOf(result)
    expect(manifest.images['docs/thumbs/00.png']).toEqual({
      sha256: first.sha256,
      bytes: png(8, 8, 1).length,
      format: 'png',
      imageId: first.imageId,
      imageUrl: emulator().images.get(first.imageId!)!.imageUrl,
      fileUrl: emulator().images.get(first.imageId!)!.fileUrl,
      title: '00',
      tags: ['docs-site', 'main', '0123456', 'gh-repo-id-123456789'],
      uploadedAt: '2026-11-24T10:00:00.000Z'
    })
    expect(Object.keys(manifest.images)).toHaveLength(20)
  })

  it('uploads exactly the one file whose bytes changed', async () => {
    await run()
    const before = await readManifest()
    await ws().write('docs/thumbs/07.png', png(8, 8, 99))
    emulator().reset()
    const result = await run()
    expect(calls('CreateUploadImage')).toBe(1)
    expect(statuses(result).filter(s => s === 'uploaded')).toHaveLength(1)
    const after = await readManifest()
    expect(after.images['docs/thumbs/07.png'].imageId).not.toBe(before.images['docs/thumbs/07.png'].imageId)
    expect({ ...after.images, 'docs/thumbs/07.png': null }).toEqual({ ...before.images, 'docs/thumbs/07.png': null })
    expect(result.outputs['manifest-changed']).toBe('true')
  })

  it('does not upload again when only the title, tags or description change', async () => {
    await run()
    emulator().reset()
    const result = await run({ title: '{path}', tags: 'new-tag', description: 'changed', 'image-type': 'cover' })
    expect(emulator().requests).toHaveLength(0)
    expect(result.outputs['skipped-count']).toBe('20')
  })

  it('reports a removed file as stale and keeps its entry', async () => {
    await run()
    const before = await readManifest()
    await fs.rm(path.join(ws().dir, 'docs/thumbs/03.png'))
    emulator().reset()
    const result = await run()
    expect(emulator().requests).toHaveLength(0)
    expect(result.summary).toContain('<h3>Stale manifest entries</h3>')
    expect(result.summary).toContain(
      `docs/thumbs/03.png: file gone; ImageId ${before.images['docs/thumbs/03.png'].imageId} stays in VOD and in the manifest (delete-removed is off)`
    )
    expect(await readManifest()).toEqual(before)
    expect(result.outputs['manifest-changed']).toBe('false')
  })

  it('with delete-removed, deletes exactly that ImageId and drops the entry', async () => {
    await run()
    const gone = (await readManifest()).images['docs/thumbs/03.png'].imageId
    await fs.rm(path.join(ws().dir, 'docs/thumbs/03.png'))
    const mark = emulator().requests.length
    const result = await run({ 'delete-removed': 'true' })
    expect(
      emulator()
        .requests.slice(mark)
        .map(r => r.action)
    ).toEqual(['GetImageInfos', 'DeleteImage'])
    expect(emulator().images.get(gone)?.deleted).toBe(true)
    expect([...emulator().images.values()].filter(r => r.deleted).map(r => r.imageId)).toEqual([gone])
    expect((await readManifest()).images['docs/thumbs/03.png']).toBeUndefined()
    expect(Object.keys((await readManifest()).images)).toHaveLength(19)
    expect(result.stdout).toContain(`docs/thumbs/03.png: file gone; deleted ImageId ${gone} from VOD and dropped the entry`)
    expect(result.outputs['manifest-changed']).toBe('true')
  })

  it('with delete-removed, refuses to delete anything when every entry is stale (a wrong path, most likely)', async () => {
    await run()
    await fs.rm(path.join(ws().dir, 'docs/thumbs'), { recursive: true })
    const mark = emulator().requests.length
    const result = await run({ 'delete-removed': 'true', 'if-no-files-found': 'ignore' })
    expect(emulator().requests.slice(mark)).toHaveLength(0)
    expect(result.stdout).toContain(
      '::warning::delete-removed: all 20 entries of the manifest are stale (none of their files exists), which looks like a wrong workspace or checkout path. Nothing was deleted'
    )
    expect(Object.keys((await readManifest()).images)).toHaveLength(20)
  })

  it('records the successes of a run with failures, and a re-run uploads exactly the rest', async () => {
    const failing = new Set(['04', '11', '18'])
    emulator().setFaults(perFileOssFault(ctx => failing.has(ctx.image?.title ?? '')))
    const first = await run()
    expect(first.exitCode).toBe(1)
    expect(first.outputs['failed-count']).toBe('3')
    expect(Object.keys((await readManifest()).images)).toHaveLength(17)

    emulator().reset()
    emulator().setFaults(undefined)
    const second = await run()
    expect(second.exitCode).toBe(0)
    expect(calls('CreateUploadImage')).toBe(3)
    expect([...emulator().images.values()].map(r => r.title).sort()).toEqual(['04', '11', '18'])
    expect(Object.keys((await readManifest()).images)).toHaveLength(20)
  })

  it('never uploads the manifest itself, even when path matches it', async () => {
    await run()
    emulator().reset()
    const result = await run({ path: 'docs/*.json', 'if-no-files-found': 'ignore' })
    expect(result.exitCode).toBe(0)
    expect(imagesOf(result)).toEqual([])
    expect(emulator().requests).toHaveLength(0)
  })
})

describe('a manifest that cannot be written', () => {
  it('fails the run after reporting every upload in the outputs', async () => {
    // The atomic write goes through .<name>.<random>.tmp: with a name of 250 bytes, that one is too long to create (even as root).
    const manifest = `docs/${'n'.repeat(245)}.json`
    const result = await run({ manifest })
    expect(result.exitCode).toBe(1)
    expect(result.outputs['uploaded-count']).toBe('20')
    expect(result.outputs['manifest-changed']).toBe('false')
    expect(result.stdout.replace(/%0A/g, '\n')).toContain(
      `The manifest ${manifest} could not be written (ENAMETOOLONG); the images uploaded by this run are listed in the outputs and the results file only.`
    )
    expect(result.results).toHaveLength(20)
  })
})

describe('a manifest that cannot be trusted stops the run before any call', () => {
  it.each<[string, string, string]>([
    ['corrupt', '{"version": 1, "images": {', `Input "manifest": ${MANIFEST} is not valid JSON (`],
    [
      'from a future version',
      '{"version": 2, "images": {}}',
      `Input "manifest": ${MANIFEST} has version 2; this action reads version 1 only (a newer action may have written it); it was left untouched`
    ],
    ['without a version', '{"images": {}}', `Input "manifest": ${MANIFEST} has version null; this action reads version 1 only`],
    [
      'with a bad entry',
      '{"version": 1, "images": {"a.png": {"imageId": "x"}}}',
      `Input "manifest": ${MANIFEST} entry "a.png" has no "sha256"; it was left untouched`
    ]
  ])('%s', async (_name, text, words) => {
    await ws().write(MANIFEST, text)
    const result = await run()
    expect(result.exitCode).toBe(1)
    expect(result.stdout.replace(/%0A/g, '\n')).toContain(words)
    expect(emulator().requests).toHaveLength(0)
    expect(await fs.readFile(path.join(ws().dir, MANIFEST), 'utf8')).toBe(text)
  })

  it('delete-removed without a manifest is an input error', async () => {
    const result = await run({ manifest: '', 'delete-removed': 'true' })
    expect(result.stdout).toContain('Input "delete-removed": needs a manifest: only entries of the manifest are ever deleted')
    expect(emulator().requests).toHaveLength(0)
  })
})

describe('dry run', () => {
  it('sends nothing, prints the plan, and writes no manifest', async () => {
    await run()
    await ws().write('docs/thumbs/05.png', png(8, 8, 77))
    await ws().write('docs/thumbs/new.png', png(8, 8, 78))
    await fs.rm(path.join(ws().dir, 'docs/thumbs/09.png'))
    const before = await fs.readFile(path.join(ws().dir, MANIFEST), 'utf8')
    emulator().reset()

    const result = await run({ 'dry-run': 'true', 'delete-removed': 'true' })
    expect(result.exitCode).toBe(0)
    expect(emulator().requests).toHaveLength(0)
    expect(result.stdout).toContain('Dry run: no request is sent. The plan for 20 files:')
    expect(result.stdout).toContain('  upload  docs/thumbs/05.png as "05"')
    expect(result.stdout).toContain('  upload  docs/thumbs/new.png as "new"')
    expect(result.stdout).toContain(
      "  skip    18 unchanged since the manifest's run (their ImageIds are in the results file, the results-file output)"
    )
    expect(result.stdout).toMatch(
      / {2}delete {2}docs\/thumbs\/09\.png \(file gone, ImageId [0-9a-f]{32}; deleted if VOD confirms this repository uploaded it\)/
    )
    const images = imagesOf(result)
    expect(images.filter(i => i.status === 'planned').map(i => i.path)).toEqual(['docs/thumbs/05.png', 'docs/thumbs/new.png'])
    expect(result.outputs['skipped-count']).toBe('18')
    expect(result.outputs['uploaded-count']).toBe('0')
    expect(result.outputs['manifest-changed']).toBe('false')
    expect(result.summary).toContain('(dry run: nothing was sent)')
    expect(result.summary).toContain('20 matched · 2 would upload · 18 unchanged')
    expect(await fs.readFile(path.join(ws().dir, MANIFEST), 'utf8')).toBe(before)
  })

  it('still requires credentials', async () => {
    const result = await run({ 'dry-run': 'true', 'access-key-secret': '' })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain('Input "access-key-secret": is required')
    expect(emulator().requests).toHaveLength(0)
  })

  it('still checks every file', async () => {
    await ws().write('docs/thumbs/broken.png', 'text')
    const result = await run({ 'dry-run': 'true' })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain('docs/thumbs/broken.png: is not a PNG, JPEG, GIF, WebP or HEIC image')
    expect(emulator().requests).toHaveLength(0)
  })
})

describe('markdown for release notes', () => {
  it('has one image block per uploaded image, captioned with its file name, in path order', async () => {
    await ws().write('docs/thumbs/[draft] (v2).png', png(8, 8, 55))
    const result = await run({ path: 'docs/thumbs/0[0-1].png\ndocs/thumbs/\\[draft*', title: '{name}' })
    const images = imagesOf(result)
    expect(result.outputs.markdown.split('\n\n')).toEqual([
      `![00](${images[0].imageUrl})\\\ndocs/thumbs/00\\.png`,
      `![01](${images[1].imageUrl})\\\ndocs/thumbs/01\\.png`,
      `![\\[draft\\] \\(v2\\)](${images[2].imageUrl})\\\ndocs/thumbs/\\[draft\\] \\(v2\\)\\.png`
    ])
  })
})
