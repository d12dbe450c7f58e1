/**
 * One run's uploads and deletions, sharing one backoff and one request rate per VOD API: the
 * pipeline for the files, and the GetImageInfos and DeleteImage calls of delete-replaced and
 * delete-removed after it.
 */
import { FlowLimits, isTransient } from '../shared/index.js'
import {
  FlowControl,
  isThrottling,
  paced,
  type FlowClock,
  type FlowStats,
  type ImageInfos,
  type ImageInfosOptions,
  type UploadServices
} from '../services/index.js'
import type { UploadTask } from '../plan/index.js'
import { uploadAll } from './pipeline.js'
import type { PipelineEvents, UploadSettings } from './pipeline-options.js'
import type { FileResult } from './results.js'
import { defaultBackoff, retrying, type Backoff } from './retry.js'

/** What a test may replace; the action itself runs with the defaults. */
export interface SessionOverrides {
  backoff?: Partial<Omit<Backoff, 'retries'>>
  now?: () => number
  /** The clock of the VOD request rates. */
  flowClock?: FlowClock
}

interface SessionOptions {
  settings: UploadSettings
  services: UploadServices
  /** signal: start nothing new, retry nothing; deadline: cleanup stops waiting. */
  cancellation: { signal: AbortSignal; deadline: AbortSignal }
  overrides?: SessionOverrides
}

/** The VOD APIs a run calls, each paced on its own: VOD limits each per account (docs/protocol.md, "Per-API limits"). */
export type PacedApi = 'CreateUploadImage' | 'DeleteImage' | 'GetImageInfos'

export class UploadSession {
  private readonly backoff: Backoff
  /** CreateUploadImage's rate is requests-per-second (none when off); the others always have theirs. */
  private readonly flows: Partial<Record<PacedApi, FlowControl>>

  constructor(private readonly options: SessionOptions) {
    const { settings, overrides } = options
    this.backoff = { ...defaultBackoff(settings.retries), ...overrides?.backoff }
    // Past this with no call of an API succeeding, its throttling is treated as a service that is down.
    const stallMs = settings.timeoutMs * (settings.retries + 1)
    const flow = (ratePerSecond: number, batchMs?: number): FlowControl =>
      new FlowControl({ ratePerSecond, stallMs, batchMs, clock: overrides?.flowClock })
    this.flows = {
      ...(settings.requestsPerSecond > 0 && { CreateUploadImage: flow(settings.requestsPerSecond, FlowLimits.createUploadImageBatchMs) }),
      DeleteImage: flow(FlowLimits.deleteImageQps * FlowLimits.autoShare),
      GetImageInfos: flow(FlowLimits.getImageInfosQps * FlowLimits.autoShare)
    }
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
      flow: this.flows.CreateUploadImage,
      deleteFlow: this.flows.DeleteImage
    })
  }

  /** DeleteImage at its rate, retried; a cancel stops it: the entries not done stay for the next run. */
  deleteImages(ids: readonly string[]): Promise<void> {
    return this.call('DeleteImage', () => this.options.services.deleteImages(ids))
  }

  /** GetImageInfos (at most 20 ids) at its rate, retried; a cancel stops it. */
  getImageInfos(ids: readonly string[], options?: ImageInfosOptions): Promise<ImageInfos> {
    return this.call('GetImageInfos', () => this.options.services.getImageInfos(ids, options))
  }

  /** The run's CreateUploadImage rate, when it had one. */
  flowStats(): FlowStats | undefined {
    return this.flows.CreateUploadImage?.stats()
  }

  /** Each paced API's calls, throttled answers and rate, for the ones the run called. */
  flowStatsByApi(): Partial<Record<PacedApi, FlowStats>> {
    const byApi: Partial<Record<PacedApi, FlowStats>> = {}
    for (const [api, flow] of Object.entries(this.flows) as Array<[PacedApi, FlowControl]>)
      if (flow.stats().calls > 0) byApi[api] = flow.stats()
    return byApi
  }

  private call<T>(api: PacedApi, send: () => Promise<T>): Promise<T> {
    const signal = this.options.cancellation.signal
    const once = (): Promise<T> => paced(this.flows[api], send, { isThrottled: isThrottling, signal, stalledError: error => error })
    return retrying(once, isTransient, { backoff: this.backoff, signal })
  }
}
