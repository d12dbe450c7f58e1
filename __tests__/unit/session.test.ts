/**
 * One run's session through its public methods, against a fake port and a fake clock: the settings
 * its uploads run with, one backoff shared by uploads, lookups and deletions, each VOD API at its own
 * rate, throttling waited out until the stall time, and a cancel. (session-pacing.test.ts: the rates.)
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { CancelledError } from '../../src/shared/errors.js'
import type { UploadServices } from '../../src/services/port.js'
import { UploadSession, type SessionOverrides } from '../../src/upload/session.js'
import type { UploadSettings } from '../../src/upload/pipeline-options.js'
import { FakeClock } from '../helpers/fake-clock.js'
import { deferred, failures, fakeUpload, imageFolder, recordedEvents, ticketId } from '../helpers/fake-upload.js'

let folder: Awaited<ReturnType<typeof imageFolder>>
beforeEach(async () => {
  folder = await imageFolder()
})
afterEach(() => folder.remove())

const SETTINGS: UploadSettings = { concurrency: 4, retries: 2, timeoutMs: 1000, requestsPerSecond: 0, multipartThreshold: 10 * 1024 ** 2 }

function sessionWith(
  services: UploadServices,
  settings: Partial<UploadSettings> = {},
  overrides: SessionOverrides = {},
  cancellation = { signal: new AbortController().signal, deadline: new AbortController().signal }
): { session: UploadSession; slept: number[] } {
  const slept: number[] = []
  const session = new UploadSession({
    settings: { ...SETTINGS, ...settings },
    services,
    cancellation,
    // The fake's tickets are received at its clock's time: the same clock tells how long they have left.
    overrides: { backoff: { random: () => 0.5, sleep: async ms => void slept.push(ms) }, now: () => 1_000_000, ...overrides }
  })
  return { session, slept }
}

/** Lets the event loop turn (real file reads) until the condition holds. */
async function until(condition: () => boolean): Promise<void> {
  for (let turns = 0; !condition(); turns++) {
    if (turns > 10_000) throw new Error('the condition never held')
    await new Promise(resolve => setImmediate(resolve))
  }
}

/** Moves the fake clock on in steps, letting real file reads finish in between, until the work is done. */
async function onClock<T>(clock: FakeClock, work: Promise<T>, stepMs = 50): Promise<T> {
  let done = false
  void work.finally(() => (done = true)).catch(() => undefined)
  for (let steps = 0; !done && steps < 2000; steps++) {
    await new Promise(resolve => setImmediate(resolve))
    await clock.advance(stepMs)
  }
  return work
}

