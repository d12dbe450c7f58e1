/**
 * A merged pull request can put any ImageId in the manifest. Team A's runs delete only images VOD
 * shows carrying A's mark (or adopted in A's workflow); team B's images in the same account (another
 * repository's mark, or none) stay alive, and every kept, gone or failed entry is reported.
 */
import { beforeEach, describe, expect, it } from '@jest/globals'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { type Manifest, parseManifest } from '../../src/manifest/manifest-file.js'
import { png } from '../../testkit/images.js'
import { DOCUMENTED_FLOW_LIMITS } from '../../emulator/index.js'
import { REPO_ENV, runAgainst, useEmulator, useWorkspace, type ActionRun } from '../helpers/action.js'

const MANIFEST = 'vod.json'
const MARK_A = `gh-repo-id-${REPO_ENV.GITHUB_REPOSITORY_ID}`
const NOT_OURS =
  'it does not carry the gh-repo-id tag of this repository, so it is never deleted; if this repository uploaded it before that tag existed and it carries no gh-repo-id tag of another repository, list its ImageId in adopt-image-ids'
const emulator = useEmulator()
const ws = useWorkspace()

beforeEach(async () => {
  for (const name of ['a', 'b', 'c', 'd']) await ws().write(`shots/${name}.png`, png(8, 8, name.charCodeAt(0)))
})

function run(inputs: Record<string, string> = {}, env: Record<string, string> = {}): Promise<ActionRun> {
  return runAgainst(emulator(), { workspace: ws().dir, inputs: { path: 'shots/**', manifest: MANIFEST, retries: '1', ...inputs }, env })
}

const readManifest = async (): Promise<Manifest> => parseManifest(await fs.readFile(path.join(ws().dir, MANIFEST), 'utf8'), MANIFEST)
const writeManifest = (manifest: Manifest): Promise<string> => ws().write(MANIFEST, JSON.stringify(manifest))
const alive = (imageId: string): boolean => emulator().images.get(imageId)?.deleted === false

interface DeletionReport {
  path: string
  imageId: string
  outcome: string
  reason: string
  message: string
}
const deletionsOf = (result: ActionRun): DeletionReport[] => JSON.parse(result.outputs.deletions) as DeletionReport[]

/**
 * Team A's first run records a–d. The pull request then adds entries that copy a real one but name
 * team B's images (B's mark, none) and an id VOD never had, for files that do not exist.
 */
async function forgedManifest(): Promise<{ theirs: string; unmarked: string; never: string; manifest: Manifest }> {
  expect((await run()).exitCode).toBe(0)
  const theirs = emulator().createImageAs({ tags: ['gh-repo-id-987654321', 'team-b'] }).imageId
  const unmarked = emulator().createImageAs({ tags: ['team-b'] }).imageId
  const never = 'f'.repeat(32)
  const manifest = await readManifest()
  const real = manifest.images['shots/a.png']
  manifest.images['shots/theirs.png'] = { ...real, imageId: theirs }
  manifest.images['shots/unmarked.png'] = { ...real, imageId: unmarked }
  manifest.images['shots/never.png'] = { ...real, imageId: never }
  await writeManifest(manifest)
  return { theirs, unmarked, never, manifest }
}

