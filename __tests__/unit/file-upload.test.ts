/**
 * One file's way through its stages (read, CreateUploadImage, PutObject) against a fake port: retries,
 * an expired or expiring credential and its renewal, an invalid ticket, throttling, cancellation at
 * each stage, unanswered creates, small files sent from memory, and what a failure records.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { FileReadError, ServiceError } from '../../src/shared/errors.js'
import { digestOf } from '../../src/files/hash.js'
import { FlowControl } from '../../src/services/flow-control.js'
import type { UploadServices } from '../../src/services/port.js'
import type { UploadTask } from '../../src/plan/plan.js'
import { Breaker } from '../../src/upload/breaker.js'
import { FileUpload } from '../../src/upload/file-upload.js'
import type { PipelineOptions } from '../../src/upload/pipeline-options.js'
import { FakeClock } from '../helpers/fake-clock.js'
import {
  deferred,
  failures,
  fakeUpload,
  imageFolder,
  instantBackoff,
  pipelineOptions,
  recordedEvents,
  ticket,
  ticketId
} from '../helpers/fake-upload.js'

const KiB = 1024

let folder: Awaited<ReturnType<typeof imageFolder>>
beforeEach(async () => {
  folder = await imageFolder()
})
afterEach(() => folder.remove())

function uploadOf(task: UploadTask, services: UploadServices, options: Partial<PipelineOptions> = {}, breaker = new Breaker(1)) {
  const events = recordedEvents()
  const upload = new FileUpload(task, services, events, pipelineOptions(options), breaker)
  return { upload, events, breaker }
}

async function runOne(task: UploadTask, services: UploadServices, options: Partial<PipelineOptions> = {}, breaker = new Breaker(1)) {
  const { upload, events } = uploadOf(task, services, options, breaker)
  const result = await upload.run()
  return { result, events, breaker }
}

/** Moves the fake clock on in steps, letting real file reads finish in between, until the upload is done. */
async function onClock<T>(clock: FakeClock, running: Promise<T>, stepMs = 100): Promise<T> {
  let done = false
  void running.finally(() => (done = true)).catch(() => undefined)
  for (let steps = 0; !done && steps < 1000; steps++) {
    await new Promise(resolve => setImmediate(resolve))
    await clock.advance(stepMs)
  }
  return running
}

const md5 = (bytes: Buffer): string => createHash('md5').update(bytes).digest('base64')
const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex')

