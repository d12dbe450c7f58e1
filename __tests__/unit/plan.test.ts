/** planUploads: the parameters each image is sent with, the warnings of the plan, and what a manifest already holds. */
import { describe, expect, it } from '@jest/globals'
import type { Config } from '../../src/inputs/config.js'
import type { ImageFile } from '../../src/files/find.js'
import type { ManifestEntry } from '../../src/manifest/manifest-file.js'
import { planUploads, type PreviousUploads } from '../../src/plan/plan.js'
import { VodLimits } from '../../src/shared/service-limits.js'

type PlanConfig = Parameters<typeof planUploads>[1]

const REPOSITORY = { repository: 'octo-org/docs-site', ref: 'main', sha: 'abcdef0123456789' }

function planConfig(overrides: Partial<Config> = {}): PlanConfig {
  return {
    imageType: 'default',
    titleTemplate: '{name}',
    descriptionTemplate: '',
    userTags: [],
    repoTags: true,
    repository: REPOSITORY,
    ...overrides
  }
}

function imageFile(relativePath: string, format: ImageFile['format'] = 'png'): ImageFile {
  return { absolutePath: `/work/space/${relativePath}`, relativePath, bytes: 10, format }
}

function entry(sha256: string, imageId: string): ManifestEntry {
  return {
    sha256,
    bytes: 10,
    format: 'png',
    imageId,
    imageUrl: `https://img.example.com/${imageId}.png`,
    fileUrl: `https://out.example.com/${imageId}.png`,
    title: 'a',
    tags: [],
    uploadedAt: '2026-01-01T00:00:00.000Z'
  }
}

function known(digests: Record<string, string>, images: Record<string, ManifestEntry>): PreviousUploads {
  const digestMap = new Map(Object.entries(digests).map(([file, sha256Hex]) => [file, { bytes: 10, md5Base64: 'x', sha256Hex }]))
  return { digests: digestMap, byPath: images }
}

describe('planUploads: the CreateUploadImage parameters of each image', () => {
  it.each<[string, Partial<Config>, string, Record<string, string>]>([
    [
      'defaults: repository tags, the file name as title, nothing else',
      {},
      'shots/home.png',
      { ImageType: 'default', ImageExt: 'png', Title: 'home', Tags: 'docs-site,main,abcdef0' }
    ],
    [
      'repo-tags: false sends no Tags at all',
      { repoTags: false },
      'shots/home.png',
      { ImageType: 'default', ImageExt: 'png', Title: 'home' }
    ],
    [
      'user tags first, then the repository tags',
      { userTags: ['release', 'docs'] },
      'a.png',
      { ImageType: 'default', ImageExt: 'png', Title: 'a', Tags: 'release,docs,docs-site,main,abcdef0' }
    ],
    [
      'user tags alone when repo-tags is false',
      { userTags: ['release'], repoTags: false },
      'a.png',
      { ImageType: 'default', ImageExt: 'png', Title: 'a', Tags: 'release' }
    ],
    ['an empty title is not sent', { titleTemplate: '  ', repoTags: false }, 'a.png', { ImageType: 'default', ImageExt: 'png' }],
    [
      'a description, rendered',
      { descriptionTemplate: '{path} of {repo}', repoTags: false },
      'shots/a.png',
      { ImageType: 'default', ImageExt: 'png', Title: 'a', Description: 'shots/a.png of docs-site' }
    ],
    [
      'every optional parameter that is set',
      {
        imageType: 'cover',
        repoTags: false,
        cateId: '1001',
        storageLocation: 'outin-1.oss-cn-shanghai.aliyuncs.com',
        userData: '{"Extend":{"a":1}}',
        appId: 'app-1000000'
      },
      'a.jpg',
      {
        ImageType: 'cover',
        ImageExt: 'jpg',
        Title: 'a',
        CateId: '1001',
        StorageLocation: 'outin-1.oss-cn-shanghai.aliyuncs.com',
        UserData: '{"Extend":{"a":1}}',
        AppId: 'app-1000000'
      }
    ]
  ])('%s', (_name, overrides, file, expected) => {
    const format = file.endsWith('.jpg') ? 'jpeg' : 'png'
    const { tasks, warnings } = planUploads([imageFile(file, format)], planConfig(overrides))
    expect(tasks[0].params).toEqual(expected)
    expect(warnings).toEqual([])
  })

  it('keeps no parameter set to undefined: pop-core would send it as the text "undefined"', () => {
    const { tasks } = planUploads([imageFile('a.png')], planConfig({ repoTags: false, titleTemplate: '' }))
    expect(Object.keys(tasks[0].params).sort()).toEqual(['ImageExt', 'ImageType'])
  })

  it('gives each task its file, title and tags', () => {
    const files = [imageFile('one.png'), imageFile('dir/two.png')]
    const { tasks } = planUploads(files, planConfig({ userTags: ['x'], repoTags: false }))
    expect(tasks.map(task => [task.file, task.title, task.tags])).toEqual([
      [files[0], 'one', ['x']],
      [files[1], 'two', ['x']]
    ])
  })
})

