/** InputReader (inputs/reader.ts): each kind of input read, its fallback when empty, and the problem it collects when wrong. */
import { describe, expect, it } from '@jest/globals'
import { InputReader } from '../../src/inputs/reader.js'
import { Inputs } from '../../src/shared/names.js'
import { restoreEnvAfterEach, withEnv } from '../helpers/config-inputs.js'

restoreEnvAfterEach()

/** A reader of the concurrency input holding value. */
function readerWith(value: string): InputReader {
  withEnv({ [Inputs.Concurrency]: value })
  return new InputReader()
}

describe('choice', () => {
  it.each<[string, string, string[]]>([
    ['', 'b', []],
    ['a', 'a', []],
    ['c', 'c', []],
    ['A', 'b', ['must be one of "a", "c"; got "A"']]
  ])('%j reads as %j', (value, read, problems) => {
    const reader = readerWith(value)
    expect(reader.choice(Inputs.Concurrency, ['a', 'c'], 'b')).toBe(read)
    expect(reader.problems).toEqual(problems.map(message => ({ input: Inputs.Concurrency, message })))
  })
})

describe('boolean', () => {
  const refused = (value: string): string => `must be a boolean (true, True, TRUE, false, False or FALSE); got "${value}"`

  it.each<[string, boolean, boolean, string[]]>([
    ['', true, true, []],
    ['', false, false, []],
    ['true', false, true, []],
    ['True', false, true, []],
    ['TRUE', false, true, []],
    ['false', true, false, []],
    ['False', true, false, []],
    ['FALSE', true, false, []],
    ['yes', true, true, [refused('yes')]],
    ['tRUE', false, false, [refused('tRUE')]]
  ])('%j with fallback %s reads as %s', (value, fallback, read, problems) => {
    const reader = readerWith(value)
    expect(reader.boolean(Inputs.Concurrency, fallback)).toBe(read)
    expect(reader.problems).toEqual(problems.map(message => ({ input: Inputs.Concurrency, message })))
  })
})

describe('integer', () => {
  const refused = (value: string): string => `must be an integer from 2 to 9; got "${value}"`

  it.each<[string, number, string[]]>([
    ['', 5, []],
    ['2', 2, []],
    ['9', 9, []],
    ['07', 7, []],
    ['1', 5, [refused('1')]],
    ['10', 5, [refused('10')]],
    ['3.5', 5, [refused('3.5')]],
    ['-3', 5, [refused('-3')]],
    ['3 4', 5, [refused('3 4')]],
    ['x3', 5, [refused('x3')]],
    ['3x', 5, [refused('3x')]]
  ])('%j reads as %i', (value, read, problems) => {
    const reader = readerWith(value)
    expect(reader.integer(Inputs.Concurrency, 5, 2, 9)).toBe(read)
    expect(reader.problems).toEqual(problems.map(message => ({ input: Inputs.Concurrency, message })))
  })

  it('refuses a number too large to be exact', () => {
    const reader = readerWith('9007199254740993')
    expect(reader.integer(Inputs.Concurrency, 5, 0, Number.MAX_VALUE)).toBe(5)
    expect(reader.problems).toHaveLength(1)
  })
})

it('collects every problem, in the order they were found', () => {
  const reader = new InputReader()
  reader.problem(Inputs.Concurrency, 'first')
  reader.problem(Inputs.Retries, 'second')
  expect(reader.problems).toEqual([
    { input: Inputs.Concurrency, message: 'first' },
    { input: Inputs.Retries, message: 'second' }
  ])
})