describe('FileUpload: the stages of one file', () => {
  it('a small file: read once and hashed, a ticket, the same bytes sent from memory; the credential masked before anything is said', async () => {
    const task = await folder.image('a.png', 1000)
    const bytes = await fs.readFile(task.file.absolutePath)
    const services = fakeUpload()
    const { result, events } = await runOne(task, services)
    expect(result).toEqual({
      file: task.file,
      status: 'uploaded',
      title: 'a.png',
      tags: ['docs'],
      sha256: sha256(bytes),
      imageId: ticketId(1),
      imageUrl: 'https://img.example.com/1.png',
      fileUrl: 'https://oss.example.com/1.png',
      orphanedImageIds: [],
      unansweredCreates: 0,
      throttledCalls: 0
    })
    expect(services.calls).toEqual(['CreateUploadImage', 'PutObject'])
    expect(services.creates).toEqual([task.params])
    expect(services.puts[0].object).toEqual({ absolutePath: task.file.absolutePath, content: bytes, bytes: 1000, md5Base64: md5(bytes) })
    expect(events.secrets).toEqual([{ masked: ['secret-1', 'token-1'], redacted: ['STS.key-1', 'raw-auth-1'] }])
    expect(events.debugLines).toEqual([
      'shots/a.png: ImageId image-1, object bucket/image/1.png, RequestId VOD-REQ-1',
      'shots/a.png: stored, OSS RequestId OSS-REQ'
    ])
  })

  it('says "none" for a stored object whose answer had no RequestId', async () => {
    const task = await folder.image('a.png', 10)
    const { events } = await runOne(task, fakeUpload({ put: [async () => ({})] }))
    expect(events.debugLines).toContain('shots/a.png: stored, OSS RequestId none')
  })

  it.each([
    ['at most 256 KiB: from memory', 256 * KiB, true],
    ['over 256 KiB: from the open file', 256 * KiB + 1, false]
  ])('a single PutObject of a file %s', async (_name, bytes, fromMemory) => {
    const task = await folder.image('a.png', bytes)
    const services = fakeUpload()
    const { result } = await runOne(task, services)
    const sent = services.puts[0].object
    expect(result.status).toBe('uploaded')
    expect(sent.content !== undefined).toBe(fromMemory)
    // Either way a path to read it by: from the open file, that file's own name where the system has one.
    expect(sent.absolutePath).toEqual(expect.any(String))
    expect(sent.parts).toBeUndefined()
    expect(sent).toMatchObject({ bytes, md5Base64: md5(await fs.readFile(task.file.absolutePath)) })
  })

  it('a file over the multipart threshold goes up in parts from the open file, even when it is small', async () => {
    const task = await folder.image('a.png', 150 * KiB)
    const services = fakeUpload()
    const { result } = await runOne(task, services, { multipartThreshold: 100 * KiB })
    const sent = services.puts[0].object
    expect(result.status).toBe('uploaded')
    expect(sent.content).toBeUndefined()
    expect(sent.parts?.map(part => [part.start, part.end])).toEqual([
      [0, 100 * KiB],
      [100 * KiB, 150 * KiB]
    ])
    expect(services.calls).toEqual(['CreateUploadImage', 'PutObject'])
  })

  it('a file hashed during planning is not hashed again, and a small one is still sent from memory', async () => {
    const task = await folder.image('a.png', 100)
    const bytes = await fs.readFile(task.file.absolutePath)
    const services = fakeUpload()
    const { result } = await runOne({ ...task, digest: { ...digestOf(bytes), sha256Hex: 'from-planning' } }, services)
    expect(result).toMatchObject({ status: 'uploaded', sha256: 'from-planning' })
    expect(services.puts[0].object.content).toEqual(bytes)
  })

  it('sends the bytes it hashed: a file rewritten after it was read does not change what goes up', async () => {
    const task = await folder.image('a.png', 100)
    const hashed = await fs.readFile(task.file.absolutePath)
    const rewrite = async () => {
      await fs.writeFile(task.file.absolutePath, Buffer.alloc(100, 7))
      return ticket(1, 1_000_000)
    }
    const services = fakeUpload({ create: [rewrite] })
    const { result } = await runOne(task, services)
    expect(services.puts[0].object.content).toEqual(hashed)
    expect(result.sha256).toBe(sha256(hashed))
  })

  it('a file whose size changed after planning hashed it fails at the upload stage, and its ImageId is deleted', async () => {
    const task = await folder.image('a.png', 100)
    const services = fakeUpload()
    const { result } = await runOne({ ...task, digest: digestOf(Buffer.alloc(50)) }, services)
    expect(result.error).toMatchObject({ stage: 'upload', code: 'FileChanged' })
    expect(services.calls).toEqual(['CreateUploadImage', 'DeleteImage'])
  })
})

