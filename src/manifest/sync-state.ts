/** The manifest a run syncs with: where it is, how it is shown, and what it held when the run read it. */
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { InputError } from '../shared/index.js'
import { toRelative } from '../files/index.js'
import { isOutside } from '../shared/index.js'
import { Inputs } from '../shared/index.js'
import { readManifest, type LoadedManifest } from './manifest-file.js'

/** The inputs the manifest is kept with. */
export interface ManifestOptions {
  /** Absolute path of the manifest file, when one is used. */
  manifest?: string
  workspace: string
  /** Delete the images of entries whose file is gone. */
  deleteRemoved: boolean
  /** Delete the previous ImageId of a changed file once its new upload succeeded. */
  deleteReplaced: boolean
  /** GITHUB_REPOSITORY_ID: an image is deleted only when it carries this repository's mark (or is adopted). */
  repositoryId?: string
  /** ImageIds the workflow declares this repository's although they carry no mark (uploaded before it existed). */
  adoptImageIds?: readonly string[]
}

export interface SyncState {
  /** Absolute path of the manifest file. */
  file: string
  /** The path as the user wrote it, relative to the workspace. */
  shownAs: string
  loaded: LoadedManifest
}

export async function loadSync(config: Pick<ManifestOptions, 'manifest' | 'workspace'>): Promise<SyncState | undefined> {
  if (!config.manifest) return undefined
  const shownAs = toRelative(config.workspace, config.manifest)
  if (await folderOutside(config.manifest, config.workspace)) {
    throw new InputError([
      { input: Inputs.Manifest, message: `${shownAs} lies in a folder that is a link to outside the workspace; the manifest was not read` }
    ])
  }
  return { file: config.manifest, shownAs, loaded: await readManifest(config.manifest, shownAs) }
}

/** True when the real folder of file (or of its nearest existing ancestor) is outside the workspace. */
async function folderOutside(file: string, workspace: string): Promise<boolean> {
  const root = await fs.realpath(workspace)
  let folder = path.dirname(file)
  for (;;) {
    const real = await fs.realpath(folder).catch(() => undefined)
    if (real !== undefined) return isOutside(root, real)
    if (path.dirname(folder) === folder) return true
    folder = path.dirname(folder)
  }
}
