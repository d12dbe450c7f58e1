/**
 * Lint refuses a deep import across the folders of src/ (eslint.config.js, "Front doors"): another
 * folder is reached only through its index.ts, while a folder's own files import each other directly.
 */
import { describe, expect, it } from '@jest/globals'
import { ESLint } from 'eslint'
import { ROOT } from '../helpers/action.js'

// The project's own config, with only the rule under test: no type information is needed, so no TypeScript program is built.
const eslint = new ESLint({
  cwd: ROOT,
  overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
  ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports'
})

/** The messages of no-restricted-imports on one import line, linted as if it were the given file of src/. */
async function refusals(line: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${line}\nexport const used = [value]\n`, { filePath })
  return result.messages.map(message => message.message)
}

describe('lint and the front doors of src/', () => {
  it.each([
    [
      'a deep import into another folder',
      "import { value } from '../services/flow-control.js'",
      'src/upload/session.ts',
      "'../<folder>/index.js'"
    ],
    ['a deep import without extension', "import { value } from '../services/port'", 'src/upload/session.ts', "'../<folder>/index.js'"],
    ['a type-only deep import', "import type { value } from '../plan/plan.js'", 'src/upload/pipeline.ts', "'../<folder>/index.js'"],
    ['a deep import from main.ts', "import { value } from './inputs/config.js'", 'src/main.ts', "'./<folder>/index.js'"]
  ])('refuses %s, naming the front door', async (_case, line, filePath, door) => {
    const messages = await refusals(line, filePath)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain(door)
  })

  it.each([
    ['a front door', "import { value } from '../services/index.js'", 'src/upload/session.ts'],
    ['a file of its own folder', "import { value } from './retry.js'", 'src/upload/session.ts'],
    ['a front door from main.ts', "import { value } from './inputs/index.js'", 'src/main.ts'],
    ['a package', "import { value } from '@actions/core'", 'src/shared/log.ts']
  ])('lets %s through', async (_case, line, filePath) => {
    expect(await refusals(line, filePath)).toEqual([])
  })
})