describe('FileUpload: retries', () => {
  it.each([
    ['CreateUploadImage', { create: [failures.unavailable()] }, ['CreateUploadImage', 'CreateUploadImage', 'PutObject'], ticketId(2)],
    ['PutObject', { put: [failures.unavailable('PutObject', 'oss')] }, ['CreateUploadImage', 'PutObject', 'PutObject'], ticketId(1)]
  ])('a transient failure of %s is retried after a backoff, on the same ticket', async (api, script, calls, imageId) => {
    const task = await folder.image('a.png', 10)
    const services = fakeUpload(script)
    const backoff = instantBackoff(1)
    const { result, events } = await runOne(task, services, { backoff })
    expect(result).toMatchObject({ status: 'uploaded', imageId })
    expect(services.calls).toEqual(calls)
    expect(services.puts.map(put => put.imageId)).toEqual(services.puts.map(() => imageId))
    expect(services.deletions).toEqual([])
    expect(backoff.slept).toEqual([50])
    expect(events.debugLines).toContain(`shots/a.png: ${api} failed (ServiceUnavailable); retry 1 of 1 in 50 ms`)
  })

  it('a multipart upload retries each part, never the whole file', async () => {
    const task = await folder.image('a.png', 150 * KiB)
    let partCalls = 0
    const services = fakeUpload({
      put: [
        async (_ticket, _object, parts) => {
          await parts.retry(async () => (++partCalls === 1 ? Promise.reject(failures.unavailable('UploadPart', 'oss')) : undefined))
          return {}
        },
        failures.unavailable('MultipartUpload', 'oss')
      ]
    })
    const backoff = instantBackoff(2)
    const first = await runOne(task, services, { backoff, multipartThreshold: 100 * KiB })
    expect(first.result.status).toBe('uploaded')
    expect(partCalls).toBe(2)
    expect(first.events.debugLines).toContain('shots/a.png: UploadPart failed (ServiceUnavailable); retry 1 of 2 in 50 ms')
    const second = await runOne(task, services, { backoff, multipartThreshold: 100 * KiB })
    expect(second.result.error).toMatchObject({ stage: 'upload', code: 'ServiceUnavailable' })
    expect(services.calls.filter(api => api === 'PutObject')).toHaveLength(2)
  })

  it('after the last retry the file fails with what the last answer said', async () => {
    const task = await folder.image('a.png', 10)
    const services = fakeUpload({ create: [failures.unavailable(), failures.unavailable()] })
    const { result } = await runOne(task, services, { backoff: instantBackoff(1) })
    expect(result.error).toEqual({ stage: 'create', code: 'ServiceUnavailable', message: 'busy', status: 503, requestId: 'REQ-503' })
    expect(services.calls).toEqual(['CreateUploadImage', 'CreateUploadImage'])
  })

  it('an answer about this file alone is not retried', async () => {
    const task = await folder.image('a.png', 10)
    const services = fakeUpload({ create: [failures.permanent()] })
    const { result } = await runOne(task, services, { backoff: instantBackoff(3) })
    expect(result.error).toEqual({ stage: 'create', code: 'InvalidParameter', message: 'bad', status: 400, requestId: 'REQ-400' })
    expect(services.calls).toEqual(['CreateUploadImage'])
  })
})

describe('FileUpload: what a failure records', () => {
  it.each([
    [
      'CreateUploadImage refused',
      { create: [failures.refused()] },
      { stage: 'create', code: 'Forbidden.RAM', status: 403, requestId: 'REQ-403' },
      {
        refused: { service: 'vod', refusal: 'permission', api: 'CreateUploadImage', code: 'Forbidden.RAM', status: 403 },
        unreachable: undefined
      },
      ['CreateUploadImage']
    ],
    [
      'VOD not reachable',
      { create: [failures.unreachable('vod')] },
      { stage: 'create', code: 'ENOTFOUND' },
      { unreachable: { service: 'vod', cause: 'host-not-found', status: undefined }, refused: undefined },
      ['CreateUploadImage']
    ],
    [
      'OSS not reachable',
      { put: [failures.unreachable('oss')] },
      { stage: 'upload', code: 'ENOTFOUND' },
      { unreachable: { service: 'oss', cause: 'host-not-found', status: undefined }, refused: undefined },
      ['CreateUploadImage', 'PutObject', 'DeleteImage']
    ],
    [
      'PutObject refused for this file',
      { put: [failures.permanent('PutObject', 'oss')] },
      { stage: 'upload', code: 'InvalidParameter', status: 400, requestId: 'REQ-400' },
      { unreachable: undefined, refused: undefined },
      ['CreateUploadImage', 'PutObject', 'DeleteImage']
    ]
  ])('%s: stage, code, status and request id; the ImageId held is deleted', async (_name, script, error, extra, calls) => {
    const task = await folder.image('a.png', 10)
    const services = fakeUpload(script)
    const { result } = await runOne(task, services)
    expect(result).toMatchObject({ status: 'failed', error, ...extra })
    expect(result.imageId).toBeUndefined()
    expect(result.orphanedImageIds).toEqual([])
    expect(services.calls).toEqual(calls)
    expect(services.deletions).toEqual(calls.includes('DeleteImage') ? [[ticketId(1)]] : [])
  })

  it('a file that cannot be read fails at the read stage, before any call', async () => {
    const task = await folder.image('a.png', 10)
    await fs.rm(task.file.absolutePath)
    const services = fakeUpload()
    const { result, events } = await runOne(task, services)
    expect(result.error).toMatchObject({ stage: 'read', code: 'ENOENT' })
    expect(services.calls).toEqual([])
    expect(events.debugLines).toEqual([])
  })

  it.each([
    ['an Error from a library: its stack', new TypeError('boom'), /^shots\/a\.png: upload failed unexpectedly: TypeError: boom\n/],
    [
      'an Error without a stack: its message',
      Object.assign(new Error('boom'), { stack: undefined }),
      /^shots\/a\.png: upload failed unexpectedly: boom$/
    ],
    ['something thrown that is not an Error', 'a string', /^shots\/a\.png: upload failed unexpectedly: a string$/],
    [
      "an UnexpectedError: the library's own error it wraps",
      new ServiceError(
        { service: 'oss', api: 'PutObject', code: 'UnexpectedError', detail: 'unexpected', kind: 'permanent' },
        new RangeError('deep')
      ),
      /^shots\/a\.png: upload failed unexpectedly: RangeError: deep\n/
    ]
  ])('an unexpected failure goes to the debug log only: %s', async (_name, thrown, line) => {
    const task = await folder.image('a.png', 10)
    // A library may throw anything, not only an Error.
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
    const { result, events } = await runOne(task, fakeUpload({ put: [() => Promise.reject(thrown)] }))
    expect(result.error).toMatchObject({ stage: 'upload', code: 'UnexpectedError' })
    expect(result.error?.message).not.toContain('boom')
    expect(events.debugLines.filter(text => text.includes('unexpectedly'))).toEqual([expect.stringMatching(line)])
  })

  it.each([
    ['an answer', failures.permanent('PutObject', 'oss')],
    [
      'an UnexpectedError with nothing wrapped',
      new ServiceError({ service: 'oss', api: 'PutObject', code: 'UnexpectedError', detail: 'x', kind: 'permanent' })
    ],
    ['a file that changed', new FileReadError('shots/a.png', 'FileChanged', 'changed')]
  ])('%s is not logged as unexpected', async (_name, thrown) => {
    const task = await folder.image('a.png', 10)
    const { events } = await runOne(task, fakeUpload({ put: [thrown] }))
    expect(events.debugLines.filter(text => text.includes('unexpectedly'))).toEqual([])
  })

  it('a fault of the run itself (an event handler that throws) is not turned into a file failure', async () => {
    const task = await folder.image('a.png', 10)
    const events = recordedEvents()
    const fault = new Error('handler fault')
    events.secret = () => {
      throw fault
    }
    const upload = new FileUpload(task, fakeUpload(), events, pipelineOptions(), new Breaker(1))
    await expect(upload.run()).rejects.toBe(fault)
  })
})

