/** The front door of report/: the run's sentences for the log, the report model, and publish() (outputs, results file, job summary). */
export {
  describeFailure,
  matchedLine,
  orphanNote,
  planLines,
  runFailure,
  sameFileLine,
  samePathLine,
  totalsLine,
  unansweredNote,
  unchangedLine
} from './messages.js'
export { redactOutcome, toImageReports, type RunOutcome } from './model.js'
export { publish, type ReportOptions } from './publish.js'
