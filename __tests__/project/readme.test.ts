import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { actionInputs, actionOutputs, ROOT } from '../helpers/action.js'

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8')

function tableNames(heading: string, text = readme): string[] {
  const section = text.split(`\n## ${heading}\n`)[1].split('\n## ')[0]
  return [...section.matchAll(/^\| `([a-z-]+)` \|/gm)].map(m => m[1])
}

/** The docs that give every input and output with all of its rules, in action.yml's order. */
const detail = (file: string): string => readFileSync(path.join(ROOT, 'docs', file), 'utf8')

describe('README', () => {
  it('lists exactly the inputs of action.yml, each once, grouped by purpose', () => {
    expect([...tableNames('Inputs')].sort()).toEqual([...actionInputs().keys()].sort())
  })

  it('groups the inputs: what to upload first, advanced and tuning last', () => {
    const section = readme.split('\n## Inputs\n')[1].split('\n## ')[0]
    const groups = [...section.matchAll(/^### (.+)$/gm)].map(m => m[1])
    expect(groups[0]).toBe('What to upload')
    expect(groups.at(-1)).toBe('Advanced and tuning')
  })

  it('docs/inputs.md and docs/outputs.md give every input and output, in the order of action.yml', () => {
    expect(tableNames('Inputs', `\n## Inputs\n${detail('inputs.md')}`)).toEqual([...actionInputs().keys()])
    expect(tableNames('Outputs', `\n## Outputs\n${detail('outputs.md')}`)).toEqual(actionOutputs())
  })

  it('gives the defaults of action.yml', () => {
    for (const [name, fallback] of actionInputs()) {
      if (fallback === undefined) continue
      expect(readme).toContain(`| \`${name}\` | \`${fallback}\` |`)
    }
  })

  it('lists exactly the outputs of action.yml, in its order', () => {
    expect(tableNames('Outputs')).toEqual(actionOutputs())
  })

  it('shows the two setup commands', () => {
    expect(readme).toContain('npm ci && npm run demo')
    expect(readme).toContain('npm test')
  })
})
