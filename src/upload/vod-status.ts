/**
 * What VOD says of each new image: its Status and the URL GetImageInfos returns (signed when the domain
 * has URL signing on), asked while the uploads go on. As files finish, their ImageIds wait in a batch
 * that goes when 20 are waiting (GetImageInfos takes at most 20, docs/protocol.md "GetImageInfos"), or
 * optionally after a wait; once the uploads are over, the rest go at once and the images still
 * `Uploading` are asked again a few times. An image VOD marks `UploadFail` fails its file and is deleted.
 */
import { CancelledError, ServiceError, type FileFailure } from '../shared/errors.js'
import * as log from '../shared/log.js'
import type { ImageInfos } from '../services/port.js'
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
  /** Resolves after ms. */
  sleep(ms: number): Promise<void>
}

export interface StatusTiming {
  /**
   * The longest a waiting ImageId waits for others to fill its batch; none by default: a batch goes when 20
   * wait or when the uploads are over, so the requests of a run come in the same order every time, and
   * the end of a run asks about 19 images at most (one call).
   */
  batchWaitMs?: number
  /** Once the uploads are over, the waits before each new question about the images still Uploading. */
  recheckDelaysMs: readonly number[]
}

export const DEFAULT_STATUS_TIMING: StatusTiming = { recheckDelaysMs: [1000, 2000, 4000] }

/** GetImageInfos takes at most this many ImageIds. */
const BATCH = 20

const KNOWN_STATUSES: ReadonlySet<string> = new Set<VodStatus>(['Normal', 'Uploading', 'UploadFail'])

/** A timer that never keeps the process alive on its own. */
const realClock: StatusClock = { sleep: ms => new Promise(resolve => setTimeout(resolve, ms).unref()) }

interface StatusLookupOptions {
  /** GetImageInfos, paced and retried (the session's), with the run's AuthTimeout. */
  lookup(ids: readonly string[]): Promise<ImageInfos>
  clock?: StatusClock
  timing?: Partial<StatusTiming>
  /** Once aborted, the images still Uploading are not asked about again. */
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
  private readonly uploading = new Set<string>()
  /** One lookup at a time, in order: a background trickle beside the uploads (20 ids a call outpaces CreateUploadImage's rate). */
  private chain: Promise<void> = Promise.resolve()
  private readonly clock: StatusClock
  private readonly timing: StatusTiming
  private timerArmed = false
  private failure?: { error: unknown }

  constructor(private readonly options: StatusLookupOptions) {
    this.clock = options.clock ?? realClock
    this.timing = { ...DEFAULT_STATUS_TIMING, ...options.timing }
  }

  /** A file finished: an uploaded one's ImageId joins the waiting batch. */
  add(result: FileResult): void {
    if (result.status !== 'uploaded' || !result.imageId || this.states.has(result.imageId)) return
    this.states.set(result.imageId, { vodStatus: 'unknown' })
    this.waiting.push(result.imageId)
    if (this.waiting.length >= BATCH) this.send(this.waiting.splice(0, BATCH))
    else if (!this.timerArmed && this.timing.batchWaitMs !== undefined) this.armTimer(this.timing.batchWaitMs)
  }

  /** The uploads are over: asks about the rest, re-asks those still Uploading a bounded number of times. */
  async finish(): Promise<StatusReport> {
    this.sendWaiting()
    await this.settle()
    for (const delay of this.timing.recheckDelaysMs) {
      if (this.uploading.size === 0 || this.failure || this.options.signal?.aborted) break
      await this.clock.sleep(delay)
      const ids = [...this.uploading]
      for (let start = 0; start < ids.length; start += BATCH) this.send(ids.slice(start, start + BATCH))
      await this.settle()
    }
    return { states: this.states, ...(this.failure && { failure: this.failure.error }) }
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
      for (const info of answer.infos) this.record(info.imageId, statusOf(info.status), info.url)
      for (const id of answer.nonExistImageIds) this.record(id, 'unknown', '')
    } catch (error) {
      this.failure ??= { error }
    }
  }

  private record(imageId: string, vodStatus: VodStatus, url: string): void {
    this.states.set(imageId, { vodStatus, ...(url && { previewUrl: url }) })
    if (vodStatus === 'Uploading') this.uploading.add(imageId)
    else this.uploading.delete(imageId)
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

/** The one warning of a run whose lookups failed; none when the run was cancelled (it says so itself). */
export function lookupWarning(report: StatusReport): string | undefined {
  const { failure } = report
  if (failure === undefined || failure instanceof CancelledError) return undefined
  const what =
    failure instanceof ServiceError
      ? `${log.shown(failure.code)}${failure.status === undefined ? '' : `, HTTP ${failure.status}`}`
      : 'an unexpected error'
  return `GetImageInfos failed (${what}): VOD's status of the new images is unknown (vodStatus "unknown") and the job summary shows their ImageURL, which does not load where the domain has URL signing on. No file failed for this; to get both, allow the access key the RAM action vod:GetImageInfos.`
}

/** Said once when some new images were still being processed by VOD at the end of the run: not a failure. */
export function stillUploadingNote(results: readonly FileResult[]): string | undefined {
  const count = results.filter(result => result.vodStatus === 'Uploading').length
  if (count === 0) return undefined
  return `${count} new image${count === 1 ? ' was' : 's were'} still Uploading in VOD when the run ended (vodStatus "Uploading"): VOD had not finished processing ${count === 1 ? 'it' : 'them'}; this is not a failure.`
}
