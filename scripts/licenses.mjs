// Writes dist/licenses.txt for every package bundled into any chunk of dist/. ncc's own --license
// output covers only one chunk once the bundle is split (ali-oss is loaded lazily from a chunk).
// Plain JavaScript so that `npm run build` needs no compile step before it.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const dist = path.resolve(process.argv[2] ?? 'dist')
const root = path.dirname(dist)

/** node_modules/a/node_modules/@b/c/lib/x.js -> node_modules/a/node_modules/@b/c */
function packageDir(source) {
  const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(source.replace(/^(\.\.?\/)+/, ''))
  return match?.[1]
}

const packages = new Map()
for (const map of readdirSync(dist).filter(name => name.endsWith('.js.map'))) {
  for (const source of JSON.parse(readFileSync(path.join(dist, map), 'utf8')).sources) {
    const dir = packageDir(source)
    if (!dir || packages.has(dir)) continue
    const manifest = JSON.parse(readFileSync(path.join(root, dir, 'package.json'), 'utf8'))
    packages.set(dir, manifest)
  }
}

/** The SPDX expression, whichever of the old package.json forms holds it. */
function licenseName(manifest) {
  const declared = manifest.license ?? manifest.licenses
  const names = (Array.isArray(declared) ? declared : [declared])
    .map(item => (typeof item === 'string' ? item : item?.type))
    .filter(Boolean)
  return names.length > 0 ? names.join(' OR ') : 'UNKNOWN'
}

function licenseText(dir) {
  const file = readdirSync(path.join(root, dir)).find(name => /^(licen[cs]e|copying)(\.|$)/i.test(name))
  return file ? readFileSync(path.join(root, dir, file), 'utf8').trim() : ''
}

const entries = [...packages.entries()]
  .map(([dir, manifest]) => ({ name: manifest.name, license: licenseName(manifest), text: licenseText(dir) }))
  .filter((entry, index, all) => all.findIndex(other => other.name === entry.name && other.text === entry.text) === index)
  .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))

// Permissive licences only: anything else (copyleft, source-available, none) must be looked at by a
// person before it ships in dist/. `Apache2` is how pause-stream spells Apache-2.0.
const ALLOWED = new Set([
  'MIT',
  'ISC',
  '0BSD',
  'BSD-2-Clause',
  'BSD-3-Clause',
  'Apache-2.0',
  'Apache2',
  'BlueOak-1.0.0',
  'Python-2.0',
  'CC0-1.0',
  'Unlicense'
])

/** An SPDX expression is allowed when one side of every OR, and both sides of every AND, are. */
function allowed(expression) {
  return expression
    .replace(/[()]/g, ' ')
    .split(/\s+OR\s+/)
    .some(alternative => alternative.split(/\s+AND\s+/).every(name => ALLOWED.has(name.trim())))
}

writeFileSync(
  path.join(dist, 'licenses.txt'),
  entries.map(entry => [entry.name, entry.license, entry.text].filter(Boolean).join('\n')).join('\n\n') + '\n'
)
const refused = entries.filter(entry => !allowed(entry.license))
console.log(`licenses.txt: ${entries.length} packages`)
if (refused.length > 0) {
  console.error(`Licences outside the allow-list (scripts/licenses.mjs): ${refused.map(e => `${e.name} (${e.license})`).join(', ')}`)
  process.exitCode = 1
}
