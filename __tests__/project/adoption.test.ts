/**
 * What a team adopting the action from its documentation relies on: one repository name and the
 * current major in every `uses:` line, the version that added each input and output, a RAM policy
 * that names every VOD API the code calls, and a release-notes example that can be re-run.
 */
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parse } from 'yaml'
import { STS_APIS, VOD_APIS } from '../../src/services/api-names.js'
import { ROOT } from '../helpers/action.js'
import { majorVersion, packageJson, readRoot, repositorySlug, userDocs } from '../helpers/repository.js'
import { bashStderr, posixOnlyIt } from '../helpers/platform.js'

/** Skipped on Windows: POSIX_ONLY of ../helpers/platform.ts says why. */
const posixIt = posixOnlyIt('bash')

/** action.yml at the commit that added `## 1.0.0` to CHANGELOG.md (428485e): what 1.0.0 had. */
const V1_INPUTS = [
  'path',
  'access-key-id',
  'access-key-secret',
  'security-token',
  'region',
  'endpoint',
  'image-type',
  'title',
  'description',
  'tags',
  'repo-tags',
  'cate-id',
  'storage-location',
  'app-id',
  'user-data',
  'concurrency',
  'if-no-files-found',
  'include-hidden-files',
  'follow-symbolic-links',
  'retries',
  'timeout',
  'multipart-threshold',
  'manifest',
  'delete-removed',
  'dry-run',
  'summary'
]
const V1_OUTPUTS = [
  'image-id',
  'image-url',
  'file-url',
  'image-ids',
  'image-urls',
  'images',
  'uploaded-count',
  'skipped-count',
  'failed-count',
  'orphaned-image-ids',
  'results-file',
  'manifest-changed',
  'markdown'
]

const readme = readRoot('README.md')

/** Every `owner/name@ref` that names this action (a repository called vod-image-upload), with the file it is in. */
function actionReferences(): { file: string; repository: string; ref: string }[] {
  return userDocs().flatMap(file =>
    [...readRoot(file).matchAll(/([\w.-]+\/vod-image-upload)@(<[^>]*>|[\w.-]+)/g)].map(m => ({ file, repository: m[1], ref: m[2] }))
  )
}

describe('the repository name', () => {
  const slug = repositorySlug()

  it('is in package.json once, with homepage and bugs derived from it, and action.yml names its owner as author', () => {
    const manifest = packageJson()
    expect(manifest.homepage).toBe(`https://github.com/${slug}#readme`)
    expect(manifest.bugs).toEqual({ url: `https://github.com/${slug}/issues` })
    const action = parse(readRoot('action.yml')) as { author: string }
    expect(action.author).toBe(slug.split('/')[0])
  })

  it('is the one every uses: line and action reference of the docs names, with package.json major', () => {
    const references = actionReferences()
    expect(references.filter(r => r.file === 'README.md').length).toBeGreaterThanOrEqual(4)
    expect(references.filter(r => r.repository !== slug)).toEqual([])
    const versioned = references.filter(r => /^v\d/.test(r.ref))
    expect(versioned.filter(r => !new RegExp(`^v${majorVersion()}(\\.\\d+\\.\\d+)?$`).test(r.ref))).toEqual([])
  })

  it('is in every github.com link to the action, and the ls-remote line peels the tag to its commit', () => {
    const links = userDocs().flatMap(file => [...readRoot(file).matchAll(/github\.com\/([\w.-]+\/vod-image-upload)\b/g)].map(m => m[1]))
    expect(links.filter(link => link !== slug)).toEqual([])
    const lsRemote = readme.match(/^git ls-remote .*$/m)?.[0]
    expect(lsRemote).toBe(`git ls-remote https://github.com/${slug} 'refs/tags/v${packageJson().version}^{}'`)
  })
})

