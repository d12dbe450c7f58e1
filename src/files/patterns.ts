/**
 * The `path` patterns with @actions/glob's meaning, matched by minimatch (the library @actions/glob
 * matches with, at the same version): `!` excludes, a folder matches everything below it (implicit
 * descendants), a trailing separator matches folders only, `\` escapes on Linux and macOS, and the
 * search path of a pattern is its literal part before the first wildcard. Ported from
 * @actions/glob 0.7.0 (internal-pattern.ts, internal-pattern-helper.ts, internal-path.ts), whose
 * walk follows links with a cycle check against ancestors only; src/files/walk.ts walks instead.
 */
import { Minimatch } from 'minimatch'
import path from 'node:path'
import { globEscape } from '../shared/index.js'

const isWindows = (): boolean => path.sep === '\\'

export interface GlobPattern {
  negate: boolean
  /** The root (`/`, `C:\`, `\\server\share`), then one segment per folder level. */
  segments: string[]
  /** The literal path before the first wildcard: where the walk starts. */
  searchPath: string
  /** A pattern ending with a separator matches folders only. */
  trailingSeparator: boolean
  /** The `/**` added for implicit descendants: it does not match the folder itself. */
  implicit: boolean
  matcher: Minimatch
  rootRegExp: RegExp
}

/** What an item matches as: a file, a folder, or either (bits, as @actions/glob's MatchKind). */
export const MatchKind = { None: 0, File: 1, Directory: 2, All: 3 } as const
export type MatchKind = number

/** Lines of patterns (absolute, as inputs/patterns.ts makes them; empty and `#` lines skipped), each with its implicit `/**`. */
export function parsePatterns(lines: readonly string[]): GlobPattern[] {
  const patterns: GlobPattern[] = []
  for (const line of lines.map(text => text.trim())) {
    if (!line || line.startsWith('#')) continue
    const pattern = parsePattern(line)
    patterns.push(pattern)
    if (pattern.trailingSeparator || pattern.segments[pattern.segments.length - 1] !== '**') {
      patterns.push(makePattern(joinSegments([...pattern.segments, '**']), { negate: pattern.negate, implicit: true }))
    }
  }
  return patterns
}

/** One pattern line as written (`!` toggles exclusion), made absolute against the current folder like @actions/glob does. */
export function parsePattern(line: string): GlobPattern {
  let text = line.trim()
  let negate = false
  while (text.startsWith('!')) {
    negate = !negate
    text = text.slice(1).trim()
  }
  return makePattern(text, { negate, implicit: false })
}

