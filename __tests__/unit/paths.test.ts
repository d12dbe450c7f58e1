/**
 * The path rules of src/shared/paths.ts with POSIX paths: node:path is replaced by its posix
 * implementation for the module under test, so these cases run the same on every system
 * (paths-windows.test.ts has the Windows ones).
 */
import { beforeAll, describe, expect, it, jest } from '@jest/globals'
import path from 'node:path'

jest.unstable_mockModule('node:path', () => ({ ...path.posix, default: path.posix }))

let compareStrings: (a: string, b: string) => number
let isOutside: (root: string, target: string) => boolean
let globEscape: (literal: string) => string

beforeAll(async () => {
  ;({ compareStrings, isOutside, globEscape } = await import('../../src/shared/paths.js'))
})

describe('compareStrings', () => {
  it.each<[string, string, number]>([
    ['a', 'b', -1],
    ['b', 'a', 1],
    ['a', 'a', 0],
    ['B', 'a', -1],
    ['a/b', 'a-b', 1],
    ['', 'a', -1]
  ])('%j against %j is %i (code-unit order, not the locale)', (a, b, order) => {
    expect(compareStrings(a, b)).toBe(order)
  })

  it('sorts a list the same whatever order it came in', () => {
    const sorted = ['b.png', 'B.png', 'a/c.png', 'a.png', 'ä.png']
    expect([...sorted].reverse().sort(compareStrings)).toEqual(['B.png', 'a.png', 'a/c.png', 'b.png', 'ä.png'])
  })
})

describe('isOutside', () => {
  it.each<[string, string, boolean]>([
    ['/work/site', '/work/site', false],
    ['/work/site', '/work/site/a.png', false],
    ['/work/site', '/work/site/..a/b.png', false],
    ['/work/site', '/work', true],
    ['/work/site', '/work/other/a.png', true]
  ])('%s and %s: %s', (root, target, outside) => {
    expect(isOutside(root, target)).toBe(outside)
  })
})

describe('globEscape with POSIX paths', () => {
  it.each<[string, string]>([
    ['plain/a.png', 'plain/a.png'],
    ['a\\b.png', 'a\\\\b.png'],
    ['why?.png', 'why[?].png'],
    ['star*.png', 'star[*].png'],
    ['site [v2]/a.png', 'site [[]v2]/a.png'],
    ['a [/b].png', 'a [/b].png']
  ])('%s becomes %s (off Windows a backslash is part of a name)', (literal, escaped) => {
    expect(globEscape(literal)).toBe(escaped)
  })
})