describe('since-markers', () => {
  const action = parse(readRoot('action.yml')) as {
    inputs: Record<string, { description: string }>
    outputs: Record<string, { description: string }>
  }
  const entries = [
    ...Object.entries(action.inputs).map(([name, { description }]) => ({ name, description, first: V1_INPUTS.includes(name) })),
    ...Object.entries(action.outputs).map(([name, { description }]) => ({ name, description, first: V1_OUTPUTS.includes(name) }))
  ]
  const readmeRow = (name: string): string => readme.match(new RegExp(`^\\| \`${name}\` \\|.*$`, 'm'))?.[0] ?? ''
  const SINCE = /\(since (\d+\.\d+\.\d+)\)/

  it.each(entries.filter(entry => !entry.first))(
    '$name, added after 1.0.0, says since which version in action.yml and the README',
    ({ name, description }) => {
      const since = SINCE.exec(description)?.[1]
      expect(since).toBeDefined()
      expect(readmeRow(name)).toContain(`(since ${since})`)
      const [major, minor, patch] = since!.split('.').map(Number)
      const [current] = packageJson().version.split('.').map(Number)
      expect(major * 1e6 + minor * 1e3 + patch).toBeGreaterThan(1e6)
      expect(major).toBeLessThanOrEqual(current)
    }
  )

  it.each(entries.filter(entry => entry.first))('$name, in 1.0.0, carries no since-marker', ({ name, description }) => {
    expect(description).not.toMatch(SINCE)
    expect(readmeRow(name)).not.toMatch(SINCE)
  })
})