describe('planUploads warns only about what it changed', () => {
  const exactly128 = 'é'.repeat(64)
  it.each<[string, Partial<Config>, string, string[]]>([
    ['a title of exactly 128 bytes', { titleTemplate: exactly128 }, exactly128, []],
    [
      'a title of 129 bytes',
      { titleTemplate: `${exactly128}x` },
      exactly128,
      [`a.png: title is longer than VOD's 128 bytes; cut to "${exactly128}"`]
    ]
  ])('%s', (_name, overrides, title, warnings) => {
    const plan = planUploads([imageFile('a.png')], planConfig({ repoTags: false, ...overrides }))
    expect(plan.tasks[0].title).toBe(title)
    expect(plan.warnings).toEqual(warnings)
  })

  it.each<[string, number, string[]]>([
    ['a description of exactly 1024 bytes', 1024, []],
    ['a description of 1025 bytes', 1025, [`a.png: description is longer than VOD's 1024 bytes; cut to "${'d'.repeat(1024)}"`]]
  ])('%s', (_name, length, warnings) => {
    const plan = planUploads([imageFile('a.png')], planConfig({ repoTags: false, descriptionTemplate: 'd'.repeat(length) }))
    expect(plan.tasks[0].params.Description).toBe('d'.repeat(1024))
    expect(plan.warnings).toEqual(warnings)
  })

  it('names the repository tags left out when the user tags fill all 16, once for the whole plan', () => {
    const userTags = Array.from({ length: 15 }, (_, i) => `u${i}`)
    const plan = planUploads([imageFile('a.png'), imageFile('b.png')], planConfig({ userTags }))
    expect(plan.tasks[0].tags).toEqual([...userTags, 'docs-site'])
    expect(plan.warnings).toEqual(['VOD allows 16 tags; repository tags "main", "abcdef0" were left out'])
  })
})

const numberedTags = (count: number): string[] => Array.from({ length: count }, (_, i) => `tag-${i}`)

describe('planUploads warns', () => {
  it('when a title is cut to 128 bytes, naming the file and the title sent', () => {
    const name = '截'.repeat(50) // 150 bytes of UTF-8
    const { tasks, warnings } = planUploads([imageFile(`shots/${name}.png`)], planConfig())
    const sent = '截'.repeat(42) // 126 bytes: a 43rd character would pass 128
    expect(tasks[0].title).toBe(sent)
    expect(tasks[0].params.Title).toBe(sent)
    expect(warnings).toEqual([`shots/${name}.png: title is longer than VOD's ${VodLimits.titleBytes} bytes; cut to "${sent}"`])
  })

  it('when a description is cut to 1024 bytes', () => {
    const { tasks, warnings } = planUploads([imageFile('a.png')], planConfig({ descriptionTemplate: `${'d'.repeat(1030)} {name}` }))
    expect(tasks[0].params.Description).toBe('d'.repeat(1024))
    expect(warnings).toEqual([`a.png: description is longer than VOD's ${VodLimits.descriptionBytes} bytes; cut to "${'d'.repeat(1024)}"`])
  })

  it('once per run when repository tags do not fit beside the user tags, naming the tags left out', () => {
    const { tasks, warnings } = planUploads([imageFile('a.png'), imageFile('b.png')], planConfig({ userTags: numberedTags(14) }))
    expect(tasks[0].tags).toEqual([...numberedTags(14), 'docs-site', 'main'])
    expect(tasks[1].params.Tags).toBe([...numberedTags(14), 'docs-site', 'main'].join(','))
    expect(warnings).toEqual([`VOD allows ${VodLimits.maxTags} tags; repository tags "abcdef0" were left out`])
  })

  it("once when the repository or ref name would pass for another repository's ownership mark, and never sends it", () => {
    const repository = { repository: 'o/gh-repo-id-555', ref: 'gh-repo-id-999', sha: 'abcdef0123456789' }
    const { tasks, warnings } = planUploads([imageFile('a.png'), imageFile('b.png')], planConfig({ repository, repositoryId: '42' }))
    expect(tasks.map(task => task.params.Tags)).toEqual(['abcdef0,gh-repo-id-42', 'abcdef0,gh-repo-id-42'])
    expect(warnings).toEqual([
      'repository tags "gh-repo-id-555", "gh-repo-id-999" (from the repository name, the ref name or the SHA) start with "gh-repo-id-", which marks the repository that uploaded an image; they were left out'
    ])
  })

  it.each<[string, Partial<Config>, string[]]>([
    ['a title of exactly 128 bytes', { titleTemplate: 't'.repeat(128) }, ['docs-site', 'main', 'abcdef0']],
    ['16 tags with the repository tags', { userTags: numberedTags(13) }, [...numberedTags(13), 'docs-site', 'main', 'abcdef0']],
    ['16 user tags and repo-tags off', { userTags: numberedTags(16), repoTags: false }, numberedTags(16)]
  ])('nothing for %s', (_name, overrides, tags) => {
    const { tasks, warnings } = planUploads([imageFile('a.png')], planConfig(overrides))
    expect(warnings).toEqual([])
    expect(tasks[0].tags).toEqual(tags)
  })
})

