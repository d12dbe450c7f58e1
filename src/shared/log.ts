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

/**
 * While a run batches its log (batchStdout), what goes to stdout is collected and written together:
 * one write per turn of the event loop instead of one per line (3,000 images make over 9,000 lines).
 * Everything written to stdout in the meantime, by core or anyone else, joins the same text in the
 * order it was written, so an `::add-mask::` still reaches the runner before any line after it.
 */
let batch: { text: string; write: (text: string) => void; scheduled: boolean } | undefined
/** Past this many characters the batch goes out at once, whatever the turn. */
export const BATCH_MAX_CHARS = 64 * 1024

/** Writes what the batch holds now, synchronously; nothing when no run batches. */
export function flush(): void {
  if (!batch || batch.text === '') return
  const text = batch.text
  batch.text = ''
  batch.write(text)
}

/**
 * Batches stdout until the function returned is called, which writes what is held and puts
 * process.stdout.write back. What is held also goes out at the end of each turn of the event loop,
 * once it passes BATCH_MAX_CHARS, at process exit, and before a failure, a group's end, an output
 * and anything written to stderr (library-output.ts's gate calls flush).
 */
export function batchStdout(): () => void {
  if (batch) return () => undefined
  const own = Object.getOwnPropertyDescriptor(process.stdout, 'write')
  const write = process.stdout.write.bind(process.stdout) as (text: string) => void
  const held = { text: '', write, scheduled: false }
  batch = held
  const flushAtTurnEnd = (): void => {
    held.scheduled = false
    flush()
  }
  const collect = (chunk: string | Uint8Array, ...rest: unknown[]): boolean => {
    held.text += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')
    if (held.text.length > BATCH_MAX_CHARS) flush()
    else if (!held.scheduled) {
      held.scheduled = true
      setImmediate(flushAtTurnEnd)
    }
    const callback = rest.find(arg => typeof arg === 'function') as (() => void) | undefined
    if (callback) process.nextTick(callback)
    return true
  }
  Object.defineProperty(process.stdout, 'write', {
    value: collect,
    writable: true,
    configurable: true,
    enumerable: own?.enumerable ?? true
  })
  process.on('exit', flush)
  return () => {
    flush()
    batch = undefined
    process.off('exit', flush)
    if (own) Object.defineProperty(process.stdout, 'write', own)
    else delete (process.stdout as { write?: unknown }).write
  }
}

/** Runs emit, with what the batch held written before it and what emit wrote written at once. */
function atOnce<T>(emit: () => T): T {
  flush()
  try {
    return emit()
  } finally {
    flush()
  }
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
  atOnce(() => core.setFailed(safeMessage(message)))
}

export async function group<T>(title: string, body: () => Promise<T>): Promise<T> {
  try {
    return await core.group(safeMessage(shown(title)), async () => {
      try {
        return await body()
      } finally {
        flush()
      }
    })
  } finally {
    flush()
  }
}

/** Through GITHUB_OUTPUT, whose random delimiter no value can end early. */
export function setOutput(name: string, value: string): void {
  atOnce(() => core.setOutput(name, value))
}

/**
 * setOutput for a value too large to hold as one string (and as the copies core.setOutput makes of
 * it): written to GITHUB_OUTPUT a piece at a time in the same form (`name<<delimiter`, the value,
 * the delimiter), with the same check that no value holds the random delimiter.
 */
export function setOutputInPieces(name: string, pieces: Iterable<string>): void {
  flush()
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
