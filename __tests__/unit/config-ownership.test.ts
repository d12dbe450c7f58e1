/** The inputs and runner variables that decide which images are this repository's: GITHUB_REPOSITORY_ID, adopt-image-ids, and the tag slot of the mark. */
import { describe, expect, it } from '@jest/globals'
import { configOf, KEYS, problemsOf, restoreEnvAfterEach } from '../helpers/config-inputs.js'
import { planUploads } from '../../src/plan/plan.js'
import { readRepositoryId, repositoryIdFault } from '../../src/inputs/sync-and-deletion.js'

restoreEnvAfterEach()

const valid = { path: '*.png', ...KEYS }
const ID = 'ab'.repeat(16)
const tags = (count: number): string => Array.from({ length: count }, (_, i) => `t${i}`).join(',')

describe('GITHUB_REPOSITORY_ID', () => {
  it.each<[string, string | undefined, string | undefined]>([
    ['a numeric id', '123456789', '123456789'],
    ['spaces around it', ' 42 ', '42'],
    ['not set', undefined, undefined],
    ['empty', '', undefined],
    ['not digits', '12a', undefined],
    ['a mark smuggled in', '1,gh-repo-id-2', undefined]
  ])('%s', (_name, value, repositoryId) => {
    const config = configOf(valid, value === undefined ? {} : { GITHUB_REPOSITORY_ID: value })
    expect(config.repositoryId).toBe(repositoryId)
  })

  const NO_MARK =
    'the images this run uploads carry no ownership mark (gh-repo-id-<id>), so delete-removed and delete-replaced can never delete them unless adopt-image-ids lists them; nor does this run delete any image adopt-image-ids does not list.'
  it.each<[string, Record<string, string>, string[]]>([
    ['set', { GITHUB_REPOSITORY_ID: '42' }, []],
    ['not set', {}, [`GITHUB_REPOSITORY_ID is not set: ${NO_MARK}`]],
    ['empty', { GITHUB_REPOSITORY_ID: ' ' }, [`GITHUB_REPOSITORY_ID is not set: ${NO_MARK}`]],
    ['not digits', { GITHUB_REPOSITORY_ID: '12a' }, [`GITHUB_REPOSITORY_ID is not a numeric id: ${NO_MARK}`]]
  ])('%s: the run is warned, once, when its uploads will carry no mark (not an input error)', (_name, env, warnings) => {
    expect(configOf(valid, env).warnings).toEqual(warnings)
  })

  it('is sent as the last tag of every upload, whatever repo-tags says', () => {
    for (const repoTags of ['true', 'false']) {
      const config = configOf({ ...valid, tags: 'a', 'repo-tags': repoTags }, { GITHUB_REPOSITORY_ID: '42', GITHUB_REPOSITORY: 'o/site' })
      const { tasks } = planUploads([{ absolutePath: '/w/a.png', relativePath: 'a.png', bytes: 1, format: 'png' }], config)
      expect(tasks[0].tags.at(-1)).toBe('gh-repo-id-42')
      expect(tasks[0].params.Tags?.split(',').at(-1)).toBe('gh-repo-id-42')
    }
  })

  it('takes one of the 16 slots: 15 user tags keep the mark, repository tags are dropped', () => {
    const config = configOf({ ...valid, tags: tags(15) }, { GITHUB_REPOSITORY_ID: '42', GITHUB_REPOSITORY: 'o/site' })
    const { tasks, warnings } = planUploads([{ absolutePath: '/w/a.png', relativePath: 'a.png', bytes: 1, format: 'png' }], config)
    expect(tasks[0].tags).toHaveLength(16)
    expect(tasks[0].tags.at(-1)).toBe('gh-repo-id-42')
    expect(warnings[0]).toContain('"site"')
  })
})

describe('tags and the mark', () => {
  it.each<[string, Record<string, string>, Record<string, string>, string[]]>([
    ['16 tags without a repository id', { tags: tags(16) }, {}, []],
    [
      '16 tags with a repository id',
      { tags: tags(16) },
      { GITHUB_REPOSITORY_ID: '42' },
      [
        `Input "tags": 16 tags given; at most 15 are allowed: VOD allows 16, and one holds the tag that marks this repository's uploads (gh-repo-id-<GITHUB_REPOSITORY_ID>)`
      ]
    ],
    ['15 tags with a repository id', { tags: tags(15) }, { GITHUB_REPOSITORY_ID: '42' }, []],
    [
      'a tag that claims a mark, in any case',
      { tags: 'GH-Repo-Id-42' },
      {},
      [
        'Input "tags": tag "GH-Repo-Id-42" starts with "gh-repo-id-", which marks the repository that uploaded an image; it is set by the action only'
      ]
    ]
  ])('%s', (_name, inputs, env, problems) => {
    expect(problemsOf({ ...valid, ...inputs }, env)).toEqual(problems)
  })
})

describe('readRepositoryId and repositoryIdFault', () => {
  it.each<[string, string | undefined, string | undefined, 'not-numeric' | 'not-set' | undefined]>([
    ['not set', undefined, undefined, 'not-set'],
    ['empty', ' ', undefined, 'not-set'],
    ['digits, white space around', ' 42 ', '42', undefined],
    ['twenty digits', '9'.repeat(20), '9'.repeat(20), undefined],
    ['twenty-one digits', '9'.repeat(21), undefined, 'not-numeric'],
    ['digits then a letter', '42a', undefined, 'not-numeric'],
    ['a letter then digits', 'a42', undefined, 'not-numeric']
  ])('%s', (_name, value, id, fault) => {
    const env = value === undefined ? {} : { GITHUB_REPOSITORY_ID: value }
    const read = readRepositoryId(env)
    // The fault is asked only when there is no id.
    expect({ id: read, fault: read === undefined ? repositoryIdFault(env) : undefined }).toEqual({ id, fault })
  })
})

describe('adopt-image-ids', () => {
  it.each<[string, string, string[]]>([
    ['empty', '', []],
    [
      'separated by commas, spaces and newlines, de-duplicated, lower-cased',
      `${ID}, ${'CD'.repeat(16)}\n${ID}\t${'ef'.repeat(16)}`,
      [ID, 'cd'.repeat(16), 'ef'.repeat(16)]
    ]
  ])('%s', (_name, value, ids) => {
    expect(configOf({ ...valid, 'adopt-image-ids': value }).adoptImageIds).toEqual(ids)
  })

  it.each<[string, string, string]>([
    ['too short', 'abc', '"abc"'],
    ['not hex', 'g'.repeat(32), `"${'g'.repeat(32)}"`],
    ['a line break smuggled into a shown value', `${ID}\u0007x`, `"${ID}\\u0007x"`]
  ])('refuses an id %s', (_name, value, shown) => {
    expect(problemsOf({ ...valid, 'adopt-image-ids': value })).toEqual([
      `Input "adopt-image-ids": must list ImageIds of 32 hex digits; not ImageIds: ${shown}`
    ])
  })

  it.each<[number, string]>([
    [5, ''],
    [6, ' and 1 more'],
    [8, ' and 3 more']
  ])('names at most five of %i ids that are not ImageIds%s', (count, more) => {
    const bad = Array.from({ length: count }, (_, i) => `x${i}`)
    expect(problemsOf({ ...valid, 'adopt-image-ids': [ID, ...bad].join(',') })).toEqual([
      `Input "adopt-image-ids": must list ImageIds of 32 hex digits; not ImageIds: ${bad
        .slice(0, 5)
        .map(id => `"${id}"`)
        .join(', ')}${more}`
    ])
  })
})
