/**
 * The walk behind file discovery: every folder (device and inode) is read once, however many links
 * lead to it, so links that point at each other cost no more than the folders they name. The real
 * folders come first, then the folders reached through links, round by round, each round in path
 * order: a file is found under its real path when the walk reaches it, and the result does not
 * depend on the order the system lists a folder in. A folder link is checked before it is walked
 * (it must not lead out of the root of its pattern), and the walk is bounded in depth and in entries.
 */
import { promises as fs, type Stats } from 'node:fs'
import path from 'node:path'
import { compareStrings, InputError, type Problem } from '../shared/index.js'
import { matchKind, MatchKind, mayMatchBelow, parsePatterns, searchPaths, type GlobPattern } from './patterns.js'

export interface WalkLimits {
  /** Folder levels below the folder a pattern starts from. */
  maxDepth: number
  /** Files and folders read, for the whole walk. */
  maxEntries: number
}

/** Far beyond any real site: what goes past them is a mistake or a planted tree. */
export const WALK_LIMITS: WalkLimits = { maxDepth: 256, maxEntries: 1_000_000 }

export interface WalkOptions {
  /** Absolute glob patterns; `!` lines exclude. */
  patterns: readonly string[]
  includeHiddenFiles: boolean
  followSymbolicLinks: boolean
  limits?: WalkLimits
  /** Why a folder reached through a link must not be walked (real: where it leads), if it must not. */
  folderLinkProblem: (folder: string, real: string) => string | undefined
  /** How a path is named in problems and warnings. */
  show: (absolutePath: string) => string
}

export interface Walk {
  /** The matched paths (files, and links to files), in no particular order. */
  matches: string[]
  /** Broken links, link loops, links out of their root, folders that cannot be read. */
  problems: Problem[]
  warnings: string[]
}

type EntryKind = 'folder' | 'link' | 'other'

interface Item {
  path: string
  /** Folder levels below the folder its pattern starts from. */
  depth: number
  kind: EntryKind
}

/** A folder to read: reached through a link when viaLink. */
interface Folder extends Item {
  stat: Stats
  viaLink: boolean
}

const BOUND_HEADING = 'File discovery stopped at its bound; nothing was uploaded'

export async function walk(options: WalkOptions): Promise<Walk> {
  return new Walker(options).run()
}

class Walker {
  private readonly patterns: GlobPattern[]
  private readonly limits: WalkLimits
  /** Each folder read, by device and inode, with the path it was read under. */
  private readonly walked = new Map<string, string>()
  private readonly found: Walk = { matches: [], problems: [], warnings: [] }
  private entries = 0

  constructor(private readonly options: WalkOptions) {
    this.patterns = parsePatterns(options.patterns)
    this.limits = options.limits ?? WALK_LIMITS
  }

  async run(): Promise<Walk> {
    let round: Folder[] = []
    const starts = await this.startingItems()
    for (const start of starts) {
      const folder = await this.examine(start)
      if (folder) round.push(folder)
    }
    // A pattern may start at a link too: the real folders are read first there as well.
    round.sort((a, b) => Number(a.viaLink) - Number(b.viaLink))
    while (round.length > 0) {
      const linked: Folder[] = []
      for (const folder of round) await this.walkFrom(folder, linked)
      round = linked.sort((a, b) => compareStrings(a.path, b.path))
    }
    return this.found
  }

