/** Why an image a manifest entry names must not be deleted: the entry is not trusted, or the image is not shown to be this repository's. */
import { isCompleteEntry, type Manifest } from './manifest-file.js'

/** Why an entry's image is kept although its deletion was asked for: the manifest is not trusted to name it. */
export type DistrustReason = 'untrusted-entry' | 'shared-image-id'

/** Why an image is kept because it is not, or cannot be shown to be, this repository's. */
export type OwnershipReason = 'not-ours' | 'no-repository-id'

/**
 * Why an entry's image (stale or replaced) must not be deleted, if it must not. The manifest comes with the
 * pull request: only an entry in the very form this action writes after an upload is trusted, and never
 * an ImageId that an entry which stays also names (a forged entry could name a live image).
 */
export function distrustReason(
  entry: { path: string; imageId: string },
  manifest: Manifest,
  stayingImageIds: ReadonlySet<string>
): DistrustReason | undefined {
  if (!isCompleteEntry(manifest.images[entry.path])) return 'untrusted-entry'
  if (stayingImageIds.has(entry.imageId)) return 'shared-image-id'
  return undefined
}
