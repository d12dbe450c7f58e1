/**
 * if-unsupported: what the run does with matched files that are regular files but not an image VOD
 * accepts (a README.md, a .DS_Store, an .svg, an empty file). error refuses the run before any
 * upload; warn and ignore skip them, name them in the log (warn: as a warning) and the summary, and
 * list them in the unsupported-files output. They are never in `images` nor in `skipped-count`.
 */
import type { Problem } from '../shared/index.js'

export type IfUnsupported = 'error' | 'warn' | 'ignore'

export interface UnsupportedFile {
  /** As shown everywhere: workspace-relative, or absolute outside the workspace. */
  path: string
  /** Why VOD would not take it, without the file name. */
  reason: string
}

interface UnsupportedOutcome {
  /** With error: one problem per file, and the run stops before any upload. */
  problems: Problem[]
  /** With warn or ignore: the files left out of the run. */
  skipped: UnsupportedFile[]
}

export function decideUnsupported(files: readonly UnsupportedFile[], policy: IfUnsupported): UnsupportedOutcome {
  if (policy === 'error')
    return {
      problems: files.map(file => ({
        file: file.path,
        message: `${file.reason}; set if-unsupported to "warn" or "ignore" to skip such files`
      })),
      skipped: []
    }
  return { problems: [], skipped: [...files] }
}
