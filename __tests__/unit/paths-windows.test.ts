/**
 * The path rules of src/shared/paths.ts and src/files/find.ts with Windows paths: node:path is replaced by its
 * win32 implementation for the modules under test, as it is on a Windows runner, so these cases run
 * the same on every system.
 */
import { beforeAll, describe, expect, it, jest } from '@jest/globals'
import path from 'node:path'

jest.unstable_mockModule('node:path', () => ({ ...path.win32, default: path.win32 }))

let isOutside: (root: string, target: string) => boolean
let toRelative: (workspace: string, absolutePath: string) => string
let globEscape: (literal: string) => string

beforeAll(async () => {
  ;({ isOutside, globEscape } = await import('../../src/shared/paths.js'))
  ;({ toRelative } = await import('../../src/files/find.js'))
})

const WORKSPACE = 'D:\\a\\docs-site\\docs-site'

describe('isOutside with Windows paths', () => {
  it.each([
    ['a file in the workspace', `${WORKSPACE}\\screenshots\\home.png`, false],
    ['a file deep in the workspace', `${WORKSPACE}\\a\\b\\c\\d.png`, false],
    ['forward slashes inside the workspace', 'D:/a/docs-site/docs-site/screenshots/home.png', false],
    ['another letter case of the same folder', 'd:\\A\\Docs-Site\\docs-site\\home.png', false],
    ['a name that starts with two dots', `${WORKSPACE}\\..hidden.png`, false],
    ['the workspace itself', WORKSPACE, false],
    ['the parent folder', 'D:\\a\\docs-site', true],
    ['a sibling folder with a common prefix', 'D:\\a\\docs-site\\docs-site-other\\x.png', true],
    ['another drive', 'C:\\Users\\runner\\x.png', true],
    ['the runner temp folder', 'D:\\a\\_temp\\shot.png', true],
    ['a UNC share', '\\\\server\\share\\x.png', true],
    ['a path that climbs out through ..', `${WORKSPACE}\\screenshots\\..\\..\\x.png`, true]
  ])('%s', (_, target, outside) => {
    expect(isOutside(WORKSPACE, target)).toBe(outside)
  })
})

describe('toRelative with Windows paths', () => {
  it.each([
    [`${WORKSPACE}\\home.png`, 'home.png'],
    [`${WORKSPACE}\\screenshots\\dark\\设置.png`, 'screenshots/dark/设置.png'],
    ['D:/a/docs-site/docs-site/screenshots/home.png', 'screenshots/home.png'],
    ['D:\\a\\_temp\\shots\\shot.png', 'D:/a/_temp/shots/shot.png'],
    ['C:\\Users\\runner\\x.png', 'C:/Users/runner/x.png']
  ])('%s is %s, with / separators, as in the manifest and the outputs (absolute outside the workspace)', (absolutePath, relative) => {
    expect(toRelative(WORKSPACE, absolutePath)).toBe(relative)
  })
})

describe('globEscape with Windows paths', () => {
  it.each([
    ['D:\\a\\site [v2]\\site', 'D:\\a\\site [[]v2]\\site'],
    ['D:\\a\\what?\\*', 'D:\\a\\what[?]\\[*]'],
    ['D:\\a\\plain', 'D:\\a\\plain']
  ])('%s becomes %s: the backslash stays a separator', (literal, escaped) => {
    expect(globEscape(literal)).toBe(escaped)
  })
})
