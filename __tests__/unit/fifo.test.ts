/** The queue under FlowControl: first in, first out, and the taken front dropped once it is most of the array. */
import { describe, expect, it } from '@jest/globals'
import { COMPACT_AFTER, Fifo } from '../../src/shared/fifo.js'

function filled(count: number): Fifo<number> {
  const queue = new Fifo<number>()
  for (let i = 0; i < count; i++) queue.push(i)
  return queue
}

describe('Fifo', () => {
  it('gives items back in the order they came, and counts what is left', () => {
    const queue = filled(3)
    expect([queue.size, queue.at(0), queue.at(2)]).toEqual([3, 0, 2])
    expect(queue.shift()).toBe(0)
    expect([queue.size, queue.at(0), queue.at(1)]).toEqual([2, 1, 2])
    queue.push(3)
    expect([queue.shift(), queue.shift(), queue.shift(), queue.size]).toEqual([1, 2, 3, 0])
  })

  it('dropWhile takes from the front only while the test passes, and stops at an empty queue', () => {
    const queue = filled(5)
    queue.dropWhile(item => item < 2)
    expect([queue.size, queue.at(0)]).toEqual([3, 2])
    queue.dropWhile(item => item % 2 === 1)
    expect(queue.size).toBe(3)
    queue.dropWhile(() => true)
    expect(queue.size).toBe(0)
    queue.dropWhile(() => true)
    expect(queue.size).toBe(0)
  })

  // Each row: items pushed, items then taken, and the array's length after (taken items are dropped
  // once there are COMPACT_AFTER of them or more and they are at least half the array).
  it.each<[string, number, number, number]>([
    ['fewer taken than COMPACT_AFTER, though most of the array', COMPACT_AFTER, COMPACT_AFTER - 1, COMPACT_AFTER],
    ['COMPACT_AFTER taken, exactly half the array', 2 * COMPACT_AFTER, COMPACT_AFTER, COMPACT_AFTER],
    ['COMPACT_AFTER taken, less than half the array', 2 * COMPACT_AFTER + 1, COMPACT_AFTER, 2 * COMPACT_AFTER + 1],
    ['all of COMPACT_AFTER taken', COMPACT_AFTER, COMPACT_AFTER, 0]
  ])('%s', (_name, pushed, taken, stored) => {
    const byShift = filled(pushed)
    for (let i = 0; i < taken; i++) byShift.shift()
    const byDrop = filled(pushed)
    byDrop.dropWhile(item => item < taken)
    for (const queue of [byShift, byDrop]) {
      expect([queue.stored, queue.size, queue.at(0)]).toEqual([stored, pushed - taken, taken < pushed ? taken : undefined])
    }
  })
})
