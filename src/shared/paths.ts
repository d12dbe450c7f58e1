import path from 'node:path'

/** Code-unit order: stable across machines and locales. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** True when target is not root itself nor anything below it. */
export function isOutside(root: string, target: string): boolean {
  const relative = path.relative(root, target)
  return relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)
}

/** A literal path made safe to put in a glob pattern: `*`, `?`, `[` (and `\` off Windows) match themselves, as @actions/glob escapes them. */
export function globEscape(literal: string): string {
  return (path.sep === '\\' ? literal : literal.replace(/\\/g, '\\\\'))
    .replace(/(\[)(?=[^/]+\])/g, '[[]')
    .replace(/\?/g, '[?]')
    .replace(/\*/g, '[*]')
}
