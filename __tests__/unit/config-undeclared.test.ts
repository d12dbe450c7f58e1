/** An INPUT_ variable of no declared input (a misspelled `with:` key) is warned of once, with the input it most likely meant. */
import { describe, expect, it } from '@jest/globals'
import { configOf, KEYS, problemsOf, restoreEnvAfterEach } from '../helpers/config-inputs.js'
import { Inputs } from '../../src/shared/names.js'

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
    // Underscores read as hyphens first: without them the name is four edits from the input.
    ['if_no_file_found', `${ignored('if_no_file_found')}: did you mean \`if-no-files-found\`?`],
    ['color', `${ignored('color')} (the inputs are in the README's Inputs table)`]
  ])('%s', (name, warning) => {
    expect(warningsFor({ [name]: '4' })).toEqual([warning])
  })

  it('every declared input name is lower-case words and hyphens, so its variable is INPUT_ and the name upper-cased', () => {
    expect(Object.values(Inputs).filter(name => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name))).toEqual([])
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

  describe('when the inputs also fail, each is said in the input error instead', () => {
    it.each<[string, Record<string, string>, string[]]>([
      [
        'with the problem of the input it meant',
        { 'access-key-id': 'LTAIexampleKeyId', 'acess-key-secret': 'x' },
        [
          'Input "access-key-secret": is required: set the input or ALIBABA_CLOUD_ACCESS_KEY_SECRET or ALICLOUD_SECRET_KEY (a `with:` key `acess-key-secret` was given: did you mean `access-key-secret`?)'
        ]
      ],
      [
        'as a problem of its own when the input it meant has none',
        { ...KEYS, concurrency: 'many', timout: '4' },
        ['Input "concurrency": must be an integer from 1 to 100; got "many"', `${ignored('timout')}: did you mean \`timeout\`?`]
      ],
      [
        'each as a problem of its own when two are near no input',
        { ...KEYS, concurrency: 'many', color: '4', zzz: '4' },
        [
          'Input "concurrency": must be an integer from 1 to 100; got "many"',
          `${ignored('color')} (the inputs are in the README's Inputs table)`,
          `${ignored('zzz')} (the inputs are in the README's Inputs table)`
        ]
      ],
      [
        'as a problem of its own when it is near no input',
        { ...KEYS, concurrency: 'many', color: '4' },
        [
          'Input "concurrency": must be an integer from 1 to 100; got "many"',
          `${ignored('color')} (the inputs are in the README's Inputs table)`
        ]
      ]
    ])('%s', (_name, inputs, problems) => {
      expect(problemsOf({ path: '*.png', ...inputs }, { GITHUB_REPOSITORY_ID: '123' })).toEqual(problems)
    })
  })
})
