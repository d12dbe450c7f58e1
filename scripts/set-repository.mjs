#!/usr/bin/env node
// Names the repository users get the action from: `node scripts/set-repository.mjs owner/name`.
//
// package.json's `repository` (with `homepage` and `bugs`) is where the name lives. This script
// rewrites it there, as action.yml's `author` (the owner), and wherever the documentation names the
// old repository (README.md, CONTRIBUTING.md, SECURITY.md, docs/*.md): every `uses:` line, the
// `git ls-remote` line, links. __tests__/project/adoption.test.ts checks that they all agree.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const slug = process.argv[2] ?? ''
if (process.argv.length !== 3 || !/^[\w.-]+\/[\w.-]+$/.test(slug)) fail('usage: node scripts/set-repository.mjs owner/name')

function fail(message) {
  console.error(`set-repository: ${message}`)
  process.exit(1)
}

const manifestFile = path.join(root, 'package.json')
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'))
const old = /^(?:git\+)?https:\/\/github\.com\/([\w.-]+\/[\w.-]+?)(?:\.git)?$/.exec(manifest.repository?.url ?? '')?.[1]
if (!old) fail('package.json has no GitHub repository URL to replace')

manifest.repository = { type: 'git', url: `git+https://github.com/${slug}.git` }
manifest.homepage = `https://github.com/${slug}#readme`
manifest.bugs = { url: `https://github.com/${slug}/issues` }
writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`)

const actionFile = path.join(root, 'action.yml')
writeFileSync(actionFile, readFileSync(actionFile, 'utf8').replace(/^author: .*$/m, `author: ${slug.split('/')[0]}`))

const escaped = old.replace(/[.]/g, '\\.')
const oldName = new RegExp(`(?<![\\w.-])${escaped}(?![\\w-])`, 'g')
const docs = readdirSync(path.join(root, 'docs'))
  .filter(name => name.endsWith('.md'))
  .map(name => `docs/${name}`)
for (const file of ['README.md', 'CONTRIBUTING.md', 'SECURITY.md', ...docs]) {
  const full = path.join(root, file)
  if (!existsSync(full)) continue
  const text = readFileSync(full, 'utf8')
  const next = text.replace(oldName, slug)
  if (next !== text) writeFileSync(full, next)
}
console.log(`Repository ${old} is now ${slug}: package.json, action.yml and the documentation rewritten.`)
