/** A fake of the lookups and deletions delete-removed and delete-replaced make: VOD's images held in a map, each call recorded. */
import type { ImageDeleter } from '../../src/manifest/deletion.js'
import type { ImageInfos } from '../../src/services/port.js'

/** The repository id the fakes run as, and its mark. */
export const REPOSITORY_ID = '424242'
export const MARK = `gh-repo-id-${REPOSITORY_ID}`

export interface FakeVod extends ImageDeleter {
  /** The ids of each GetImageInfos and DeleteImage call, in order. */
  readonly lookups: string[][]
  readonly deletions: string[][]
  /** The images VOD still holds: ImageId → tags. */
  readonly images: Map<string, string[]>
}

interface FakeVodOptions {
  /** ImageId → tags of the images VOD holds; any other id does not exist. */
  images?: Record<string, string[]>
  /** Undefined: GITHUB_REPOSITORY_ID unknown. */
  repositoryId?: string | null
  adopted?: string[]
  /** Replaces the deletion (after it is recorded). */
  deleteImages?: (ids: readonly string[]) => Promise<void>
  /** Replaces the lookup (after it is recorded). */
  getImageInfos?: (ids: readonly string[]) => Promise<ImageInfos>
}

export function fakeVod(options: FakeVodOptions = {}): FakeVod {
  const images = new Map(Object.entries(options.images ?? {}))
  const lookups: string[][] = []
  const deletions: string[][] = []
  const repositoryId = options.repositoryId === null ? undefined : (options.repositoryId ?? REPOSITORY_ID)
  return {
    images,
    lookups,
    deletions,
    ownership: { repositoryId, adopted: new Set(options.adopted ?? []) },
    async getImageInfos(ids) {
      lookups.push([...ids])
      if (options.getImageInfos) return options.getImageInfos(ids)
      return {
        infos: ids.flatMap(id => {
          const tags = images.get(id)
          return tags ? [{ imageId: id, tags, title: '', status: 'Normal', url: '', appId: 'app-1000000' }] : []
        }),
        nonExistImageIds: ids.filter(id => !images.has(id))
      }
    },
    async deleteImages(ids) {
      deletions.push([...ids])
      if (options.deleteImages) return options.deleteImages(ids)
      for (const id of ids) images.delete(id)
    }
  }
}
