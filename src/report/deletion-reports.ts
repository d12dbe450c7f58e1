/** The `deletions` output and file: one entry per image delete-removed or delete-replaced was about, with the log's line for it. */
import type { StaleEntry } from '../manifest/index.js'
import type { Replacement } from '../manifest/index.js'
import type { PlannedReplacement } from '../manifest/index.js'
import { describePlannedReplacement, describeReplaced, describeStale } from './messages.js'
import type { DeletionReport, RunOutcome } from './model.js'

/** Every stale entry and every replaced image (in a dry run, every image its uploads would replace), with its outcome and reason: nothing kept or dropped goes unreported. */
export function deletionReports(facts: RunOutcome): DeletionReport[] {
  return [
    ...(facts.replaced ?? []).map(entry => deletionReport(entry, describeReplaced(entry))),
    ...(facts.plannedReplacements ?? []).map(entry => deletionReport(entry, describePlannedReplacement(entry))),
    ...facts.stale.map(entry => deletionReport(entry, describeStale(entry, facts.dryRun)))
  ]
}

function deletionReport(entry: StaleEntry | Replacement | PlannedReplacement, message: string): DeletionReport {
  return { path: entry.path, imageId: entry.imageId, outcome: entry.outcome.kind, reason: reasonOf(entry.outcome), message }
}

function reasonOf(outcome: (StaleEntry | Replacement | PlannedReplacement)['outcome']): string {
  if (outcome.kind === 'kept') return outcome.reason
  if (outcome.kind === 'failed') return outcome.error.code
  if (outcome.kind === 'gone') return 'not-in-vod'
  if (outcome.kind === 'would-delete') return 'if-vod-confirms-ownership'
  return ''
}