function makePattern(text: string, kind: { negate: boolean; implicit: boolean }): GlobPattern {
  const absolute = normalizeSeparators(hasRoot(text) ? text : `${globEscape(process.cwd())}${path.sep}${text}`)
  const segments = splitSegments(absolute)
  let foundGlob = false
  const searchSegments = segments.map(literalOf).filter(literal => !foundGlob && !(foundGlob = literal === ''))
  const forMinimatch = trimTrailingSeparator(absolute)
  return {
    ...kind,
    segments,
    searchPath: joinSegments(searchSegments),
    trailingSeparator: absolute.endsWith(path.sep),
    matcher: new Minimatch(isWindows() ? forMinimatch.replace(/\\/g, '/') : forMinimatch, {
      dot: true,
      nobrace: true,
      nocase: isWindows(),
      nocomment: true,
      noext: true,
      nonegate: true,
      // The same flavour as node:path (minimatch would read process.platform); every non-Windows platform splits on /.
      platform: isWindows() ? 'win32' : 'linux'
    }),
    rootRegExp: new RegExp(searchSegments[0].replace(/[[\\^$.|?*+()]/g, '\\$&'), isWindows() ? 'i' : '')
  }
}

/** Whether the item is matched as a file or folder: included by the positive patterns, less what the `!` ones exclude. */
export function matchKind(patterns: readonly GlobPattern[], itemPath: string): MatchKind {
  let result: MatchKind = MatchKind.None
  for (const pattern of patterns) {
    if (pattern.negate) result &= ~matchOne(pattern, itemPath)
    else result |= matchOne(pattern, itemPath)
  }
  return result
}

/** Whether a positive pattern may match something below the folder: only then is it walked. */
export function mayMatchBelow(patterns: readonly GlobPattern[], folder: string): boolean {
  return patterns.some(pattern => !pattern.negate && partialMatch(pattern, folder))
}

function matchOne(pattern: GlobPattern, itemPath: string): MatchKind {
  let item = normalizeSeparators(itemPath)
  if (pattern.segments[pattern.segments.length - 1] === '**') {
    // minimatch matches `/foo/**` with `/foo/` but not with `/foo`: the folder before a written `**` matches too.
    if (!item.endsWith(path.sep) && !pattern.implicit) item = `${item}${path.sep}`
  } else {
    item = trimTrailingSeparator(item)
  }
  if (!pattern.matcher.match(item)) return MatchKind.None
  return pattern.trailingSeparator ? MatchKind.Directory : MatchKind.All
}

function partialMatch(pattern: GlobPattern, itemPath: string): boolean {
  const item = trimTrailingSeparator(itemPath)
  if (dirname(item) === item) return pattern.rootRegExp.test(item)
  return pattern.matcher.matchOne(splitForMinimatch(item), pattern.matcher.set[0], true)
}

/** The parts of a path as minimatch splits a pattern: on Windows a UNC path (`\\server\share`) starts with two empty parts. */
function splitForMinimatch(item: string): string[] {
  if (!isWindows()) return item.split(/\/+/)
  const parts = item.split(/\\+/)
  return item.startsWith('\\\\') ? ['', ...parts] : parts
}

/** The folders to walk: one per positive pattern, less duplicates and folders below another one. */
export function searchPaths(patterns: readonly GlobPattern[]): string[] {
  const key = (searchPath: string): string => (isWindows() ? searchPath.toUpperCase() : searchPath)
  const positive = patterns.filter(pattern => !pattern.negate)
  const candidates = new Set(positive.map(pattern => key(pattern.searchPath)))
  const included = new Set<string>()
  const result: string[] = []
  for (const { searchPath } of positive) {
    if (included.has(key(searchPath)) || hasAncestorIn(key(searchPath), candidates)) continue
    included.add(key(searchPath))
    result.push(searchPath)
  }
  return result
}

function hasAncestorIn(folder: string, folders: ReadonlySet<string>): boolean {
  for (let child = folder, parent = dirname(folder); parent !== child; child = parent, parent = dirname(parent)) {
    if (folders.has(parent)) return true
  }
  return false
}

/** A segment as the literal name it matches, or '' when it holds a wildcard (`*`, `?`, a set of several characters). */
function literalOf(segment: string): string {
  let literal = ''
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i]
    if (c === '\\' && !isWindows() && i + 1 < segment.length) {
      literal += segment[++i]
      continue
    }
    if (c === '*' || c === '?') return ''
    if (c === '[' && i + 1 < segment.length) {
      const set = characterSet(segment, i + 1)
      if (set && set.chars.length > 1) return ''
      if (set && set.chars) {
        literal += set.chars
        i = set.closedAt
        continue
      }
    }
    literal += c
  }
  return literal
}

/** The characters of `[…]` starting at from, unescaped, and where it closes; undefined when it never closes. */
function characterSet(segment: string, from: number): { chars: string; closedAt: number } | undefined {
  let chars = ''
  for (let i = from; i < segment.length; i++) {
    const c = segment[i]
    if (c === '\\' && !isWindows() && i + 1 < segment.length) chars += segment[++i]
    else if (c === ']') return { chars, closedAt: i }
    else chars += c
  }
  return undefined
}

function splitSegments(itemPath: string): string[] {
  const segments: string[] = []
  let remaining = trimTrailingSeparator(itemPath)
  for (let parent = dirname(remaining); parent !== remaining; remaining = parent, parent = dirname(parent)) {
    segments.unshift(path.basename(remaining))
  }
  segments.unshift(remaining)
  return segments
}

function joinSegments(segments: readonly string[]): string {
  let result = segments[0]
  let skipSeparator = result.endsWith(path.sep) || (isWindows() && /^[A-Z]:$/i.test(result))
  for (const segment of segments.slice(1)) {
    if (!skipSeparator) result += path.sep
    skipSeparator = false
    result += segment
  }
  return result
}

function normalizeSeparators(text: string): string {
  if (!isWindows()) return text.replace(/\/\/+/g, '/')
  const backslashed = text.replace(/\//g, '\\')
  return (/^\\\\+[^\\]/.test(backslashed) ? '\\' : '') + backslashed.replace(/\\\\+/g, '\\')
}

function hasRoot(text: string): boolean {
  const normalized = normalizeSeparators(text)
  return isWindows() ? normalized.startsWith('\\') || /^[A-Z]:/i.test(normalized) : normalized.startsWith('/')
}

function trimTrailingSeparator(text: string): string {
  const normalized = normalizeSeparators(text)
  if (!normalized.endsWith(path.sep) || normalized === path.sep || (isWindows() && /^[A-Z]:\\$/i.test(normalized))) return normalized
  return normalized.slice(0, -1)
}

/** path.dirname, keeping a Windows UNC root (`\\server\share`) whole. */
function dirname(text: string): string {
  const trimmed = trimTrailingSeparator(text)
  if (isWindows() && /^\\\\[^\\]+(\\[^\\]+)?$/.test(trimmed)) return trimmed
  const parent = path.dirname(trimmed)
  return isWindows() && /^\\\\[^\\]+\\[^\\]+\\$/.test(parent) ? trimTrailingSeparator(parent) : parent
}
