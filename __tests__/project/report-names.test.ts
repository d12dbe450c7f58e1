/**
 * Input and output names live only in src/shared/names.ts: the report's and the manifest's words
 * interpolate them (Outputs.KeptImageIds, Inputs.DeleteReplaced, …), so that a renamed input or output
 * cannot leave a message naming the old one. Checked on every string and template text of those folders
 * (comments are free); names without a hyphen (path, images, title, …) are ordinary words and not checked.
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { Inputs, Outputs } from '../../src/shared/names.js'
import { ROOT } from '../helpers/action.js'

const FOLDERS = ['src/report', 'src/manifest']

const hyphenated = [...Object.values(Inputs), ...Object.values(Outputs)].filter(name => name.includes('-'))
/** A whole name: not part of a longer word such as the reason code delete-replaced-off. */
const NAMED = new RegExp(`(?<![\\w-])(?:${hyphenated.join('|')})(?![\\w-])`, 'g')

/** Every string literal and piece of template text in the file, with its line. */
function textsOf(file: string): Array<{ line: number; text: string }> {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
  const texts: Array<{ line: number; text: string }> = []
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) {
      texts.push({ line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: node.text })
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return texts
}

describe('the report and the manifest take input and output names from names.ts', () => {
  const files = FOLDERS.flatMap(folder =>
    readdirSync(path.join(ROOT, folder))
      .filter(name => name.endsWith('.ts'))
      .map(name => `${folder}/${name}`)
  )

  it('finds the files and the names', () => {
    expect(files).toContain('src/report/messages.ts')
    expect(hyphenated).toEqual(expect.arrayContaining(['kept-image-ids', 'results-file', 'delete-replaced']))
  })

  it.each(files)('%s writes no name as a literal', file => {
    const literal = textsOf(path.join(ROOT, file)).flatMap(({ line, text }) =>
      [...text.matchAll(NAMED)].map(match => `${file}:${line} ${match[0]}`)
    )
    expect(literal).toEqual([])
  })
})
