/** Tells an image's real format from its first bytes. */

export type ImageFormat = 'png' | 'jpeg' | 'gif'

/** How many leading bytes sniffFormat needs. */
export const SNIFF_BYTES = 8

const SIGNATURES: ReadonlyArray<{ format: ImageFormat; bytes: readonly number[] }> = [
  { format: 'png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { format: 'jpeg', bytes: [0xff, 0xd8, 0xff] },
  { format: 'gif', bytes: [0x47, 0x49, 0x46, 0x38] } // "GIF8", then "7a" or "9a"
]

export function sniffFormat(head: Uint8Array): ImageFormat | undefined {
  const match = SIGNATURES.find(({ bytes }) => bytes.every((byte, i) => head[i] === byte))
  if (match?.format === 'gif' && !(head[4] === 0x37 || head[4] === 0x39)) return undefined
  return match?.format
}

/** The ImageExt sent to VOD for a format. */
export function imageExt(format: ImageFormat): 'png' | 'jpg' | 'gif' {
  return format === 'jpeg' ? 'jpg' : format
}

/** The file-name extensions that agree with a format. */
export function extensionsOf(format: ImageFormat): readonly string[] {
  return format === 'jpeg' ? ['jpg', 'jpeg', 'jpe', 'jfif'] : [format]
}
