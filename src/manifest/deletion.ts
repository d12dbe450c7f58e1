/**
 * Deleting the images that manifest entries (stale or replaced) name. The manifest comes with pull
 * requests, so an ImageId in it proves nothing: VOD is asked first (GetImageInfos), and only an image
 * that carries this repository's mark (docs/protocol.md, "Ownership mark") or that the workflow
 * adopts (adopt-image-ids) is deleted.
 */
import { toFileFailure, VodLimits, type FileFailure } from '../shared/index.js'
import type { ImageInfo, ImageInfos } from '../services/index.js'
import { isOwnershipTag, ownershipTag } from '../plan/index.js'

/** Which images count as this repository's. */
export interface Ownership {
  /** GITHUB_REPOSITORY_ID; unknown: only adopted images can be deleted. */
  repositoryId?: string
  /** ImageIds the workflow declares this repository's although they carry no mark. */
  adopted: ReadonlySet<string>
}

export function ownershipOf(options: { repositoryId?: string; adoptImageIds?: readonly string[] }): Ownership {
  return { repositoryId: options.repositoryId, adopted: new Set(options.adoptImageIds ?? []) }
}

/** Known before any request: without the repository's id, only an adopted image could be shown to be this repository's. */
export function ownershipUncheckable(imageId: string, ownership: Ownership): boolean {
  return ownership.repositoryId === undefined && !ownership.adopted.has(imageId)
}

/** What a deletion that was tried did. lookup: it failed at GetImageInfos, so no DeleteImage was sent. */
export type DeletionOutcome = { kind: 'deleted' } | { kind: 'failed'; error: FileFailure; lookup?: boolean }

/** What became of an image VOD was asked about: deleted, failed, no longer in VOD, or not this repository's (never deleted). */
export type CheckedOutcome = DeletionOutcome | { kind: 'gone' } | { kind: 'kept'; reason: 'not-ours' }

/** How images are looked up and deleted (the run's session: paced, retried, stopped by a cancel). */
export interface ImageDeleter {
  deleteImages(ids: readonly string[]): Promise<void>
  getImageInfos(ids: readonly string[]): Promise<ImageInfos>
  ownership: Ownership
}

type Verdict = { kind: 'ours' } | Exclude<CheckedOutcome, { kind: 'deleted' }>

/** Looks every entry's image up, deletes those that are this repository's; each entry comes back with its outcome. */
export async function deleteOwned<T extends { imageId: string }>(
  entries: readonly T[],
  deleter: ImageDeleter
): Promise<Array<T & { outcome: CheckedOutcome }>> {
  if (entries.length === 0) return []
  const verdicts = await checkOwnership([...new Set(entries.map(entry => entry.imageId))], deleter)
  const verdictOf = (entry: T): Verdict => verdicts.get(entry.imageId) ?? UNANSWERED
  const deleted = await deleteEntries(
    entries.filter(entry => verdictOf(entry).kind === 'ours'),
    ids => deleter.deleteImages(ids)
  )
  const others = entries.flatMap(entry => {
    const verdict = verdictOf(entry)
    return verdict.kind === 'ours' ? [] : [{ ...entry, outcome: verdict }]
  })
  return [...deleted, ...others]
}

const UNANSWERED: Verdict = {
  kind: 'failed',
  lookup: true,
  error: { stage: 'delete', code: 'InvalidResponse', message: 'GetImageInfos did not say whether VOD has this image' }
}

/** GetImageInfos in batches of 20: each id's verdict; a batch whose lookup failed fails all its ids. */
async function checkOwnership(imageIds: readonly string[], deleter: ImageDeleter): Promise<Map<string, Verdict>> {
  const verdicts = new Map<string, Verdict>()
  for (let i = 0; i < imageIds.length; i += VodLimits.maxIdsPerCall) {
    const batch = imageIds.slice(i, i + VodLimits.maxIdsPerCall)
    try {
      const answer = await deleter.getImageInfos(batch)
      for (const info of answer.infos) verdicts.set(info.imageId, isOurs(info, deleter.ownership) ? { kind: 'ours' } : NOT_OURS)
      for (const id of answer.nonExistImageIds) verdicts.set(id, { kind: 'gone' })
    } catch (error) {
      const failed: Verdict = { kind: 'failed', lookup: true, error: toFileFailure('delete', error) }
      for (const id of batch) verdicts.set(id, failed)
    }
  }
  return verdicts
}

const NOT_OURS: Verdict = { kind: 'kept', reason: 'not-ours' }

/**
 * Tagged with this repository's mark exactly, or adopted and carrying no repository's mark at all:
 * adoption is for images uploaded before the mark existed, never for another repository's.
 */
function isOurs(info: ImageInfo, ownership: Ownership): boolean {
  if (ownership.repositoryId !== undefined && info.tags.includes(ownershipTag(ownership.repositoryId))) return true
  return ownership.adopted.has(info.imageId) && !info.tags.some(isOwnershipTag)
}

/**
 * Deletes the images of entries, 20 ImageIds a call, each ImageId once however many entries (paths to
 * one file) name it; each entry comes back with its image's deletion outcome.
 */
async function deleteEntries<T extends { imageId: string }>(
  entries: readonly T[],
  deleteImages: (ids: readonly string[]) => Promise<void>
): Promise<Array<T & { outcome: DeletionOutcome }>> {
  const imageIds = [...new Set(entries.map(entry => entry.imageId))]
  const outcomes = new Map<string, DeletionOutcome>()
  for (let i = 0; i < imageIds.length; i += VodLimits.maxIdsPerCall) {
    const batch = imageIds.slice(i, i + VodLimits.maxIdsPerCall)
    const outcome = await deleteBatch(batch, deleteImages)
    for (const imageId of batch) outcomes.set(imageId, outcome)
  }
  return entries.map(entry => ({ ...entry, outcome: outcomes.get(entry.imageId)! }))
}

async function deleteBatch(imageIds: readonly string[], deleteImages: (ids: readonly string[]) => Promise<void>): Promise<DeletionOutcome> {
  try {
    await deleteImages(imageIds)
    return { kind: 'deleted' }
  } catch (error) {
    return { kind: 'failed', error: toFileFailure('delete', error) }
  }
}