describe('UploadSession: the uploads', () => {
  it('run at the configured concurrency', async () => {
    const tasks = await Promise.all([1, 2, 3, 4, 5, 6].map(n => folder.image(`${n}.png`, 10)))
    const held: Array<() => void> = []
    const services = fakeUpload({ put: tasks.map(() => () => new Promise(resolve => held.push(() => resolve({})))) })
    const { session } = sessionWith(services, { concurrency: 3 })
    const all = session.uploadAll(tasks, recordedEvents())
    for (let released = 0; released < tasks.length; released++) {
      await until(() => held.length >= Math.min(3, tasks.length - released))
      held.shift()?.()
    }
    expect((await all).map(result => result.status)).toEqual(tasks.map(() => 'uploaded'))
    expect(services.maxInFlight).toBe(3)
  })

  it('without overrides: the real clock, the default backoff and no flow clock', async () => {
    const task = await folder.image('a.png', 10)
    const services = fakeUpload({ now: Date.now })
    const session = new UploadSession({
      settings: SETTINGS,
      services,
      cancellation: { signal: new AbortController().signal, deadline: new AbortController().signal }
    })
    expect((await session.uploadAll([task], recordedEvents())).map(result => result.status)).toEqual(['uploaded'])
    await session.deleteImages(['a'])
    expect(services.deletions).toEqual([['a']])
  })

  it('retry as many times as the settings say, with the backoff given', async () => {
    const task = await folder.image('a.png', 10)
    const services = fakeUpload({ create: [failures.unavailable(), failures.unavailable(), failures.unavailable()] })
    const { session, slept } = sessionWith(
      services,
      { retries: 2 },
      { backoff: { baseDelayMs: 10, random: () => 0.5, sleep: async ms => void slept.push(ms) } }
    )
    const [result] = await session.uploadAll([task], recordedEvents())
    expect(result.error).toMatchObject({ stage: 'create', code: 'ServiceUnavailable' })
    expect(services.creates).toHaveLength(3)
    expect(slept).toEqual([5, 10])
  })

  it('keep the default backoff for what an override leaves out', async () => {
    const task = await folder.image('a.png', 10)
    const services = fakeUpload({ create: [failures.unavailable()] })
    const { session } = sessionWith(services, { retries: 1 }, { backoff: { random: () => 0 } })
    const [result] = await session.uploadAll([task], recordedEvents())
    expect(result.status).toBe('uploaded')
  })

  it('go up in parts above the multipart threshold', async () => {
    const task = await folder.image('a.png', 150 * 1024)
    const services = fakeUpload()
    const { session } = sessionWith(services, { multipartThreshold: 100 * 1024 })
    await session.uploadAll([task], recordedEvents())
    expect(services.puts[0].object.parts).toHaveLength(2)
  })

  it.each([
    ['more than the timeout and a minute left: used', 61_001, ['CreateUploadImage', 'PutObject']],
    ['the timeout and a minute left: renewed', 61_000, ['CreateUploadImage', 'DeleteImage', 'CreateUploadImage', 'DeleteImage']]
  ])('renew a credential with %s', async (_name, leftMs, calls) => {
    const task = await folder.image('a.png', 10)
    const services = fakeUpload({ now: () => 0 })
    const { session } = sessionWith(services, { timeoutMs: 1000, retries: 1 }, { now: () => 3_600_000 - leftMs })
    await session.uploadAll([task], recordedEvents())
    expect(services.calls.slice(0, 4)).toEqual(calls)
  })

  it('stop at the cancel, and at the deadline stop waiting', async () => {
    const tasks = await Promise.all([1, 2].map(n => folder.image(`${n}.png`, 10)))
    const signal = new AbortController()
    const deadline = new AbortController()
    const never = deferred<object>()
    const services = fakeUpload({ put: [() => never.promise] })
    const { session } = sessionWith(services, { concurrency: 1 }, {}, { signal: signal.signal, deadline: deadline.signal })
    const all = session.uploadAll(tasks, recordedEvents())
    await until(() => services.puts.length > 0)
    signal.abort()
    deadline.abort()
    const results = await all
    expect(results.map(result => result.error?.code)).toEqual(['Cancelled', 'Cancelled'])
    expect(results[0].orphanedImageIds).toEqual([ticketId(1)])
    expect(results[1].error?.stage).toBe('queued')
  })

  it.each([
    ['a rate', 10, { calls: 1, throttled: 0, configuredRate: 10 }],
    ['no rate', 0, undefined]
  ])('with requests-per-second %s, CreateUploadImage is paced and counted', async (_name, requestsPerSecond, stats) => {
    const task = await folder.image('a.png', 10)
    const clock = new FakeClock()
    const { session } = sessionWith(fakeUpload(), { requestsPerSecond }, { flowClock: clock })
    await session.uploadAll([task], recordedEvents())
    const counted = session.flowStats()
    expect(counted && { calls: counted.calls, throttled: counted.throttled, configuredRate: counted.configuredRate }).toEqual(stats)
    expect(Object.keys(session.flowStatsByApi())).toEqual(stats ? ['CreateUploadImage'] : [])
  })

  it('an abandoned ImageId is deleted at the DeleteImage rate', async () => {
    const task = await folder.image('a.png', 10)
    const clock = new FakeClock()
    const services = fakeUpload({ put: [failures.permanent('PutObject', 'oss')] })
    const { session } = sessionWith(services, {}, { flowClock: clock })
    await session.uploadAll([task], recordedEvents())
    expect(services.deletions).toEqual([[ticketId(1)]])
    expect(session.flowStatsByApi().DeleteImage).toMatchObject({ calls: 1, configuredRate: 45 })
  })
})