describe('the RAM policy of the README', () => {
  const prerequisites = readme.split('\n## Prerequisites\n')[1]?.split('\n## ')[0] ?? ''
  const policies = [...prerequisites.matchAll(/^```json\n([\s\S]*?)^```$/gm)].map(
    m => JSON.parse(m[1]) as { Statement: { Action: string | string[] }[] }
  )
  const actions = policies.flatMap(policy => policy.Statement.flatMap(statement => [statement.Action].flat()))
  const source = (file: string): string => readFileSync(path.join(ROOT, 'src/services', file), 'utf8')

  it('names vod:<Api> for every VOD API the code calls, and no other VOD action', () => {
    const vodActions = actions.filter(action => action.startsWith('vod:'))
    expect([...vodActions].sort()).toEqual(VOD_APIS.map(api => `vod:${api}`).sort())
    for (const api of VOD_APIS) expect(prerequisites).toContain(`| \`vod:${api}\` |`)
  })

  it('says the STS call is anonymous (no RAM action for the caller)', () => {
    for (const api of STS_APIS) expect(prerequisites).toContain(api)
    expect(prerequisites).toMatch(/anonymous/)
    expect(actions.filter(action => action.startsWith('sts:') && action !== 'sts:AssumeRole')).toEqual([])
  })

  it('the VOD client calls exactly the APIs of api-names.ts, and no other module of src/ sends an RPC', () => {
    const called = [...source('vod-client.ts').matchAll(/this\.call\('(\w+)'/g)].map(m => m[1])
    expect([...new Set(called)].sort()).toEqual([...VOD_APIS].sort())
    expect(source('vod-client.ts')).toMatch(/private async call\(action: VodApi,/)
    expect(source('sts-client.ts')).toMatch(/const API: StsApi = /)
    const senders = sourceFiles(path.join(ROOT, 'src')).filter(file => /\bsendRpc\(|@alicloud\/pop-core/.test(readFileSync(file, 'utf8')))
    expect(senders.map(file => path.relative(ROOT, file).split(path.sep).join('/')).sort()).toEqual([
      'src/services/rpc-transport.ts',
      'src/services/sts-client.ts',
      'src/services/vod-client.ts'
    ])
  })
})

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry =>
    entry.isDirectory() ? sourceFiles(path.join(dir, entry.name)) : entry.name.endsWith('.ts') ? [path.join(dir, entry.name)] : []
  )
}

interface Step {
  run?: string
  env?: Record<string, string>
}

/** The README step that edits the release notes, run by bash with a fake `gh` that keeps the notes in a file. */
function releaseNotesStep(): Step {
  const blocks = [...readme.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map(m => parse(m[1]) as { jobs?: Record<string, { steps: Step[] }> })
  const steps = blocks.flatMap(block => Object.values(block.jobs ?? {}).flatMap(job => job.steps))
  const step = steps.find(s => s.run?.includes('gh release edit'))
  if (!step?.run) throw new Error('no README step runs gh release edit')
  return step
}

const FAKE_GH = `#!/bin/sh
# gh release view TAG --json body --jq .body | gh release edit TAG --notes-file FILE
case "$2" in
  view) cat "$FAKE_GH_BODY"; echo ;;
  edit) cp "$5" "$FAKE_GH_BODY" ;;
  *) exit 2 ;;
esac
`

describe('the release screenshots example', () => {
  posixIt('replaces its own section when re-run, and leaves the rest of the notes as they were', () => {
    const step = releaseNotesStep()
    const dir = mkdtempSync(path.join(os.tmpdir(), 'vod-release-notes-'))
    try {
      writeFileSync(path.join(dir, 'gh'), FAKE_GH)
      chmodSync(path.join(dir, 'gh'), 0o755)
      const body = path.join(dir, 'body.txt')
      writeFileSync(body, 'Notes of the release.\n\n- A fix.')
      const run = (markdown: string): string => {
        const result = spawnSync('bash', ['-e', '-c', step.run!], {
          cwd: dir,
          encoding: 'utf8',
          env: { ...process.env, PATH: `${dir}${path.delimiter}${process.env.PATH}`, FAKE_GH_BODY: body, TAG: 'v9.9.9', MARKDOWN: markdown }
        })
        expect(bashStderr(result.stderr)).toBe('')
        expect(result.status).toBe(0)
        return readFileSync(body, 'utf8')
      }
      const first = run('![a.png](https://example.com/a.png)')
      expect(first.startsWith('Notes of the release.\n\n- A fix.\n')).toBe(true)
      expect(run('![a.png](https://example.com/a.png)')).toBe(first)
      const third = run('![b.png](https://example.com/b.png)')
      expect(third.match(/## Screenshots/g)).toHaveLength(1)
      expect(third).toContain('b.png')
      expect(third).not.toContain('a.png')
      expect(third.startsWith('Notes of the release.\n\n- A fix.\n')).toBe(true)
      // Notes edited in github.com's editor come back with CRLF line ends: the markers must still be found.
      writeFileSync(body, third.replace(/\n/g, '\r\n'))
      const afterWebEdit = run('![c.png](https://example.com/c.png)')
      expect(afterWebEdit.match(/## Screenshots/g)).toHaveLength(1)
      expect(afterWebEdit).toContain('c.png')
      expect(afterWebEdit).not.toContain('b.png')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('scripts/set-repository.mjs', () => {
  it('moves every mention of the repository to a new name, which the checks above then find everywhere', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'vod-set-repository-'))
    try {
      const files = ['package.json', 'action.yml', 'scripts/set-repository.mjs', ...userDocs()]
      for (const file of files) {
        mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
        copyFileSync(path.join(ROOT, file), path.join(dir, file))
      }
      const result = spawnSync(process.execPath, [path.join(dir, 'scripts/set-repository.mjs'), 'acme/image-upload'], { encoding: 'utf8' })
      expect(result.stderr).toBe('')
      expect(result.status).toBe(0)
      const read = (file: string): string => readFileSync(path.join(dir, file), 'utf8')
      const manifest = JSON.parse(read('package.json')) as { repository: { url: string }; homepage: string; version: string }
      expect(manifest.repository.url).toBe('git+https://github.com/acme/image-upload.git')
      expect(manifest.homepage).toBe('https://github.com/acme/image-upload#readme')
      expect(manifest.version).toBe(packageJson().version)
      expect(read('action.yml')).toMatch(/^author: acme$/m)
      const slug = repositorySlug()
      for (const file of userDocs()) {
        expect({ file, old: read(file).includes(slug) }).toEqual({ file, old: false })
        const before = readRoot(file).split(slug).length - 1
        expect({ file, count: read(file).split('acme/image-upload').length - 1 }).toEqual({ file, count: before })
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
