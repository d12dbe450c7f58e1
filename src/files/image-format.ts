/** Tells an image's real format from its first bytes. */

export type ImageFormat = 'png' | 'jpeg' | 'gif' | 'webp' | 'heic'

/** How many leading bytes sniffFormat needs: enough for an ISO-BMFF `ftyp` box with a few compatible brands. */
export const SNIFF_BYTES = 64

/** The formats VOD's CreateUploadImage accepts, as a sentence for messages. */
export const ACCEPTED_FORMATS = 'PNG, JPEG, GIF, WebP or HEIC'

const SIGNATURES: ReadonlyArray<{ format: ImageFormat; bytes: readonly number[] }> = [
  { format: 'png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { format: 'jpeg', bytes: [0xff, 0xd8, 0xff] },
  { format: 'gif', bytes: [0x47, 0x49, 0x46, 0x38] } // "GIF8", then "7a" or "9a"
]

/**
 * HEIF brands whose images are HEVC-coded, i.e. HEIC: `heic` (8-bit stills, what iPhones write),
 * `heix` (10-bit and 4:2:2/4:4:4 stills), `heim`/`heis` (multi-layer stills), `hevc`/`hevx`
 * (sequences). `mif1`/`msf1` only say "some HEIF": the codec then comes from the other brands, and
 * AVIF (`avif`/`avis`, AV1-coded HEIF) is another format that VOD does not accept.
 */
const HEIC_BRANDS: ReadonlySet<string> = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx'])
const AVIF_BRANDS: ReadonlySet<string> = new Set(['avif', 'avis'])

export function sniffFormat(head: Uint8Array): ImageFormat | undefined {
  const match = SIGNATURES.find(({ bytes }) => bytes.every((byte, i) => head[i] === byte))
  if (match?.format === 'gif' && !(head[4] === 0x37 || head[4] === 0x39)) return undefined
  if (match) return match.format
  if (isWebp(head)) return 'webp'
  return heifKind(head) === 'heic' ? 'heic' : undefined
}

/** `RIFF`, a 4-byte size, `WEBP`. */
function isWebp(head: Uint8Array): boolean {
  return ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP'
}

/** From the `ftyp` box: its major brand first, then its compatible brands (as far as head holds them). */
function heifKind(head: Uint8Array): 'heic' | 'avif' | 'other' | undefined {
  if (head.length < 12 || ascii(head, 4, 8) !== 'ftyp') return undefined
  const boxSize = ((head[0] << 24) | (head[1] << 16) | (head[2] << 8) | head[3]) >>> 0
  const major = ascii(head, 8, 12)
  if (HEIC_BRANDS.has(major)) return 'heic'
  if (AVIF_BRANDS.has(major)) return 'avif'
  const brands: string[] = []
  // Compatible brands start after the major brand and its minor version.
  for (let offset = 16; offset + 4 <= Math.min(boxSize, head.length); offset += 4) brands.push(ascii(head, offset, offset + 4))
  if (brands.some(brand => HEIC_BRANDS.has(brand))) return 'heic'
  return brands.some(brand => AVIF_BRANDS.has(brand)) ? 'avif' : 'other'
}

function ascii(bytes: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...bytes.subarray(start, end))
}

/** For a refused file: what it is (`an AVIF image`), when the bytes show a format VOD does not accept. */
export function describeRefused(head: Uint8Array): string | undefined {
  const heif = heifKind(head)
  if (heif === 'avif') return 'an AVIF image'
  if (heif === 'other') return 'an ISO-BMFF file (MP4, MOV or HEIF) with no HEIC brand'
  // "BM", the file size, then 4 reserved bytes that are zero.
  if (ascii(head, 0, 2) === 'BM' && head.length >= 10 && head.subarray(6, 10).every(byte => byte === 0)) return 'a BMP image'
  const start = ascii(head, 0, 4)
  if (start === 'II*\0' || start === 'MM\0*') return 'a TIFF image'
  if (start === 'RIFF') return 'a RIFF file that is not WebP'
  // A UTF-8 byte order mark as latin1 reads it (latin1 never yields U+FEFF itself).
  const text = Buffer.from(head)
    .toString('latin1')
    .replace(/^\xEF\xBB\xBF/, '')
    .trimStart()
  if (/^<svg[\s>]/i.test(text) || (/^<\?xml/i.test(text) && /<svg[\s>]/i.test(text))) return 'an SVG image'
  return undefined
}

/** The ImageExt sent to VOD for a format. */
export function imageExt(format: ImageFormat): 'png' | 'jpg' | 'gif' | 'webp' | 'heic' {
  return format === 'jpeg' ? 'jpg' : format
}

/** The file-name extensions that agree with a format. */
export function extensionsOf(format: ImageFormat): readonly string[] {
  if (format === 'jpeg') return ['jpg', 'jpeg', 'jpe', 'jfif']
  return format === 'heic' ? ['heic', 'heif'] : [format]
}
