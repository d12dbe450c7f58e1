/**
 * One request rate per VOD API: GetImageInfos at 90% of 10/s and DeleteImage at 90% of 50/s, paced
 * even when requests-per-second (CreateUploadImage's rate) is off. On a fake clock: no real sleep.
 */
import { describe, expect, it } from '@jest/globals'
import { UploadSession } from '../../src/upload/session.js'
import type { UploadServices } from '../../src/services/port.js'
import { FakeClock } from '../helpers/fake-clock.js'

function sessionOn(clock: FakeClock, requestsPerSecond: number): { session: UploadSession; sent: Record<string, number[]> } {
  const sent: Record<string, number[]> = { GetImageInfos: [], DeleteImage: [] }
  const services: UploadServices = {
    createUploadImage: () => Promise.reject(new Error('not called')),
    putObject: () => Promise.reject(new Error('not called')),
    getImageInfos: async () => {
      sent.GetImageInfos.push(clock.now())
      return { infos: [], nonExistImageIds: [] }
    },
    deleteImages: async () => void sent.DeleteImage.push(clock.now())
  }
  const never = new AbortController().signal
  const session = new UploadSession({
    settings: { concurrency: 8, retries: 0, timeoutMs: 60_000, requestsPerSecond, multipartThreshold: 10 * 1024 ** 2 },
    services,
    cancellation: { signal: never, deadline: never },
    overrides: { flowClock: clock }
  })
  return { session, sent }
}

const gaps = (times: number[]): number[] => times.slice(1).map((time, i) => Math.round(time - times[i]))

describe('per-API pacing', () => {
  it.each([
    ['auto', 72],
    ['off', 0]
  ])('with requests-per-second %s, lookups go at 9/s and deletions at 45/s, each on its own', async (_name, requestsPerSecond) => {
    const clock = new FakeClock()
    const { session, sent } = sessionOn(clock, requestsPerSecond)
    const calls = Array.from({ length: 5 }, () => [session.getImageInfos(['a']), session.deleteImages(['a'])]).flat()
    await clock.advance(1000)
    await Promise.all(calls)
    expect(gaps(sent.GetImageInfos)).toEqual([111, 111, 111, 111])
    expect(gaps(sent.DeleteImage)).toEqual([22, 22, 22, 22])
    const stats = session.flowStatsByApi()
    expect(stats.GetImageInfos).toMatchObject({ calls: 5, throttled: 0, configuredRate: 9 })
    expect(stats.DeleteImage).toMatchObject({ calls: 5, throttled: 0, configuredRate: 45 })
    expect(stats.CreateUploadImage).toBeUndefined()
    expect(session.flowStats()?.configuredRate).toBe(requestsPerSecond || undefined)
  })
})
