/**
 * Reading a file that discovery found: opened once, checked with fstat to be that same regular file,
 * and read through what was opened, never by its path again. A file swapped for a link or another
 * file after discovery is refused, not read.
 */
import { existsSync } from 'node:fs'
import { constants, open, type FileHandle } from 'node:fs/promises'
import { FileReadError } from '../shared/index.js'

/** Which file discovery found: device and inode. */
export interface FileIdentity {
  dev: number
  ino: number
}

export interface FoundFile {
  absolutePath: string
  /** The workspace-relative path, for errors. */
  relativePath: string
  /** Absent for a file that was not found by discovery (then only "a regular file" is checked). */
  identity?: FileIdentity
}

export function sameFile(stat: FileIdentity, identity: FileIdentity): boolean {
  return stat.dev === identity.dev && stat.ino === identity.ino
}

const FILE_CHANGED = 'changed while the action ran (it is no longer the file that was found); nothing was uploaded for it'

/**
 * The whole checked file in one Buffer, read through the handle that was checked and closed at once:
 * for a small file, cheaper than a stream (no read buffer, no second open). bytes: the size the
 * digest saw; a file that no longer has it is refused.
 */
export async function readFound(file: FoundFile, bytes: number): Promise<Buffer> {
  const { handle, size } = await openChecked(file)
  let content: Buffer
  try {
    // The size fstat saw is the size read: no second fstat as handle.readFile() would make. One byte
    // more is asked for, so that a file that grew after the fstat is seen to have changed.
    if (size !== bytes) throw new FileReadError(file.relativePath, 'FileChanged', FILE_CHANGED)
    const buffer = Buffer.allocUnsafe(bytes + 1)
    const { bytesRead } = await handle.read(buffer, 0, bytes + 1, 0).catch((error: unknown) => {
      const code = (error as NodeJS.ErrnoException).code ?? 'ReadError'
      throw new FileReadError(file.relativePath, code, `cannot be read (${code})`)
    })
    content = buffer.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
  if (content.length !== bytes) throw new FileReadError(file.relativePath, 'FileChanged', FILE_CHANGED)
  return content
}

/** Opens the file without blocking (a FIFO swapped in would block a plain open) and checks what opened. */
export async function openFound(file: FoundFile): Promise<FileHandle> {
  return (await openChecked(file)).handle
}

/** openFound, with the size its fstat saw. */
async function openChecked(file: FoundFile): Promise<{ handle: FileHandle; size: number }> {
  let handle: FileHandle
  try {
    handle = await open(file.absolutePath, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'ReadError'
    throw new FileReadError(file.relativePath, code, `cannot be read (${code})`)
  }
  const opened = await handle.stat().catch(async (error: unknown) => {
    await handle.close()
    throw error
  })
  if (!opened.isFile() || (file.identity && !sameFile(opened, file.identity))) {
    await handle.close()
    throw new FileReadError(file.relativePath, 'FileChanged', FILE_CHANGED)
  }
  return { handle, size: opened.size }
}

// Linux names each open file in /proc/self/fd: opening that name reaches the file this process
// opened, whatever now lies at its path. Elsewhere the path is all a library can be given.
const OPEN_FILES = '/proc/self/fd'
const hasOpenFileNames = existsSync(OPEN_FILES)

/**
 * Runs use() with a path that a library (the OSS client) can open to read the checked file: the
 * open file's own name where the system has one, and the file is held open until use() settles.
 */
export async function withFoundFile<T>(file: FoundFile, use: (readablePath: string) => Promise<T>): Promise<T> {
  const handle = await openFound(file)
  try {
    return await use(hasOpenFileNames ? `${OPEN_FILES}/${handle.fd}` : file.absolutePath)
  } finally {
    await handle.close()
  }
}
