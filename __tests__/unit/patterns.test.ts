/**
 * The pattern rules of src/files/patterns.ts with POSIX paths (patterns-windows.test.ts has the
 * Windows ones): where the walk starts, which lines count, what an item matches as, and which
 * folders may hold a match.
 */
import { describe, expect, it, jest } from '@jest/globals'
import { matchKind, MatchKind, mayMatchBelow, parsePattern, parsePatterns, searchPaths } from '../../src/files/patterns.js'
import { onWindows } from '../helpers/platform.js'

/** POSIX paths under the real node:path: skipped on Windows, where patterns-windows.test.ts runs. */
const posixDescribe = onWindows ? describe.skip : describe

const kindOf = (lines: string[], item: string): MatchKind => matchKind(parsePatterns(lines), item)

posixDescribe('parsePattern', () => {
  it.each<[string, string, string]>([
    ['a wildcard in the file name', '/site/shots/*.png', '/site/shots'],
    ['** in the middle', '/site/shots/**/*.png', '/site/shots'],
    ['? is a wildcard', '/site/s?ots/a.png', '/site'],
    ['a set of several characters is a wildcard', '/site/[ab]/a.png', '/site'],
    ['a set of one character is that character', '/site/[a]b/c/*.png', '/site/ab/c'],
    ['an escaped character inside a set', '/site/[\\a]/*.png', '/site/a'],
    ['an escaped * is literal', '/site/a\\*b/*.png', '/site/a*b'],
    ['an escaped [ is literal', '/site/a\\[b]/*.png', '/site/a[b]'],
    ['a [ that never closes is literal', '/site/a[b/*.png', '/site/a[b'],
    ['an empty set is literal', '/site/a[]b/*.png', '/site/a[]b'],
    ['a ] with no [ is literal', '/site/ab]c/*.png', '/site/ab]c'],
    ['a \\ ending a name is kept', '/site/a\\', '/site/a\\'],
    ['doubled separators', '//site//shots///*.png', '/site/shots'],
    ['no wildcard: the path itself', '/site/shots/home.png', '/site/shots/home.png'],
    ['a wildcard at the root', '/*.png', '/'],
    ['the root alone', '/', '/']
  ])('%s: the walk starts at the literal folder', (_name, line, searchPath) => {
    expect(parsePattern(line).searchPath).toBe(searchPath)
  })

  it('splits the pattern into its root and one segment per level', () => {
    expect(parsePattern('/site//shots/*.png/').segments).toEqual(['/', 'site', 'shots', '*.png'])
  })

  it.each<[string, boolean, string]>([
    ['/site/a.png', false, '/site/a.png'],
    ['!/site/a.png', true, '/site/a.png'],
    ['!!/site/a.png', false, '/site/a.png'],
    ['! /site/a.png', true, '/site/a.png'],
    ['  !/site/a.png  ', true, '/site/a.png']
  ])('%p: negate %p, searching %p', (line, negate, searchPath) => {
    expect(parsePattern(line)).toMatchObject({ negate, searchPath, implicit: false })
  })

  it.each<[string, boolean]>([
    ['/site/shots/', true],
    ['/site/shots//', true],
    ['/site/shots', false],
    ['/site/*/', true]
  ])('%p ends with a separator: %p', (line, trailingSeparator) => {
    expect(parsePattern(line).trailingSeparator).toBe(trailingSeparator)
  })

  it.each([
    ['a plain folder', '/work/site', '/work/site/shots'],
    ['a folder whose name holds glob characters, escaped', '/work/site [v2]?*', '/work/site [v2]?*/shots'],
    ['a folder whose name holds a \\, escaped', '/work/a\\b', '/work/a\\b/shots']
  ])('makes a relative pattern absolute against %s', (_name, cwd, searchPath) => {
    const spy = jest.spyOn(process, 'cwd').mockReturnValue(cwd)
    try {
      expect(parsePattern('shots/*.png').searchPath).toBe(searchPath)
      expect(matchKind(parsePatterns(['shots/*.png']), `${cwd}/shots/a.png`)).toBe(MatchKind.All)
    } finally {
      spy.mockRestore()
    }
  })
})

posixDescribe('parsePatterns', () => {
  it('skips empty, blank and # lines, and trims the others', () => {
    const patterns = parsePatterns(['', '   ', '# /site/a.png', '  /site/b.png  '])
    expect(patterns.map(p => [p.searchPath, p.implicit])).toEqual([
      ['/site/b.png', false],
      ['/site/b.png', true]
    ])
  })

  it.each<[string, string[][]]>([
    [
      '/site/shots',
      [
        ['/', 'site', 'shots'],
        ['/', 'site', 'shots', '**']
      ]
    ],
    [
      '/site/shots/',
      [
        ['/', 'site', 'shots'],
        ['/', 'site', 'shots', '**']
      ]
    ],
    ['/site/**', [['/', 'site', '**']]],
    [
      '/site/**/',
      [
        ['/', 'site', '**'],
        ['/', 'site', '**', '**']
      ]
    ]
  ])('%p gets its implicit /** unless it ends with a written ** (and no separator)', (line, segments) => {
    const patterns = parsePatterns([line])
    expect(patterns.map(p => p.segments)).toEqual(segments)
    expect(patterns.map(p => p.implicit)).toEqual(segments.map((_, i) => i > 0))
  })

  it('the implicit /** of a ! line excludes too', () => {
    expect(parsePatterns(['!/site/drafts']).map(p => p.negate)).toEqual([true, true])
  })
})

