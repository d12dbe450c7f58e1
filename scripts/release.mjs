#!/usr/bin/env node
// Tags a release that users can pin: `node scripts/release.mjs [--dry-run] [--push]`.
//
// The version is package.json's. The script checks that the tree is committed, that the tag is new and
// above every earlier vX.Y.Z tag, that CHANGELOG.md has a section for it, and that dist/ is exactly
// what `npm run build` gives. Then it creates the annotated tag vX.Y.Z with the CHANGELOG section as
// its message, and moves the major tag vX to the same commit. With --push it pushes both tags and,
// when the GitHub CLI is there, publishes a GitHub release with the same notes. --dry-run checks
// everything, says what it would do, and changes nothing.
// The repository has GitHub's immutable releases on (CONTRIBUTING.md, "Releasing"): once published,
// vX.Y.Z and its assets cannot be changed or deleted; only the major tag moves.
// Plain JavaScript so that it runs from a fresh clone without a compile step, on any system.
import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const args = new Set(process.argv.slice(2))
const dryRun = args.has('--dry-run')
const push = args.has('--push')
for (const arg of args)
  if (arg !== '--dry-run' && arg !== '--push') fail(`unknown argument ${arg}; usage: node scripts/release.mjs [--dry-run] [--push]`)

function fail(message) {
  console.error(`release: ${message}`)
  process.exit(1)
}

function run(command, commandArgs, options = {}) {
  const result = spawnSync(command, commandArgs, { encoding: 'utf8', shell: process.platform === 'win32' && command === 'npm', ...options })
  if (result.status !== 0 && !options.allowFailure)
    fail(`${command} ${commandArgs.join(' ')} failed:\n${result.stdout ?? ''}${result.stderr ?? ''}${result.error?.message ?? ''}`)
  return result
}

const git = (...gitArgs) => run('git', gitArgs).stdout.trim()

const SEMVER = /^(\d+)\.(\d+)\.(\d+)$/

function compareVersions(a, b) {
  const [x, y] = [SEMVER.exec(a).slice(1).map(Number), SEMVER.exec(b).slice(1).map(Number)]
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] - y[i]
  return 0
}

/** The text under `## X.Y.Z` (a ` - date` or `[X.Y.Z]` heading form also counts) up to the next `## `. */
function changelogSection(changelog, version) {
  const escaped = version.replace(/\./g, '\\.')
  const heading = new RegExp(`^## \\[?v?${escaped}\\]?(?:\\s.*)?$`, 'm')
  const start = heading.exec(changelog)
  if (!start) return undefined
  const rest = changelog.slice(start.index + start[0].length)
  const end = rest.search(/^## /m)
  return (end < 0 ? rest : rest.slice(0, end)).trim()
}

const root = git('rev-parse', '--show-toplevel')
process.chdir(root)

if (git('status', '--porcelain') !== '') fail('the working tree has uncommitted changes; commit or stash them first')

const version = JSON.parse(readFileSync('package.json', 'utf8')).version
if (!SEMVER.test(version)) fail(`package.json version ${version} is not X.Y.Z`)
const tag = `v${version}`
const majorTag = `v${SEMVER.exec(version)[1]}`

const earlier = git('tag', '--list', 'v*.*.*')
  .split('\n')
  .map(name => name.slice(1))
  .filter(name => SEMVER.test(name))
if (earlier.includes(version)) fail(`tag ${tag} already exists; raise the version in package.json (and add its CHANGELOG.md section)`)
const latest = earlier.sort(compareVersions).at(-1)
if (latest && compareVersions(version, latest) < 0) fail(`version ${version} is below the latest release v${latest}`)

const notes = changelogSection(readFileSync('CHANGELOG.md', 'utf8'), version)
if (!notes) fail(`CHANGELOG.md has no "## ${version}" section`)

console.log('Checking that dist/ is what npm run build gives…')
run('npm', ['run', '--silent', 'build'])
const distChanges = git('status', '--porcelain', '--', 'dist')
if (distChanges !== '') {
  run('git', ['checkout', '--', 'dist'])
  run('git', ['clean', '-fdq', '--', 'dist'])
  fail(`dist/ is not what npm run build gives; rebuild and commit it:\n${distChanges}`)
}

const commit = git('rev-parse', 'HEAD')
const previousMajor = run('git', ['rev-parse', '--verify', '--quiet', `${majorTag}^{commit}`], { allowFailure: true }).stdout.trim()
const notesFile = path.join(os.tmpdir(), `vod-image-upload-${tag}-notes.md`)
writeFileSync(notesFile, `${notes}\n`)

console.log(`Release ${tag} at ${commit}`)
console.log(`Major tag ${majorTag}: ${previousMajor ? `moves from ${previousMajor}` : 'created'} to ${commit}`)
console.log(`Release notes (${notesFile}):\n${notes}\n`)

if (dryRun) {
  console.log('Dry run: nothing tagged or pushed.')
  process.exit(0)
}

run('git', ['tag', '--annotate', tag, '--file', notesFile, commit])
run('git', ['tag', '--force', '--annotate', majorTag, '--message', `${majorTag}: latest ${majorTag}.x release, now ${tag}`, commit])
console.log(`Tagged ${tag} and ${majorTag}.`)

if (!push) {
  console.log(
    `Next: git push origin ${tag} && git push --force origin ${majorTag}, then publish the release with these notes (or run again with --push).`
  )
  process.exit(0)
}
run('git', ['push', 'origin', `refs/tags/${tag}`])
run('git', ['push', '--force', 'origin', `refs/tags/${majorTag}`])
const gh = run('gh', ['release', 'create', tag, '--verify-tag', '--title', tag, '--notes-file', notesFile], { allowFailure: true })
console.log(
  gh.status === 0
    ? `Published the GitHub release ${tag}.`
    : `Pushed the tags; publish the release by hand with ${notesFile} (gh: ${gh.error?.message ?? gh.stderr.trim()})`
)