  /**
   * The search paths that exist, as @actions/glob starts from them; one below a file (`a.png/b.png`) matches nothing,
   * as one that does not exist. One that cannot be examined (a link loop or a folder without access on the way, a
   * name too long) is a problem naming it, as a folder that cannot be read.
   */
  private async startingItems(): Promise<Item[]> {
    const items: Item[] = []
    for (const searchPath of searchPaths(this.patterns)) {
      const stat = await fs.lstat(searchPath).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT' && error.code !== 'ENOTDIR') this.problem(searchPath, cannotRead(error.code))
        return undefined
      })
      if (stat) items.push({ path: searchPath, depth: 0, kind: kindOf(stat) })
    }
    return items
  }

  /** Reads the folders below start with an explicit stack; folder links met on the way are left to the next round. */
  private async walkFrom(start: Folder, linked: Folder[]): Promise<void> {
    const stack: Folder[] = [start]
    for (let folder = stack.pop(); folder; folder = stack.pop()) {
      for (const child of await this.read(folder)) {
        const next = await this.examine(child)
        if (next?.viaLink) linked.push(next)
        else if (next) stack.push(next)
      }
    }
  }

  /** Records a matched file; returns the folder to read, when the item is one the patterns may match below. */
  private async examine(item: Item): Promise<Folder | undefined> {
    const kind = matchKind(this.patterns, item.path)
    if (kind === MatchKind.None && !mayMatchBelow(this.patterns, item.path)) return undefined
    if (!this.options.includeHiddenFiles && path.basename(item.path).startsWith('.')) return undefined
    if (item.kind === 'link' && this.options.followSymbolicLinks) return this.examineLink(item, kind)
    if (item.kind === 'folder') return { ...item, stat: await fs.lstat(item.path), viaLink: false }
    if (kind & MatchKind.File) this.found.matches.push(item.path)
    return undefined
  }

  /** A link is followed: to a file it is a match; to a folder, one to read if it stays in its root. */
  private async examineLink(item: Item, kind: MatchKind): Promise<Folder | undefined> {
    let stat: Stats
    let real: string
    try {
      stat = await fs.stat(item.path)
      if (!stat.isDirectory()) {
        if (kind & MatchKind.File) this.found.matches.push(item.path)
        return undefined
      }
      real = await fs.realpath(item.path)
    } catch (error) {
      this.problem(item.path, brokenLinkMessage((error as NodeJS.ErrnoException).code))
      return undefined
    }
    const outside = this.options.folderLinkProblem(item.path, real)
    if (outside) {
      this.problem(item.path, `${outside} (not walked)`)
      return undefined
    }
    return { ...item, stat, viaLink: true }
  }

  /** The entries of a folder not read before, within the bounds. */
  private async read(folder: Folder): Promise<Item[]> {
    const identity = `${folder.stat.dev}:${folder.stat.ino}`
    const readAs = this.walked.get(identity)
    if (readAs !== undefined) {
      if (folder.viaLink) {
        this.found.warnings.push(
          `${this.options.show(folder.path)}: is a link to a folder already walked as ${this.options.show(readAs)}; its files are found there only`
        )
      }
      return []
    }
    this.walked.set(identity, folder.path)
    if (folder.depth >= this.limits.maxDepth) {
      this.stop(
        folder.path,
        `is ${this.limits.maxDepth} folder levels below where its pattern starts, the deepest discovery reads; narrow the pattern or exclude the folder with !`
      )
    }
    let entries: Array<{ name: string; isDirectory(): boolean; isSymbolicLink(): boolean }>
    try {
      entries = await fs.readdir(folder.path, { withFileTypes: true })
    } catch (error) {
      this.problem(folder.path, cannotRead((error as NodeJS.ErrnoException).code))
      return []
    }
    this.entries += entries.length
    if (this.entries > this.limits.maxEntries) {
      this.stop(
        folder.path,
        `takes the files and folders the patterns reach past ${this.limits.maxEntries}, the most discovery reads; narrow the patterns or exclude folders with !`
      )
    }
    return entries.map(entry => ({
      path: path.join(folder.path, entry.name),
      depth: folder.depth + 1,
      kind: entry.isSymbolicLink() ? 'link' : entry.isDirectory() ? 'folder' : 'other'
    }))
  }

  private problem(absolutePath: string, message: string): void {
    this.found.problems.push({ file: this.options.show(absolutePath), message })
  }

  private stop(folder: string, message: string): never {
    throw new InputError([{ file: this.options.show(folder), message }], BOUND_HEADING)
  }
}

function kindOf(stat: Stats): EntryKind {
  return stat.isSymbolicLink() ? 'link' : stat.isDirectory() ? 'folder' : 'other'
}

function brokenLinkMessage(code: string | undefined): string {
  if (code === 'ELOOP') return 'is a symbolic link loop'
  if (code === 'ENOENT') return 'is a broken symbolic link (its target does not exist)'
  return cannotRead(code)
}

function cannotRead(code: string | undefined): string {
  return `cannot be read (${code ?? 'unknown error'})`
}