describe('FileUpload: the upload credential', () => {
  it('an expired credential gets a new ticket; the abandoned ImageId is deleted', async () => {
    const task = await folder.image('a.png', 10)
    const services = fakeUpload({ put: [failures.expired()] })
    const { result, events } = await runOne(task, services)
    expect(result).toMatchObject({ status: 'uploaded', imageId: ticketId(2), orphanedImageIds: [] })
    expect(services.calls).toEqual(['CreateUploadImage', 'PutObject', 'DeleteImage', 'CreateUploadImage', 'PutObject'])
    expect(services.deletions).toEqual([[ticketId(1)]])
    expect(events.debugLines).toEqual(
      expect.arrayContaining([
        'shots/a.png: the upload credential of ImageId image-1 expired (SecurityTokenExpired); getting a new one',
        'shots/a.png: deleted the unfinished ImageId image-1'
      ])
    )
  })

  it.each([
    [0, 3],
    [2, 3],
    [4, 5]
  ])('with %i retries, a credential that keeps expiring gets %i tickets, then the file fails', async (retries, tickets) => {
    const task = await folder.image('a.png', 10)
    const services = fakeUpload({ put: Array.from({ length: 10 }, () => failures.expired()) })
    const { result } = await runOne(task, services, { backoff: instantBackoff(retries) })
    expect(result.error).toMatchObject({ stage: 'upload', code: 'SecurityTokenExpired' })
    expect(services.creates).toHaveLength(tickets)
    expect(services.deletions).toEqual(Array.from({ length: tickets }, (_, i) => [ticketId(i + 1)]))
    expect(result.orphanedImageIds).toEqual([])
  })

  const used = ['CreateUploadImage', 'PutObject']
  const renewedThrice = ['CreateUploadImage', 'DeleteImage', 'CreateUploadImage', 'DeleteImage', 'CreateUploadImage', 'DeleteImage']
  it.each<[string, number, number, number, string[], string | undefined, number?]>([
    ['more than the margin left: used', 60_000, 600_000, 60_001, used, undefined],
    ['exactly the margin left: renewed', 60_000, 600_000, 60_000, renewedThrice, 'CredentialExpiring'],
    ['a margin over half the life counts as half: more than half left, used', 3_600_000, 600_000, 300_001, used, undefined],
    ['a margin over half the life counts as half: half left, renewed', 3_600_000, 600_000, 300_000, renewedThrice, 'CredentialExpiring'],
    [
      'a margin over half the life, received long after the clock began: its life is what counts',
      3_600_000,
      600_000,
      300_001,
      used,
      undefined,
      5_000_000
    ]
  ])('a credential with %s', async (_name, renewMarginMs, lifeMs, leftMs, calls, code, receivedAt = 0) => {
    const task = await folder.image('a.png', 10)
    const services = fakeUpload({ now: () => receivedAt, ticketLifeMs: lifeMs })
    const { result } = await runOne(task, services, { renewMarginMs, now: () => receivedAt + lifeMs - leftMs })
    expect(services.calls).toEqual(calls)
    expect(result.error?.code).toBe(code)
  })

  it('a credential about to expire is never used: the file fails at the upload stage, its ImageIds deleted', async () => {
    const task = await folder.image('a.png', 10)
    const services = fakeUpload({ now: () => 0 })
    const { result } = await runOne(task, services, { now: () => 3_600_000 })
    expect(result.error).toEqual({
      stage: 'upload',
      code: 'CredentialExpiring',
      message: 'the upload credential expires before an upload could finish',
      status: undefined,
      requestId: undefined
    })
    expect(result.orphanedImageIds).toEqual([])
  })

  it('a multipart upload stops sending parts once the credential is about to expire, and goes on with a new ticket', async () => {
    const task = await folder.image('a.png', 150 * KiB)
    let now = 0
    const stale = async (_ticket: unknown, _object: unknown, parts: { check(): void }) => {
      now = 3_600_000 - 1000
      parts.check()
      return {}
    }
    const services = fakeUpload({ now: () => now, put: [stale] })
    const { result } = await runOne(task, services, { now: () => now, multipartThreshold: 100 * KiB })
    expect(result).toMatchObject({ status: 'uploaded', imageId: ticketId(2) })
    expect(services.calls).toEqual(['CreateUploadImage', 'PutObject', 'DeleteImage', 'CreateUploadImage', 'PutObject'])
  })

  it('an invalid ticket whose ImageId is known: that image is deleted', async () => {
    const task = await folder.image('a.png', 10)
    const services = fakeUpload({ create: [failures.invalidTicket('image-9')] })
    const { result } = await runOne(task, services, { backoff: instantBackoff(2) })
    expect(result.error).toMatchObject({ stage: 'create', code: 'InvalidUploadTicket', requestId: 'REQ-TICKET' })
    expect(services.deletions).toEqual([['image-9']])
    expect(services.calls).toEqual(['CreateUploadImage', 'DeleteImage'])
  })

  it('an invalid ticket without an ImageId: nothing to delete', async () => {
    const task = await folder.image('a.png', 10)
    const services = fakeUpload({ create: [failures.invalidTicket()] })
    const { result } = await runOne(task, services)
    expect(result.error).toMatchObject({ stage: 'create', code: 'InvalidUploadTicket' })
    expect(services.calls).toEqual(['CreateUploadImage'])
  })
})

