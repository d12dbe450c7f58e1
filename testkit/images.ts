/** Real image bytes for fixtures: PNGs generated here, and the smallest valid JPEG and GIF. */
import { deflateSync } from 'node:zlib'

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(data: Buffer): number {
  let crc = 0xffffffff
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/** A valid RGB PNG whose pixels depend on seed, so that every fixture has distinct bytes. */
export function png(width = 16, height = 16, seed = 1): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header[8] = 8 // bit depth
  header[9] = 2 // RGB
  const rows: Buffer[] = []
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3)
    for (let x = 0; x < width; x++) {
      row[1 + x * 3] = (x * 16 + seed * 37) & 0xff
      row[2 + x * 3] = (y * 16 + seed * 91) & 0xff
      row[3 + x * 3] = (x * y + seed * 53) & 0xff
    }
    rows.push(row)
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0))
  ])
}

/** A PNG padded to roughly `bytes` with an ancillary chunk, for size-sensitive fixtures. */
export function pngOfSize(bytes: number, seed = 1): Buffer {
  const base = png(8, 8, seed)
  const padding = Math.max(0, bytes - base.length - 12)
  const iend = base.subarray(base.length - 12)
  return Buffer.concat([base.subarray(0, base.length - 12), chunk('zPAD', Buffer.alloc(padding, seed & 0xff)), iend])
}

export const JPEG = Buffer.from(
  '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=',
  'base64'
)

export const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64')

/** A valid 1×1 lossless WebP (RIFF, VP8L). */
export const WEBP = Buffer.from('UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==', 'base64')

/**
 * The start of an ISO-BMFF file: an `ftyp` box with a major brand, a minor version and compatible
 * brands, then an empty `meta` box. Enough for format detection; no decoder would show a picture.
 */
export function isoBmff(major: string, compatible: string[] = []): Buffer {
  const ftyp = Buffer.concat([Buffer.from(major, 'latin1'), Buffer.alloc(4), ...compatible.map(brand => Buffer.from(brand, 'latin1'))])
  const size = Buffer.alloc(4)
  size.writeUInt32BE(8 + ftyp.length)
  return Buffer.concat([size, Buffer.from('ftyp', 'latin1'), ftyp, Buffer.from([0, 0, 0, 8]), Buffer.from('meta', 'latin1')])
}
