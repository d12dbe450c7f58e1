/**
 * File discovery: the files the patterns match (src/files/walk.ts), in sorted order. A match is
 * refused (the run stops, whatever if-unsupported says) when its name holds a control character, it
 * is not a regular file, it cannot be read, or its real path is outside the root of its pattern (the
 * workspace, or the folder of a pattern outside it). A regular file that is empty or whose first bytes
 * are none of the formats of image-format.ts is unsupported: if-unsupported decides (unsupported.ts).
 * Reads only the bytes the sniffing needs.
 */
import { constants, promises as fs } from 'node:fs'
import path from 'node:path'
import { compareStrings, hasControlCharacter, InputError, isOutside, mapConcurrent, shown, type Problem } from '../shared/index.js'
import { sameFile, type FileIdentity } from './found-file.js'
import { ACCEPTED_FORMATS, describeRefused, extensionsOf, sniffFormat, SNIFF_BYTES, type ImageFormat } from './image-format.js'
import { parsePattern } from './patterns.js'
import { walk, type Walk, type WalkLimits } from './walk.js'
import { decideUnsupported, type IfUnsupported, type UnsupportedFile } from './unsupported.js'

export interface ImageFile {
  absolutePath: string
  /** Relative to the workspace, with `/` separators (absolute outside it). The identity of a file in every report. */
  relativePath: string
  bytes: number
  format: ImageFormat
  /** Which file discovery found: every later open must reach this same file. */
  identity?: FileIdentity
}

export interface DiscoveryOptions {
  /** Glob patterns made absolute (relative ones under the escaped workspace); `!` lines exclude. */
  patterns: readonly string[]
  workspace: string
  includeHiddenFiles: boolean
  followSymbolicLinks: boolean
  /** Absolute paths never to return, such as the manifest file. */
  exclude?: readonly string[]
  /** Matched files that are not an image VOD accepts; error when not given. */
  ifUnsupported?: IfUnsupported
  /** The walk's bounds; WALK_LIMITS when not given. */
  limits?: WalkLimits
}

export interface Discovery {
  files: ImageFile[]
  warnings: string[]
  /** Files skipped by if-unsupported (warn or ignore). */
  unsupported: UnsupportedFile[]
}

// stat and a small read per file: enough parallelism to hide I/O latency on big trees.
const INSPECT_CONCURRENCY = 32
const REFUSED_HEADING = 'Some matched files cannot be uploaded; nothing was uploaded'
// Such a name could start a workflow command in the log, and VOD refuses control characters in titles.
const CONTROL_CHARACTER_IN_NAME = 'has a line break or another control character in its name (shown escaped as %XX); rename it'

export async function findImages(options: DiscoveryOptions): Promise<Discovery> {
  const roots = await patternRoots(options)
  const { matches, walk: found } = await findMatches(options, roots)
  const inspected = await mapConcurrent(matches, INSPECT_CONCURRENCY, file => inspect(file, options, roots))
  const unsupported = decideUnsupported(
    inspected.flatMap(result => ('unsupported' in result ? [result.unsupported] : [])),
    options.ifUnsupported ?? 'error'
  )
  const problems = [
    ...found.problems,
    ...inspected.flatMap(result => ('problem' in result ? [result.problem] : [])),
    ...unsupported.problems
  ]
  if (problems.length > 0) throw new InputError(problems, REFUSED_HEADING)
  const files = inspected.flatMap(result => ('file' in result ? [result.file] : []))
  const skipped = inspected.flatMap(result => ('skipped' in result ? [result.skipped] : []))
  return { files, warnings: [...found.warnings, ...skipped, ...files.flatMap(extensionWarning)], unsupported: unsupported.skipped }
}

async function findMatches(options: DiscoveryOptions, roots: readonly PatternRoot[]): Promise<{ matches: string[]; walk: Walk }> {
  const found = await walk({
    ...options,
    folderLinkProblem: (folder, real) => linkProblem(folder, real, roots),
    show: absolutePath => shown(toRelative(options.workspace, absolutePath))
  })
  const excluded = new Set(options.exclude ?? [])
  const unique = [...new Set(found.matches)].filter(match => !excluded.has(match))
  const matches = unique.sort((a, b) => compareStrings(toRelative(options.workspace, a), toRelative(options.workspace, b)))
  return { matches, walk: found }
}

/** How a file is shown and keyed: relative to the workspace with `/` separators, or absolute (with `/`) outside it. */
export function toRelative(workspace: string, absolutePath: string): string {
  const shownPath = isOutside(workspace, absolutePath) ? path.resolve(absolutePath) : path.relative(workspace, absolutePath)
  return shownPath.split(path.sep).join('/')
}

