/**
 * src/ is a house of stage folders whose imports point only downward: a folder imports its own files
 * and the folders below it, never one above or beside it, and no files import each other in a circle.
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
})