describe('FileUpload: ImageIds that could not be deleted', () => {
  it('a deletion that fails leaves the ImageId orphaned, and says why in the debug log', async () => {
    const task = await folder.image('a.png', 10)
    const services = fakeUpload({ put: [failures.permanent('PutObject', 'oss')], delete: [failures.permanent('DeleteImage')] })
    const { result, events } = await runOne(task, services)
    expect(result.orphanedImageIds).toEqual([ticketId(1)])
    expect(events.debugLines).toContain('shots/a.png: could not delete ImageId image-1: InvalidParameter: bad')
  })

  it('a deletion is retried, even after a cancel, until the deadline', async () => {
    const task = await folder.image('a.png', 10)
    const controller = new AbortController()
    const cancelAndFail = async () => {
      controller.abort()
      throw failures.permanent('PutObject', 'oss')
    }
    const services = fakeUpload({ put: [cancelAndFail], delete: [failures.unavailable('DeleteImage')] })
    const { result, events } = await runOne(task, services, {
      backoff: instantBackoff(1),
      signal: controller.signal,
      deadline: new AbortController().signal
    })
    expect(services.deletions).toEqual([[ticketId(1)], [ticketId(1)]])
    expect(result.orphanedImageIds).toEqual([])
    expect(events.debugLines).toContain('shots/a.png: DeleteImage failed (ServiceUnavailable); retry 1 of 1 in 50 ms')
  })

  it('past the deadline nothing is deleted: the ImageId is orphaned at once', async () => {
    const task = await folder.image('a.png', 10)
    const deadline = AbortSignal.abort()
    const services = fakeUpload({ put: [failures.permanent('PutObject', 'oss')] })
    const { result } = await runOne(task, services, { deadline })
    expect(services.deletions).toEqual([])
    expect(result.orphanedImageIds).toEqual([ticketId(1)])
  })

  it('a deletion still in flight at the deadline is given up: the ImageId is orphaned', async () => {
    const task = await folder.image('a.png', 10)
    const deadline = new AbortController()
    const never = deferred()
    const services = fakeUpload({
      put: [failures.permanent('PutObject', 'oss')],
      delete: [
        () => {
          deadline.abort()
          return never.promise
        }
      ]
    })
    const { result, events } = await runOne(task, services, { deadline: deadline.signal })
    expect(result.orphanedImageIds).toEqual([ticketId(1)])
    expect(events.debugLines).toContain(
      'shots/a.png: could not delete ImageId image-1: DeadlinePassed: the run had to stop before the deletion finished'
    )
  })

  it('deletions go at the DeleteImage rate', async () => {
    const task = await folder.image('a.png', 10)
    const clock = new FakeClock()
    const deleteFlow = new FlowControl({ ratePerSecond: 10, stallMs: 60_000, clock })
    const createFlow = new FlowControl({ ratePerSecond: 10, stallMs: 60_000, clock })
    await runOne(task, fakeUpload({ put: [failures.permanent('PutObject', 'oss')] }), { deleteFlow, flow: createFlow })
    expect(deleteFlow.stats().calls).toBe(1)
    expect(createFlow.stats().calls).toBe(1)
  })
})