/**
 * Where the files a pattern finds must really be: the workspace for a pattern inside it, the
 * pattern's own folder (the part before its first wildcard) for one outside it. The workflow wrote
 * the pattern and is trusted; a link met while walking is not, and must not lead out of that root.
 */
interface PatternRoot {
  lexical: string
  real: string
  isWorkspace: boolean
}

async function patternRoots(options: DiscoveryOptions): Promise<PatternRoot[]> {
  const positive = options.patterns.filter(pattern => !pattern.startsWith('!'))
  const lexical = new Set(
    positive
      .map(pattern => parsePattern(pattern).searchPath)
      .map(searchPath => (isOutside(options.workspace, searchPath) ? searchPath : options.workspace))
  )
  lexical.add(options.workspace)
  const roots = await Promise.all(
    [...lexical].map(async root => {
      const real = await fs.realpath(root).catch(() => undefined)
      return real === undefined ? [] : [{ lexical: root, real, isWorkspace: root === options.workspace }]
    })
  )
  return roots.flat()
}

/** Why a match may not be read: its real path is outside every root of the patterns that could have found it. */
function linkProblem(match: string, real: string, roots: readonly PatternRoot[]): string | undefined {
  const finders = roots.filter(root => !isOutside(root.lexical, match))
  if (finders.some(root => !isOutside(root.real, real))) return undefined
  if (finders.length === 0 || finders.some(root => root.isWorkspace))
    return `is a link to ${real}, outside the workspace; only files inside the workspace are uploaded`
  return `is a link to ${real}, outside ${finders[0].lexical}, the folder of the pattern that found it; a link must not lead out of it`
}

type Inspection = { file: ImageFile } | { problem: Problem } | { skipped: string } | { unsupported: UnsupportedFile }

async function inspect(absolutePath: string, options: DiscoveryOptions, roots: readonly PatternRoot[]): Promise<Inspection> {
  const relativePath = toRelative(options.workspace, absolutePath)
  const fail = (message: string): Inspection => ({ problem: { file: shown(relativePath), message } })
  const unsupported = (reason: string): Inspection => ({ unsupported: { path: shown(relativePath), reason } })
  if (hasControlCharacter(relativePath)) return fail(CONTROL_CHARACTER_IN_NAME)
  try {
    if (!options.followSymbolicLinks && (await fs.lstat(absolutePath)).isSymbolicLink()) {
      return { skipped: `${relativePath}: is a symbolic link and follow-symbolic-links is false; skipped` }
    }
    const real = await fs.realpath(absolutePath)
    const outside = linkProblem(absolutePath, real, roots)
    if (outside) return fail(outside)
    const stat = await fs.stat(real)
    // FIFOs, sockets and devices are never opened: opening a FIFO for reading would block.
    if (!stat.isFile()) return fail('is not a regular file (a FIFO, socket or device is never read)')
    if (stat.size === 0) return unsupported('is empty')
    const head = await readHead(real, stat)
    if (!head) return fail('changed while the action ran (it is no longer the file that was found); nothing was uploaded')
    const format = sniffFormat(head)
    if (!format) return unsupported(refusedFormatMessage(head))
    return { file: { absolutePath, relativePath, bytes: stat.size, format, identity: { dev: stat.dev, ino: stat.ino } } }
  } catch (error) {
    return fail(`cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`)
  }
}

function refusedFormatMessage(head: Uint8Array): string {
  const refused = describeRefused(head)
  if (refused) return `is ${refused}, which VOD does not accept: only ${ACCEPTED_FORMATS}`
  return `is not a ${ACCEPTED_FORMATS} image (its first bytes match none of them)`
}

/** The first bytes of the file that stat saw; undefined when what opened is another file (swapped in between). */
async function readHead(file: string, expected: FileIdentity): Promise<Uint8Array | undefined> {
  const handle = await fs.open(file, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW)
  try {
    if (!sameFile(await handle.stat(), expected)) return undefined
    const buffer = Buffer.alloc(SNIFF_BYTES)
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0)
    return buffer.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}

function extensionWarning(file: ImageFile): string[] {
  const ext = path.posix.extname(file.relativePath).slice(1).toLowerCase()
  if (extensionsOf(file.format).includes(ext)) return []
  const shown = ext ? `extension ".${ext}"` : 'no extension'
  return [
    `${file.relativePath}: has ${shown} but its content is ${file.format.toUpperCase()}; it is uploaded as ${file.format.toUpperCase()}`
  ]
}
