/**
 * src/ is a house of stage folders whose imports point only downward: a folder imports its own files
 * and the folders below it, never one above or beside it, and no files import each other in a circle.
 * Each folder has one front door, its index.ts: another folder (or main.ts) imports it only through
 * that file, and the front door re-exports only its own folder's files.
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { ROOT } from '../helpers/action.js'

/** From the ground up. `main` stands for the files at the top of src/ (main.ts, index.ts). */
const LAYERS = ['shared', 'files', 'services', 'plan', 'upload', 'manifest', 'report', 'inputs', 'main'] as const

const SRC = path.join(ROOT, 'src')

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap(entry => {
    const full = path.join(folder, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return entry.name.endsWith('.ts') ? [full] : []
  })
}

/** src-relative paths with '/' separators, e.g. 'upload/pipeline.ts'. */
const relative = (file: string): string => path.relative(SRC, file).split(path.sep).join('/')

const layerOf = (file: string): string => (file.includes('/') ? file.split('/')[0] : 'main')

/** Every relative import (static, type-only, re-export or dynamic) of a file, as src-relative .ts paths. */
function importsOf(file: string): string[] {
  const text = readFileSync(path.join(SRC, file), 'utf8')
  const specifiers = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g)].map(match => match[1])
  return specifiers.map(specifier => relative(path.resolve(path.dirname(path.join(SRC, file)), specifier)).replace(/\.js$/, '.ts'))
}

const files = sourceFiles(SRC).map(relative).sort()
const graph = new Map(files.map(file => [file, importsOf(file)]))

/** The files of one circle of imports, or undefined when there is none (depth-first search). */
function findCircle(edges: ReadonlyMap<string, readonly string[]>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>()
  const trail: string[] = []
  const visit = (file: string): string[] | undefined => {
    if (state.get(file) === 'done') return undefined
    if (state.get(file) === 'open') return [...trail.slice(trail.indexOf(file)), file]
    state.set(file, 'open')
    trail.push(file)
    for (const next of edges.get(file) ?? []) {
      const circle = visit(next)
      if (circle) return circle
    }
    trail.pop()
    state.set(file, 'done')
    return undefined
  }
  for (const file of edges.keys()) {
    const circle = visit(file)
    if (circle) return circle
  }
  return undefined
}

const rank = (file: string): number => LAYERS.indexOf(layerOf(file) as (typeof LAYERS)[number])

/** Imports into another folder of the same or a higher layer. */
function upwardImports(edges: ReadonlyMap<string, readonly string[]>): string[] {
  return [...edges].flatMap(([file, imports]) =>
    imports.filter(target => layerOf(target) !== layerOf(file) && rank(target) >= rank(file)).map(target => `${file} -> ${target}`)
  )
}

const FRONT_DOOR = 'index.ts'
const isFrontDoor = (file: string): boolean => file === `${layerOf(file)}/${FRONT_DOOR}`

/** Imports into another folder that miss its front door, and front doors that import from another folder. */
function doorViolations(edges: ReadonlyMap<string, readonly string[]>): string[] {
  return [...edges].flatMap(([file, imports]) =>
    imports
      .filter(target => layerOf(target) !== layerOf(file) && (isFrontDoor(file) || !isFrontDoor(target)))
      .map(target => `${file} -> ${target}`)
  )
}

/** The names a front door re-exports, each with the file of its folder it comes from (`export { a, type B } from './x.js'`). */
function frontDoorSources(folder: string, text = readFileSync(path.join(SRC, folder, FRONT_DOOR), 'utf8')): Map<string, string> {
  const sources = new Map<string, string>()
  for (const [, names, specifier] of text.matchAll(/export\s+(?:type\s+)?(\{[^}]*\}|\*\s+as\s+\w+)\s+from\s+'\.\/([^']+)\.js'/g)) {
    for (const name of names.replace(/[{}]|\*\s+as|\btype\b/g, '').split(','))
      if (name.trim()) sources.set(name.trim(), `${folder}/${specifier}.ts`)
  }
  return sources
}

/** The names one file imports from a front door (`import { a, type B } from '../x/index.js'`). */
function namesImported(text: string, frontDoor: string): string[] {
  const statements = text.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+'([^']+)'/g)
  return [...statements]
    .filter(([, , specifier]) => specifier === frontDoor)
    .flatMap(([, names]) => names.split(',').map(name => name.replace(/\btype\b/, '').trim()))
    .filter(name => name !== '')
}

