/**
 * WebP and HEIC go up with their own ImageExt and show in the summary; every other format is refused
 * before any request, with the accepted formats named.
 */
import { describe, expect, it } from '@jest/globals'
import { GIF, isoBmff, JPEG, png, WEBP } from '../../testkit/images.js'
import { runInProcess, useEmulator, useWorkspace, emulatorInputs, imagesOf } from '../helpers/action.js'

const emulator = useEmulator()
const ws = useWorkspace()

function run(path: string) {
  return runInProcess({
    workspace: ws().dir,
    inputs: {
      path,
      ...emulatorInputs(emulator())
    }
  })
}

const HEIC = Buffer.concat([isoBmff('heic', ['mif1', 'heic']), Buffer.alloc(64, 7)])

describe('accepted formats', () => {
  it.each<[string, string, string, string, Buffer]>([
    ['a.png', 'png', 'image/png', 'PNG', png()],
    ['a.jpg', 'jpg', 'image/jpeg', 'JPEG', JPEG],
    ['a.gif', 'gif', 'image/gif', 'GIF', GIF],
    ['a.webp', 'webp', 'image/webp', 'WebP', WEBP],
    ['a.heic', 'heic', 'image/heic', 'HEIC', HEIC],
    ['a.heif', 'heic', 'image/heic', 'HEIC', HEIC]
  ])('%s is sent as ImageExt %s, stored as %s, shown as %s', async (name, ext, contentType, label, bytes) => {
    await ws().write(`img/${name}`, bytes)
    const result = await run('img/*')
    expect(result.exitCode).toBe(0)
    const [image] = [...emulator().images.values()]
    expect(image.imageExt).toBe(ext)
    expect(image.key.endsWith(`.${ext}`)).toBe(true)
    const stored = emulator().objectForImage(image.imageId)!
    expect(stored.body.equals(bytes)).toBe(true)
    expect(stored.contentType).toBe(contentType)
    expect(result.summary).toContain(`<td>${label}</td>`)
    expect(imagesOf(result)[0].format).toBe(ext === 'jpg' ? 'jpeg' : ext)
  })

  it.each<[string, string, string, Buffer]>([
    ['photo.png', 'image/webp', 'img/photo.png: has extension ".png" but its content is WEBP; it is uploaded as WEBP', WEBP],
    ['photo.jpg', 'image/heic', 'img/photo.jpg: has extension ".jpg" but its content is HEIC; it is uploaded as HEIC', HEIC],
    ['photo.webp', 'image/png', 'img/photo.webp: has extension ".webp" but its content is PNG; it is uploaded as PNG', png()]
  ])('%s with other content: the usual warning, uploaded as what it is (%s)', async (name, contentType, warning, bytes) => {
    await ws().write(`img/${name}`, bytes)
    const result = await run('img/*')
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toContain(`::warning::${warning}`)
    const [image] = [...emulator().images.values()]
    expect(emulator().objectForImage(image.imageId)!.contentType).toBe(contentType)
  })
})

describe('refused formats', () => {
  const ACCEPTED = 'PNG, JPEG, GIF, WebP or HEIC'
  it.each<[string, string, Buffer | string]>([
    ['a.avif', `is an AVIF image, which VOD does not accept: only ${ACCEPTED}`, isoBmff('avif', ['mif1', 'miaf'])],
    [
      'a.svg',
      `is an SVG image, which VOD does not accept: only ${ACCEPTED}`,
      '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>'
    ],
    ['a.bmp', `is a BMP image, which VOD does not accept: only ${ACCEPTED}`, Buffer.from('424d3a0000000000000036000000', 'hex')],
    ['a.tif', `is a TIFF image, which VOD does not accept: only ${ACCEPTED}`, Buffer.from('49492a0008000000', 'hex')],
    [
      'a.mp4',
      `is an ISO-BMFF file (MP4, MOV or HEIF) with no HEIC brand, which VOD does not accept: only ${ACCEPTED}`,
      isoBmff('isom', ['isom', 'mp41'])
    ],
    ['a.png', `is not a ${ACCEPTED} image (its first bytes match none of them)`, 'plain text']
  ])('%s is refused before any request: %s', async (name, message, bytes) => {
    await ws().write('img/ok.png', png())
    await ws().write(`img/${name}`, bytes)
    const result = await run('img/*')
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain(`img/${name}: ${message}`)
    expect(emulator().requests).toEqual([])
  })
})
