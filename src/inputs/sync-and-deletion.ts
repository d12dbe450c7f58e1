/** Sync and deletion (README "Sync and deletion"): the manifest's path, the repository's id that marks its images, and the ImageIds adopted as its own. */
import path from 'node:path'
import { Inputs } from '../shared/index.js'
import { isOutside } from '../shared/index.js'
import { imageIdProblem } from '../shared/index.js'
import type { Env, InputReader } from './reader.js'

export function readManifestPath(reader: InputReader, workspace: string): string | undefined {
  const value = reader.raw(Inputs.Manifest)
  if (value === '') return undefined
  const absolute = path.resolve(workspace, value)
  if (isOutside(workspace, absolute) || absolute === workspace) {
    reader.problem(Inputs.Manifest, `"${value}" must be a file path inside the workspace (${workspace})`)
    return undefined
  }
  return absolute
}

/** GITHUB_REPOSITORY_ID, when it is a numeric id: anything else counts as unknown (no mark sent, nothing deleted unless adopted). */
export function readRepositoryId(env: Env): string | undefined {
  const value = env.GITHUB_REPOSITORY_ID?.trim() ?? ''
  return /^[0-9]{1,20}$/.test(value) ? value : undefined
}

/** Why GITHUB_REPOSITORY_ID gives no id (the run warns: report/messages.ts, noRepositoryIdWarning). */
export function repositoryIdFault(env: Env): 'not-numeric' | 'not-set' {
  return env.GITHUB_REPOSITORY_ID?.trim() ? 'not-numeric' : 'not-set'
}

/** ImageIds (32 hex digits) separated by commas or whitespace: images uploaded before the mark existed, deletable as this repository's. */
export function readAdoptImageIds(reader: InputReader): string[] {
  const ids = reader
    .raw(Inputs.AdoptImageIds)
    .split(/[\s,]/)
    .filter(id => id !== '')
  const bad = ids.filter(id => imageIdProblem(id) !== undefined)
  if (bad.length > 0) {
    const shown = bad.slice(0, 5).map(id => `"${JSON.stringify(id).slice(1, -1)}"`)
    reader.problem(
      Inputs.AdoptImageIds,
      `must list ImageIds of 32 hex digits; not ImageIds: ${shown.join(', ')}${bad.length > 5 ? ` and ${bad.length - 5} more` : ''}`
    )
    return []
  }
  return [...new Set(ids.map(id => id.toLowerCase()))]
}
