/**
 * The sample images (samples/screenshots/, drawn by scripts/make-samples.sh) look like what users upload:
 * the demo, the CI self-test and docs/job-summary.png show them. They were 1×1-pixel placeholders, which
 * made three blank previews in the README's picture.
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { ROOT } from '../helpers/action.js'

const SAMPLES = path.join(ROOT, 'samples/screenshots')
const KIB = 1024

interface Picture {
  width: number
  height: number
  frames: number
}

function pngPicture(bytes: Buffer): Picture {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), frames: 1 }
}

/** Frames counted by image descriptors walked block by block (a 0x2C byte inside pixel data is not one). */
function gifPicture(bytes: Buffer): Picture {
  const flags = bytes[10]
  let at = 13 + (flags & 0x80 ? 3 * 2 ** ((flags & 7) + 1) : 0)
  let frames = 0
  const skipSubBlocks = (): void => {
    while (bytes[at] !== 0) at += bytes[at] + 1
    at++
  }
  while (at < bytes.length && bytes[at] !== 0x3b) {
    if (bytes[at] === 0x21) {
      at += 2
      skipSubBlocks()
    } else {
      frames++
      const local = bytes[at + 9]
      at += 10 + (local & 0x80 ? 3 * 2 ** ((local & 7) + 1) : 0) + 1
      skipSubBlocks()
    }
  }
  return { width: bytes.readUInt16LE(6), height: bytes.readUInt16LE(8), frames }
}

/** The first start-of-frame marker (C0–CF but C4 DHT, C8 JPG and CC DAC) holds the size. */
function jpegPicture(bytes: Buffer): Picture {
  let at = 2
  while (at < bytes.length) {
    const marker = bytes[at + 1]
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker))
      return { width: bytes.readUInt16BE(at + 7), height: bytes.readUInt16BE(at + 5), frames: 1 }
    at += 2 + bytes.readUInt16BE(at + 2)
  }
  throw new Error('no start-of-frame marker')
}

function webpPicture(bytes: Buffer): Picture {
  const chunk = bytes.toString('latin1', 12, 16)
  if (chunk === 'VP8 ') return { width: bytes.readUInt16LE(26) & 0x3fff, height: bytes.readUInt16LE(28) & 0x3fff, frames: 1 }
  if (chunk === 'VP8L') {
    const bits = bytes.readUInt32LE(21)
    return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1, frames: 1 }
  }
  return { width: bytes.readUIntLE(24, 3) + 1, height: bytes.readUIntLE(27, 3) + 1, frames: 1 }
}

const READERS: Record<string, (bytes: Buffer) => Picture> = {
  '.png': pngPicture,
  '.gif': gifPicture,
  '.jpg': jpegPicture,
  '.webp': webpPicture
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry =>
    entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)]
  )
}

const files = filesUnder(SAMPLES).map(file => path.relative(SAMPLES, file).split(path.sep).join('/'))
const picture = (file: string): Picture => READERS[path.extname(file)](readFileSync(path.join(SAMPLES, file)))
const uploaded = files.filter(file => !file.startsWith('drafts/'))

describe('samples/screenshots', () => {
  it('holds app screenshots (one dark), a photo, an animation and a WebP, and a draft the patterns leave out', () => {
    expect(files.sort()).toEqual(
      ['badge.webp', 'drafts/wip.png', 'home.png', 'photo.jpg', 'settings.png', 'spinner.gif', '设置-dark.png'].sort()
    )
  })

  it.each(files)('%s is a picture of at least 96×32 pixels, at most 80 KiB', file => {
    const { width, height } = picture(file)
    expect(height).toBeGreaterThanOrEqual(32)
    expect(width).toBeGreaterThanOrEqual(96)
    expect(statSync(path.join(SAMPLES, file)).size).toBeLessThanOrEqual(80 * KIB)
  })

  it('are at most 400 KiB together', () => {
    const total = files.reduce((sum, file) => sum + statSync(path.join(SAMPLES, file)).size, 0)
    expect(total).toBeLessThanOrEqual(400 * KIB)
  })

  it('has an animated GIF (several frames)', () => {
    expect(picture('spinner.gif').frames).toBeGreaterThanOrEqual(4)
  })

  it('are all drawn by scripts/make-samples.sh', () => {
    const script = readFileSync(path.join(ROOT, 'scripts/make-samples.sh'), 'utf8')
    for (const file of files) expect(script).toContain(path.posix.basename(file))
  })

  it('match the count the CI self-test expects from uploading them', () => {
    const workflow = readFileSync(path.join(ROOT, '.github/workflows/ci.yml'), 'utf8')
    expect(workflow).toContain(`test "$COUNT" = ${uploaded.length}`)
    expect(workflow).toContain(`ids.length !== ${uploaded.length}`)
  })
})