/** What upload/ may use of services/: the port, and the request rate its calls are paced at (not an adapter). */
const PIPELINE_SIDE_OF_SERVICES = ['services/port.ts', 'services/flow-control.ts']

describe('the import graph of src/', () => {
  it('has a layer for every folder of src/, and a folder for every layer', () => {
    const folders = readdirSync(SRC, { withFileTypes: true })
      .filter(entry => entry.isDirectory())
      .map(entry => entry.name)
      .sort()
    expect(folders).toEqual(LAYERS.filter(layer => layer !== 'main').sort())
  })

  it('imports only files that exist', () => {
    const missing = [...graph].flatMap(([file, imports]) =>
      imports.filter(target => !graph.has(target)).map(target => `${file} -> ${target}`)
    )
    expect(missing).toEqual([])
  })

  it('points only downward: no folder imports a folder above it or beside it', () => {
    expect(upwardImports(graph)).toEqual([])
  })

  it('crosses into another folder only through its front door, and a front door opens only on its own folder', () => {
    expect(doorViolations(graph)).toEqual([])
  })

  it('gives every folder a front door', () => {
    const folders = LAYERS.filter(layer => layer !== 'main')
    expect(folders.filter(folder => !graph.has(`${folder}/${FRONT_DOOR}`))).toEqual([])
  })

  it('keeps upload/ off the adapters of services/: it uses only the port and the request rate', () => {
    const sources = frontDoorSources('services')
    const used = files
      .filter(file => layerOf(file) === 'upload')
      .flatMap(file => namesImported(readFileSync(path.join(SRC, file), 'utf8'), '../services/index.js').map(name => `${file}: ${name}`))
    expect(used.length).toBeGreaterThan(0)
    const outside = used.filter(use => !PIPELINE_SIDE_OF_SERVICES.includes(sources.get(use.split(': ')[1]) ?? 'unknown'))
    expect(outside).toEqual([])
  })

  it('has no circle between files', () => {
    expect(findCircle(graph)).toBeUndefined()
  })

  it('finds an upward import and a circle when there is one (the checks can fail)', () => {
    const toy = new Map([
      ['plan/plan.ts', ['shared/log.ts', 'upload/results.ts']],
      ['upload/results.ts', ['upload/pipeline.ts', 'files/find.ts']],
      ['files/find.ts', ['services/port.ts']]
    ])
    expect(upwardImports(toy)).toEqual(['plan/plan.ts -> upload/results.ts', 'files/find.ts -> services/port.ts'])
    expect(
      findCircle(
        new Map([
          ['a.ts', ['b.ts']],
          ['b.ts', ['c.ts']],
          ['c.ts', ['a.ts']]
        ])
      )
    ).toEqual(['a.ts', 'b.ts', 'c.ts', 'a.ts'])
    expect(findCircle(new Map([['a.ts', ['b.ts']]]))).toBeUndefined()
  })

  it('finds a deep import, a front door that opens on another folder, and an adapter name (the checks can fail)', () => {
    const toy = new Map([
      ['main.ts', ['upload/index.ts', 'upload/session.ts']],
      ['upload/session.ts', ['upload/retry.ts', 'services/index.ts', 'services/vod-client.ts']],
      ['upload/index.ts', ['upload/session.ts', 'services/port.ts', 'inputs/index.ts']]
    ])
    expect(doorViolations(toy)).toEqual([
      'main.ts -> upload/session.ts',
      'upload/session.ts -> services/vod-client.ts',
      'upload/index.ts -> services/port.ts',
      'upload/index.ts -> inputs/index.ts'
    ])
    expect(upwardImports(toy)).toEqual(['upload/index.ts -> inputs/index.ts'])
    const door = [
      "export { isThrottling, type UploadServices } from './port.js'",
      "export { createServices } from './create-services.js'"
    ].join('\n')
    expect(frontDoorSources('services', door)).toEqual(
      new Map([
        ['isThrottling', 'services/port.ts'],
        ['UploadServices', 'services/port.ts'],
        ['createServices', 'services/create-services.ts']
      ])
    )
    const session = "import { createServices, type UploadServices } from '../services/index.js'\nimport { retrying } from './retry.js'"
    expect(namesImported(session, '../services/index.js')).toEqual(['createServices', 'UploadServices'])
  })
})
