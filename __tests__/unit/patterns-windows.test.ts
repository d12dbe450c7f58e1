/**
 * The pattern rules of src/files/patterns.ts with Windows paths: node:path is replaced by its win32
 * implementation for the module under test, as it is on a Windows runner (drive letters, `\`, UNC
 * shares, letter case), so these cases run the same on every system.
 */
import { beforeAll, describe, expect, it, jest } from '@jest/globals'
import path from 'node:path'

jest.unstable_mockModule('node:path', () => ({ ...path.win32, default: path.win32 }))

type Patterns = typeof import('../../src/files/patterns.js')
let patterns: Patterns

beforeAll(async () => {
  patterns = await import('../../src/files/patterns.js')
})

const SITE = 'D:\\a\\site'

function kindOf(lines: string[], item: string): number {
  return patterns.matchKind(patterns.parsePatterns(lines), item)
}

describe('parsePattern with Windows paths', () => {
  it.each([
    ['a drive path', `${SITE}\\shots\\*.png`, `${SITE}\\shots`],
    ['forward slashes', 'D:/a/site/shots/**/*.png', `${SITE}\\shots`],
    ['a lower-case drive letter', 'd:\\a\\site\\shots\\*.png', 'd:\\a\\site\\shots'],
    ['doubled separators', 'D:\\\\a\\\\site\\shots\\*.png', `${SITE}\\shots`],
    ['a file at the root of a drive', 'C:\\*.png', 'C:\\'],
    ['a drive-relative path: no separator is put after the drive', 'C:shots\\*.png', 'C:shots'],
    ['a UNC share', '\\\\server\\share\\shots\\*.png', '\\\\server\\share\\shots'],
    ['a UNC share written with /', '//server/share/shots/*.png', '\\\\server\\share\\shots'],
    ['a UNC share written with three \\', '\\\\\\server\\share\\shots\\*.png', '\\\\server\\share\\shots'],
    ['tripled separators', 'D:\\\\\\a\\site\\shots\\*.png', `${SITE}\\shots`],
    ['an escaped [ in a folder name (globEscape)', 'D:\\a\\site [[]v2]\\*.png', 'D:\\a\\site [v2]'],
    ['no wildcard: the path itself', `${SITE}\\shots\\home.png`, `${SITE}\\shots\\home.png`]
  ])('%s: the walk starts at the literal folder', (_name, line, searchPath) => {
    expect(patterns.parsePattern(line).searchPath).toBe(searchPath)
  })

  it('makes a relative pattern absolute against the current folder, with \\', () => {
    const cwd = jest.spyOn(process, 'cwd').mockReturnValue(SITE)
    try {
      expect(patterns.parsePattern('shots/*.png').searchPath).toBe(`${SITE}\\shots`)
    } finally {
      cwd.mockRestore()
    }
  })

  it('a colon after the first character does not make a relative pattern a drive path', () => {
    const cwd = jest.spyOn(process, 'cwd').mockReturnValue(SITE)
    try {
      expect(patterns.parsePattern('shots\\a:b.png').searchPath).toBe(`${SITE}\\shots\\a:b.png`)
    } finally {
      cwd.mockRestore()
    }
  })

  it('a trailing separator, \\ or /, matches folders only', () => {
    expect(patterns.parsePattern(`${SITE}\\shots\\`).trailingSeparator).toBe(true)
    expect(patterns.parsePattern('D:/a/site/shots/').trailingSeparator).toBe(true)
    expect(patterns.parsePattern(`${SITE}\\shots`).trailingSeparator).toBe(false)
  })
})

