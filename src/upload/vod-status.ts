/**
 * What VOD says of each new image: its Status and the URL GetImageInfos returns (signed when the domain
 * has URL signing on), asked while the uploads go on. As files finish, their ImageIds wait in a batch
 * that goes when 20 are waiting (GetImageInfos takes at most 20, docs/protocol.md "GetImageInfos"), or
 * optionally after a wait. An image still `Uploading` joins a later batch again after a wait that
 * doubles each time, while the uploads go on; once they are over, the rest go at once and the images
 * still `Uploading` are asked again soon, backing off gently (on VOD most are Normal a moment
 * later, and each wait adds to the run), for a few seconds at most in all. An image VOD
 * marks `UploadFail` fails its file and is deleted.
 */
import { setTimeout as sleepFor } from 'node:timers/promises'
import { CancelledError, ServiceError, type FileFailure } from '../shared/index.js'
import type { ImageInfos } from '../services/index.js'
import type { FileResult, VodStatus } from './results.js'

/** The input the lookups are made with. */
export interface PreviewOptions {
  /** GetImageInfos' AuthTimeout: how long each preview URL stays valid where the domain has URL signing on. */
  previewExpiresInSeconds: number
}

/** What the lookups learnt of one image. */
export interface VodState {
  vodStatus: VodStatus
  /** The URL GetImageInfos gave, already checked to be an http(s) URL. */
  previewUrl?: string
}

export interface StatusClock {
  /** Resolves after ms; rejects at once when signal aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>
}

export interface StatusTiming {
  /**
   * The longest a waiting ImageId waits for others to fill its batch; none by default: a batch goes when 20
   * wait or when the uploads are over, so the requests of a run come in the same order every time, and
   * the end of a run asks about 19 images at most (one call).
   */
  batchWaitMs?: number
  /** While the uploads go on, how long after an answer saying Uploading its images join a batch again; doubled each further time, */
  recheckAfterMs: number
  /** up to this. */
  recheckMaxMs: number
  /** Once the uploads are over, the wait before asking again about the images still Uploading; half as long again after each question, */
  finalRecheckMs: number
  /** all those waits together at most this: an image still Uploading then is reported so, not failed. */
  finalWaitCapMs: number
}

export const DEFAULT_STATUS_TIMING: StatusTiming = {
  recheckAfterMs: 1000,
  recheckMaxMs: 8000,
  finalRecheckMs: 250,
  finalWaitCapMs: 3000
}

/** GetImageInfos takes at most this many ImageIds. */
const BATCH = 20

const KNOWN_STATUSES: ReadonlySet<string> = new Set<VodStatus>(['Normal', 'Uploading', 'UploadFail'])

/** A timer that never keeps the process alive on its own, and ends when the run is cancelled. */
const realClock: StatusClock = { sleep: (ms, signal) => sleepFor(ms, undefined, { ref: false, signal }) }

interface StatusLookupOptions {
  /** GetImageInfos, paced and retried (the session's), with the run's AuthTimeout. */
  lookup(ids: readonly string[]): Promise<ImageInfos>
  clock?: StatusClock
  timing?: Partial<StatusTiming>
  /** Once aborted, the images still Uploading are not asked about again, and a wait for them ends at once. */
  signal?: AbortSignal
}

/** What the lookups came to: each ImageId added, and the first lookup that failed (none asked after it). */
export interface StatusReport {
  states: ReadonlyMap<string, VodState>
  failure?: unknown
}

export class StatusLookup {
  private readonly states = new Map<string, VodState>()
  private readonly waiting: string[] = []
  /** Each image last said to be Uploading, with how long to wait before asking again. */
  private readonly uploading = new Map<string, number>()
  /** One lookup at a time, in order: a background trickle beside the uploads (20 ids a call outpaces CreateUploadImage's rate). */
  private chain: Promise<void> = Promise.resolve()
  private readonly clock: StatusClock
  private readonly timing: StatusTiming
  private timerArmed = false
  /** The uploads are over: finish() asks about the images still Uploading, not the waits of the rechecks. */
  private finishing = false
  private failure?: { error: unknown }

  constructor(private readonly options: StatusLookupOptions) {
    this.clock = options.clock ?? realClock
    this.timing = { ...DEFAULT_STATUS_TIMING, ...options.timing }
  }

  /** A file finished: an uploaded one's ImageId joins the waiting batch. */
  add(result: FileResult): void {
    if (result.status !== 'uploaded' || !result.imageId || this.states.has(result.imageId)) return
    this.states.set(result.imageId, { vodStatus: 'unknown' })
    this.enqueue(result.imageId)
  }

  /** The uploads are over: asks about the rest, re-asks those still Uploading, backing off, for finalWaitCapMs at most in all. */
  async finish(): Promise<StatusReport> {
    this.finishing = true
    this.sendWaiting()
    await this.settle()
    const { finalRecheckMs, finalWaitCapMs } = this.timing
    for (let delay = finalRecheckMs, waited = 0; waited < finalWaitCapMs; delay = Math.max(1, Math.round(delay * 1.5))) {
      if (this.uploading.size === 0 || this.failure || this.options.signal?.aborted) break
      const wait = Math.min(delay, finalWaitCapMs - waited)
      if (!(await this.waited(wait))) break
      waited += wait
      const ids = [...this.uploading.keys()]
      for (let start = 0; start < ids.length; start += BATCH) this.send(ids.slice(start, start + BATCH))
      await this.settle()
    }
    return { states: this.states, ...(this.failure && { failure: this.failure.error }) }
  }

