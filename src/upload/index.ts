/**
 * The front door of upload/: the session that uploads the plan (UploadSession), each file's result,
 * retries, cancellation, and the VOD Status lookup after the bytes are sent.
 */
export { onCancelSignal, type Cancellation } from './cancellation.js'
export type { PipelineEvents, UploadSettings } from './pipeline-options.js'
export { resultsOf, withoutUpload, type FileResult, type VodStatus } from './results.js'
export { defaultBackoff, retrying } from './retry.js'
export { UploadSession, type SessionOverrides } from './session.js'
export { StatusLookup, withVodStatus, type PreviewOptions, type StatusClock, type StatusReport, type StatusTiming } from './vod-status.js'
