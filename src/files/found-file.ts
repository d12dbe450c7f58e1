/**
 * Reading a file that discovery found: opened once, checked with fstat to be that same regular file,
 * and read through what was opened, never by its path again. A file swapped for a link or another
 * file after discovery is refused, not read.
 */
import { closeSync, existsSync, fstatSync, openSync, readSync, type Stats } from 'node:fs'
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
 * The whole checked file in one Buffer, for a file sent from memory (at most 256 KiB, upload/file-upload.ts).
 * bytes: the size the digest saw; a file that no longer has it is refused: one byte more is asked for,
 * so that a file that grew is seen to have changed as one that shrank is.
 *
 * The calls are synchronous: open, fstat, read and close of such a file take microseconds, where each
 * asynchronous call is a trip through libuv's thread pool and, in a run paced at VOD's rate, a wake-up
 * of an otherwise idle process (BENCHMARKS.md, "Seventh look"). A FIFO swapped in cannot block: it is
 * opened non-blocking and refused by the fstat before any read.
 */
export function readFound(file: FoundFile, bytes: number): Buffer {
  const fd = readingAs(file, () => openSync(file.absolutePath, constants.O_RDONLY | constants.O_NONBLOCK))
  const buffer = Buffer.allocUnsafe(bytes + 1)
  let bytesRead: number
  try {
    const opened = fstatSync(fd)
    if (!isFoundFile(opened, file)) throw changed(file)
    bytesRead = readingAs(file, () => readSync(fd, buffer, 0, bytes + 1, 0))
  } finally {
    closeSync(fd)
  }
  if (bytesRead !== bytes) throw changed(file)
  return buffer.subarray(0, bytes)
}

/** Opens the file without blocking (a FIFO swapped in would block a plain open) and checks what opened. */
export async function openFound(file: FoundFile): Promise<FileHandle> {
  let handle: FileHandle
  try {
    handle = await open(file.absolutePath, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (error) {
    throw cannotRead(file, error)
  }
  const opened = await handle.stat().catch(async (error: unknown) => {
    await handle.close()
    throw error
  })
  if (!isFoundFile(opened, file)) {
    await handle.close()
    throw changed(file)
  }
  return handle
}

/** A regular file, and the one discovery found when it is known. */
function isFoundFile(opened: Stats, file: FoundFile): boolean {
  return opened.isFile() && (!file.identity || sameFile(opened, file.identity))
}

/** call's result; a system error becomes a FileReadError naming the file and the error's code. */
function readingAs<T>(file: FoundFile, call: () => T): T {
  try {
    return call()
  } catch (error) {
    throw cannotRead(file, error)
  }
}

function cannotRead(file: FoundFile, error: unknown): FileReadError {
  const code = (error as NodeJS.ErrnoException).code ?? 'ReadError'
  return new FileReadError(file.relativePath, code, `cannot be read (${code})`)
}

function changed(file: FoundFile): FileReadError {
  return new FileReadError(file.relativePath, 'FileChanged', FILE_CHANGED)
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