describe('FileUpload: throttling', () => {
  it('a throttled CreateUploadImage waits for the retry-after and is sent again, outside the retry budget', async () => {
    const task = await folder.image('a.png', 10)
    const clock = new FakeClock()
    const flow = new FlowControl({ ratePerSecond: 100, stallMs: 60_000, clock })
    const sentAt: number[] = []
    const services = fakeUpload({
      create: [failures.throttled(500)],
      onCall: api => void (api === 'CreateUploadImage' && sentAt.push(clock.now()))
    })
    const { upload } = uploadOf(task, services, { flow, backoff: instantBackoff(0) })
    const result = await onClock(clock, upload.run())
    expect(result).toMatchObject({ status: 'uploaded', throttledCalls: 1 })
    expect(sentAt[1] - sentAt[0]).toBeGreaterThanOrEqual(500)
    expect(flow.stats()).toMatchObject({ calls: 2, throttled: 1 })
  })

  it('without a rate, a throttled call is retried like any transient failure, from the budget', async () => {
    const task = await folder.image('a.png', 10)
    const services = fakeUpload({ create: [failures.throttled()] })
    const { result } = await runOne(task, services, { backoff: instantBackoff(0) })
    expect(result.error).toMatchObject({ stage: 'create', code: 'Throttling.User', status: 400, requestId: 'REQ-THROTTLED' })
    expect(result.throttledCalls).toBe(0)
  })

  it('throttled while no call succeeds for the stall time: the file gives up and no queued file starts', async () => {
    const task = await folder.image('a.png', 10)
    const clock = new FakeClock()
    const flow = new FlowControl({ ratePerSecond: 100, stallMs: 2000, clock })
    const services = fakeUpload({ create: Array.from({ length: 100 }, () => failures.throttled(400)) })
    const { upload, breaker } = uploadOf(task, services, { flow })
    const result = await onClock(clock, upload.run())
    expect(result.error).toMatchObject({ stage: 'create', code: 'Throttling.User', status: 400, requestId: 'REQ-THROTTLED' })
    expect(result.error?.message).toMatch(/given up$/)
    expect(result.throttledCalls).toBe(services.creates.length)
    expect(breaker.reason).toBe('not attempted: VOD throttled every call (Throttling.User) for too long, up to shots/a.png')
  })

  it('stored bytes count as progress against a stall', async () => {
    const task = await folder.image('a.png', 10)
    const clock = new FakeClock()
    const flow = new FlowControl({ ratePerSecond: 100, stallMs: 4000, clock })
    const slowPut = async () => {
      clock.time += 5000
      return {}
    }
    await runOne(task, fakeUpload({ put: [slowPut] }), { flow })
    expect(flow.stalled()).toBe(false)
  })
})