describe('matchKind with Windows paths', () => {
  const { None, Directory, All } = { None: 0, Directory: 2, All: 3 }
  it.each<[string, string[], string, number]>([
    ['a file the pattern names', [`${SITE}\\shots\\*.png`], `${SITE}\\shots\\home.png`, All],
    ['a file in another folder', [`${SITE}\\shots\\*.png`], `${SITE}\\other\\home.png`, None],
    ['another letter case (Windows names are not case-sensitive)', [`${SITE}\\shots\\*.png`], 'd:\\A\\Site\\SHOTS\\home.PNG', All],
    ['a pattern written with /', ['D:/a/site/shots/*.png'], `${SITE}\\shots\\home.png`, All],
    ['a file below a folder pattern (implicit descendants)', [`${SITE}\\shots`], `${SITE}\\shots\\dark\\home.png`, All],
    ['a file below **', [`${SITE}\\**`], `${SITE}\\shots\\dark\\home.png`, All],
    ['a file excluded by !', [`${SITE}\\**`, `!${SITE}\\shots\\dark`], `${SITE}\\shots\\dark\\home.png`, None],
    ['an exclusion in another letter case', [`${SITE}\\**`, '!d:\\A\\SITE\\shots'], `${SITE}\\shots\\home.png`, None],
    ['a folder pattern ending with \\', [`${SITE}\\shots\\`], `${SITE}\\shots`, Directory],
    ['a file on another drive', [`${SITE}\\**`], 'C:\\a\\site\\home.png', None],
    ['a sibling folder with a common prefix', [`${SITE}\\shots\\**`], `${SITE}\\shots-old\\home.png`, None],
    ['a file on a UNC share', ['\\\\server\\share\\shots\\*.png'], '\\\\server\\share\\shots\\home.png', All],
    ['a file on another UNC share', ['\\\\server\\share\\shots\\*.png'], '\\\\server\\other\\shots\\home.png', None],
    ['a folder with [ in its name, escaped', ['D:\\a\\site [[]v2]\\*.png'], 'D:\\a\\site [v2]\\home.png', All],
    ['\\ is a separator, never an escape', [`${SITE}\\shots\\h*.png`], `${SITE}\\shots\\home.png`, All]
  ])('%s', (_name, lines, item, kind) => {
    expect(kindOf(lines, item)).toBe(kind)
  })
})

describe('mayMatchBelow with Windows paths: only folders on the way to a match are walked', () => {
  const lines = [`${SITE}\\shots\\**\\*.png`]
  it.each([
    ['the drive root', 'D:\\', true],
    ['the drive root in another letter case', 'd:\\', true],
    ['a folder above the search path', 'D:\\a', true],
    ['the same folder in another letter case', 'd:\\A\\SITE', true],
    ['the search path', `${SITE}\\shots`, true],
    ['a folder below it', `${SITE}\\shots\\dark`, true],
    ['a sibling folder', `${SITE}\\docs`, false],
    ['another drive', 'C:\\', false]
  ])('%s', (_name, folder, expected) => {
    expect(patterns.mayMatchBelow(patterns.parsePatterns(lines), folder)).toBe(expected)
  })

  it('a UNC share root is walked for a pattern on it, not for one on a drive', () => {
    const share = patterns.parsePatterns(['\\\\server\\share\\shots\\*.png'])
    expect(patterns.mayMatchBelow(share, '\\\\server\\share')).toBe(true)
    expect(patterns.mayMatchBelow(share, '\\\\server\\share\\shots')).toBe(true)
    expect(patterns.mayMatchBelow(share, '\\\\server\\share\\docs')).toBe(false)
    expect(patterns.mayMatchBelow(share, '\\\\server')).toBe(false)
    expect(patterns.mayMatchBelow(patterns.parsePatterns(lines), '\\\\server\\share')).toBe(false)
  })

  it('a folder deep in a UNC share is walked for a ** pattern on the share', () => {
    const share = patterns.parsePatterns(['\\\\server\\share\\**\\*.png'])
    expect(patterns.mayMatchBelow(share, '\\\\server\\share\\shots\\dark')).toBe(true)
    expect(patterns.mayMatchBelow(share, '\\\\server\\other\\shots')).toBe(false)
  })
})

describe('searchPaths with Windows paths', () => {
  it.each<[string, string[], string[]]>([
    ['one folder per pattern', [`${SITE}\\shots\\*.png`, `${SITE}\\docs\\*.png`], [`${SITE}\\shots`, `${SITE}\\docs`]],
    ['a folder below another is walked once', [`${SITE}\\**\\*.png`, `${SITE}\\shots\\*.png`], [SITE]],
    ['the same folder in another letter case is walked once', [`${SITE}\\shots\\*.png`, 'd:\\A\\SITE\\shots\\*.jpg'], [`${SITE}\\shots`]],
    ['a folder below another in another letter case', [`${SITE}\\shots\\dark\\*.png`, 'd:\\a\\SITE\\*.png'], ['d:\\a\\SITE']],
    ['two drives', [`${SITE}\\*.png`, 'C:\\shots\\*.png'], [SITE, 'C:\\shots']],
    ['a drive root and a folder on it', ['C:\\*.png', 'C:\\shots\\*.png'], ['C:\\']],
    ['a UNC share and a drive', ['\\\\server\\share\\*.png', `${SITE}\\*.png`], ['\\\\server\\share', SITE]],
    ['exclusions are not walked', [`${SITE}\\shots\\*.png`, `!${SITE}\\docs`], [`${SITE}\\shots`]]
  ])('%s', (_name, lines, expected) => {
    expect(patterns.searchPaths(patterns.parsePatterns(lines))).toEqual(expected)
  })
})
