/**
 * The only way out to the runner: every log line, annotation, group title, failure, output and mask
 * goes through here, and only here is `@actions/core` used for them.
 *
 * The runner reads each stdout line that starts (after white space) with `::` as a workflow command,
 * and `##[` anywhere in a line as an old-style one. Text from outside (file names, service answers,
 * input values, the environment) must never start a line or a command, so each message is made safe
 * here: line breaks other than `\n` and every other control character are escaped the way
 * `@actions/core` escapes command data, a line that would begin with `::` has its first colon
 * escaped, and `##[` is broken up. `\n` stays: only the action's own messages put it there, because
 * outside text is made one line with shown() where it is put into a message.
 */
import * as core from '@actions/core'
import { randomUUID } from 'node:crypto'
import { closeSync, existsSync, openSync, writeSync } from 'node:fs'
import { EOL } from 'node:os'

// C0 and C1 control characters, DEL, and the Unicode line and paragraph separators.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g
// eslint-disable-next-line no-control-regex
const UNSAFE_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/g
// eslint-disable-next-line no-control-regex
const HAS_UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/

const percentEncoded = (char: string): string => encodeURIComponent(char)

/** Outside text made one printable line: control characters and line breaks as %XX of their UTF-8 bytes (`\n` → `%0A`). */
export function shown(text: string): string {
  return text.replace(UNSAFE, percentEncoded)
}

/** True when the text holds a line break or another control character. */
export function hasControlCharacter(text: string): boolean {
  return HAS_UNSAFE.test(text)
}

/** A message as it may be printed: each of its lines can start no workflow command. */
export function safeMessage(message: string): string {
  return message.split('\n').map(safeLine).join('\n')
}

function safeLine(line: string): string {
  return line
    .replace(UNSAFE_BUT_NEWLINE, percentEncoded)
    .replace(/##\[/g, '##%5B')
    .replace(/^(\s*):(?=:)/, '$1%3A')
}

export function info(message: string): void {
  core.info(safeMessage(message))
}

export function warning(message: string): void {
  core.warning(safeMessage(message))
}

/** True when step debug logging is on: a caller can skip building a debug message otherwise. */
export function isDebug(): boolean {
  return core.isDebug()
}

/** Sends the message only when step debug logging is on. */
export function debug(message: string): void {
  if (core.isDebug()) core.debug(safeMessage(message))
}

/** Marks the run failed with this message (an error annotation and exit code 1). */
export function fail(message: string): void {
  core.setFailed(safeMessage(message))
}

export async function group<T>(title: string, body: () => Promise<T>): Promise<T> {
  return await core.group(safeMessage(shown(title)), body)
}

/** Through GITHUB_OUTPUT, whose random delimiter no value can end early. */
export function setOutput(name: string, value: string): void {
  core.setOutput(name, value)
}

/**
 * setOutput for a value too large to hold as one string (and as the copies core.setOutput makes of
 * it): written to GITHUB_OUTPUT a piece at a time in the same form (`name<<delimiter`, the value,
 * the delimiter), with the same check that no value holds the random delimiter.
 */
export function setOutputInPieces(name: string, pieces: Iterable<string>): void {
  const file = process.env.GITHUB_OUTPUT
  if (!file) return setOutput(name, [...pieces].join(''))
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`)
  const delimiter = `ghadelimiter_${randomUUID()}`
  const fd = openSync(file, 'a')
  try {
    writeSync(fd, `${name}<<${delimiter}${EOL}`)
    // The end of what was written, to find a delimiter that two pieces would only make together.
    let tail = ''
    for (const piece of pieces) {
      if ((tail + piece).includes(delimiter)) throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`)
      writeSync(fd, piece)
      tail = (tail + piece).slice(-(delimiter.length - 1))
    }
    writeSync(fd, `${EOL}${delimiter}${EOL}`)
  } finally {
    closeSync(fd)
  }
}

/** Masks the value in the rest of the log (an `::add-mask::` command, its data escaped). */
export function mask(value: string): void {
  core.setSecret(value)
}
