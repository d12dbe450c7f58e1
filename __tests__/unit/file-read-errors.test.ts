/**
 * What reading a found file does when the system fails under it (an I/O error, an error with no code) and how
 * digestFile chooses between one read and a stream. The system's own failures cannot be made on demand,
 * so `open` of node:fs/promises is replaced here by one that hands out a scripted file handle, and
 * node:fs's openSync, fstatSync, readSync and closeSync (readFound's) by scripted ones.
 */
import { beforeEach, describe, expect, it, jest } from '@jest/globals'
import { constants } from 'node:fs'
import { FileReadError } from '../../src/shared/errors.js'
import { rejectionOf, thrownBy } from '../helpers/rejection.js'

interface Script {
  openError?: object
  statError?: object
  readError?: object
  size: number
}

let script: Script
const calls: string[] = []

/** A file handle that does what the script says and records what was asked of it. */
function scriptedHandle() {
  const failOr = async <T>(error: object | undefined, value: T): Promise<T> => {
    if (error) throw error
    return value
  }
  return {
    stat: async () => {
      calls.push('stat')
      return failOr(script.statError, { isFile: () => true, size: script.size, dev: 1, ino: 1 })
    },
    read: async () => {
      calls.push('read')
      return failOr(script.readError, { bytesRead: script.size })
    },
    readFile: async () => {
      calls.push('readFile')
      return failOr(script.readError, Buffer.alloc(script.size))
    },
    createReadStream: (options: object) => {
      calls.push(`createReadStream ${JSON.stringify(options)}`)
      return (async function* () {
        if (script.readError) throw script.readError
        yield Buffer.alloc(script.size)
      })()
    },
    close: async () => {
      calls.push('close')
    }
  }
}

/** The synchronous calls readFound makes, doing what the script says. */
function scriptedSyncCalls() {
  const failOr = <T>(error: object | undefined, value: T): T => {
    if (error) throw error
    return value
  }
  return {
    openSync: () => {
      calls.push('open')
      return failOr(script.openError, 99)
    },
    fstatSync: () => {
      calls.push('stat')
      return failOr(script.statError, { isFile: () => true, size: script.size, dev: 1, ino: 1 })
    },
    readSync: () => {
      calls.push('read')
      return failOr(script.readError, script.size)
    },
    closeSync: () => {
      calls.push('close')
    }
  }
}

const realFs = await import('node:fs')
jest.unstable_mockModule('node:fs', () => ({ ...realFs, ...scriptedSyncCalls(), default: { ...realFs, ...scriptedSyncCalls() } }))
jest.unstable_mockModule('node:fs/promises', () => ({
  constants,
  open: async () => {
    calls.push('open')
    if (script.openError) throw script.openError
    return scriptedHandle()
  }
}))

const { openFound, readFound } = await import('../../src/files/found-file.js')
const { digestFile } = await import('../../src/files/hash.js')

const FILE = { absolutePath: '/scripted/a.png', relativePath: 'shots/a.png' }

beforeEach(() => {
  calls.length = 0
  script = { size: 6 }
})

describe('readFound when the system fails', () => {
  it.each<[string, Partial<Script>, string, string[]]>([
    ['an open that fails', { openError: { code: 'EMFILE' } }, 'EMFILE', ['open']],
    ['an open that fails with no code', { openError: new Error('odd') }, 'ReadError', ['open']],
    ['a read that fails', { readError: { code: 'EIO' } }, 'EIO', ['open', 'stat', 'read', 'close']],
    ['a read that fails with no code', { readError: new Error('odd') }, 'ReadError', ['open', 'stat', 'read', 'close']]
  ])('%s: a FileReadError with the code, nothing left open', async (_name, failure, code, steps) => {
    script = { ...script, ...failure }
    const error = thrownBy<FileReadError>(() => readFound(FILE, 6))
    expect(error).toBeInstanceOf(FileReadError)
    expect(error).toMatchObject({ file: 'shots/a.png', code, detail: `cannot be read (${code})` })
    expect(calls).toEqual(steps)
  })

  it('an fstat that fails: the error passed on, the file closed', async () => {
    const failure = Object.assign(new Error('fstat failed'), { code: 'EIO' })
    script = { ...script, statError: failure }
    expect(thrownBy(() => readFound(FILE, 6))).toBe(failure)
    expect(calls).toEqual(['open', 'stat', 'close'])
  })
})

describe('openFound when the system fails', () => {
  it('an fstat that fails: the error passed on, the file closed', async () => {
    const failure = Object.assign(new Error('fstat failed'), { code: 'EIO' })
    script = { ...script, statError: failure }
    expect(await rejectionOf(openFound(FILE))).toBe(failure)
    expect(calls).toEqual(['open', 'stat', 'close'])
  })

  it('an open that fails: a FileReadError with the code', async () => {
    script = { ...script, openError: { code: 'EACCES' } }
    expect(await rejectionOf(openFound(FILE))).toMatchObject({ file: 'shots/a.png', code: 'EACCES', detail: 'cannot be read (EACCES)' })
    expect(calls).toEqual(['open'])
  })
})

describe('digestFile', () => {
  const KIB = 1024
  it.each<[string, number | undefined, number, string]>([
    ['a known file of 1 byte', 1, 1, 'readFile'],
    ['a known file of exactly 256 KiB', 256 * KIB, 256 * KIB, 'readFile'],
    ['a known file of 256 KiB and 1 byte', 256 * KIB + 1, 256 * KIB + 1, 'createReadStream {"highWaterMark":262144,"autoClose":false}'],
    ['a file of unknown size', undefined, 10, 'createReadStream {"highWaterMark":262144,"autoClose":false}']
  ])('%s: read in one call up to 256 KiB, streamed past it, closed once', async (_name, known, size, how) => {
    script = { size }
    const digest = await digestFile(
      FILE.absolutePath,
      FILE.relativePath,
      undefined,
      known === undefined ? undefined : { bytes: known, identity: { dev: 1, ino: 1 } }
    )
    expect(digest.bytes).toBe(size)
    expect(calls).toEqual(['open', 'stat', how, 'close'])
  })

  it.each<[string, object, string]>([
    ['with its code', { code: 'EIO' }, 'EIO'],
    ['with no code', new Error('odd'), 'ReadError']
  ])('a read that fails %s is a FileReadError naming the file, the file closed', async (_name, failure, code) => {
    script = { size: 6, readError: failure }
    const error = await rejectionOf<FileReadError>(
      digestFile(FILE.absolutePath, FILE.relativePath, undefined, { bytes: 6, identity: { dev: 1, ino: 1 } })
    )
    expect(error).toBeInstanceOf(FileReadError)
    expect(error).toMatchObject({ file: 'shots/a.png', code, detail: `cannot be read (${code})` })
    expect(calls.at(-1)).toBe('close')
  })
})
