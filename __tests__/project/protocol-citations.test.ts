/**
 * Protocol facts are cited from the project's own docs/protocol.md, by section: every
 * `docs/protocol.md, "Heading"` names a heading that exists there, and no file cites a protocol
 * document the repository does not hold.
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { ROOT } from '../helpers/action.js'

const CITING_FOLDERS = ['src', 'emulator', 'testkit', 'scripts', '__tests__']
const PROTOCOL = 'docs/protocol.md'
/** The document the comments once cited, which never was in the repository (built here so this file does not cite it). */
const MISSING_DOCUMENT = ['vod', 'protocol.md'].join('-')

function textFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap(entry => {
    const full = path.join(folder, entry.name)
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : textFiles(full)
    return /\.(ts|js|mjs|md)$/.test(entry.name) ? [full] : []
  })
}

/** The section headings (`## …`) of the protocol document. */
function headingsOf(markdown: string): Set<string> {
  return new Set([...markdown.matchAll(/^## (.+)$/gm)].map(match => match[1].trim()))
}

/** Each section a text cites: `docs/protocol.md, "X"`, also across a wrapped comment line or in ("X"). */
function citedSections(text: string): string[] {
  return [...text.matchAll(/docs\/protocol\.md`?,?\s*(?:\*\s*)?\(?"([^"]+)"/g)].map(match => match[1])
}

const where = (file: string): string => path.relative(ROOT, file).split(path.sep).join('/')
/** This file cites made-up sections on purpose. */
const files = CITING_FOLDERS.flatMap(folder => textFiles(path.join(ROOT, folder))).filter(
  file => where(file) !== '__tests__/project/protocol-citations.test.ts'
)

describe('citations of docs/protocol.md', () => {
  const headings = headingsOf(readFileSync(path.join(ROOT, PROTOCOL), 'utf8'))

  it('name only sections that exist', () => {
    const cited = files.flatMap(file => citedSections(readFileSync(file, 'utf8')).map(section => ({ file: where(file), section })))
    expect(cited.length).toBeGreaterThan(10)
    expect(cited.filter(({ section }) => !headings.has(section))).toEqual([])
  })

  it(`never point at a ${MISSING_DOCUMENT}, which is not in the repository`, () => {
    expect(files.filter(file => readFileSync(file, 'utf8').includes(MISSING_DOCUMENT)).map(where)).toEqual([])
  })

  it('are found in every form the comments use, and a missing section shows (the check can fail)', () => {
    const text = [
      '/** At most 20 ids (docs/protocol.md, "GetImageInfos"). */',
      ' * The mark (docs/protocol.md,',
      ' * "Ownership mark"): only marked images are deleted.',
      'the rules of `docs/protocol.md` ("CreateUploadImage parameters": …)',
      '// docs/protocol.md, "No such section"'
    ].join('\n')
    const sections = citedSections(text)
    expect(sections).toEqual(['GetImageInfos', 'Ownership mark', 'CreateUploadImage parameters', 'No such section'])
    expect(sections.filter(section => !headings.has(section))).toEqual(['No such section'])
  })
})
