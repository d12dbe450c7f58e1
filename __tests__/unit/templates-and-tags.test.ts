/** Titles and tags at the edges: names without an extension, every control character, unknown placeholders, tags cut to 32 bytes. */
import { describe, expect, it } from '@jest/globals'
import { combineTags, parseUserTags, renderTemplate, repositoryTags, templateVars } from '../../src/plan/metadata.js'

const REPO = { repository: 'octo-org/docs-site', ref: 'main', sha: 'abcdef0123456789' }

describe('templateVars', () => {
  it.each<[string, string, string, string]>([
    ['a file without an extension', 'docs/README', 'README', ''],
    ['a hidden file', 'docs/.hidden', '.hidden', ''],
    ['two dots', 'docs/a.b.png', 'a.b', 'png']
  ])('%s', (_name, file, name, ext) => {
    expect(templateVars(file, REPO)).toMatchObject({ name, ext })
  })

  it('gives every placeholder of a file: the short SHA is its first 7 characters', () => {
    expect(templateVars('shots/v2/home.png', REPO)).toEqual({
      name: 'home',
      filename: 'home.png',
      path: 'shots/v2/home.png',
      ext: 'png',
      repo: 'docs-site',
      ref: 'main',
      sha: 'abcdef0'
    })
  })

  it('takes the repository name from a repository without an owner', () => {
    expect(templateVars('a.png', { ...REPO, repository: 'lonely' }).repo).toBe('lonely')
  })
})

describe('renderTemplate', () => {
  const vars = templateVars('a.png', REPO)

  it.each<[string, string, string]>([
    ['an unknown placeholder stays as written', '{nmae} {name}', '{nmae} a'],
    ['an empty placeholder stays as written', '{} {name}', '{} a'],
    ['DEL becomes a space', 'x\u007fy', 'x y'],
    ['NUL becomes a space', 'x\u0000y', 'x y'],
    ['unit separator becomes a space', 'x\u001fy', 'x y'],
    ['a space stays', 'x y', 'x y'],
    ['non-ASCII stays', 'x\u0080é€y', 'x\u0080é€y'],
    ['every control character, not only the first', 'a\nb\nc', 'a b c'],
    ['spaces around the result are trimmed, also those from control characters', '\t{name}\n', 'a']
  ])('%s', (_name, template, expected) => {
    expect(renderTemplate(template, vars)).toBe(expected)
  })
})

describe('repositoryTags', () => {
  it.each<[string, string, string[]]>([
    ['control characters become spaces', 'feat\tx', ['feat x']],
    ['spaces around a ref are trimmed', ' main ', ['main']],
    ['a ref cut to 32 bytes is trimmed again', `${'a'.repeat(31)} b`, ['a'.repeat(31)]],
    ['a ref is trimmed before it is cut to 32 bytes', ` ${'a'.repeat(32)}`, ['a'.repeat(32)]],
    ['every comma is replaced', 'a,b,c', ['a-b-c']]
  ])('%s', (_name, ref, tags) => {
    expect(repositoryTags({ repository: '', ref, sha: '' })).toEqual(tags)
  })
})

describe('parseUserTags', () => {
  it.each<[string, string, string[]]>([
    ['a tag of exactly 32 bytes', 'a'.repeat(32), []],
    ['a tag of 33 bytes', 'a'.repeat(33), [`tag "${'a'.repeat(33)}" is 33 bytes of UTF-8; VOD allows at most 32`]],
    ['a tag of 16 characters and 32 bytes', 'é'.repeat(16), []],
    ['a tag of 17 characters and 34 bytes', 'é'.repeat(17), [`tag "${'é'.repeat(17)}" is 34 bytes of UTF-8; VOD allows at most 32`]],
    ['16 tags', Array.from({ length: 16 }, (_, i) => `t${i}`).join(','), []],
    ['17 tags', Array.from({ length: 17 }, (_, i) => `t${i}`).join(','), ['17 tags given; VOD allows at most 16']],
    ['a control character other than tab', 'a\u0007b', ['tag "a\\u0007b" contains a control character']],
    ['DEL', 'a\u007fb', ['tag "a\u007fb" contains a control character']]
  ])('%s', (_name, text, problems) => {
    expect(parseUserTags(text).problems).toEqual(problems)
  })
})

describe('combineTags', () => {
  it('gives each user tag once', () => {
    expect(combineTags(['a', 'b', 'a'], [])).toEqual({ tags: ['a', 'b'], dropped: [], refused: [] })
  })

  it('drops exactly the repository tags past 16', () => {
    const user = Array.from({ length: 14 }, (_, i) => `u${i}`)
    expect(combineTags(user, ['r1', 'r2', 'r3', 'r4'])).toEqual({ tags: [...user, 'r1', 'r2'], dropped: ['r3', 'r4'], refused: [] })
  })
})
