/** What to upload (README "What to upload"): the path patterns, made absolute for @actions/glob. */
import os from 'node:os'
import path from 'node:path'
import { Inputs } from '../shared/index.js'
import { globEscape } from '../shared/index.js'
import type { InputReader } from './reader.js'

export function readPatterns(reader: InputReader, workspace: string): { patterns: string[]; asWritten: string[] } {
  const lines = reader
    .raw(Inputs.Path)
    .split('\n')
    .map(line => line.trim())
    .filter(line => line.length > 0 && !line.startsWith('#'))
  if (lines.length === 0) {
    reader.problem(Inputs.Path, 'is required: give at least one glob pattern, one per line')
    return { patterns: [], asWritten: [] }
  }
  const patterns: string[] = []
  for (const line of lines) {
    const negated = line.startsWith('!')
    const pattern = line.replace(/^!+/, '').trim()
    const absolute = pattern === '' ? undefined : absolutePattern(pattern, workspace)
    if (absolute === undefined) {
      reader.problem(
        Inputs.Path,
        `pattern "${line}" is not usable: ${pattern === '' ? 'it is empty' : 'only ~ and ~/ (the home folder) expand, not ~user'}`
      )
      continue
    }
    patterns.push(`${negated ? '!' : ''}${absolute}`)
  }
  return { patterns, asWritten: lines }
}

/**
 * A pattern as @actions/glob needs it: absolute, with no `.` or `..` part. The workflow author is
 * trusted, so absolute patterns, `~` and `..` are accepted. The folder put in front of a relative
 * pattern (the workspace, the home folder) is escaped: `[`, `*` or `?` in its name match themselves.
 */
export function absolutePattern(pattern: string, workspace: string): string | undefined {
  if (pattern.startsWith('~')) {
    if (!(path.sep === '\\' ? /^~([/\\]|$)/ : /^~(\/|$)/).test(pattern)) return undefined
    return joinEscaped(homeFolder(), pattern.slice(2))
  }
  if (path.isAbsolute(pattern)) return path.normalize(pattern)
  return joinEscaped(workspace, pattern)
}

/** Read from the environment first, as a shell would (os.homedir() reads the process's own environment only). */
function homeFolder(): string {
  return (process.platform === 'win32' ? process.env.USERPROFILE : process.env.HOME) || os.homedir()
}

/** folder + relative pattern; leading `..` parts of the pattern climb from the folder. */
function joinEscaped(folder: string, relative: string): string {
  const parts = relative === '' ? [] : path.normalize(relative).split(path.sep)
  const ups = parts.findIndex(part => part !== '..')
  const climbed = ups === -1 ? parts.length : ups
  const base = path.resolve(folder, ...parts.slice(0, climbed))
  const rest = parts.slice(climbed).filter(part => part !== '' && part !== '.')
  return rest.length === 0 ? globEscape(base) : `${globEscape(base)}${path.sep}${rest.join(path.sep)}`
}
