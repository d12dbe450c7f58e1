/** The run's circuit breaker: sequences of file endings, and whether the files still queued may start. */
import { describe, expect, it } from '@jest/globals'
import { FileReadError, ServiceError } from '../../src/shared/errors.js'
import { Breaker, isNoAnswer } from '../../src/upload/breaker.js'
import { failures } from '../helpers/fake-upload.js'

const refusedConnection = new ServiceError({
  service: 'oss',
  api: 'PutObject',
  code: 'ECONNREFUSED',
  detail: 'connection refused',
  kind: 'transient',
  reach: 'connection-refused'
})

/** How each file ended, as the breaker hears of it. */
const endings = {
  noAnswer: (breaker: Breaker, path: string) => breaker.failed(path, failures.noAnswer()),
  refusedConnection: (breaker: Breaker, path: string) => breaker.failed(path, refusedConnection),
  answered: (breaker: Breaker, path: string) => breaker.failed(path, failures.permanent()),
  answeredTransient: (breaker: Breaker, path: string) => breaker.failed(path, failures.unavailable()),
  expired: (breaker: Breaker, path: string) => breaker.failed(path, failures.expired()),
  unreadable: (breaker: Breaker, path: string) => breaker.failed(path, new FileReadError(path, 'ENOENT', 'gone')),
  refused: (breaker: Breaker, path: string) => breaker.failed(path, failures.refused()),
  unreachable: (breaker: Breaker, path: string) => breaker.failed(path, failures.unreachable('oss')),
  stalled: (breaker: Breaker, path: string) => breaker.stalled(path, failures.throttled()),
  success: (breaker: Breaker) => breaker.succeeded()
}
type Ending = keyof typeof endings

const NO_ANSWER = (path: string, code = 'RequestTimeout', service = 'VOD') =>
  `not attempted: ${service} gave no answer to ${path} (${code}) after every retry`
const REFUSED = (path: string) =>
  `not attempted: VOD refused CreateUploadImage (Forbidden.RAM) for ${path}, and would refuse every other file`
const UNREACHABLE = (path: string) => `not attempted: OSS cannot be reached (ENOTFOUND: host not found), as ${path} showed`
const STALLED = (path: string) => `not attempted: VOD throttled every call (Throttling.User) for too long, up to ${path}`

describe('Breaker', () => {
  it.each<[string, number, Ending[], string | undefined]>([
    ['one file without an answer, below the threshold', 2, ['noAnswer'], undefined],
    ['files without an answer up to the threshold', 2, ['noAnswer', 'noAnswer'], NO_ANSWER('file-2')],
    ['one file without an answer, threshold 1', 1, ['noAnswer'], NO_ANSWER('file-1')],
    ['a success in between', 2, ['noAnswer', 'success', 'noAnswer'], undefined],
    ['a failure with an answer in between', 2, ['noAnswer', 'answered', 'noAnswer'], undefined],
    ['a transient failure with an answer in between', 2, ['noAnswer', 'answeredTransient', 'noAnswer'], undefined],
    ['an expired credential in between', 2, ['noAnswer', 'expired', 'noAnswer'], undefined],
    ['an unreadable file in between', 2, ['noAnswer', 'unreadable', 'noAnswer'], undefined],
    ['answers about single files, however many', 1, ['answered', 'answered', 'answeredTransient', 'expired'], undefined],
    ['a refused connection (retried: the service may be restarting)', 5, ['refusedConnection'], undefined],
    ['refused connections up to the threshold', 2, ['refusedConnection', 'refusedConnection'], NO_ANSWER('file-2', 'ECONNREFUSED', 'OSS')],
    ['a refusal, at once', 5, ['refused'], REFUSED('file-1')],
    ['a service that cannot be reached, at once', 5, ['unreachable'], UNREACHABLE('file-1')],
    ['throttled for the whole stall time, at once', 5, ['stalled'], STALLED('file-1')],
    ['the first reason stays: refusal', 1, ['refused', 'unreachable', 'stalled', 'noAnswer'], REFUSED('file-1')],
    ['the first reason stays: no answer', 1, ['noAnswer', 'refused', 'unreachable'], NO_ANSWER('file-1')],
    ['the first reason stays: stalled', 1, ['stalled', 'refused', 'noAnswer'], STALLED('file-1')],
    ['a success does not close it again', 1, ['noAnswer', 'success', 'success'], NO_ANSWER('file-1')]
  ])('%s (threshold %i)', (_name, threshold, sequence, reason) => {
    const breaker = new Breaker(threshold)
    sequence.forEach((ending, i) => endings[ending](breaker, `file-${i + 1}`))
    expect(breaker.reason).toBe(reason)
  })
})

describe('isNoAnswer', () => {
  it.each<[string, unknown, boolean]>([
    ['a timeout', failures.noAnswer(), true],
    ['a dropped connection', failures.noAnswer('ECONNRESET', 'PutObject', 'oss'), true],
    ['a transient answer (HTTP 503)', failures.unavailable(), false],
    ['a permanent failure without a status', failures.unreachable(), false],
    ['an expired credential', failures.expired(), false],
    ['an error that is not a service error', new Error('RequestTimeout'), false],
    ['nothing', undefined, false]
  ])('%s: %p', (_name, error, expected) => {
    expect(isNoAnswer(error)).toBe(expected)
  })
})