  private enqueue(imageId: string): void {
    this.waiting.push(imageId)
    if (this.waiting.length >= BATCH) this.send(this.waiting.splice(0, BATCH))
    else if (!this.timerArmed && this.timing.batchWaitMs !== undefined) this.armTimer(this.timing.batchWaitMs)
  }

  /** False when the run was cancelled during the wait. */
  private waited(ms: number): Promise<boolean> {
    return this.clock.sleep(ms, this.options.signal).then(
      () => true,
      () => false
    )
  }

  /**
   * While the uploads go on, the images an answer said Uploading join the waiting batch again after their
   * wait. Several such waits overlap, so they do not listen to the cancel signal (one listener each would
   * grow past Node's warning limit); a cancel is seen when they end.
   */
  private recheckLater(ids: readonly string[], delayMs: number): void {
    void this.clock.sleep(delayMs).then(() => {
      if (this.finishing || this.failure || this.options.signal?.aborted) return
      for (const id of ids) if (this.uploading.has(id)) this.enqueue(id)
    })
  }

  private armTimer(waitMs: number): void {
    this.timerArmed = true
    void this.clock.sleep(waitMs).then(() => {
      this.timerArmed = false
      this.sendWaiting()
    })
  }

  private sendWaiting(): void {
    while (this.waiting.length > 0) this.send(this.waiting.splice(0, BATCH))
  }

  private send(ids: readonly string[]): void {
    this.chain = this.chain.then(() => this.ask(ids))
  }

  private async ask(ids: readonly string[]): Promise<void> {
    if (this.failure) return
    try {
      const answer = await this.options.lookup(ids)
      const rechecks = new Map<number, string[]>()
      for (const info of answer.infos) {
        const delay = this.record(info.imageId, statusOf(info.status), info.url)
        if (delay === undefined) continue
        const group = rechecks.get(delay) ?? []
        group.push(info.imageId)
        rechecks.set(delay, group)
      }
      for (const id of answer.nonExistImageIds) this.record(id, 'unknown', '')
      if (!this.finishing) for (const [delay, recheck] of rechecks) this.recheckLater(recheck, delay)
    } catch (error) {
      this.failure ??= { error }
    }
  }

  /** Keeps what VOD said; for an image still Uploading, how long to wait before asking again. */
  private record(imageId: string, vodStatus: VodStatus, url: string): number | undefined {
    this.states.set(imageId, { vodStatus, ...(url && { previewUrl: url }) })
    if (vodStatus !== 'Uploading') {
      this.uploading.delete(imageId)
      return undefined
    }
    const delay = this.uploading.get(imageId) ?? this.timing.recheckAfterMs
    this.uploading.set(imageId, Math.min(delay * 2, this.timing.recheckMaxMs))
    return delay
  }

  private async settle(): Promise<void> {
    let last: Promise<void>
    do {
      last = this.chain
      await last
    } while (last !== this.chain)
  }
}

function statusOf(status: string): VodStatus {
  return KNOWN_STATUSES.has(status) ? (status as VodStatus) : 'unknown'
}

/**
 * Each uploaded result with what VOD said of its image. An image VOD marks UploadFail fails its file:
 * its ImageId is deleted (20 a call), or, when that fails, listed as orphaned; the result no longer
 * names it, so the manifest does not record it.
 */
export async function withVodStatus(
  results: readonly FileResult[],
  report: StatusReport,
  deleteImages: (ids: readonly string[]) => Promise<void>
): Promise<FileResult[]> {
  const failedIds = [...report.states].filter(([, state]) => state.vodStatus === 'UploadFail').map(([id]) => id)
  const undeleted = new Map<string, string>()
  for (let start = 0; start < failedIds.length; start += BATCH) {
    const batch = failedIds.slice(start, start + BATCH)
    await deleteImages(batch).catch((error: unknown) => batch.forEach(id => undeleted.set(id, codeOf(error))))
  }
  return results.map(result => {
    const state = result.imageId === undefined ? undefined : report.states.get(result.imageId)
    if (!state || !result.imageId) return result
    if (state.vodStatus !== 'UploadFail') return { ...result, ...state }
    return uploadFailed(result, result.imageId, undeleted.get(result.imageId))
  })
}

function uploadFailed(result: FileResult, imageId: string, deleteFailure: string | undefined): FileResult {
  const fate = deleteFailure === undefined ? 'it was deleted' : `deleting it failed (${deleteFailure}): it is orphaned`
  const error: FileFailure = {
    stage: 'confirm',
    code: 'UploadFail',
    message: `VOD marked image ${imageId} UploadFail (Status) after its bytes were sent; ${fate}. Upload the file again.`
  }
  return {
    ...result,
    status: 'failed',
    vodStatus: 'UploadFail',
    error,
    imageId: undefined,
    imageUrl: undefined,
    fileUrl: undefined,
    orphanedImageIds: deleteFailure === undefined ? result.orphanedImageIds : [...result.orphanedImageIds, imageId]
  }
}

function codeOf(error: unknown): string {
  if (error instanceof ServiceError) return error.code
  return error instanceof CancelledError ? 'Cancelled' : 'UnexpectedError'
}
