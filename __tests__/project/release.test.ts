/**
 * scripts/release.mjs in a temporary clone of this repository: the tags it computes, the dist/ check,
 * and the checks that refuse a release. Nothing is pushed (the clone's origin is this checkout, and
 * --push is never given).
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ROOT } from '../helpers/action.js'

const IDENTITY = {
  GIT_AUTHOR_NAME: 'Release Test',
  GIT_AUTHOR_EMAIL: 'release@example.invalid',
  GIT_COMMITTER_NAME: 'Release Test',
  GIT_COMMITTER_EMAIL: 'release@example.invalid'
}

let parent = ''
let clone = ''

function git(...args: string[]): string {
  const result = spawnSync('git', args, { cwd: clone, encoding: 'utf8', env: { ...process.env, ...IDENTITY } })
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}${result.error?.message ?? ''}`)
  return result.stdout.trim()
}

function release(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [path.join(clone, 'scripts/release.mjs'), ...args], {
    cwd: clone,
    encoding: 'utf8',
    env: { ...process.env, ...IDENTITY }
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** A new release commit: package.json's version raised, and its CHANGELOG.md section. */
function prepareVersion(version: string, notes: string): void {
  const manifestFile = path.join(clone, 'package.json')
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { version: string }
  writeFileSync(manifestFile, `${JSON.stringify({ ...manifest, version }, null, 2)}\n`)
  const changelogFile = path.join(clone, 'CHANGELOG.md')
  writeFileSync(
    changelogFile,
    readFileSync(changelogFile, 'utf8').replace('\n## Unreleased\n', `\n## Unreleased\n\n## ${version}\n\n${notes}\n`)
  )
  git('commit', '--quiet', '--all', '--message', `Release ${version}`)
}

/** The committed tree of this checkout, with its installed node_modules (hard links where the system allows). */
beforeEach(() => {
  parent = mkdtempSync(path.join(os.tmpdir(), 'vod-release-'))
  clone = path.join(parent, 'repo')
  const cloned = spawnSync('git', ['clone', '--quiet', '--no-local', ROOT, clone], { encoding: 'utf8' })
  if (cloned.status !== 0) throw new Error(`git clone: ${cloned.stderr}${cloned.error?.message ?? ''}`)
  for (const tag of git('tag', '--list').split('\n').filter(Boolean)) git('tag', '--delete', tag)
  const linked = spawnSync('cp', ['-al', path.join(ROOT, 'node_modules'), path.join(clone, 'node_modules')])
  if (linked.status !== 0)
    cpSync(path.join(ROOT, 'node_modules'), path.join(clone, 'node_modules'), { recursive: true, verbatimSymlinks: true })
})

afterEach(() => {
  rmSync(parent, { recursive: true, force: true })
})

describe('scripts/release.mjs', () => {
  it('dry run: computes the tags from package.json, checks dist/, takes the notes from CHANGELOG.md, tags nothing', () => {
    const version = (JSON.parse(readFileSync(path.join(clone, 'package.json'), 'utf8')) as { version: string }).version
    const major = version.split('.')[0]
    const head = git('rev-parse', 'HEAD')
    const result = release('--dry-run')
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(result.stdout).toContain(`Release v${version} at ${head}`)
    expect(result.stdout).toContain(`Major tag v${major}: created to ${head}`)
    expect(result.stdout).toContain('Checking that dist/ is what npm run build gives')
    expect(result.stdout).toContain('Dry run: nothing tagged or pushed.')
    expect(git('tag', '--list')).toBe('')
    expect(git('status', '--porcelain')).toBe('')
  }, 240_000)

  it('tags vX.Y.Z with its notes and moves the major tag to the next release', () => {
    prepareVersion('1.4.0', '- The first release of this test.')
    const first = git('rev-parse', 'HEAD')
    expect(release().status).toBe(0)
    prepareVersion('1.4.1', '- A fix.')
    const second = git('rev-parse', 'HEAD')
    const dry = release('--dry-run')
    expect(dry.stdout).toContain(`Major tag v1: moves from ${first} to ${second}`)
    expect(dry.stdout).toContain('- A fix.')
    expect(release().status).toBe(0)
    expect(git('rev-parse', 'v1.4.0^{commit}')).toBe(first)
    expect(git('rev-parse', 'v1.4.1^{commit}')).toBe(second)
    expect(git('rev-parse', 'v1^{commit}')).toBe(second)
    expect(git('tag', '--list', '--format=%(contents)', 'v1.4.1')).toBe('- A fix.')
  }, 240_000)

  it('refuses a dist/ that is not what npm run build gives, and leaves the tree as it was', () => {
    appendFileSync(path.join(clone, 'dist/index.js'), '\n// edited by hand\n')
    git('commit', '--quiet', '--all', '--message', 'Edit dist by hand')
    const result = release('--dry-run')
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('dist/ is not what npm run build gives')
    expect(git('status', '--porcelain')).toBe('')
    expect(git('tag', '--list')).toBe('')
  }, 240_000)

  it.each([
    ['an existing tag', () => (prepareVersion('1.4.0', '- Notes.'), git('tag', 'v1.4.0')), 'tag v1.4.0 already exists'],
    [
      'a version below the latest',
      () => (prepareVersion('1.4.0', '- Notes.'), git('tag', 'v2.0.0')),
      'version 1.4.0 is below the latest release v2.0.0'
    ],
    ['no CHANGELOG.md section', () => prepareVersionWithoutNotes('1.0.1'), 'CHANGELOG.md has no "## 1.0.1" section'],
    ['uncommitted changes', () => appendFileSync(path.join(clone, 'README.md'), '\nmore\n'), 'uncommitted changes']
  ])('refuses %s before building anything', (_, arrange, message) => {
    arrange()
    const result = release('--dry-run')
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(message)
    expect(result.stdout).not.toContain('Checking that dist/')
  })
})

function prepareVersionWithoutNotes(version: string): void {
  const manifestFile = path.join(clone, 'package.json')
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { version: string }
  writeFileSync(manifestFile, `${JSON.stringify({ ...manifest, version }, null, 2)}\n`)
  git('commit', '--quiet', '--all', '--message', `Version ${version}`)
}
