/** The real run() against the emulator over loopback HTTP, driven through the runner's contract. */
import { beforeEach, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { GIF, JPEG, png } from '../../testkit/images.js'
import { type ActionRun, runInProcess, useEmulator, useWorkspace, imagesOf } from '../helpers/action.js'
import { PER_FILE_OSS_CODE, perFileOssFault } from '../helpers/oss-faults.js'

const STS_KEY = { id: 'STS.runnerKeyId', secret: 'runner-key-secret-value', securityToken: 'runner-security-token-value' }

const emulator = useEmulator({ accessKeys: [STS_KEY] })
const ws = useWorkspace()

function credentials(): Record<string, string> {
  return {
    endpoint: emulator().vodEndpoint,
    'upload-hosts': new URL(emulator().ossEndpoint).host,
    'access-key-id': STS_KEY.id,
    'access-key-secret': STS_KEY.secret,
    'security-token': STS_KEY.securityToken
  }
}

function run(inputs: Record<string, string>, env: Record<string, string> = {}): Promise<ActionRun> {
  return runInProcess({ workspace: ws().dir, inputs: { ...credentials(), ...inputs }, env })
}

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex')

describe('a run uploads every matched image', () => {
  const files: Record<string, Buffer> = {
    'shots/b.png': png(16, 16, 2),
    'shots/a.png': png(16, 16, 1),
    'shots/sub/c.jpg': JPEG,
    'shots/d.gif': GIF,
    'shots/mislabeled.png': JPEG,
    'shots/drafts/skip.png': png(8, 8, 3)
  }

  let result: ActionRun
  let images: ReturnType<typeof imagesOf>

  beforeEach(async () => {
    for (const [name, bytes] of Object.entries(files)) await ws().write(name, bytes)
    result = await run({ path: 'shots/**\n!shots/drafts/**', tags: 'release', title: '{repo}: {name}', description: '{path} at {sha}' })
    images = imagesOf(result)
  })

  it('succeeds and lists the images in path order', () => {
    expect(result.exitCode).toBe(0)
    expect(images.map(i => [i.path, i.status, i.format])).toEqual([
      ['shots/a.png', 'uploaded', 'png'],
      ['shots/b.png', 'uploaded', 'png'],
      ['shots/d.gif', 'uploaded', 'gif'],
      ['shots/mislabeled.png', 'uploaded', 'jpeg'],
      ['shots/sub/c.jpg', 'uploaded', 'jpeg']
    ])
    expect(result.outputs['uploaded-count']).toBe('5')
    expect(result.outputs['failed-count']).toBe('0')
    expect(JSON.parse(result.outputs['image-ids'])).toEqual(images.map(i => i.imageId))
    expect(JSON.parse(result.outputs['image-urls'])).toEqual(images.map(i => i.imageUrl))
    expect(result.outputs['image-id']).toBe(images[0].imageId)
    expect(result.outputs['image-url']).toBe(images[0].imageUrl)
    expect(result.outputs['file-url']).toBe(emulator().images.get(images[0].imageId!)!.fileUrl)
  })

  it('stores every object byte for byte', () => {
    for (const image of images) {
      const bytes = files[image.path]
      expect(emulator().objectForImage(image.imageId!)?.body.equals(bytes)).toBe(true)
      expect(emulator().objectForImage(image.imageId!)?.contentMd5Sent).toBe(true)
      expect(image.sha256).toBe(sha256(bytes))
      expect(image.bytes).toBe(bytes.length)
      expect(emulator().images.get(image.imageId!)?.uploaded).toBe(true)
    }
  })

  it('sends the title, description, tags and the real format', () => {
    const record = emulator().images.get(images[3].imageId!)!
    expect(record.params).toEqual({
      ImageType: 'default',
      ImageExt: 'jpg',
      Title: 'docs-site: mislabeled',
      Description: 'shots/mislabeled.png at 0123456',
      Tags: 'release,docs-site,main,0123456,gh-repo-id-123456789'
    })
    expect(record.tags).toEqual(['release', 'docs-site', 'main', '0123456', 'gh-repo-id-123456789'])
  })

  it('warns about the mislabeled file', () => {
    expect(result.stdout).toContain('::warning::shots/mislabeled.png: has extension ".png" but its content is JPEG; it is uploaded as JPEG')
  })

  it('writes the results file and the summary', async () => {
    expect(result.results).toEqual(images)
    expect(path.basename(result.outputs['results-file'])).toBe('results.json')
    expect(result.summary).toContain('5 matched · 5 uploaded · 0 unchanged · 0 failed')
    for (const image of images) {
      expect(result.summary).toContain(`<code>${image.imageId}</code>`)
      expect(result.summary).toContain(`<img src="${image.imageUrl}"`)
    }
  })

  it('logs one line per image', () => {
    for (const image of images) expect(result.stdout).toContain(`✔ ${image.path} → ${image.imageId}`)
  })
})

describe('one failing file leaves the others alone', () => {
  it('fails the step naming the file, stage, code and request id, and deletes its ImageId', async () => {
    for (const name of ['a', 'b', 'c']) await ws().write(`shots/${name}.png`, png(8, 8, name.charCodeAt(0)))
    emulator().setFaults(perFileOssFault(ctx => ctx.image?.title === 'b'))
    const result = await run({ path: 'shots/*.png' })
    const images = imagesOf(result)
    expect(result.exitCode).toBe(1)
    expect(images.map(i => i.status)).toEqual(['uploaded', 'failed', 'uploaded'])
    expect(result.outputs['uploaded-count']).toBe('2')
    expect(result.outputs['failed-count']).toBe('1')
    expect(JSON.parse(result.outputs['image-ids'])).toHaveLength(2)
    const failure = images[1].error!
    expect(failure).toMatchObject({ stage: 'upload', code: PER_FILE_OSS_CODE, status: 400 })
    expect(failure.requestId).toMatch(/\S+/)
    expect(result.stdout).toContain(
      `::error::1 of 3 images failed:%0A  - shots/b.png: upload failed: ${PER_FILE_OSS_CODE} (HTTP 400, RequestId ${failure.requestId})`
    )
    const created = [...emulator().images.values()].find(r => r.title === 'b')!
    expect(created.deleted).toBe(true)
    expect(result.summary).toContain('<h3>Failures</h3>')
  })

  it('reports a VOD refusal at the create stage', async () => {
    await ws().write('shots/a.png', png())
    const result = await run({ path: 'shots/*.png', 'cate-id': '424242' })
    const [image] = imagesOf(result)
    expect(result.exitCode).toBe(1)
    expect(image.error).toMatchObject({ stage: 'create', code: 'InvalidCateId.NotFound', status: 404 })
  })
})

describe('nothing reaches the network when the input is bad', () => {
  it.each<[string, Record<string, string>, Record<string, Buffer | string>, RegExp]>([
    [
      'a non-image file',
      { path: 'shots/*' },
      { 'shots/a.png': png(), 'shots/readme.png': 'hello' },
      /shots\/readme\.png: is not a PNG, JPEG, GIF, WebP or HEIC image/
    ],
    ['an empty file', { path: 'shots/*' }, { 'shots/a.png': png(), 'shots/empty.gif': '' }, /shots\/empty\.gif: is empty/],
    [
      'a bad concurrency',
      { path: 'shots/*', concurrency: '0' },
      { 'shots/a.png': png() },
      /Input "concurrency": must be an integer from 1 to 100; got "0"/
    ],
    ['no match with if-no-files-found error', { path: 'none/*' }, {}, /No files matched the path patterns/]
  ])('%s', async (_name, inputs, files, message) => {
    for (const [name, bytes] of Object.entries(files)) await ws().write(name, bytes)
    const result = await run(inputs)
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toMatch(message)
    expect(emulator().requests).toHaveLength(0)
  })

  it.each<[string, number, RegExp]>([
    ['warn', 0, /::warning::No files matched the path patterns/],
    ['ignore', 0, /^No files matched the path patterns/m]
  ])('no match with if-no-files-found %s', async (mode, exitCode, message) => {
    const result = await run({ path: 'none/*', 'if-no-files-found': mode })
    expect(result.exitCode).toBe(exitCode)
    expect(result.stdout).toMatch(message)
    expect(result.outputs['uploaded-count']).toBe('0')
    expect(imagesOf(result)).toEqual([])
    expect(emulator().requests).toHaveLength(0)
  })
})

describe('the results file', () => {
  it('lives under RUNNER_TEMP', async () => {
    await ws().write('a.png', png())
    const temp = path.join(ws().dir, '.runner-temp')
    const result = await run({ path: 'a.png' }, { RUNNER_TEMP: temp })
    expect(result.outputs['results-file'].startsWith(temp + path.sep)).toBe(true)
    expect(JSON.parse(await fs.readFile(result.outputs['results-file'], 'utf8'))).toEqual(imagesOf(result))
  })
})
