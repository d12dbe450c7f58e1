/** An INPUT_ variable of no declared input (a misspelled `with:` key) is warned of once, with the input it most likely meant. */
import { describe, expect, it } from '@jest/globals'
import { configOf, KEYS, restoreEnvAfterEach } from '../helpers/config-inputs.js'

restoreEnvAfterEach()

/** The run's start-up warnings for these inputs besides a valid path and keys (a repository id is set: no warning of its own). */
const warningsFor = (inputs: Record<string, string>): string[] =>
  configOf({ path: '*.png', ...KEYS, ...inputs }, { GITHUB_REPOSITORY_ID: '123' }).warnings

const ignored = (name: string): string => `The input \`${name}\` is not an input of this action and is ignored`

describe('undeclared inputs', () => {
  it.each<[string, string]>([
    ['concurency', `${ignored('concurency')}: did you mean \`concurrency\`?`],
    ['timout', `${ignored('timout')}: did you mean \`timeout\`?`],
    ['access-key-secrets', `${ignored('access-key-secrets')}: did you mean \`access-key-secret\`?`],
    ['delete_removed', `${ignored('delete_removed')}: did you mean \`delete-removed\`?`],
    ['color', `${ignored('color')} (the inputs are in the README's Inputs table)`]
  ])('%s', (name, warning) => {
    expect(warningsFor({ [name]: '4' })).toEqual([warning])
  })

  it('says nothing for the declared inputs, whatever they hold', () => {
    expect(warningsFor({ concurrency: '4', timeout: '10', 'dry-run': 'true' })).toEqual([])
  })

  it('one warning per undeclared variable, in name order; never its value', () => {
    const warnings = warningsFor({ zzz: 'value-never-shown', concurency: 'value-never-shown' })
    expect(warnings).toHaveLength(2)
    expect(warnings[0]).toContain('`concurency`')
    expect(warnings[1]).toContain('`zzz`')
    expect(warnings.join('\n')).not.toContain('value-never-shown')
  })

  it('shows a name with a line break in it on one line', () => {
    const [warning] = warningsFor({ 'a\nb': 'x' })
    expect(warning).toContain('`a%0Ab`')
  })
})
