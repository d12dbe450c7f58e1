/** The V8 flags that keep a long run's heap small are the ones set, each by name and value. */
import { afterEach, describe, expect, it, jest } from '@jest/globals'
import v8 from 'node:v8'
import { keepHeapSmall, LEAN_HEAP_FLAGS } from '../../src/shared/heap.js'

describe('keepHeapSmall', () => {
  afterEach(() => {
    jest.restoreAllMocks()
  })

  it('sets the young generation to keep its size and the old one to grow by half', () => {
    const set = jest.spyOn(v8, 'setFlagsFromString').mockImplementation(() => undefined)
    keepHeapSmall()
    expect(set.mock.calls).toEqual([['--semi-space-growth-factor=1'], ['--heap-growing-percent=50']])
    expect(LEAN_HEAP_FLAGS).toEqual(['--semi-space-growth-factor=1', '--heap-growing-percent=50'])
  })
})
