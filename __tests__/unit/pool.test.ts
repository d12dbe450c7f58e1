import { describe, expect, it } from '@jest/globals'
import { mapConcurrent } from '../../src/shared/pool.js'

describe('mapConcurrent', () => {
  it.each([1, 3, 8])('never runs more than %i at once, and reaches it', async limit => {
    let running = 0
    let peak = 0
    const results = await mapConcurrent(
      Array.from({ length: 20 }, (_, i) => i),
      limit,
      async item => {
        running++
        peak = Math.max(peak, running)
        expect(running).toBeLessThanOrEqual(limit)
        await new Promise(resolve => setImmediate(resolve))
        running--
        return item * 2
      }
    )
    expect(peak).toBe(limit)
    expect(results).toEqual(Array.from({ length: 20 }, (_, i) => i * 2))
  })

  it('starts nothing once shouldStart says no', async () => {
    const started: number[] = []
    await mapConcurrent(
      [1, 2, 3, 4],
      1,
      async item => void started.push(item),
      () => started.length < 2
    )
    expect(started).toEqual([1, 2])
  })

  it('keeps one place per item when shouldStart stops it early, the unstarted ones empty', async () => {
    let started = 0
    const results = await mapConcurrent(
      ['a', 'b', 'c', 'd'],
      2,
      async item => {
        started++
        return item.toUpperCase()
      },
      () => started < 2
    )
    expect(results).toHaveLength(4)
    expect(results.slice(0, 2)).toEqual(['A', 'B'])
    expect(2 in results || 3 in results).toBe(false)
  })

  it.each([0, -1, 1.5, NaN])('refuses concurrency %p, naming it', async limit => {
    await expect(mapConcurrent([1], limit, async x => x)).rejects.toThrow(
      new RangeError(`concurrency must be a positive integer, got ${limit}`)
    )
  })
})
