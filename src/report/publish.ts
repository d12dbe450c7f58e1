/** Publishing a run's report: every output, the results file and, when enabled, the job summary. */
import { log } from '../shared/index.js'
import { NO_OUTCOME, type ImageReport, type RunOutcome } from './model.js'
import { setOutputs, writeResultsFile } from './outputs.js'
import { outputsCutNote, resultsFileProblem, summaryProblem, type OutputCut } from './messages.js'
import { summaryHtml, writeSummary } from './summary.js'

/** The inputs the report needs. */
export interface ReportOptions {
  /** Where the results file goes. */
  runnerTemp: string
  /** Write the job summary. */
  summary: boolean
  /** The limit every output stays under, when a test lowers GitHub's. */
  outputMaxBytes?: number
}

/**
 * Sets every output, writes the results file and, when enabled, the job summary. A results file or
 * summary that cannot be written is a warning; outputs that cannot be set throw, after the rest is done.
 */
export async function publish(reports: ImageReport[], options: ReportOptions, facts: RunOutcome = NO_OUTCOME): Promise<ImageReport[]> {
  const resultsFile = await writeResultsFile(reports, options.runnerTemp, facts).catch((error: NodeJS.ErrnoException) => {
    log.warning(resultsFileProblem(options.runnerTemp, error.code ?? 'error'))
    return ''
  })
  // The summary is written even when the outputs could not be: each is a way for the report to reach the workflow.
  let outputsFailure: unknown
  let cutOutputs: OutputCut[] = []
  try {
    cutOutputs = setOutputs({ reports, resultsFile, facts, maxBytes: options.outputMaxBytes })
  } catch (error) {
    outputsFailure = error
  }
  if (cutOutputs.length > 0) log.warning(outputsCutNote(cutOutputs))
  if (options.summary) {
    await writeSummary(summaryHtml(reports, facts, { resultsFile, cutOutputs })).catch((error: NodeJS.ErrnoException) => {
      log.warning(summaryProblem(error.code ?? 'error'))
    })
  }
  if (outputsFailure !== undefined) throw outputsFailure
  return reports
}
