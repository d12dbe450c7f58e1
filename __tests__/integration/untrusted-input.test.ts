/**
 * Untrusted input other than text: files that a pull request or an earlier step can plant, a hostile
 * manifest, the proxy's credentials and the endpoint. Each safe behaviour is the default.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { promises as fs, rmSync, symlinkSync } from 'node:fs'
import { createHash } from 'node:crypto'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { png, pngOfSize } from '../../testkit/images.js'
import { InputError } from '../../src/shared/errors.js'
import { findImages } from '../../src/files/find.js'
import { digestFile } from '../../src/files/hash.js'
import { parseManifest, serializeManifest, type Manifest } from '../../src/manifest/manifest-file.js'
import { proxyCredentials, unencryptedEndpointWarning } from '../../src/services/transport.js'
import { type ActionRun, imagesOf, useEmulator, useWorkspace, runAgainst } from '../helpers/action.js'
import { posixOnlyIt } from '../helpers/platform.js'

/** Skipped on Windows: POSIX_ONLY of ../helpers/platform.ts says why. */
const posixIt = posixOnlyIt('symlinks', 'fifos')

const emulator = useEmulator()
const ws = useWorkspace()
let outside: string

beforeEach(async () => {
  outside = await fs.mkdtemp(path.join(os.tmpdir(), 'vod-outside-'))
})

afterEach(async () => {
  await fs.rm(outside, { recursive: true, force: true })
})

function run(inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAgainst(emulator(), { workspace: ws().dir, inputs: { path: 'shots/*', ...inputs } })
}

