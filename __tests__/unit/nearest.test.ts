/** How far a typo may be from the word it meant: a third of its length, at least 1 edit and at most 3. */
import { describe, expect, it } from '@jest/globals'
import { editDistance, nearest } from '../../src/shared/nearest.js'

describe('editDistance', () => {
  it.each<[string, string, number]>([
    ['', '', 0],
    ['abc', '', 3],
    ['', 'abc', 3],
    ['kitten', 'sitting', 3],
    ['flaw', 'lawn', 2]
  ])('%j to %j is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance)
  })
})

describe('nearest', () => {
  it.each<[string, string[], string | undefined]>([
    ['abc', ['abx'], 'abx'],
    ['abc', ['axx'], undefined],
    ['abcdef', ['abcdxx'], 'abcdxx'],
    ['abcdef', ['abcxxx'], undefined],
    ['abcdefghi', ['abcdefxxx'], 'abcdefxxx'],
    ['abcdefghijkl', ['abcdefghxxxx'], undefined],
    ['abcdefghijkl', ['abcdefghixxx'], 'abcdefghixxx'],
    ['abcdef', ['abcdxx', 'abcdex'], 'abcdex'],
    ['abcdef', ['abcdex', 'abcdxx'], 'abcdex']
  ])('%s among %j → %s', (word, candidates, expected) => {
    expect(nearest(word, candidates)).toBe(expected)
  })
})