describe('UploadSession: lookups and deletions', () => {
  it.each([
    ['GetImageInfos', (session: UploadSession) => session.getImageInfos(['a', 'b'], { authTimeoutSeconds: 600 })],
    ['DeleteImage', (session: UploadSession) => session.deleteImages(['a', 'b'])]
  ])('%s is retried after a transient failure, with the same backoff as the uploads', async (api, call) => {
    const failure = failures.unavailable(api)
    const services = fakeUpload({ lookup: [failure, failure], delete: [failure, failure] })
    const { session, slept } = sessionWith(services, { retries: 2 })
    await call(session)
    expect(services.calls).toEqual([api, api, api])
    expect(slept).toEqual([250, 500])
  })

  it('passes the ids and options through, and gives back what VOD said', async () => {
    const asked: unknown[] = []
    const answer = { infos: [], nonExistImageIds: ['a'] }
    const services = { ...fakeUpload(), getImageInfos: async (...args: unknown[]) => (asked.push(args), answer) }
    const { session } = sessionWith(services)
    expect(await session.getImageInfos(['a'], { authTimeoutSeconds: 600 })).toBe(answer)
    expect(asked).toEqual([[['a'], { authTimeoutSeconds: 600 }]])
  })

  it('gives up after the last retry with the last error', async () => {
    const failure = failures.unavailable('DeleteImage')
    const services = fakeUpload({ delete: [failure, failure] })
    const { session } = sessionWith(services, { retries: 1 })
    await expect(session.deleteImages(['a'])).rejects.toBe(failure)
    expect(services.deletions).toHaveLength(2)
  })

  it('an answer about the call is not retried', async () => {
    const failure = failures.permanent('GetImageInfos')
    const services = fakeUpload({ lookup: [failure] })
    const { session } = sessionWith(services, { retries: 3 })
    await expect(session.getImageInfos(['a'])).rejects.toBe(failure)
    expect(services.lookups).toHaveLength(1)
  })

  it('after a cancel nothing is called: the call is refused as cancelled', async () => {
    const services = fakeUpload()
    const { session } = sessionWith(services, {}, {}, { signal: AbortSignal.abort(), deadline: new AbortController().signal })
    await expect(session.deleteImages(['a'])).rejects.toBeInstanceOf(CancelledError)
    await expect(session.getImageInfos(['a'])).rejects.toBeInstanceOf(CancelledError)
    expect(services.calls).toEqual([])
  })

  it('a cancel during the backoff retries nothing more', async () => {
    const controller = new AbortController()
    const failure = failures.unavailable('DeleteImage')
    const services = fakeUpload({ delete: [failure, failure, failure] })
    const session = new UploadSession({
      settings: { ...SETTINGS, retries: 3 },
      services,
      cancellation: { signal: controller.signal, deadline: new AbortController().signal },
      overrides: { backoff: { random: () => 0.5, sleep: async () => controller.abort() } }
    })
    await expect(session.deleteImages(['a'])).rejects.toBe(failure)
    expect(services.deletions).toHaveLength(1)
  })

  it('a throttled lookup waits for the retry-after and goes again, outside the retry budget', async () => {
    const clock = new FakeClock()
    const sentAt: number[] = []
    const services = fakeUpload({ lookup: [failures.throttled(700, 'GetImageInfos')], onCall: () => void sentAt.push(clock.now()) })
    const { session } = sessionWith(services, { retries: 0 }, { flowClock: clock })
    await onClock(clock, session.getImageInfos(['a']))
    expect(sentAt).toHaveLength(2)
    expect(sentAt[1] - sentAt[0]).toBeGreaterThanOrEqual(700)
    expect(session.flowStatsByApi().GetImageInfos).toMatchObject({ calls: 2, throttled: 1 })
  })

  it('throttled with no success for timeout × (retries + 1): given up with the throttling error', async () => {
    const clock = new FakeClock()
    const start = clock.now()
    let givenUpAt = 0
    const throttled = failures.throttled(300, 'DeleteImage')
    const services = fakeUpload({ delete: Array.from({ length: 100 }, () => throttled) })
    const { session } = sessionWith(services, { timeoutMs: 1000, retries: 1 }, { flowClock: clock })
    const deletion = session.deleteImages(['a']).finally(() => (givenUpAt = clock.now()))
    await expect(onClock(clock, deletion)).rejects.toBe(throttled)
    expect(givenUpAt - start).toBeGreaterThanOrEqual(2000)
    expect(givenUpAt - start).toBeLessThan(3000)
  })

  it('each API at its own rate: the calls of one do not wait for the other', async () => {
    const clock = new FakeClock()
    const { session } = sessionWith(fakeUpload(), { requestsPerSecond: 1 }, { flowClock: clock })
    await onClock(clock, Promise.all([session.getImageInfos(['a']), session.deleteImages(['a'])]))
    const stats = session.flowStatsByApi()
    expect(Object.keys(stats).sort()).toEqual(['DeleteImage', 'GetImageInfos'])
    expect(stats.GetImageInfos).toMatchObject({ calls: 1, configuredRate: 9 })
    expect(stats.DeleteImage).toMatchObject({ calls: 1, configuredRate: 45 })
  })
})
