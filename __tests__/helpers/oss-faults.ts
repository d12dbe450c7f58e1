/**
 * A permanent OSS answer about one file only, for tests where one upload fails and the others go on.
 * Not AccessDenied: OSS refusing VOD's credential refuses every file, and stops the run (refusals.ts).
 */
import type { FaultContext, FaultPolicies } from '../../emulator/index.js'

export const PER_FILE_OSS_CODE = 'InvalidObjectName'

/** OSS answers PER_FILE_OSS_CODE with HTTP 400, as OSS does, to the requests `when` picks. */
export function perFileOssFault(when: (ctx: FaultContext) => boolean): FaultPolicies {
  return {
    oss: {
      rule: ctx => (when(ctx) ? 'accessDenied' : undefined),
      answer: { code: PER_FILE_OSS_CODE, status: 400, message: 'The specified object name is not valid.' }
    }
  }
}
