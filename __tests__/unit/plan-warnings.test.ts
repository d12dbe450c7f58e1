/** planUploads' warnings: a title or description cut to VOD's limit, repository tags left out past 16 tags. */
import { describe, expect, it } from '@jest/globals'
import { VodLimits } from '../../src/shared/service-limits.js'
import type { ImageFile } from '../../src/files/find.js'
import { planUploads } from '../../src/plan/plan.js'

const REPOSITORY = { repository: 'octo-org/docs-site', ref: 'main', sha: '0123456789abcdef' }

function config(overrides: Partial<Parameters<typeof planUploads>[1]> = {}): Parameters<typeof planUploads>[1] {
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

function file(relativePath: string): ImageFile {
  return { absolutePath: `/ws/${relativePath}`, relativePath, bytes: 10, format: 'png' }
}

const userTags = (count: number): string[] => Array.from({ length: count }, (_, i) => `tag-${i}`)

describe('planUploads warns', () => {
  it('when a title is cut to 128 bytes, naming the file and the title sent', () => {
    const name = '截'.repeat(50) // 150 bytes of UTF-8
    const { tasks, warnings } = planUploads([file(`shots/${name}.png`)], config())
    const sent = '截'.repeat(42) // 126 bytes: a 43rd character would pass 128
    expect(tasks[0].title).toBe(sent)
    expect(tasks[0].params.Title).toBe(sent)
    expect(warnings).toEqual([`shots/${name}.png: title is longer than VOD's ${VodLimits.titleBytes} bytes; cut to "${sent}"`])
  })

  it('when a description is cut to 1024 bytes', () => {
    const { tasks, warnings } = planUploads([file('a.png')], config({ descriptionTemplate: `${'d'.repeat(1030)} {name}` }))
    expect(tasks[0].params.Description).toBe('d'.repeat(1024))
    expect(warnings).toEqual([`a.png: description is longer than VOD's ${VodLimits.descriptionBytes} bytes; cut to "${'d'.repeat(1024)}"`])
  })

  it('once per run when repository tags do not fit beside the user tags, naming the tags left out', () => {
    const { tasks, warnings } = planUploads([file('a.png'), file('b.png')], config({ userTags: userTags(14) }))
    expect(tasks[0].tags).toEqual([...userTags(14), 'docs-site', 'main'])
    expect(tasks[1].params.Tags).toBe([...userTags(14), 'docs-site', 'main'].join(','))
    expect(warnings).toEqual([`VOD allows ${VodLimits.maxTags} tags; repository tags "0123456" were left out`])
  })

  it.each<[string, Partial<Parameters<typeof planUploads>[1]>, string[]]>([
    ['a title of exactly 128 bytes', { titleTemplate: 't'.repeat(128) }, ['docs-site', 'main', '0123456']],
    ['16 tags with the repository tags', { userTags: userTags(13) }, [...userTags(13), 'docs-site', 'main', '0123456']],
    ['16 user tags and repo-tags off', { userTags: userTags(16), repoTags: false }, userTags(16)]
  ])('nothing for %s', (_name, overrides, tags) => {
    const { tasks, warnings } = planUploads([file('a.png')], config(overrides))
    expect(warnings).toEqual([])
    expect(tasks[0].tags).toEqual(tags)
  })
})
