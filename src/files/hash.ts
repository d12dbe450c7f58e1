/**
 * One streaming pass over a file gives its size, MD5 (for Content-MD5), SHA-256 (for results and
 * the manifest) and, for a multipart upload, the MD5 of each part. Memory stays flat at any size.
 */
import { createHash, type Hash } from 'node:crypto'
import type { FileHandle } from 'node:fs/promises'
import { FileReadError, MultipartLimits } from '../shared/index.js'
import type { ImageFile } from './find.js'
import { openFound } from './found-file.js'

export interface PartDigest {
  /** First byte, inclusive. */
  start: number
  /** Last byte, exclusive. */
  end: number
  md5Base64: string
}

export interface FileDigest {
  bytes: number
  md5Base64: string
  sha256Hex: string
  /** Present when the file is to be uploaded in parts of partSize bytes. */
  parts?: PartDigest[]
}

/** Files up to this size are read in one call: cheaper than a stream for the many small images of a docs site. */
const WHOLE_READ_BYTES = 256 * 1024

/**
 * known: what discovery saw. The file is opened once, never as a FIFO's blocking open, and what was
 * opened must be the file discovery found (same device and inode): a file swapped for a link or
 * another file in between is refused, not read. Its digest is then what OSS checks the bytes against.
 */
export async function digestFile(
  absolutePath: string,
  displayPath: string,
  partSize?: number,
  known?: Pick<ImageFile, 'bytes' | 'identity'>
): Promise<FileDigest> {
  const knownBytes = known?.bytes
  const digest = new Digester(partSize)
  let handle: FileHandle | undefined
  try {
    handle = await openFound({ absolutePath, relativePath: displayPath, identity: known?.identity })
    if (knownBytes !== undefined && knownBytes <= WHOLE_READ_BYTES) digest.add(await handle.readFile())
    else for await (const chunk of handle.createReadStream({ highWaterMark: 256 * 1024, autoClose: false })) digest.add(chunk as Buffer)
  } catch (error) {
    if (error instanceof FileReadError) throw error
    const code = (error as NodeJS.ErrnoException).code ?? 'ReadError'
    throw new FileReadError(displayPath, code, `cannot be read (${code})`)
  } finally {
    await handle?.close()
  }
  if (knownBytes !== undefined && digest.bytes !== knownBytes) {
    throw new FileReadError(
      displayPath,
      'FileChanged',
      `changed while the action ran (${knownBytes} bytes when found, ${digest.bytes} when read); nothing was uploaded for it`
    )
  }
  return digest.finish()
}

/** The digest of bytes already in memory (a small file read once, then hashed and sent from the same bytes). */
export function digestOf(content: Buffer, partSize?: number): FileDigest {
  const digest = new Digester(partSize)
  digest.add(content)
  return digest.finish()
}

/** Size, MD5, SHA-256 and part MD5s, fed chunk by chunk. */
class Digester {
  bytes = 0
  private readonly md5 = createHash('md5')
  private readonly sha256 = createHash('sha256')
  private readonly parts?: PartHasher

  constructor(partSize?: number) {
    this.parts = partSize ? new PartHasher(partSize) : undefined
  }

  add(chunk: Buffer): void {
    this.md5.update(chunk)
    this.sha256.update(chunk)
    this.parts?.update(chunk)
    this.bytes += chunk.length
  }

  finish(): FileDigest {
    return { bytes: this.bytes, md5Base64: this.md5.digest('base64'), sha256Hex: this.sha256.digest('hex'), parts: this.parts?.finish() }
  }
}

/** MD5 of each consecutive partSize slice, fed chunk by chunk. */
class PartHasher {
  private readonly parts: PartDigest[] = []
  private current: Hash = createHash('md5')
  private start = 0
  private filled = 0

  constructor(private readonly partSize: number) {}

  update(chunk: Buffer): void {
    let offset = 0
    while (offset < chunk.length) {
      const take = Math.min(this.partSize - this.filled, chunk.length - offset)
      this.current.update(chunk.subarray(offset, offset + take))
      this.filled += take
      offset += take
      if (this.filled === this.partSize) this.close()
    }
  }

  finish(): PartDigest[] {
    if (this.filled > 0 || this.parts.length === 0) this.close()
    return this.parts
  }

  private close(): void {
    this.parts.push({ start: this.start, end: this.start + this.filled, md5Base64: this.current.digest('base64') })
    this.start += this.filled
    this.filled = 0
    this.current = createHash('md5')
  }
}

/** OSS takes at most 10,000 parts, each at least 100 KiB but the last. */
const MAX_PARTS = 10_000
const PREFERRED_PART_BYTES = 8 * 1024 * 1024

/** The part size for a file of this size, or undefined for a single PutObject. */
export function partSizeFor(bytes: number, multipartThreshold: number): number | undefined {
  if (bytes <= multipartThreshold) return undefined
  const preferred = Math.max(MultipartLimits.minBytes, Math.min(PREFERRED_PART_BYTES, multipartThreshold))
  return Math.max(preferred, Math.ceil(bytes / MAX_PARTS))
}
