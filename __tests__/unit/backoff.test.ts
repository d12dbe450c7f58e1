/** The waits between attempts: sleep() on fake timers, the default backoff, and a cancel that arrives during a wait. */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { getEventListeners } from 'node:events'
import { defaultBackoff, retrying, sleep, type Backoff } from '../../src/upload/retry.js'

class Transient extends Error {}

/** Whether the promise has settled, without waiting for it. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false
  void promise.then(() => (done = true))
  await jest.advanceTimersByTimeAsync(0)
  return done
}

describe('sleep', () => {
  beforeEach(() => void jest.useFakeTimers())
  afterEach(() => void jest.useRealTimers())

  it.each<[string, AbortSignal | undefined]>([
    ['without a signal', undefined],
    ['with a signal that never aborts', new AbortController().signal]
  ])('waits the whole time %s, and not a millisecond more', async (_name, signal) => {
    const slept = sleep(1000, signal)
    await jest.advanceTimersByTimeAsync(999)
    expect(await settled(slept)).toBe(false)
    await jest.advanceTimersByTimeAsync(1)
    expect(await settled(slept)).toBe(true)
  })

  it('does not wait at all when the signal has already aborted, and sets no timer', async () => {
    const slept = sleep(60_000, AbortSignal.abort())
    expect(jest.getTimerCount()).toBe(0)
    expect(await settled(slept)).toBe(true)
  })

  it('ends at once when the signal aborts during the wait, clearing its timer', async () => {
    const controller = new AbortController()
    const slept = sleep(60_000, controller.signal)
    await jest.advanceTimersByTimeAsync(10)
    expect(jest.getTimerCount()).toBe(1)
    controller.abort()
    expect(await settled(slept)).toBe(true)
    expect(jest.getTimerCount()).toBe(0)
  })

  it.each<[string, (controller: AbortController) => Promise<void>]>([
    ['after the wait ends', async () => void (await jest.advanceTimersByTimeAsync(1000))],
    ['after an abort', async controller => void controller.abort()]
  ])('leaves no listener on the run-wide signal %s: thousands of waits share it', async (_name, end) => {
    const controller = new AbortController()
    const slept = sleep(1000, controller.signal)
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(1)
    await end(controller)
    await slept
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0)
  })
})

describe('defaultBackoff', () => {
  it('waits up to 0.5 s, doubling, capped at 20 s, with random jitter and the real sleep', () => {
    expect(defaultBackoff(7)).toEqual({ retries: 7, baseDelayMs: 500, maxDelayMs: 20_000, random: Math.random, sleep })
  })
})

describe('retrying when the run is cancelled during a wait', () => {
  it('starts no further attempt and rethrows the last error', async () => {
    const controller = new AbortController()
    const backoff: Backoff = {
      retries: 5,
      baseDelayMs: 100,
      maxDelayMs: 1000,
      random: () => 0.5,
      sleep: async () => controller.abort()
    }
    const errors = [new Transient('first')]
    let calls = 0
    const attempt = async (): Promise<never> => {
      calls++
      throw errors[0]
    }
    await expect(retrying(attempt, () => true, { backoff, signal: controller.signal })).rejects.toBe(errors[0])
    expect(calls).toBe(1)
  })

  it('passes the run-wide signal to the wait, so that a cancel cuts it short', async () => {
    const controller = new AbortController()
    const signals: Array<AbortSignal | undefined> = []
    const backoff: Backoff = {
      retries: 1,
      baseDelayMs: 100,
      maxDelayMs: 1000,
      random: () => 0.5,
      sleep: async (_ms, signal) => void signals.push(signal)
    }
    let calls = 0
    await retrying(
      async () => (++calls < 2 ? Promise.reject(new Transient()) : 'ok'),
      () => true,
      { backoff, signal: controller.signal }
    )
    expect(signals).toEqual([controller.signal])
  })
})
