import { describe, expect, it } from '@jest/globals'
import { amount } from '../../src/report/messages.js'

describe('amount', () => {
  it.each([
    [0, '0'],
    [7, '7'],
    [999, '999'],
    [1000, '1,000'],
    [1990, '1,990'],
    [20000, '20,000'],
    [1234567, '1,234,567']
  ])('writes %d as %s, whatever the locale', (n, written) => {
    expect(amount(n)).toBe(written)
  })
})
