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
  const names = (Array.isArray(declared) ? declared : [declared]).map(item => (typeof item === 'string' ? item : item?.type)).filter(Boolean)
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

const missing = entries.filter(entry => entry.license === 'UNKNOWN')
writeFileSync(path.join(dist, 'licenses.txt'), entries.map(entry => [entry.name, entry.license, entry.text].filter(Boolean).join('\n')).join('\n\n') + '\n')
console.log(`licenses.txt: ${entries.length} packages${missing.length ? `; no license field: ${missing.map(e => e.name).join(', ')}` : ''}`)
