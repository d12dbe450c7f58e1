/**
 * Tests of what only POSIX systems have run everywhere else and are skipped on Windows, each with the
 * reason it names, so that a first Windows run fails only on real defects. Each test file that has
 * such tests takes them as `posixIt` / `posixDescribe` (ESLint knows these names as `it` / `describe`).
 */
import { describe, it } from '@jest/globals'

/** What a test needs that Windows does not give, and why. */
export const POSIX_ONLY = {
  symlinks: 'creating a symbolic link needs administrator rights or developer mode on Windows',
  fifos: 'Windows has no FIFOs (mkfifo)',
  'open files': 'the test counts open files in /dev/fd, which Windows does not have',
  signals: 'Windows cannot send SIGINT or SIGTERM to a process: kill() there ends it at once',
  'file modes': 'Windows ignores POSIX file modes (chmod 000 does not make a file unreadable)',
  bash: 'the commands are bash scripts that call POSIX tools',
  'other users': 'the test runs a child process as the user nobody (uid 65534), which needs POSIX users',
  'name limits':
    'the test expects ENAMETOOLONG for a file name past NAME_MAX (255 bytes), as POSIX file systems answer; Windows answers with other codes depending on the API and its long-path setting'
} as const

export type PosixOnly = keyof typeof POSIX_ONLY

export const onWindows = process.platform === 'win32'

/** `it` for tests that need what `needs` names: skipped on Windows (POSIX_ONLY says why). */
export function posixOnlyIt(...needs: [PosixOnly, ...PosixOnly[]]): typeof it.skip {
  return onWindows && needs.length > 0 ? it.skip : it
}

/** `describe` for tests that need what `needs` names: skipped on Windows (POSIX_ONLY says why). */
export function posixOnlyDescribe(...needs: [PosixOnly, ...PosixOnly[]]): typeof describe.skip {
  return onWindows && needs.length > 0 ? describe.skip : describe
}

/**
 * What bash wrote to stderr, without its warnings that the locale the user asked for (LC_ALL, LANG) is
 * not installed on this machine ("bash: warning: setlocale: LC_ALL: cannot change locale (de_DE.UTF-8)").
 * They are about the machine, not about the script; everything else bash writes stays.
 */
export function bashStderr(stderr: string): string {
  return stderr.replace(/^bash: warning: setlocale: [^\n]*\n/gm, '')
}
