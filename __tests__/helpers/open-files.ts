/**
 * Which files this process holds open, by path. Only Linux names what each open file is (readlink of
 * /proc/self/fd/N), so the tests that count them run there alone, under `linuxDescribe`.
 */
import { describe } from '@jest/globals'
import { promises as fs } from 'node:fs'
import path from 'node:path'

export const linuxDescribe = process.platform === 'linux' ? describe : describe.skip

/** How many files this process holds open at absolutePath. */
export async function openCount(absolutePath: string): Promise<number> {
  const targets = await Promise.all(
    (await fs.readdir('/proc/self/fd')).map(fd => fs.readlink(path.join('/proc/self/fd', fd)).catch(() => ''))
  )
  return targets.filter(target => target === absolutePath).length
}
