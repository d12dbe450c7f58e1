/** The edge to the runner's log: outside text shown on one line, and no line able to start a command. */
import { describe, expect, it } from '@jest/globals'
import { hasControlCharacter, safeMessage, shown } from '../../src/shared/log.js'

describe('shown: outside text on one line', () => {
  it.each([
    ['plain text', 'shots/a b%"\'图.png', 'shots/a b%"\'图.png'],
    ['\\n and \\r', 'a\nb\rc', 'a%0Ab%0Dc'],
    ['NEL, LINE and PARAGRAPH SEPARATOR', 'a\u0085b\u2028c\u2029d', 'a%C2%85b%E2%80%A8c%E2%80%A9d'],
    ['tab, escape, NUL and DEL', 'a\tb\u001bc\u0000d\u007f', 'a%09b%1Bc%00d%7F']
  ])('%s', (_name, text, expected) => {
    expect(shown(text)).toBe(expected)
    expect(hasControlCharacter(expected)).toBe(false)
  })
})

describe('safeMessage: no line starts a workflow command', () => {
  it.each([
    ["the action's own line breaks stay", 'Invalid input (1 problem):\n  - x', 'Invalid input (1 problem):\n  - x'],
    ['a line starting with ::', 'x\n::set-output name=a::b', 'x\n%3A:set-output name=a::b'],
    ['white space before ::', 'x\n \t::error::b', 'x\n %09::error::b'],
    ['spaces before ::', 'x\n   ::add-mask::b', 'x\n   %3A:add-mask::b'],
    ['\\r before ::', 'x\r::stop-commands::t', 'x%0D::stop-commands::t'],
    ['an old-style ##[ command anywhere', 'ok ##[error]b', 'ok ##%5Berror]b'],
    [':: inside a line', 'a ::b:: c', 'a ::b:: c']
  ])('%s', (_name, message, expected) => {
    expect(safeMessage(message)).toBe(expected)
    for (const line of safeMessage(message).split('\n')) expect(line.trimStart().startsWith('::')).toBe(false)
  })
})
