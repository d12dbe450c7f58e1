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

describe('the edges of what is a control character', () => {
  it.each<[string, string, string, string]>([
    ['NUL', '\u0000', '%00', '%00'],
    ['tab', '\t', '%09', '%09'],
    ['line feed', '\n', '%0A', '\n'],
    ['vertical tab', '\u000b', '%0B', '%0B'],
    ['unit separator', '\u001f', '%1F', '%1F'],
    ['space', ' ', ' ', ' '],
    ['tilde', '~', '~', '~'],
    ['DEL', '\u007f', '%7F', '%7F'],
    ['the last C1 control', '\u009f', '%C2%9F', '%C2%9F'],
    ['no-break space', '\u00a0', '\u00a0', '\u00a0'],
    ['one-dot leader', '\u2024', '\u2024', '\u2024'],
    ['LINE SEPARATOR', '\u2028', '%E2%80%A8', '%E2%80%A8'],
    ['PARAGRAPH SEPARATOR', '\u2029', '%E2%80%A9', '%E2%80%A9'],
    ['left-to-right embedding', '\u202a', '\u202a', '\u202a']
  ])('%s: shown as %j, in a message as %j', (_name, char, inShown, inMessage) => {
    expect(shown(`a${char}b`)).toBe(`a${inShown}b`)
    expect(safeMessage(`a${char}b`)).toBe(`a${inMessage}b`)
    expect(hasControlCharacter(`a${char}b`)).toBe(inShown !== char)
  })

  it.each([
    ['a line that is only ::', '::', '%3A:'],
    ['a single colon at the start', ':x', ':x'],
    ['a colon and a space at the start', ': :x', ': :x'],
    ['two lines starting with ::', '::a\n::b', '%3A:a\n%3A:b'],
    ['text before white space and ::', 'a \t::b', 'a %09::b'],
    ['##[ twice', '##[a ##[b', '##%5Ba ##%5Bb']
  ])('%s', (_name, message, expected) => {
    expect(safeMessage(message)).toBe(expected)
  })
})