describe('delete-removed with a forged manifest', () => {
  it("keeps team B's images, deletes A's own stale image, drops the entry VOD no longer has, and reports each", async () => {
    const { theirs, unmarked, never, manifest } = await forgedManifest()
    const own = manifest.images['shots/d.png'].imageId
    expect(emulator().images.get(own)?.tags).toContain(MARK_A)
    await fs.rm(path.join(ws().dir, 'shots/d.png'))

    const result = await run({ 'delete-removed': 'true' })

    expect(result.exitCode).toBe(0)
    expect(alive(theirs)).toBe(true)
    expect(alive(unmarked)).toBe(true)
    expect(alive(own)).toBe(false)
    const keptLine = (file: string, imageId: string): string =>
      `shots/${file}.png: file gone; ImageId ${imageId} stays in VOD and in the manifest: ${NOT_OURS}`
    const goneLine = `shots/never.png: file gone; VOD no longer has ImageId ${never}; entry dropped`
    for (const line of [keptLine('theirs', theirs), keptLine('unmarked', unmarked)]) {
      expect(result.stdout).toContain(`::warning::${line}`)
      expect(result.summary).toContain(line)
    }
    expect(result.stdout).toContain(goneLine)
    expect(result.summary).toContain(goneLine)
    const after = await readManifest()
    expect(Object.keys(after.images).sort()).toEqual([
      'shots/a.png',
      'shots/b.png',
      'shots/c.png',
      'shots/theirs.png',
      'shots/unmarked.png'
    ])
    const deletions = deletionsOf(result)
    expect(deletions.map(({ path: file, imageId, outcome, reason }) => ({ file, imageId, outcome, reason }))).toEqual([
      { file: 'shots/d.png', imageId: own, outcome: 'deleted', reason: '' },
      { file: 'shots/never.png', imageId: never, outcome: 'gone', reason: 'not-in-vod' },
      { file: 'shots/theirs.png', imageId: theirs, outcome: 'kept', reason: 'not-ours' },
      { file: 'shots/unmarked.png', imageId: unmarked, outcome: 'kept', reason: 'not-ours' }
    ])
    expect(result.deletions).toEqual(deletions)
    // The status lookup of this run's new images, then one lookup for the four candidates, one deletion of A's own image only.
    const calls = emulator().requests.filter(r => r.action === 'GetImageInfos' || r.action === 'DeleteImage')
    expect(calls.map(r => r.action)).toEqual(['GetImageInfos', 'GetImageInfos', 'DeleteImage'])
  })

  it('adopt-image-ids lets an unmarked image be deleted; the other team’s marked image still stays', async () => {
    const { theirs, unmarked } = await forgedManifest()
    const result = await run({ 'delete-removed': 'true', 'adopt-image-ids': unmarked })
    expect(alive(unmarked)).toBe(false)
    expect(alive(theirs)).toBe(true)
    expect(result.stdout).toContain(`shots/unmarked.png: file gone; deleted ImageId ${unmarked} from VOD and dropped the entry`)
    expect((await readManifest()).images['shots/unmarked.png']).toBeUndefined()
  })

  it('without GITHUB_REPOSITORY_ID nothing unadopted is deleted or even looked up, and each entry says why', async () => {
    const { theirs, manifest } = await forgedManifest()
    const own = manifest.images['shots/d.png'].imageId
    await fs.rm(path.join(ws().dir, 'shots/d.png'))
    const mark = emulator().requests.length
    const result = await run({ 'delete-removed': 'true' }, { GITHUB_REPOSITORY_ID: '' })
    expect(
      emulator()
        .requests.slice(mark)
        .filter(r => r.action !== 'CreateUploadImage')
    ).toEqual([])
    expect(alive(own)).toBe(true)
    expect(alive(theirs)).toBe(true)
    expect(result.stdout).toContain(
      `shots/d.png: file gone; ImageId ${own} stays in VOD and in the manifest: GITHUB_REPOSITORY_ID is not set, so whether this repository uploaded it cannot be checked`
    )
    expect(deletionsOf(result).every(entry => entry.outcome === 'kept' && entry.reason === 'no-repository-id')).toBe(true)
    // Said once, at the start of the run.
    const warning = '::warning::GITHUB_REPOSITORY_ID is not set: the images this run uploads carry no ownership mark'
    expect(result.stdout.split(warning)).toHaveLength(2)
    expect(result.stdout.indexOf(warning)).toBeLessThan(result.stdout.indexOf('Uploading'))
  })

  it('a failed lookup deletes nothing and keeps the entries, with the error', async () => {
    const { theirs } = await forgedManifest()
    emulator().setFaults({ vod: { actions: ['GetImageInfos'], rule: () => 'accessDenied' } })
    const result = await run({ 'delete-removed': 'true' })
    expect(emulator().requests.filter(r => r.action === 'DeleteImage')).toEqual([])
    expect(result.stdout).toContain(
      `shots/theirs.png: file gone; looking up ImageId ${theirs} in VOD failed (Forbidden.RAM), so it was not deleted; the entry stays`
    )
    expect(Object.keys((await readManifest()).images)).toHaveLength(7)
    expect(deletionsOf(result).map(entry => [entry.outcome, entry.reason])).toEqual(Array(3).fill(['failed', 'Forbidden.RAM']))
  })
})

