/** log.batchStdout: lines written together, in the order written, and at once before failures, outputs, group ends and stderr. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import * as log from '../../src/shared/log.js'
import { gateLibraryOutput } from '../../src/shared/library-output.js'
import { exclusively, withEnv } from '../helpers/swap.js'

/** Each write that reached the recording stdout or stderr, in order. */
let writes: Array<[string, string]>
let restore: () => void

beforeEach(() => {
  writes = []
  const out = Object.getOwnPropertyDescriptor(process.stdout, 'write')
  const err = Object.getOwnPropertyDescriptor(process.stderr, 'write')
  const recorder = (stream: string) => (chunk: string | Uint8Array) => (writes.push([stream, chunk.toString()]), true)
  Object.defineProperty(process.stdout, 'write', { value: recorder('out'), writable: true, configurable: true })
  Object.defineProperty(process.stderr, 'write', { value: recorder('err'), writable: true, configurable: true })
  restore = () => {
    for (const [stream, own] of [
      [process.stdout, out],
      [process.stderr, err]
    ] as const) {
      if (own) Object.defineProperty(stream, 'write', own)
      else delete (stream as { write?: unknown }).write
    }
  }
})
afterEach(() => restore())

const nextTurn = (): Promise<void> => new Promise(resolve => setImmediate(resolve))

describe('batchStdout', () => {
  it('writes the lines of one turn together, in order, masks before the lines that follow them', () =>
    exclusively('log batch', async () => {
      const stop = log.batchStdout()
      try {
        log.info('one')
        log.mask('s3cr3t-value')
        log.info('two s3cr3t-value')
        expect(writes).toEqual([])
        await nextTurn()
        expect(writes).toEqual([['out', 'one\n::add-mask::s3cr3t-value\ntwo s3cr3t-value\n']])
      } finally {
        stop()
      }
    }))

  it('writes what it holds at once before a failure, and the failure itself', () =>
    exclusively('log batch', async () => {
      const stop = log.batchStdout()
      try {
        log.info('before')
        log.fail('broken')
        expect(writes).toEqual([
          ['out', 'before\n'],
          ['out', '::error::broken\n']
        ])
      } finally {
        stop()
        process.exitCode = undefined
      }
    }))

  it('writes what it holds before anything reaches stderr through the library gate', () =>
    exclusively('log batch', async () => {
      const stop = log.batchStdout()
      const closeGate = gateLibraryOutput({ debug: () => undefined, redact: text => text })
      try {
        log.info('first')
        process.stderr.write('second\n')
        log.info('third')
      } finally {
        closeGate()
        stop()
      }
      expect(writes).toEqual([
        ['out', 'first\n'],
        ['err', 'second\n'],
        ['out', 'third\n']
      ])
    }))

  it('writes what it holds before an output, and when a group ends', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'log-batch-'))
    const file = path.join(dir, 'output.txt')
    await fs.writeFile(file, '')
    try {
      await withEnv({ GITHUB_OUTPUT: file }, async () => {
        const stop = log.batchStdout()
        try {
          log.info('a')
          log.setOutput('name', 'value')
          expect(writes).toEqual([['out', 'a\n']])
          await log.group('title', async () => log.info('inside'))
          expect(writes.map(([, text]) => text).join('')).toBe('a\n::group::title\ninside\n::endgroup::\n')
        } finally {
          stop()
        }
      })
    } finally {
      await fs.rm(dir, { recursive: true, force: true })
    }
  })

  it('writes what it holds when the process exits, and when stopped; puts stdout back', () =>
    exclusively('log batch', async () => {
      const recorder = Object.getOwnPropertyDescriptor(process.stdout, 'write')?.value as unknown
      const stop = log.batchStdout()
      log.info('at exit')
      process.emit('exit', 0)
      expect(writes).toEqual([['out', 'at exit\n']])
      log.info('at stop')
      stop()
      expect(writes).toEqual([
        ['out', 'at exit\n'],
        ['out', 'at stop\n']
      ])
      expect(Object.getOwnPropertyDescriptor(process.stdout, 'write')?.value).toBe(recorder)
      log.info('after')
      expect(writes).toHaveLength(3)
    }))

  it('writes at once what passes BATCH_MAX_CHARS', () =>
    exclusively('log batch', async () => {
      const stop = log.batchStdout()
      try {
        const long = 'x'.repeat(log.BATCH_MAX_CHARS)
        log.info(long)
        expect(writes).toEqual([['out', `${long}\n`]])
      } finally {
        stop()
      }
    }))
})
