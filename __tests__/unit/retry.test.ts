import { describe, expect, it } from '@jest/globals'
import { backoffDelay, retrying, sleep, type Backoff } from '../../src/upload/retry.js'

function backoff(retries: number, random = () => 0.5): Backoff & { slept: number[] } {
  const slept: number[] = []
  return {
    retries,
    baseDelayMs: 100,
    maxDelayMs: 1000,
    random,
    slept,
    sleep: async ms => void slept.push(ms)
  }
}

class Transient extends Error {}

describe('backoffDelay: full jitter over a capped exponential', () => {
  it.each<[number, number, number]>([
    [0, 1, 100],
    [1, 1, 200],
    [3, 1, 800],
    [4, 1, 1000],
    [10, 1, 1000],
    [3, 0.5, 400],
    [3, 0, 0]
  ])('retry %i with random %p waits %i ms at most', (retry, random, expected) => {
    expect(backoffDelay(retry, { baseDelayMs: 100, maxDelayMs: 1000, random: () => random * 0.99999999 })).toBe(
      Math.floor(expected * 0.99999999)
    )
  })
})

describe('retrying', () => {
  it('retries retryable errors until success, backing off each time', async () => {
    const timing = backoff(3)
    let calls = 0
    const value = await retrying(
      async () => (++calls < 3 ? Promise.reject(new Transient()) : 'ok'),
      e => e instanceof Transient,
      { backoff: timing }
    )
    expect(value).toBe('ok')
    expect(calls).toBe(3)
    expect(timing.slept).toEqual([50, 100])
  })

  it.each([0, 1, 4])('gives up after %i retries with the last error', async retries => {
    let calls = 0
    const error = new Transient('last')
    await expect(
      retrying(
        async () => Promise.reject((calls++, error)),
        () => true,
        { backoff: backoff(retries) }
      )
    ).rejects.toBe(error)
    expect(calls).toBe(retries + 1)
  })

  it('does not retry an error that is not retryable', async () => {
    let calls = 0
    await expect(
      retrying(
        async () => Promise.reject((calls++, new Error('permanent'))),
        e => e instanceof Transient,
        { backoff: backoff(5) }
      )
    ).rejects.toThrow('permanent')
    expect(calls).toBe(1)
  })

  it('starts no attempt after the signal aborts', async () => {
    const controller = new AbortController()
    let calls = 0
    const attempt = async (): Promise<never> => {
      calls++
      controller.abort()
      throw new Transient()
    }
    await expect(retrying(attempt, () => true, { backoff: backoff(5), signal: controller.signal })).rejects.toBeInstanceOf(Transient)
    expect(calls).toBe(1)
  })

  it('reports each retry', async () => {
    const seen: Array<[number, number]> = []
    let calls = 0
    await retrying(
      async () => (++calls < 3 ? Promise.reject(new Transient()) : 1),
      () => true,
      {
        backoff: backoff(3),
        onRetry: (_e, n, delay) => void seen.push([n, delay])
      }
    )
    expect(seen).toEqual([
      [1, 50],
      [2, 100]
    ])
  })
})

describe('sleep', () => {
  it('ends at once when the signal aborts', async () => {
    const controller = new AbortController()
    const slept = sleep(60_000, controller.signal)
    controller.abort()
    await expect(slept).resolves.toBeUndefined()
  })
})
