/**
 * What log.ts hands to @actions/core (replaced by a recorder here): every message made safe first,
 * debug only when it is on, and a large output written to GITHUB_OUTPUT a piece at a time.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { EOL } from 'node:os'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { posixOnlyIt } from '../helpers/platform.js'
import { withEnv } from '../helpers/swap.js'

const posixIt = posixOnlyIt('open files')

const calls: Array<[string, ...unknown[]]> = []
let debugOn = false
const record =
  (name: string) =>
  (...args: unknown[]): void =>
    void calls.push([name, ...args])

jest.unstable_mockModule('@actions/core', () => ({
  info: record('info'),
  warning: record('warning'),
  debug: record('debug'),
  setFailed: record('setFailed'),
  setOutput: record('setOutput'),
  setSecret: record('setSecret'),
  isDebug: () => debugOn,
  group: async (title: string, body: () => Promise<unknown>) => {
    calls.push(['group', title])
    return body()
  }
}))
jest.unstable_mockModule('node:crypto', () => ({ randomUUID: () => 'UUID' }))

const log = await import('../../src/shared/log.js')
const DELIMITER = 'ghadelimiter_UUID'
const UNSAFE_MESSAGE = 'x\n::error::b ##[warning]\r'
const SAFE_MESSAGE = 'x\n%3A:error::b ##%5Bwarning]%0D'

let dir: string
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'log-runner-'))
})
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))
beforeEach(() => {
  calls.length = 0
  debugOn = false
})

describe('messages to the runner', () => {
  it.each<[string, (message: string) => void, string]>([
    ['info', log.info, 'info'],
    ['warning', log.warning, 'warning'],
    ['fail', log.fail, 'setFailed']
  ])('%s sends the message made safe', (_, send, coreName) => {
    send(UNSAFE_MESSAGE)
    expect(calls).toEqual([[coreName, SAFE_MESSAGE]])
  })

  it('debug sends nothing while debug logging is off', () => {
    log.debug(UNSAFE_MESSAGE)
    expect(log.isDebug()).toBe(false)
    expect(calls).toEqual([])
  })

  it('debug sends the message made safe while debug logging is on', () => {
    debugOn = true
    log.debug(UNSAFE_MESSAGE)
    expect(log.isDebug()).toBe(true)
    expect(calls).toEqual([['debug', SAFE_MESSAGE]])
  })

  it('group titles are one line, and the body runs', async () => {
    expect(await log.group('a\n::b', async () => 'done')).toBe('done')
    expect(calls).toEqual([['group', 'a%0A::b']])
  })

  it('setOutput and mask pass the name and value as they are', () => {
    log.setOutput('image-id', 'a\nb')
    log.mask('s3cr3t')
    expect(calls).toEqual([
      ['setOutput', 'image-id', 'a\nb'],
      ['setSecret', 's3cr3t']
    ])
  })
})

describe('setOutputInPieces', () => {
  const outputFile = (name: string, content = 'first=1\n'): string => {
    const file = path.join(dir, name)
    fs.writeFileSync(file, content)
    return file
  }

  it('writes name<<delimiter, the pieces, and the delimiter, after what the file held', async () => {
    const file = outputFile('pieces.txt')
    await withEnv({ GITHUB_OUTPUT: file }, () => log.setOutputInPieces('images', ['[1,', '2]']))
    expect(fs.readFileSync(file, 'utf8')).toBe(`first=1\nimages<<${DELIMITER}${EOL}[1,2]${EOL}${DELIMITER}${EOL}`)
    expect(calls).toEqual([])
  })

  it('without GITHUB_OUTPUT, sets the pieces joined through @actions/core', async () => {
    await withEnv({ GITHUB_OUTPUT: undefined }, () => log.setOutputInPieces('images', ['[1,', '2]']))
    expect(calls).toEqual([['setOutput', 'images', '[1,2]']])
  })

  it('refuses a GITHUB_OUTPUT that does not exist, as @actions/core does', async () => {
    const file = path.join(dir, 'missing.txt')
    await expect(withEnv({ GITHUB_OUTPUT: file }, () => log.setOutputInPieces('images', ['x']))).rejects.toThrow(
      `Missing file at path: ${file}`
    )
    expect(fs.existsSync(file)).toBe(false)
  })

  it.each<[string, string[]]>([
    ['in one piece', ['a', `b${DELIMITER}c`]],
    ['split across two pieces', ['a ghadelim', 'iter_UUID b']],
    ['split across three pieces', ['a gha', 'delimiter_', 'UUID']],
    ['cut right after its first character', ['g', 'hadelimiter_UUID']],
    ['cut right before its last character', ['ghadelimiter_UUI', 'D']]
  ])('refuses a value holding the delimiter %s', async (_, pieces) => {
    const file = outputFile(`delimiter-${pieces.length}-${pieces[0].length}.txt`)
    await expect(withEnv({ GITHUB_OUTPUT: file }, () => log.setOutputInPieces('images', pieces))).rejects.toThrow(
      `Unexpected input: value should not contain the delimiter "${DELIMITER}"`
    )
  })

  posixIt('closes GITHUB_OUTPUT after writing, and after refusing a value', async () => {
    const openFiles = (): number => fs.readdirSync('/dev/fd').length
    const before = openFiles()
    await withEnv({ GITHUB_OUTPUT: outputFile('closed.txt') }, () => log.setOutputInPieces('images', ['[1,', '2]']))
    expect(openFiles()).toBe(before)
    await expect(
      withEnv({ GITHUB_OUTPUT: outputFile('closed-refused.txt') }, () => log.setOutputInPieces('images', [DELIMITER]))
    ).rejects.toThrow('Unexpected input')
    expect(openFiles()).toBe(before)
  })

  it('takes a value that holds most of the delimiter but never all of it', async () => {
    const file = outputFile('near.txt', '')
    const pieces = ['ghadelimiter_UUI', 'x', 'hadelimiter_UUID']
    await withEnv({ GITHUB_OUTPUT: file }, () => log.setOutputInPieces('near', pieces))
    expect(fs.readFileSync(file, 'utf8')).toBe(`near<<${DELIMITER}${EOL}${pieces.join('')}${EOL}${DELIMITER}${EOL}`)
  })
})