describe('planUploads with a manifest', () => {
  const sameBytes = 'a'.repeat(64)
  const otherBytes = 'b'.repeat(64)

  it.each<[string, Record<string, string>, Record<string, ManifestEntry>, { unchanged?: string; replaces?: string }]>([
    ['a new file', { 'a.png': sameBytes }, {}, {}],
    [
      'the same bytes: unchanged, nothing replaced',
      { 'a.png': sameBytes },
      { 'a.png': entry(sameBytes, 'old-id') },
      { unchanged: 'old-id' }
    ],
    ['other bytes: replaces the previous image', { 'a.png': otherBytes }, { 'a.png': entry(sameBytes, 'old-id') }, { replaces: 'old-id' }],
    ['not hashed: replaces the previous image', {}, { 'a.png': entry(sameBytes, 'old-id') }, { replaces: 'old-id' }],
    ["another file's entry", { 'a.png': sameBytes }, { 'b.png': entry(sameBytes, 'b-id') }, {}]
  ])('%s', (_name, digests, images, expected) => {
    const { tasks } = planUploads([imageFile('a.png')], planConfig(), known(digests, images))
    expect({ unchanged: tasks[0].unchangedSince?.imageId, replaces: tasks[0].replaces }).toEqual(expected)
    expect(tasks[0].digest?.sha256Hex).toBe(digests['a.png'])
  })
})

describe('planUploads: one image per file, whatever number of paths lead to it', () => {
  const SHA = 'c'.repeat(64)
  /** Path → `device:inode`; paths with the same pair are one file. */
  const files = (identities: Record<string, string>): ImageFile[] =>
    Object.entries(identities).map(([file, identity]) => {
      const [dev, ino] = identity.split(':').map(Number)
      return { ...imageFile(file), identity: { dev, ino } }
    })

  it.each<[string, Record<string, string>, string[], Record<string, string | undefined>]>([
    ['different files: each its own image', { 'a.png': '1:1', 'b.png': '1:2' }, [], { 'a.png': undefined, 'b.png': undefined }],
    [
      'one file under three paths: the first one holds the image',
      { 'a.png': '1:1', 'b.png': '1:1', 'c.png': '1:1' },
      [],
      { 'a.png': undefined, 'b.png': 'a.png', 'c.png': 'a.png' }
    ],
    [
      'the same inode on another device is another file',
      { 'a.png': '1:1', 'b.png': '2:1' },
      [],
      { 'a.png': undefined, 'b.png': undefined }
    ],
    [
      'a path whose bytes the manifest holds holds the image, even after the others',
      { 'a.png': '1:1', 'm.png': '1:1', 'z.png': '1:1' },
      ['m.png'],
      { 'a.png': 'm.png', 'm.png': undefined, 'z.png': 'm.png' }
    ],
    [
      'two paths whose bytes the manifest holds both stay as they are',
      { 'a.png': '1:1', 'b.png': '1:1', 'c.png': '1:1' },
      ['a.png', 'b.png'],
      { 'a.png': undefined, 'b.png': undefined, 'c.png': 'a.png' }
    ]
  ])('%s', (_name, identities, recorded, sameAs) => {
    const previous = known(
      Object.fromEntries(Object.keys(identities).map(file => [file, SHA])),
      Object.fromEntries(recorded.map(file => [file, entry(SHA, `id-${file.replace('.png', '')}`)]))
    )
    const { tasks } = planUploads(files(identities), planConfig(), previous)
    expect(Object.fromEntries(tasks.map(task => [task.file.relativePath, task.sameAs]))).toEqual(sameAs)
  })
})
