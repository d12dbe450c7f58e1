/** A dry run's delete-replaced: the ImageIds its uploads would replace, judged with the real run's local checks, with no request. */
import { describe, expect, it } from '@jest/globals'
import { imageMap, type Manifest, type ManifestEntry } from '../../src/manifest/manifest-file.js'
import { ownershipOf } from '../../src/manifest/deletion.js'
import { planReplaced } from '../../src/manifest/replaced-plan.js'
import { describePlannedReplacement } from '../../src/report/messages.js'
import type { UploadTask } from '../../src/plan/plan.js'
import { MANIFEST_ENTRY } from '../helpers/manifest-entry.js'

const id = (char: string): string => char.repeat(32)

function task(path: string, plan: Partial<Pick<UploadTask, 'replaces' | 'sameAs' | 'unchangedSince'>> = {}): UploadTask {
  return {
    file: { absolutePath: `/ws/${path}`, relativePath: path, bytes: 10, format: 'png' },
    title: path,
    tags: [],
    params: {} as UploadTask['params'],
    ...plan
  }
}

function manifestOf(images: Record<string, Partial<ManifestEntry>>): Manifest {
  const entries = Object.fromEntries(Object.entries(images).map(([path, entry]) => [path, { ...MANIFEST_ENTRY, ...entry }]))
  return { version: 1, images: imageMap(entries) }
}

const ours = (): ReturnType<typeof ownershipOf> => ownershipOf({ repositoryId: '42' })

describe('planReplaced', () => {
  it.each<{ name: string; tasks: UploadTask[]; images: Record<string, Partial<ManifestEntry>>; planned: Array<[string, string, string]> }>([
    {
      name: 'a changed file: would be deleted if VOD confirms',
      tasks: [task('a.png', { replaces: id('a') })],
      images: { 'a.png': { imageId: id('a') } },
      planned: [['a.png', id('a'), 'would-delete']]
    },
    {
      name: 'a new file and an unchanged one replace nothing',
      tasks: [task('n.png'), task('u.png', { unchangedSince: { ...MANIFEST_ENTRY, imageId: id('u') } })],
      images: { 'u.png': { imageId: id('u') } },
      planned: []
    },
    {
      name: 'an entry not in the form this action writes',
      tasks: [task('a.png', { replaces: id('a') })],
      images: { 'a.png': { imageId: id('a'), uploadedAt: 'never' } },
      planned: [['a.png', id('a'), 'untrusted-entry']]
    },
    {
      name: 'an ImageId an unchanged entry also names',
      tasks: [task('a.png', { replaces: id('c') }), task('c.png', { unchangedSince: { ...MANIFEST_ENTRY, imageId: id('c') } })],
      images: { 'a.png': { imageId: id('c') }, 'c.png': { imageId: id('c') } },
      planned: [['a.png', id('c'), 'shared-image-id']]
    },
    {
      name: 'a path to an unchanged file another path holds: replaced when its entry named another image',
      tasks: [
        task('c.png', { unchangedSince: { ...MANIFEST_ENTRY, imageId: id('c') } }),
        task('d.png', { replaces: id('c'), sameAs: 'c.png' }),
        task('e.png', { replaces: id('e'), sameAs: 'c.png' })
      ],
      images: { 'c.png': { imageId: id('c') }, 'd.png': { imageId: id('c') }, 'e.png': { imageId: id('e') } },
      planned: [['e.png', id('e'), 'would-delete']]
    },
    {
      name: 'a path to a file uploaded under another path',
      tasks: [task('a.png', { replaces: id('a') }), task('b.png', { replaces: id('b'), sameAs: 'a.png' })],
      images: { 'a.png': { imageId: id('a') }, 'b.png': { imageId: id('b') } },
      planned: [
        ['a.png', id('a'), 'would-delete'],
        ['b.png', id('b'), 'would-delete']
      ]
    }
  ])('$name', ({ tasks, images, planned }) => {
    const outcomes = planReplaced(tasks, manifestOf(images), ours()).map(entry => [
      entry.path,
      entry.imageId,
      entry.outcome.kind === 'kept' ? entry.outcome.reason : entry.outcome.kind
    ])
    expect(outcomes).toEqual(planned)
  })

  it('without GITHUB_REPOSITORY_ID only an adopted image could be deleted', () => {
    const tasks = [task('a.png', { replaces: id('a') }), task('b.png', { replaces: id('b') })]
    const manifest = manifestOf({ 'a.png': { imageId: id('a') }, 'b.png': { imageId: id('b') } })
    const planned = planReplaced(tasks, manifest, ownershipOf({ adoptImageIds: [id('b')] }))
    expect(planned.map(entry => entry.outcome)).toEqual([{ kind: 'kept', reason: 'no-repository-id' }, { kind: 'would-delete' }])
    expect(planned.map(describePlannedReplacement)).toEqual([
      `a.png: changed; the previous ImageId ${id('a')} would stay in VOD: GITHUB_REPOSITORY_ID is not set, so whether this repository uploaded it cannot be checked`,
      `b.png: changed; the previous ImageId ${id('b')} would be deleted from VOD after the upload if VOD confirms this repository uploaded it (dry run)`
    ])
  })
})
