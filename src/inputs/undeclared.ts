/** `with:` keys the action does not declare: most likely misspelled inputs, said with the input they meant. */
import { Inputs } from '../shared/index.js'
import type { Problem } from '../shared/index.js'
import { shown } from '../shared/index.js'
import { nearest } from '../shared/index.js'
import type { Env } from './reader.js'
import { undeclaredInputWarning } from '../report/index.js'

/** The variable the runner sets for an input: INPUT_ and the name upper-cased, hyphens kept (the action's input names have no spaces). */
const inputVariable = (name: string): string => `INPUT_${name.toUpperCase()}`

/** A `with:` key the action does not declare, as written, with the declared input it most likely meant. */
export interface UndeclaredInput {
  written: string
  meant?: string
}

/**
 * Every INPUT_ variable of no declared input, in name order: the runner sets one for every `with:`
 * key, so a misspelled input arrives here, and the run would otherwise quietly use the default.
 */
export function undeclaredInputs(env: Env): UndeclaredInput[] {
  const declared: readonly string[] = Object.values(Inputs)
  const known = new Set(declared.map(inputVariable))
  return Object.keys(env)
    .filter(name => name.toUpperCase().startsWith('INPUT_') && !known.has(name.toUpperCase()))
    .sort()
    .map(name => {
      const written = name.slice('INPUT_'.length).toLowerCase()
      const meant = nearest(written.replace(/_/g, '-'), declared)
      return { written, meant }
    })
}

/**
 * When the inputs fail, a misspelling is most likely why (a required input spelled wrong reads as
 * missing): each undeclared input is said with the problem of the input it meant, or as a problem of its own.
 */
export function withUndeclaredHints(problems: readonly Problem[], undeclared: readonly UndeclaredInput[]): Problem[] {
  const hinted = problems.map(problem => ({ ...problem }))
  for (const input of undeclared) {
    const aboutMeant = input.meant === undefined ? undefined : hinted.find(problem => problem.input === input.meant)
    if (aboutMeant) aboutMeant.message += ` (a \`with:\` key \`${shown(input.written)}\` was given: did you mean \`${input.meant}\`?)`
    else hinted.push({ message: undeclaredInputWarning(input.written, input.meant) })
  }
  return hinted
}