describe('FileUpload: unanswered creates (VOD may have made an image whose id never came)', () => {
  const timeoutWithStatus = new ServiceError({
    service: 'vod',
    api: 'CreateUploadImage',
    code: 'RequestTimeout',
    status: 504,
    detail: 'gateway timeout',
    kind: 'transient'
  })
  it.each([
    ['a timeout', 3, failures.noAnswer('RequestTimeout')],
    ['a reset connection', 3, failures.noAnswer('ECONNRESET')],
    ['a broken pipe', 3, failures.noAnswer('EPIPE')],
    ['NetworkError (an OSS code: the VOD client never gives it)', 0, failures.noAnswer('NetworkError')],
    ['a refused connection (nothing was sent)', 0, failures.noAnswer('ECONNREFUSED')],
    ['an answer', 0, failures.unavailable()],
    ['a timeout answered by a gateway', 0, timeoutWithStatus]
  ])('%s, three times: %i counted', async (_name, counted, error) => {
    const task = await folder.image('a.png', 10)
    const services = fakeUpload({ create: [error, error, error] })
    const { result } = await runOne(task, services, { backoff: instantBackoff(2) })
    expect(result.unansweredCreates).toBe(counted)
    expect(result.error?.stage).toBe('create')
  })

  it('counted even when a retry then succeeds', async () => {
    const task = await folder.image('a.png', 10)
    const { result } = await runOne(task, fakeUpload({ create: [failures.noAnswer()] }), { backoff: instantBackoff(1) })
    expect(result).toMatchObject({ status: 'uploaded', unansweredCreates: 1 })
  })
})

describe('FileUpload: cancellation at each stage', () => {
  it('cancelled before the file starts: no call is made', async () => {
    const task = await folder.image('a.png', 10)
    const services = fakeUpload()
    const { result, breaker, events } = await runOne(task, services, { signal: AbortSignal.abort() })
    expect(result.error).toEqual({ stage: 'create', code: 'Cancelled', message: 'the run was cancelled before this file was uploaded' })
    expect(services.calls).toEqual([])
    expect(events.debugLines).toEqual([])
    expect(breaker.reason).toBeUndefined()
  })

  it.each([
    ['cut by the cancel: reported cancelled, the breaker left closed', true, 'Cancelled', undefined],
    [
      'with no cancel: its own code, and the breaker opens',
      false,
      'ECONNRESET',
      'not attempted: VOD gave no answer to shots/a.png (ECONNRESET) after every retry'
    ]
  ])('a CreateUploadImage without an answer, %s', async (_name, cancel, code, reason) => {
    const task = await folder.image('a.png', 10)
    const controller = new AbortController()
    const cut = async () => {
      if (cancel) controller.abort()
      throw failures.noAnswer('ECONNRESET')
    }
    const services = fakeUpload({ create: [cut, cut, cut] })
    const { result, breaker } = await runOne(task, services, { signal: controller.signal, backoff: instantBackoff(2) })
    expect(result.error).toMatchObject({ stage: 'create', code })
    expect(result.unansweredCreates).toBe(cancel ? 1 : 3)
    expect(breaker.reason ?? 'closed').toEqual(reason ?? 'closed')
  })

  it('cancelled once the ticket came: nothing is sent, and the ImageId is deleted', async () => {
    const task = await folder.image('a.png', 10)
    const controller = new AbortController()
    const ticketThenCancel = async () => {
      controller.abort()
      return ticket(1, 1_000_000)
    }
    const services = fakeUpload({ create: [ticketThenCancel] })
    const { result } = await runOne(task, services, { signal: controller.signal })
    expect(result.error).toMatchObject({ stage: 'upload', code: 'Cancelled' })
    expect(services.calls).toEqual(['CreateUploadImage', 'DeleteImage'])
  })

  it.each([
    ['a PutObject cut by the cancel: cancelled', failures.noAnswer('ECONNRESET', 'PutObject', 'oss'), 'Cancelled'],
    ['a PutObject answered: what it said', failures.unavailable('PutObject', 'oss'), 'ServiceUnavailable']
  ])('%s, and not retried', async (_name, error, code) => {
    const task = await folder.image('a.png', 10)
    const controller = new AbortController()
    const cancelDuringPut = async () => {
      controller.abort()
      throw error
    }
    const services = fakeUpload({ put: [cancelDuringPut] })
    const { result } = await runOne(task, services, { signal: controller.signal, backoff: instantBackoff(3) })
    expect(result.error).toMatchObject({ stage: 'upload', code })
    expect(services.calls).toEqual(['CreateUploadImage', 'PutObject', 'DeleteImage'])
  })

  it('a multipart upload sends no further part after a cancel', async () => {
    const task = await folder.image('a.png', 150 * KiB)
    const controller = new AbortController()
    const cancelBetweenParts = async (_ticket: unknown, _object: unknown, parts: { check(): void }) => {
      parts.check()
      controller.abort()
      parts.check()
      return {}
    }
    const services = fakeUpload({ put: [cancelBetweenParts] })
    const { result } = await runOne(task, services, { signal: controller.signal, multipartThreshold: 100 * KiB })
    expect(result.error).toMatchObject({ stage: 'upload', code: 'Cancelled' })
  })

  it('a cancel while the credential was renewed: no new ticket', async () => {
    const task = await folder.image('a.png', 10)
    const controller = new AbortController()
    const expiredAndCancelled = async () => {
      controller.abort()
      throw failures.expired()
    }
    const services = fakeUpload({ put: [expiredAndCancelled] })
    const { result } = await runOne(task, services, { signal: controller.signal })
    expect(result.error).toMatchObject({ stage: 'upload', code: 'SecurityTokenExpired' })
    expect(services.calls).toEqual(['CreateUploadImage', 'PutObject', 'DeleteImage'])
  })
})

