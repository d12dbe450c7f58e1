/**
 * One run's uploads and deletions, sharing one VOD request rate and one backoff: the pipeline for
 * the files, and the DeleteImage calls of delete-replaced and delete-removed after it.
 */
import { CancelledError, isTransient } from '../shared/errors.js'
import { FlowControl, paced, type FlowClock, type FlowStats } from '../services/flow-control.js'
import type { UploadServices } from '../services/port.js'
import { isThrottling } from '../services/vod-client.js'
import type { UploadTask } from '../plan/plan.js'
import { uploadAll } from './pipeline.js'
import type { PipelineEvents, UploadSettings } from './pipeline-options.js'
import type { FileResult } from './results.js'
import { defaultBackoff, retrying, type Backoff } from './retry.js'

/** What a test may replace; the action itself runs with the defaults. */
export interface SessionOverrides {
  backoff?: Partial<Omit<Backoff, 'retries'>>
  now?: () => number
  /** The clock of the VOD request rate. */
  flowClock?: FlowClock
}

interface SessionOptions {
  settings: UploadSettings
  services: UploadServices
  /** signal: start nothing new, retry nothing; deadline: cleanup stops waiting. */
  cancellation: { signal: AbortSignal; deadline: AbortSignal }
  overrides?: SessionOverrides
}

export class UploadSession {
  private readonly backoff: Backoff
  private readonly flow?: FlowControl

  constructor(private readonly options: SessionOptions) {
    const { settings, overrides } = options
    this.backoff = { ...defaultBackoff(settings.retries), ...overrides?.backoff }
    // Past this with no VOD call succeeding, throttling is treated as a service that is down.
    const stallMs = settings.timeoutMs * (settings.retries + 1)
    this.flow =
      settings.requestsPerSecond > 0
        ? new FlowControl({ ratePerSecond: settings.requestsPerSecond, stallMs, clock: overrides?.flowClock })
        : undefined
  }

  uploadAll(tasks: readonly UploadTask[], events: PipelineEvents): Promise<FileResult[]> {
    const { settings, services, cancellation, overrides } = this.options
    return uploadAll(tasks, services, events, {
      concurrency: settings.concurrency,
      backoff: this.backoff,
      // Enough left for the slowest upload the timeout allows, and a minute to spare.
      renewMarginMs: settings.timeoutMs + 60_000,
      multipartThreshold: settings.multipartThreshold,
      now: overrides?.now ?? Date.now,
      signal: cancellation.signal,
      deadline: cancellation.deadline,
      flow: this.flow
    })
  }

  /** DeleteImage at the run's rate, retried; a cancel stops it: the entries not done stay for the next run. */
  deleteImages(ids: readonly string[]): Promise<void> {
    const signal = this.options.cancellation.signal
    if (signal.aborted) return Promise.reject(new CancelledError())
    const deleteOnce = (): Promise<void> =>
      paced(this.flow, () => this.options.services.deleteImages(ids), { isThrottled: isThrottling, signal, stalledError: error => error })
    return retrying(deleteOnce, isTransient, { backoff: this.backoff, signal })
  }

  /** The run's VOD request rate, when it had one. */
  flowStats(): FlowStats | undefined {
    return this.flow?.stats()
  }
}
