/** One streaming pass over a file gives its size, MD5 (for Content-MD5) and SHA-256 (for results). */
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { FileReadError } from './errors.js'

export interface FileDigest {
  bytes: number
  md5Base64: string
  sha256Hex: string
}

export async function digestFile(absolutePath: string, displayPath: string): Promise<FileDigest> {
  const md5 = createHash('md5')
  const sha256 = createHash('sha256')
  let bytes = 0
  try {
    for await (const chunk of createReadStream(absolutePath)) {
      md5.update(chunk as Buffer)
      sha256.update(chunk as Buffer)
      bytes += (chunk as Buffer).length
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'ReadError'
    throw new FileReadError(displayPath, code, `cannot be read (${code})`)
  }
  return { bytes, md5Base64: md5.digest('base64'), sha256Hex: sha256.digest('hex') }
}
