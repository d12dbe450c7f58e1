/** The module map of CONTRIBUTING.md ("Developing") is the folder list of src/: one line per folder, plus main.ts and index.ts. */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { ROOT } from '../helpers/action.js'

/** The `src/…` each line of the map names, in CONTRIBUTING.md's order: `shared/`, `main.ts`. */
function mapEntries(readme: string): string[] {
  const developing = readme.split(/^## /m).find(section => section.startsWith('Developing')) ?? ''
  return [...developing.matchAll(/^- `src\/([^`]+)` — /gm)].map(match => match[1])
}

function srcEntries(): string[] {
  const entries = readdirSync(path.join(ROOT, 'src'), { withFileTypes: true })
  const folders = entries.filter(entry => entry.isDirectory()).map(entry => `${entry.name}/`)
  const top = entries.filter(entry => entry.isFile() && entry.name.endsWith('.ts')).map(entry => entry.name)
  return [...folders, ...top].sort()
}

describe("CONTRIBUTING.md's module map", () => {
  const entries = mapEntries(readFileSync(path.join(ROOT, 'CONTRIBUTING.md'), 'utf8'))

  it('names every folder of src/ and every file at its top, once', () => {
    expect([...entries].sort()).toEqual(srcEntries())
  })

  it('reads the list from the Developing section only, one `- `src/…` — ` line per entry (the check can fail)', () => {
    const readme = [
      '## Usage',
      '- `src/elsewhere/` — not the map',
      '## Developing',
      '- `src/upload/` — uploads',
      '- `src/main.ts` — one run'
    ].join('\n')
    expect(mapEntries(readme)).toEqual(['upload/', 'main.ts'])
  })
})
