/** Reads inputs one at a time, collecting every problem so that all of them are reported at once (readConfig). */
import * as core from '@actions/core'
import type { InputName } from '../shared/index.js'
import type { Problem } from '../shared/index.js'

/** The environment the inputs are read with (process.env, or a test's). */
export type Env = Record<string, string | undefined>

/** Collects problems while each input is read, so that all of them are reported at once. */
export class InputReader {
  readonly problems: Problem[] = []

  /** The input's value, without white space at either end (`core.getInput` trims it). */
  raw(name: InputName): string {
    return core.getInput(name)
  }

  problem(input: InputName, message: string): void {
    this.problems.push({ input, message })
  }

  choice<T extends string>(name: InputName, allowed: readonly T[], fallback: T): T {
    const value = this.raw(name)
    if (value === '') return fallback
    if ((allowed as readonly string[]).includes(value)) return value as T
    this.problem(name, `must be one of ${allowed.map(a => `"${a}"`).join(', ')}; got "${value}"`)
    return fallback
  }

  boolean(name: InputName, fallback: boolean): boolean {
    const value = this.raw(name)
    if (value === '') return fallback
    if (['true', 'True', 'TRUE'].includes(value)) return true
    if (['false', 'False', 'FALSE'].includes(value)) return false
    this.problem(name, `must be a boolean (true, True, TRUE, false, False or FALSE); got "${value}"`)
    return fallback
  }

  integer(name: InputName, fallback: number, min: number, max: number): number {
    const value = this.raw(name)
    if (value === '') return fallback
    const number = /^[0-9]+$/.test(value) ? Number(value) : NaN
    if (Number.isSafeInteger(number) && number >= min && number <= max) return number
    this.problem(name, `must be an integer from ${min} to ${max}; got "${value}"`)
    return fallback
  }
}
