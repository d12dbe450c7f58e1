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