describe('FileUpload: interrupted at the deadline', () => {
  it('an upload in flight reports the ImageId it holds as orphaned', async () => {
    const task = await folder.image('a.png', 10)
    const held = deferred<{ requestId?: string }>()
    const putStarted = deferred()
    const services = fakeUpload({
      put: [
        () => {
          putStarted.resolve()
          return held.promise
        }
      ]
    })
    const { upload } = uploadOf(task, services)
    const running = upload.run()
    expect(upload.interrupted()).toMatchObject({ orphanedImageIds: [] })
    await putStarted.promise
    expect(upload.interrupted()).toMatchObject({
      status: 'failed',
      orphanedImageIds: [ticketId(1)],
      error: { stage: 'upload', code: 'Cancelled', message: 'the run was cancelled and had to stop before this file finished' }
    })
    held.resolve({})
    expect((await running).status).toBe('uploaded')
  })

  it('with the ImageIds it could not delete before', async () => {
    const task = await folder.image('a.png', 10)
    const held = deferred<{ requestId?: string }>()
    const secondPut = deferred()
    const services = fakeUpload({
      put: [
        failures.expired(),
        () => {
          secondPut.resolve()
          return held.promise
        }
      ],
      delete: [failures.permanent('DeleteImage')]
    })
    const { upload } = uploadOf(task, services)
    const running = upload.run()
    await secondPut.promise
    expect(upload.interrupted().orphanedImageIds).toEqual([ticketId(1), ticketId(2)])
    held.resolve({})
    expect(await running).toMatchObject({ status: 'uploaded', imageId: ticketId(2), orphanedImageIds: [ticketId(1)] })
  })
})

describe('FileUpload and the breaker', () => {
  it('a success closes the count of files without an answer; an answered failure does too', async () => {
    const breaker = new Breaker(2)
    const noAnswer = failures.noAnswer()
    breaker.failed('other.png', noAnswer)
    await runOne(await folder.image('a.png', 10), fakeUpload(), {}, breaker)
    breaker.failed('other.png', noAnswer)
    expect(breaker.reason).toBeUndefined()
    await runOne(await folder.image('b.png', 10), fakeUpload({ create: [failures.permanent()] }), {}, breaker)
    breaker.failed('other.png', noAnswer)
    expect(breaker.reason).toBeUndefined()
    breaker.failed('other.png', noAnswer)
    expect(breaker.reason).toBeDefined()
  })

  it('a refusal opens it at once', async () => {
    const { breaker } = await runOne(await folder.image('a.png', 10), fakeUpload({ create: [failures.refused()] }), {}, new Breaker(5))
    expect(breaker.reason).toMatch(/^not attempted: VOD refused CreateUploadImage \(Forbidden\.RAM\) for shots\/a\.png/)
  })
})
