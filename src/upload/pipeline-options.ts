/** What the pipeline is run with: its options, the inputs they come from, and the events it reports. */
import type { FlowControl } from '../services/index.js'
import type { Backoff } from './retry.js'
import type { FileResult } from './results.js'

export interface PipelineEvents {
  /** A temporary credential arrived: mask it before anything could print it. */
  secret(credential: TemporarySecrets): void
  /** One image is done, either way. */
  finished(result: FileResult): void
  debug(message: string): void
}

/**
 * masked: the values registered with the runner (the key secret and the token, as they are: the token
 * travels in a header that OSS errors and ali-oss's debug output echo); redacted: scrubbed from
 * every text the run writes, in every form, but not worth a mask command per image.
 */
interface TemporarySecrets {
  masked: string[]
  redacted: string[]
}

/** The inputs the uploads are run with. */
export interface UploadSettings {
  /** Files uploaded at once. */
  concurrency: number
  /** Retries of a request after a transient failure. */
  retries: number
  /** Per request. */
  timeoutMs: number
  /** CreateUploadImage calls per second at most, for the whole run; 0: no limit (the other VOD APIs are always paced). */
  requestsPerSecond: number
  /** Files larger than this many bytes go up in parts. */
  multipartThreshold: number
}

export interface PipelineOptions {
  concurrency: number
  backoff: Backoff
  /** A ticket whose credential has less than this left is replaced before its upload starts. */
  renewMarginMs: number
  /** Files larger than this many bytes go up in parts. */
  multipartThreshold: number
  now(): number
  /** Once aborted, no new file starts and no failed request is retried. */
  signal?: AbortSignal
  /** Once aborted, cleanup stops waiting: deletions not finished by then are reported as orphaned. */
  deadline?: AbortSignal
  /** The run's CreateUploadImage rate; without it, throttled calls are retried like any transient failure. */
  flow?: FlowControl
  /** The run's DeleteImage rate, for the abandoned ImageIds deleted at once. */
  deleteFlow?: FlowControl
}
