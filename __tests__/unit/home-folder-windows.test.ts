/**
 * `~` in a pattern on a Windows runner: node:path is replaced by its win32 implementation for the
 * config module, and process.platform reads win32, as on a Windows runner.
 */
import { afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals'
import path from 'node:path'

jest.unstable_mockModule('node:path', () => ({ ...path.win32, default: path.win32 }))

let absolutePattern: (pattern: string, workspace: string) => string | undefined
beforeAll(async () => {
  ;({ absolutePattern } = await import('../../src/inputs/patterns.js'))
})

const saved = { HOME: process.env.HOME, USERPROFILE: process.env.USERPROFILE, platform: process.platform }
afterEach(() => {
  Object.defineProperty(process, 'platform', { value: saved.platform })
  for (const name of ['HOME', 'USERPROFILE'] as const) {
    if (saved[name] === undefined) delete process.env[name]
    else process.env[name] = saved[name]
  }
})

describe('absolutePattern with Windows paths', () => {
  it.each<[string, string | undefined]>([
    ['~', 'C:\\Users\\run'],
    ['~\\shots\\*.png', 'C:\\Users\\run\\shots\\*.png'],
    ['~/shots/*.png', 'C:\\Users\\run\\shots\\*.png'],
    ['~run\\shots', undefined],
    ['~run~\\shots', undefined],
    ['shots\\*.png', 'D:\\a\\site\\shots\\*.png']
  ])('%s, with the home folder from USERPROFILE', (pattern, expected) => {
    Object.defineProperty(process, 'platform', { value: 'win32' })
    process.env.USERPROFILE = 'C:\\Users\\run'
    process.env.HOME = '/home/run'
    expect(absolutePattern(pattern, 'D:\\a\\site')).toBe(expected)
  })
})