/** The ::error:: annotations, decoded as the runner shows them. */
function errors(result: ActionRun): string {
  return result.stdout
    .split('\n')
    .filter(line => line.startsWith('::error::'))
    .map(line => line.slice('::error::'.length).replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%'))
    .join('\n')
}

const SHA = 'a'.repeat(64)
const [IMAGE_1, IMAGE_2] = ['1'.repeat(32), '2'.repeat(32)]
const entry = (imageId: string): Record<string, unknown> => ({
  sha256: SHA,
  bytes: 10,
  format: 'png',
  imageId,
  imageUrl: 'https://img.example/u.png',
  fileUrl: 'https://oss.example/f.png',
  title: 't',
  tags: [],
  uploadedAt: '2026-11-24T10:00:00.000Z'
})
const manifestText = (images: Record<string, unknown>): string => JSON.stringify({ version: 1, images })

describe('files planted in the workspace', () => {
  it('uploads a hard link to a file outside the workspace: its bytes are in the workspace, as a copy would be', async () => {
    await fs.writeFile(path.join(outside, 'elsewhere.png'), png(8, 8, 9))
    await fs.mkdir(path.join(ws().dir, 'shots'))
    await fs.link(path.join(outside, 'elsewhere.png'), path.join(ws().dir, 'shots/linked.png'))
    const result = await run()
    expect(result.exitCode).toBe(0)
    expect(result.outputs['uploaded-count']).toBe('1')
  })

  posixIt.each<[string, (file: string) => Promise<() => Promise<void>>]>([
    [
      'a FIFO',
      async file => {
        execFileSync('mkfifo', [file])
        return async () => undefined
      }
    ],
    [
      'a socket',
      async file => {
        const server = net.createServer()
        await new Promise<void>(resolve => server.listen(file, resolve))
        return () => new Promise<void>(resolve => server.close(() => resolve()))
      }
    ]
  ])('refuses %s matched by a glob without opening it', async (_kind, make) => {
    await ws().write('shots/good.png', png())
    const cleanUp = await make(path.join(ws().dir, 'shots/special.png'))
    try {
      const result = await run()
      expect(result.exitCode).toBe(1)
      expect(errors(result)).toContain('shots/special.png: is not a regular file (a FIFO, socket or device is never read)')
      expect(emulator().requests).toHaveLength(0)
    } finally {
      await cleanUp()
    }
  })

  posixIt('refuses a device reached through a link', async () => {
    await fs.mkdir(path.join(ws().dir, 'shots'))
    await fs.symlink('/dev/zero', path.join(ws().dir, 'shots/zero.png'))
    const result = await run()
    expect(result.exitCode).toBe(1)
    expect(errors(result)).toContain('shots/zero.png: is a link to /dev/zero, outside the workspace')
    expect(emulator().requests).toHaveLength(0)
  })

  posixIt.each<[string, (file: string) => Promise<void>]>([
    ['a symbolic link to a file outside', file => fs.rm(file).then(() => fs.symlink(path.join(outside, 'secret.png'), file))],
    ['another file of the same size', file => fs.writeFile(`${file}.new`, png(8, 8, 7)).then(() => fs.rename(`${file}.new`, file))]
  ])('does not read a file swapped after discovery for %s', async (_name, swap) => {
    await fs.writeFile(path.join(outside, 'secret.png'), png(8, 8, 7))
    await ws().write('shots/a.png', png(8, 8, 1))
    const { files } = await findImages({
      patterns: [path.join(ws().dir, 'shots/*')],
      workspace: ws().dir,
      includeHiddenFiles: false,
      followSymbolicLinks: true
    })
    await swap(files[0].absolutePath)
    await expect(digestFile(files[0].absolutePath, files[0].relativePath, undefined, files[0])).rejects.toMatchObject({
      code: 'FileChanged',
      file: 'shots/a.png'
    })
  })

  /** The emulator's rule runs while CreateUploadImage is answered: after the hash, before the PUT. */
  function swapForLinkAtCreate(file: string): void {
    emulator().setFaults({
      vod: {
        rule: ctx => {
          if (ctx.action === 'CreateUploadImage') {
            rmSync(file)
            symlinkSync(path.join(outside, 'secret.png'), file)
          }
          return undefined
        }
      }
    })
  }

  posixIt(
    'sends a small file from the bytes it hashed: a swap for a link after the hash changes nothing, the link is never read',
    async () => {
      await fs.writeFile(path.join(outside, 'secret.png'), png(8, 8, 7))
      const original = png(8, 8, 1)
      swapForLinkAtCreate(await ws().write('shots/a.png', original))
      const result = await run()
      expect(result.exitCode).toBe(0)
      const puts = emulator().requests.filter(r => r.service === 'oss')
      expect(puts).toHaveLength(1)
      const imageId = JSON.parse(result.outputs['image-ids'])[0]
      expect(emulator().objectForImage(imageId)?.body.equals(original)).toBe(true)
    }
  )

  posixIt('uploads nothing when a file read again for its upload (above 256 KiB) was swapped for a link after it was hashed', async () => {
    await fs.writeFile(path.join(outside, 'secret.png'), png(8, 8, 7))
    swapForLinkAtCreate(await ws().write('shots/a.png', pngOfSize(300 * 1024, 1)))
    const result = await run()
    expect(result.exitCode).toBe(1)
    expect(errors(result)).toContain(
      'shots/a.png: upload failed: FileChanged: changed while the action ran (it is no longer the file that was found)'
    )
    expect(emulator().requests.filter(r => r.service === 'oss')).toEqual([])
    expect([...emulator().images.values()].every(image => image.deleted)).toBe(true)
  })
})

describe('a hostile manifest', () => {
  posixIt('refuses a manifest that is a symbolic link, and leaves the file it points to untouched', async () => {
    await ws().write('shots/a.png', png())
    const target = path.join(outside, 'elsewhere.json')
    await fs.writeFile(target, manifestText({}))
    await fs.symlink(target, path.join(ws().dir, 'vod.json'))
    const result = await run({ manifest: 'vod.json' })
    expect(result.exitCode).toBe(1)
    expect(errors(result)).toContain('Input "manifest": vod.json is a symbolic link; the manifest must be a regular file in the workspace')
    expect(await fs.readFile(target, 'utf8')).toBe(manifestText({}))
    expect(emulator().requests).toHaveLength(0)
  })

  posixIt('refuses a manifest in a folder that is a link to outside the workspace', async () => {
    await ws().write('shots/a.png', png())
    await fs.symlink(outside, path.join(ws().dir, 'meta'))
    const result = await run({ manifest: 'meta/vod.json' })
    expect(result.exitCode).toBe(1)
    expect(errors(result)).toContain('Input "manifest": meta/vod.json lies in a folder that is a link to outside the workspace')
    expect(await fs.readdir(outside)).toEqual([])
  })

  posixIt('writes the manifest although links are planted at the temporary names an earlier version used, never through them', async () => {
    await ws().write('shots/a.png', png())
    const target = path.join(outside, 'overwritten.txt')
    const planted = [`.vod.json.${process.pid}.tmp`, '.vod.json.tmp', `.vod.json.${process.ppid}.tmp`]
    for (const name of planted) await fs.symlink(target, path.join(ws().dir, name))
    const result = await run({ manifest: 'vod.json' })
    expect(errors(result)).toBe('')
    expect(result.exitCode).toBe(0)
    expect(Object.keys(JSON.parse(await fs.readFile(path.join(ws().dir, 'vod.json'), 'utf8')).images)).toEqual(['shots/a.png'])
    await expect(fs.stat(target)).rejects.toMatchObject({ code: 'ENOENT' })
    for (const name of planted) expect((await fs.lstat(path.join(ws().dir, name))).isSymbolicLink()).toBe(true)
  })

  it.each([
    ['a ".." part', '../outside.png'],
    ['an absolute path', '/etc/passwd'],
    ['a "." part', './shots/a.png'],
    ['an empty part', 'shots//a.png'],
    ['a line break', 'shots/a\n::error::x.png']
  ])('refuses an entry whose path has %s', (_name, key) => {
    expect(() => parseManifest(manifestText({ [key]: entry(IMAGE_1) }), 'vod.json')).toThrow(InputError)
  })

  it('refuses an ImageId that is not one', () => {
    expect(() => parseManifest(manifestText({ 'a.png': entry('x\n::error::y') }), 'vod.json')).toThrow(
      'has an "imageId" that is not an ImageId'
    )
  })

  // Issue #13: before, such an entry passed, the run uploaded, and writing the manifest then overflowed the stack: no outputs, no summary.
  it('refuses an entry with a field nested 5,000 deep before any request', async () => {
    await ws().write('shots/a.png', png(8, 8, 1))
    const nested = `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`
    await ws().write('vod.json', manifestText({ 'gone.png': entry(IMAGE_1) }).replace('{"sha256"', `{"deep":${nested},"sha256"`))
    const result = await run({ manifest: 'vod.json' })
    expect(result.exitCode).toBe(1)
    expect(errors(result)).toContain('vod.json entry "gone.png" has a field this action does not write ("deep"); it was left untouched')
    expect(emulator().requests).toEqual([])
  })

  // Issue #13: a skipped file's title, tags and URL come from its entry into the images and markdown outputs and the summary.
  it.each<[string, Record<string, unknown>, string]>([
    ['a title with a line break', { title: 'a\n::warning::pwned' }, 'has a "title" that has a control character'],
    ['a tag with a line break', { tags: ['a\n::warning::pwned'] }, 'has a "tags" that has a tag with a comma or a control character'],
    ['an ImageURL that is not http(s)', { imageUrl: 'javascript:alert(1)' }, 'has an "imageUrl" that is not an http(s) URL with a host']
  ])("refuses an unchanged file's entry with %s before any request, naming the entry and the field", async (_name, change, problem) => {
    const bytes = png(8, 8, 1)
    await ws().write('shots/a.png', bytes)
    const sha256 = createHash('sha256').update(bytes).digest('hex')
    await ws().write('vod.json', manifestText({ 'shots/a.png': { ...entry(IMAGE_1), sha256, bytes: bytes.length, ...change } }))
    const result = await run({ manifest: 'vod.json' })
    expect(result.exitCode).toBe(1)
    expect(errors(result)).toContain(`vod.json entry "shots/a.png" ${problem}; it was left untouched`)
    expect(result.outputs.images).toBeUndefined()
    expect(emulator().requests).toEqual([])
  })

  it('takes __proto__ and constructor as plain paths: nothing is polluted, nothing inherited is found', () => {
    const text = `{"version":1,"images":{"__proto__":${JSON.stringify(entry(IMAGE_1))},"constructor":${JSON.stringify(entry(IMAGE_2))}}}`
    const manifest: Manifest = parseManifest(text, 'vod.json')
    expect(Object.keys(manifest.images)).toEqual(['__proto__', 'constructor'])
    expect(new Map(Object.entries(manifest.images)).get('constructor')?.imageId).toBe(IMAGE_2)
    expect('toString' in manifest.images).toBe(false)
    expect(({} as Record<string, unknown>).imageId).toBeUndefined()
    expect(JSON.parse(serializeManifest(manifest)).images).toEqual(JSON.parse(text).images)
  })

  it('with delete-removed, deletes only entries in the form this action writes, and never an ImageId that a live entry holds', async () => {
    for (const name of ['a', 'b', 'c']) await ws().write(`shots/${name}.png`, png(8, 8, name.charCodeAt(0)))
    expect((await run({ manifest: 'vod.json' })).exitCode).toBe(0)
    const file = path.join(ws().dir, 'vod.json')
    const written = JSON.parse(await fs.readFile(file, 'utf8')) as Manifest
    const [a, b, c] = ['a', 'b', 'c'].map(name => written.images[`shots/${name}.png`].imageId)
    written.images['gone/alias-of-a.png'] = { ...written.images['shots/a.png'] }
    written.images['gone/partial-b.png'] = { sha256: SHA, imageId: b, imageUrl: 'https://img.example/u.png' } as Manifest['images'][string]
    await fs.writeFile(file, JSON.stringify(written))
    await fs.rm(path.join(ws().dir, 'shots/c.png'))

    const result = await run({ manifest: 'vod.json', 'delete-removed': 'true' })
    expect(result.exitCode).toBe(0)
    expect([...emulator().images.values()].filter(r => r.deleted).map(r => r.imageId)).toEqual([c])
    expect(result.stdout).toContain(
      `::warning::gone/alias-of-a.png: file gone; ImageId ${a} stays in VOD: another entry of the manifest, whose file exists, names the same ImageId; only this entry is dropped`
    )
    expect(result.stdout).toContain(
      `::warning::gone/partial-b.png: file gone; ImageId ${b} stays in VOD and in the manifest: the entry is not one this action wrote after an upload`
    )
    expect(result.stdout).not.toContain('delete-removed is off')
    const after = JSON.parse(await fs.readFile(file, 'utf8')) as Manifest
    expect(Object.keys(after.images).sort()).toEqual(['gone/partial-b.png', 'shots/a.png', 'shots/b.png'])
  })
})

// Issue #13: the UploadAddress decided where the STS token and the bytes went, over any scheme, with no warning.
describe("the UploadAddress in VOD's answer", () => {
  it('is refused when it points at a host that is neither OSS nor listed in upload-hosts: nothing is sent there, the image is deleted', async () => {
    await ws().write('shots/a.png', png(8, 8, 1))
    const host = new URL(emulator().ossEndpoint).host
    const result = await run({ 'upload-hosts': '' })
    expect(result.exitCode).toBe(1)
    const [record] = [...emulator().images.values()]
    const detail = `the UploadAddress points at ${host}, which is not an OSS host (*.aliyuncs.com); the upload credential was not sent there. If the host is yours (a private deployment, an emulator), add it to the upload-hosts input`
    expect(imagesOf(result)[0].error).toEqual({ stage: 'upload', code: 'UploadHostRefused', message: detail })
    expect(emulator().requests.map(r => `${r.service} ${r.action ?? r.ossOperation}`)).toEqual(['vod CreateUploadImage', 'vod DeleteImage'])
    expect(record.deleted).toBe(true)
    expect(errors(result)).toContain(`shots/a.png: upload failed: UploadHostRefused: ${detail}`)
  })

  it('is taken when its host:port is listed in upload-hosts', async () => {
    await ws().write('shots/a.png', png(8, 8, 1))
    const result = await run({ 'upload-hosts': `other.example, ${new URL(emulator().ossEndpoint).host}` })
    expect(result.exitCode).toBe(0)
    expect(emulator().requests.filter(r => r.service === 'oss')).toHaveLength(1)
  })
})

describe('the proxy and the endpoint', () => {
  it.each<[string, Record<string, string>, string[]]>([
    ['no proxy', {}, []],
    ['a proxy without credentials', { HTTPS_PROXY: 'http://proxy.example:3128' }, []],
    [
      'user and password',
      { HTTPS_PROXY: 'http://someone:p%40ss-word@proxy.example:3128' },
      ['someone', 'someone', 'p%40ss-word', 'p@ss-word']
    ],
    ['lower-case http_proxy', { http_proxy: 'http://only-user@proxy.example' }, ['only-user', 'only-user']],
    ['not a URL', { HTTP_PROXY: 'proxy.example:3128' }, []]
  ])('proxy credentials to mask: %s', (_name, env, secrets) => {
    expect(proxyCredentials(env)).toEqual(secrets)
  })

  it.each<[string, boolean]>([
    ['https://vod.cn-shanghai.aliyuncs.com', false],
    ['http://127.0.0.1:9100', false],
    ['http://localhost:9100', false],
    ['http://[::1]:9100', false],
    ['http://vod.cn-shanghai.aliyuncs.com', true],
    ['http://10.0.0.5', true]
  ])('%s: warned as unencrypted: %s', (endpoint, warned) => {
    expect(unencryptedEndpointWarning(endpoint) !== undefined).toBe(warned)
  })

  it('an endpoint with a user and password is an input error that does not show them', async () => {
    await ws().write('shots/a.png', png())
    const result = await run({ endpoint: 'https://someone:endpoint-pass-word@vod.example.com' })
    expect(result.exitCode).toBe(1)
    expect(errors(result)).toContain('Input "endpoint": "https://vod.example.com/" is not usable: it must not contain credentials')
    expect(result.visible()).not.toContain('endpoint-pass-word')
  })

  it('a plain http:// endpoint that is not loopback gets a warning', async () => {
    await ws().write('shots/a.png', png())
    const result = await run({ endpoint: 'http://vod.example.com', 'dry-run': 'true' })
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toContain(
      '::warning::The endpoint http://vod.example.com uses http://: requests, their signatures and the upload credentials VOD returns travel unencrypted.'
    )
  })
})
