import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { actionInputs, actionOutputs, ROOT } from '../helpers/action.js'

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8')

function tableNames(heading: string): string[] {
  const section = readme.split(`\n## ${heading}\n`)[1].split('\n## ')[0]
  return [...section.matchAll(/^\| `([a-z-]+)` \|/gm)].map(m => m[1])
}

describe('README', () => {
  it('lists exactly the inputs of action.yml, in its order', () => {
    expect(tableNames('Inputs')).toEqual([...actionInputs().keys()])
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