describe('delete-replaced with a forged manifest', () => {
  it("keeps team B's image named as a changed file's previous ImageId, and deletes A's own", async () => {
    expect((await run()).exitCode).toBe(0)
    const theirs = emulator().createImageAs({ tags: ['gh-repo-id-987654321'] }).imageId
    const manifest = await readManifest()
    const ownOld = manifest.images['shots/b.png'].imageId
    manifest.images['shots/a.png'] = { ...manifest.images['shots/a.png'], imageId: theirs }
    await writeManifest(manifest)
    await ws().write('shots/a.png', png(9, 9, 1))
    await ws().write('shots/b.png', png(9, 9, 2))

    const result = await run({ 'delete-replaced': 'true' })

    expect(alive(theirs)).toBe(true)
    expect(alive(ownOld)).toBe(false)
    const line = `shots/a.png: changed; uploaded as ImageId ${(await readManifest()).images['shots/a.png'].imageId}; the previous ImageId ${theirs} stays in VOD: ${NOT_OURS}`
    expect(result.stdout).toContain(`::warning::${line}`)
    expect(result.summary).toContain(line)
    expect(JSON.parse(result.outputs['orphaned-image-ids'])).toEqual([])
    // Kept, not forgotten: the manifest still names it, so it can be looked into (or adopted, had it no mark).
    expect((await readManifest()).images['shots/a.png'].replaced).toEqual({ imageId: theirs, deleted: false })
    expect(deletionsOf(result).map(entry => [entry.path, entry.outcome, entry.reason])).toEqual([
      ['shots/a.png', 'kept', 'not-ours'],
      ['shots/b.png', 'deleted', '']
    ])
  })
})

describe('throttled lookups', () => {
  it('GetImageInfos throttled by VOD is waited out, even with requests-per-second off, and every own image is deleted', async () => {
    for (let i = 0; i < 45; i++) await ws().write(`shots/many/${i}.png`, png(4, 4, 100 + i))
    expect((await run()).exitCode).toBe(0)
    const before = await readManifest()
    await fs.rm(path.join(ws().dir, 'shots/many'), { recursive: true })
    emulator().setFlowControl({ limits: { ...DOCUMENTED_FLOW_LIMITS, GetImageInfos: 1 } })
    const firstRun = emulator().requests.length

    const result = await run({ 'delete-removed': 'true', 'requests-per-second': 'off', retries: '0' })

    expect(result.exitCode).toBe(0)
    const lookups = emulator()
      .requests.slice(firstRun)
      .filter(r => r.action === 'GetImageInfos')
    expect(lookups.filter(r => r.status === 200)).toHaveLength(3)
    expect(lookups.some(r => r.code === 'Throttling.User')).toBe(true)
    const ids = Object.entries(before.images).flatMap(([file, entry]) => (file.startsWith('shots/many/') ? [entry.imageId] : []))
    expect(ids.every(imageId => !alive(imageId))).toBe(true)
    expect(result.stdout).toMatch(/VOD throttled [0-9]+ of [0-9]+ GetImageInfos calls/)
  })
})

describe('a repository or branch named like a mark', () => {
  it('is never sent as a tag: a branch name cannot claim another repository’s mark', async () => {
    const result = await run({}, { GITHUB_REPOSITORY: 'o/gh-repo-id-555', GITHUB_REF_NAME: 'GH-Repo-Id-999' })
    expect(result.exitCode).toBe(0)
    const tags = [...emulator().images.values()].map(image => image.tags)
    expect(tags).toHaveLength(4)
    expect(new Set(tags.map(t => t.join(',')))).toEqual(new Set([`${REPO_ENV.GITHUB_SHA.slice(0, 7)},${MARK_A}`]))
    expect(result.stdout).toContain(
      '::warning::repository tags "gh-repo-id-555", "GH-Repo-Id-999" (from the repository name, the ref name or the SHA) start with "gh-repo-id-"'
    )
  })
})
