import { describe, expect, it } from '@jest/globals'
import {
  combineTags,
  parseUserTags,
  renderTemplate,
  repositoryTags,
  templateVars,
  truncateUtf8,
  unknownPlaceholders
} from '../../src/plan/metadata.js'

const REPO = { repository: 'octo-org/docs-site', ref: 'release/v1.2', sha: 'abcdef0123456789' }

describe('truncateUtf8 cuts on a character boundary', () => {
  it.each<[string, string, number, string, boolean]>([
    ['fits', 'hello', 5, 'hello', false],
    ['ascii cut', 'hello', 3, 'hel', true],
    ['two-byte char kept whole', 'aé', 3, 'aé', false],
    ['two-byte char dropped at the edge', 'aé', 2, 'a', true],
    ['three-byte char dropped', 'ab€', 4, 'ab', true],
    ['four-byte emoji is one character', 'a😀b', 4, 'a', true],
    ['emoji fits exactly', 'a😀', 5, 'a😀', false],
    ['CJK', '截图截图', 7, '截图', true],
    ['zero', 'x', 0, '', true]
  ])('%s', (_name, text, max, value, truncated) => {
    expect(truncateUtf8(text, max)).toEqual({ value, truncated })
    expect(Buffer.byteLength(value)).toBeLessThanOrEqual(max)
  })
})

describe('templates', () => {
  const vars = templateVars('docs/shots/Home Page.final.png', REPO)

  it('gives every placeholder', () => {
    expect(vars).toEqual({
      name: 'Home Page.final',
      filename: 'Home Page.final.png',
      path: 'docs/shots/Home Page.final.png',
      ext: 'png',
      repo: 'docs-site',
      ref: 'release/v1.2',
      sha: 'abcdef0'
    })
  })

  it.each<[string, string]>([
    ['{name}', 'Home Page.final'],
    ['{repo}@{ref} {sha}: {filename}', 'docs-site@release/v1.2 abcdef0: Home Page.final.png'],
    ['no placeholders', 'no placeholders'],
    ['{path}', 'docs/shots/Home Page.final.png'],
    ['  {ext}  ', 'png']
  ])('%s renders', (template, expected) => {
    expect(renderTemplate(template, vars)).toBe(expected)
  })

  it('replaces control characters from file names', () => {
    expect(renderTemplate('{name}', templateVars('a\nb\tc.png', REPO))).toBe('a b c')
  })

  it.each<[string, string[]]>([
    ['{name} {path}', []],
    ['{nmae}', ['nmae']],
    ['{} {Name}', ['', 'Name']],
    ['{{name}}', []]
  ])('unknown placeholders of %s', (template, unknown) => {
    expect(unknownPlaceholders(template)).toEqual(unknown)
  })
})

describe('tags', () => {
  it('repository tags replace commas and fit 32 bytes', () => {
    expect(repositoryTags({ repository: 'o/' + 'r'.repeat(40), ref: 'feat,x', sha: '0123456789' })).toEqual([
      'r'.repeat(32),
      'feat-x',
      '0123456'
    ])
    expect(repositoryTags({ repository: 'o/a', ref: `${'a'.repeat(31)}€`, sha: '' })).toEqual(['a', 'a'.repeat(31)])
  })

  it('parses user tags', () => {
    expect(parseUserTags(' a ,b\n\nc,a,')).toEqual({ tags: ['a', 'b', 'c'], problems: [] })
  })

  it.each<[string, number, number, number]>([
    ['room for all', 3, 16 - 3, 0],
    ['user tags fill it', 16, 0, 3],
    ['one slot left', 15, 1, 2]
  ])('repository tags go after user tags: %s', (_name, userCount, keptRepo, droppedRepo) => {
    const user = Array.from({ length: userCount }, (_, i) => `u${i}`)
    const { tags, dropped } = combineTags(user, ['docs-site', 'main', 'abcdef0'])
    expect(tags.slice(0, userCount)).toEqual(user)
    expect(tags).toHaveLength(Math.min(16, userCount + 3))
    expect(tags.length - userCount).toBe(Math.min(keptRepo, 3))
    expect(dropped).toHaveLength(droppedRepo)
  })

  it('does not repeat a repository tag the user already gave', () => {
    expect(combineTags(['main'], ['docs-site', 'main'])).toEqual({ tags: ['main', 'docs-site'], dropped: [], refused: [] })
  })

  it.each<[string, string[], string[], string[]]>([
    [
      'a repository and a ref named like marks',
      ['gh-repo-id-555', 'gh-repo-id-999', 'abcdef0'],
      ['abcdef0'],
      ['gh-repo-id-555', 'gh-repo-id-999']
    ],
    ['in another case', ['GH-Repo-ID-555', 'main'], ['main'], ['GH-Repo-ID-555']],
    ['only the prefix counts', ['my-gh-repo-id-1', 'gh-repo-id', 'gh-repo-ids'], ['my-gh-repo-id-1', 'gh-repo-id', 'gh-repo-ids'], []]
  ])('never sends a repository tag that would pass for an ownership mark: %s', (_name, repoTags, sent, refused) => {
    const mark = 'gh-repo-id-42'
    expect(combineTags(['u'], repoTags, mark)).toEqual({ tags: ['u', ...sent, mark], dropped: [], refused })
  })

  it('a refused repository tag takes no room from the others', () => {
    const user = Array.from({ length: 13 }, (_, i) => `u${i}`)
    const { tags, dropped } = combineTags(user, ['gh-repo-id-1', 'docs-site', 'main'], 'gh-repo-id-42')
    expect(tags).toEqual([...user, 'docs-site', 'main', 'gh-repo-id-42'])
    expect(dropped).toEqual([])
  })
})
