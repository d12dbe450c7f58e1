/** What the plan compares the files with: the manifest's entries, and every file's digest (refusing files outside the workspace). */
import { FileReadError, InputError } from '../shared/index.js'
import type { ImageFile } from '../files/index.js'
import { isOutside } from '../shared/index.js'
import { digestFile, partSizeFor, type FileDigest } from '../files/index.js'
import { mapConcurrent } from '../shared/index.js'
import { shown } from '../shared/index.js'
import type { SyncState } from './sync-state.js'

const DIGEST_CONCURRENCY = 16

/**
 * The manifest is a file of the repository, keyed by workspace-relative paths (a key from a pull
 * request is untrusted, and an absolute one is refused): files outside the workspace cannot be
 * recorded in it, so a run that has both is refused before any request.
 */
export function refuseOutsideFiles(files: readonly ImageFile[], sync: SyncState, workspace: string): void {
  const outside = files.filter(file => isOutside(workspace, file.absolutePath))
  if (outside.length === 0) return
  throw new InputError(
    outside.map(file => ({
      file: shown(file.relativePath),
      message: `is outside the workspace; the manifest ${sync.shownAs} records only files inside it (copy the file into the workspace, or run without a manifest)`
    })),
    'Files outside the workspace cannot be used with a manifest; nothing was uploaded'
  )
}

/** SHA-256 and MD5 of every file, each in one streaming pass; needed up front only to compare with the manifest. */
export async function digestAll(files: readonly ImageFile[], multipartThreshold: number): Promise<Map<string, FileDigest>> {
  const digests = await mapConcurrent(files, DIGEST_CONCURRENCY, file =>
    digestFile(file.absolutePath, file.relativePath, partSizeFor(file.bytes, multipartThreshold), file).catch((error: unknown) => {
      if (error instanceof FileReadError) return error
      throw error
    })
  )
  const problems = digests.flatMap(digest => (digest instanceof FileReadError ? [{ file: digest.file, message: digest.detail }] : []))
  if (problems.length > 0) throw new InputError(problems, 'Some matched files cannot be uploaded; nothing was uploaded')
  return new Map(files.map((file, i) => [file.relativePath, digests[i] as FileDigest]))
}