posixDescribe('matchKind', () => {
  const { None, File, Directory, All } = MatchKind
  it.each<[string, string[], string, MatchKind]>([
    ['a file the pattern names', ['/site/shots/*.png'], '/site/shots/a.png', All],
    ['a file in another folder', ['/site/shots/*.png'], '/site/other/a.png', None],
    ['a file below a folder the pattern names', ['/site/shots'], '/site/shots/sub/a.png', All],
    ['the folder the pattern names', ['/site/shots'], '/site/shots', All],
    ['the folder before a written **', ['/site/shots/**'], '/site/shots', All],
    ['a file below a written **', ['/site/shots/**'], '/site/shots/a/b.png', All],
    ['a trailing separator: folders only', ['/site/shots/'], '/site/shots', Directory],
    ['below a trailing separator: anything', ['/site/shots/'], '/site/shots/a.png', All],
    ['an item written with a trailing separator', ['/site/shots/*.png'], '/site/shots/a.png/', All],
    ['an item written with doubled separators', ['/site/shots/*.png'], '/site//shots//a.png', All],
    ['! takes away what an earlier line matched', ['/site/shots/**', '!/site/shots/drafts'], '/site/shots/drafts/a.png', None],
    ['! keeps what it does not match', ['/site/shots/**', '!/site/shots/drafts'], '/site/shots/a.png', All],
    ['a later line matches again', ['!/site/shots/drafts', '/site/shots/**'], '/site/shots/drafts/a.png', All],
    ['! with a separator takes away the folder kind only', ['/site/shots/*', '!/site/shots/x/'], '/site/shots/x', File],
    ['a dot name is matched (hidden files are the walk’s choice)', ['/site/shots/*'], '/site/shots/.hidden', All],
    ['braces are literal', ['/site/{a,b}.png'], '/site/a.png', None],
    ['braces match themselves', ['/site/{a,b}.png'], '/site/{a,b}.png', All],
    ['case matters', ['/site/shots/*.png'], '/site/SHOTS/a.png', None],
    ['# inside a pattern is literal', ['/site/#a.png'], '/site/#a.png', All],
    ['an extglob is literal', ['/site/+(a).png'], '/site/+(a).png', All]
  ])('%s', (_name, lines, item, kind) => {
    expect(kindOf(lines, item)).toBe(kind)
  })

  it('the implicit /** alone does not match the folder it was added to', () => {
    const [written, implicit] = parsePatterns(['/site/shots'])
    expect(matchKind([implicit], '/site/shots')).toBe(MatchKind.None)
    expect(matchKind([implicit], '/site/shots/a.png')).toBe(MatchKind.All)
    expect(matchKind([written], '/site/shots')).toBe(MatchKind.All)
  })

  it('no patterns match nothing', () => {
    expect(matchKind([], '/site/a.png')).toBe(MatchKind.None)
  })
})

posixDescribe('mayMatchBelow', () => {
  it.each<[string, string[], string, boolean]>([
    ['the folder a pattern starts from', ['/site/shots/*.png'], '/site/shots', true],
    ['a folder above it', ['/site/shots/*.png'], '/site', true],
    ['the root', ['/site/shots/*.png'], '/', true],
    ['a folder beside it', ['/site/shots/*.png'], '/site/other', false],
    ['a folder below a single * level', ['/site/shots/*.png'], '/site/shots/sub', false],
    ['a folder below **', ['/site/**/*.png'], '/site/a/b/c', true],
    ['a folder written with a trailing separator', ['/site/shots/*.png'], '/site/shots/', true],
    ['a folder only a ! line names', ['!/site/drafts/**'], '/site/drafts', false],
    ['a folder a ! line excludes but a positive line reaches', ['/site/**', '!/site/drafts/**'], '/site/drafts', true]
  ])('%s: %p', (_name, lines, folder, expected) => {
    expect(mayMatchBelow(parsePatterns(lines), folder)).toBe(expected)
  })
})

posixDescribe('searchPaths', () => {
  it.each<[string, string[], string[]]>([
    ['one per pattern, in pattern order', ['/site/b/*.png', '/site/a/*.png'], ['/site/b', '/site/a']],
    ['a duplicate once', ['/site/a/*.png', '/site/a/*.gif'], ['/site/a']],
    ['a folder below another one left out', ['/site/a/b/*.png', '/site/a/*.png'], ['/site/a']],
    ['a folder below the root left out', ['/site/a/*.png', '/*.png'], ['/']],
    ['a folder whose name only starts like another kept', ['/site/a/*.png', '/site/ab/*.png'], ['/site/a', '/site/ab']],
    ['! lines are not searched', ['!/site/a/*.png', '/site/b/*.png'], ['/site/b']],
    ['case matters', ['/site/a/*.png', '/site/A/*.png'], ['/site/a', '/site/A']]
  ])('%s', (_name, lines, expected) => {
    expect(searchPaths(parsePatterns(lines))).toEqual(expected)
  })
})
