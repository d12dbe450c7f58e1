import { describe, expect, it } from '@jest/globals'
import { envCommand, shellQuote } from '../../emulator/shell-command.js'

describe('shellQuote', () => {
  it.each([
    ['a plain word', 'abc', `'abc'`],
    ['a name with hyphens and its value', 'INPUT_ACCESS-KEY-ID=LTAI', `'INPUT_ACCESS-KEY-ID=LTAI'`],
    ['a glob, kept from the shell', 'samples/**/*', `'samples/**/*'`],
    ['$, backquotes and spaces', 'a $HOME `x` b', `'a $HOME \`x\` b'`],
    ['a single quote', "it's", `'it'\\''s'`],
    ['the empty text', '', `''`]
  ])('%s', (_name, text, quoted) => {
    expect(shellQuote(text)).toBe(quoted)
  })
})

describe('envCommand', () => {
  it('puts env first, one quoted NAME=value a line, and the command last, lines continued with backslashes', () => {
    expect(envCommand({ 'INPUT_ACCESS-KEY-ID': 'id', INPUT_PATH: 'img/*.png' }, 'node dist/index.js')).toBe(
      ['  env \\', "    'INPUT_ACCESS-KEY-ID=id' \\", "    'INPUT_PATH=img/*.png' \\", '    node dist/index.js'].join('\n')
    )
  })
})
