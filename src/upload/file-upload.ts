/**
 * One file's upload: hash it, create its VOD upload ticket, put the bytes on OSS. Transient failures
 * are retried; an expired credential gets a new ticket and the abandoned ImageId is deleted.
 */
import { whenAborted } from './cancellation.js'
import {
  CancelledError,
  FileReadError,
  isTransient,
  ServiceError,
  toFileFailure,
  type FileFailure,
  type Stage,
  type Stopped,
  type Unreachable
} from '../shared/index.js'
import { digestFile, digestOf, partSizeFor, readFound, withFoundFile, type FileDigest } from '../files/index.js'
import {
  InvalidUploadTicketError,
  isThrottling,
  paced,
  type LocalObject,
  type PartControl,
  type UploadServices,
  type UploadTicket
} from '../services/index.js'
import type { UploadTask } from '../plan/index.js'
import { retrying } from './retry.js'
import { failedResult, type FileResult } from './results.js'
import type { PipelineEvents, PipelineOptions } from './pipeline-options.js'
import { isNoAnswer, type Breaker } from './breaker.js'

/**
 * A single PutObject of at most this many bytes sends the file from memory, read once through the
 * checked handle: a stream would cost a second open and a 64 KiB read buffer per file. Bounded so
 * that the uploads in flight hold little: they are `concurrency` at a time (pipeline.ts; the input's
 * default is in inputs/defaults.ts, its ceiling VodLimits.maxConcurrency), so at most concurrency × 256 KiB.
 */
const SENT_FROM_MEMORY_BYTES = 256 * 1024

const sentFromMemory = (digest: FileDigest): boolean => !digest.parts && digest.bytes <= SENT_FROM_MEMORY_BYTES

/**
 * Failures after which VOD may have received the request and carried it out: the codes the VOD client
 * gives for a request that got no answer (vod-client.ts through networkError(): its own timeout, or the
 * connection lost once the request was on its way). A refused connection or a failed handshake sent nothing.
 */
const MAYBE_DELIVERED = new Set(['RequestTimeout', 'ECONNRESET', 'EPIPE'])

class StageError extends Error {
  constructor(
    readonly stage: Stage,
    readonly reason: unknown
  ) {
    super(stage)
  }
}

/** One file's way through the stages; keeps the ticket in hand so a failure can clean it up. */
export class FileUpload {
  private readonly result: FileResult
  private ticket?: UploadTicket
  /** The bytes of a small file, read once when it was hashed; released when the file is done. */
  private content?: Buffer

  constructor(
    private readonly task: UploadTask,
    private readonly services: UploadServices,
    private readonly events: PipelineEvents,
    private readonly options: PipelineOptions,
    private readonly breaker: Breaker
  ) {
    this.result = failedResult(task)
  }

  async run(): Promise<FileResult> {
    try {
      const digest = this.task.digest ?? (await this.stage('read', () => this.digest()))
      this.result.sha256 = digest.sha256Hex
      const ticket = await this.uploadWithFreshCredentials(digest)
      this.breaker.succeeded()
      this.options.flow?.progressed()
      return { ...this.result, status: 'uploaded', imageId: ticket.imageId, imageUrl: ticket.imageUrl, fileUrl: ticket.fileUrl }
    } catch (error) {
      if (!(error instanceof StageError)) throw error
      this.logUnexpected(error)
      if (!this.options.signal?.aborted) this.breaker.failed(this.path, error.reason)
      if (error.reason instanceof ThrottlingStalled) this.breaker.stalled(this.path, error.reason)
      if (this.ticket) await this.abandon(this.ticket)
      else if (error.reason instanceof InvalidUploadTicketError && error.reason.imageId)
        await this.abandon({ imageId: error.reason.imageId })
      // After a cancel, a request without an answer was most likely cut by the cancel itself.
      const reason = this.options.signal?.aborted && isNoAnswer(error.reason) ? new CancelledError() : error.reason
      return { ...this.result, error: toFileFailure(error.stage, reason), unreachable: unreachableOf(reason), refused: refusedOf(reason) }
    } finally {
      this.content = undefined
    }
  }

  /** A credential cannot be refreshed for images: an expired one means a new ticket, up to a limit. */
  private async uploadWithFreshCredentials(digest: FileDigest): Promise<UploadTicket> {
    const maxTickets = Math.max(3, this.options.backoff.retries + 1)
    for (let tickets = 1; ; tickets++) {
      if (this.options.signal?.aborted) throw new StageError('create', new CancelledError())
      const ticket = await this.createTicket()
      if (this.options.signal?.aborted) throw new StageError('upload', new CancelledError())
      const expired = await this.stage('upload', () => this.put(ticket, digest))
      if (!expired) return ticket
      this.events.debug(`${this.path}: the upload credential of ImageId ${ticket.imageId} expired (${expired.code}); getting a new one`)
      this.ticket = undefined
      await this.abandon(ticket)
      if (tickets >= maxTickets || this.options.signal?.aborted) throw new StageError('upload', expired)
    }
  }

  private async createTicket(): Promise<UploadTicket> {
    const ticket = await this.stage('create', () => this.withRetries('CreateUploadImage', () => this.createOnce()))
    this.ticket = ticket
    this.events.secret({
      masked: [ticket.auth.accessKeySecret, ticket.auth.securityToken],
      redacted: [ticket.auth.accessKeyId, ...ticket.rawSecrets]
    })
    this.events.debug(
      `${this.path}: ImageId ${ticket.imageId}, object ${ticket.address.bucket}/${ticket.address.fileName}, RequestId ${ticket.requestId}`
    )
    return ticket
  }

  /** No idempotency token exists for CreateUploadImage: a call without an answer may still have created an image. */
  private async createOnce(): Promise<UploadTicket> {
    try {
      return await this.vodCall(() => this.services.createUploadImage(this.task.params))
    } catch (error) {
      if (error instanceof ServiceError && error.status === undefined && MAYBE_DELIVERED.has(error.code)) this.result.unansweredCreates++
      throw error
    }
  }

  /**
   * Puts the bytes, retrying transient failures on the same ticket (a multipart upload retries each
   * part instead). Returns the error when the credential expired.
   */
  private async put(ticket: UploadTicket, digest: FileDigest): Promise<ServiceError | undefined> {
    const file = this.task.file
    if (!sentFromMemory(digest)) return withFoundFile(file, readablePath => this.putFrom({ absolutePath: readablePath }, ticket, digest))
    this.content ??= readFound(file, digest.bytes)
    return this.putFrom({ absolutePath: file.absolutePath, content: this.content }, ticket, digest)
  }

  private async putFrom(
    source: Pick<LocalObject, 'absolutePath' | 'content'>,
    ticket: UploadTicket,
    digest: FileDigest
  ): Promise<ServiceError | undefined> {
    const object: LocalObject = { ...source, bytes: digest.bytes, md5Base64: digest.md5Base64, parts: digest.parts }
    const parts: PartControl = {
      retry: operation => this.withRetries('UploadPart', operation),
      check: () => {
        if (this.options.signal?.aborted) throw new CancelledError()
        if (this.expiring(ticket)) throw credentialExpiring()
      }
    }
    const attempt = async (): Promise<ServiceError | undefined> => {
      if (this.expiring(ticket)) return credentialExpiring()
      try {
        const put = await this.services.putObject(ticket, object, parts)
        this.events.debug(`${this.path}: stored, OSS RequestId ${put.requestId ?? 'none'}`)
        return undefined
      } catch (error) {
        if (error instanceof ServiceError && error.kind === 'expired') return error
        throw error
      }
    }
    return object.parts ? attempt() : this.withRetries('PutObject', attempt)
  }

  /** This file as it stands when the run stops waiting for it: whatever ImageId it holds is orphaned. */
  interrupted(): FileResult {
    const orphaned = this.ticket ? [...this.result.orphanedImageIds, this.ticket.imageId] : this.result.orphanedImageIds
    return { ...this.result, orphanedImageIds: orphaned, error: DEADLINE_STOPPED }
  }

  /** The library's own error text goes to the debug log only (redacted there), never to a message. */
  private logUnexpected(error: StageError): void {
    const reason =
      error.reason instanceof ServiceError ? (error.reason.code === 'UnexpectedError' ? error.reason.cause : undefined) : error.reason
    if (reason === undefined || reason instanceof FileReadError || reason instanceof CancelledError) return
    this.events.debug(
      `${this.path}: ${error.stage} failed unexpectedly: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`
    )
  }

  /** Less left than the margin, which never exceeds half the credential's life: a long timeout must not make every credential look stale. */
  private expiring(ticket: UploadTicket): boolean {
    const margin = Math.min(this.options.renewMarginMs, (ticket.auth.expiresAt - ticket.auth.receivedAt) / 2)
    return ticket.auth.expiresAt - this.options.now() <= margin
  }

  /**
   * Deletes an ImageId whose bytes never arrived, so that nothing half-made stays in VOD. Cleanup
   * goes on after a cancel, until the deadline: what is not deleted by then is reported orphaned.
   */
  private async abandon(ticket: Pick<UploadTicket, 'imageId'>): Promise<void> {
    const deadline = this.options.deadline
    if (deadline?.aborted) {
      this.result.orphanedImageIds.push(ticket.imageId)
      return
    }
    const deletion = this.withRetries(
      'DeleteImage',
      () => this.vodCall(() => this.services.deleteImages([ticket.imageId]), deadline, this.options.deleteFlow),
      deadline
    ).then(
      () => undefined,
      (error: unknown) => toFileFailure('delete', error)
    )
    const failure = deadline ? await Promise.race([deletion, whenAborted(deadline).then(() => DEADLINE_PASSED)]) : await deletion
    if (!failure) return this.events.debug(`${this.path}: deleted the unfinished ImageId ${ticket.imageId}`)
    this.result.orphanedImageIds.push(ticket.imageId)
    this.events.debug(`${this.path}: could not delete ImageId ${ticket.imageId}: ${failure.code}: ${failure.message}`)
  }

  private withRetries<T>(api: string, operation: () => Promise<T>, stopSignal: AbortSignal | undefined = this.options.signal): Promise<T> {
    return retrying(operation, isTransient, {
      backoff: this.options.backoff,
      signal: stopSignal,
      onRetry: (error, retryNumber, delayMs) => {
        const code = error instanceof ServiceError ? error.code : 'error'
        this.events.debug(`${this.path}: ${api} failed (${code}); retry ${retryNumber} of ${this.options.backoff.retries} in ${delayMs} ms`)
      }
    })
  }

  /** A VOD call at the run's rate; a throttled answer is waited out (and counted), not retried from the budget. */
  private vodCall<T>(
    call: () => Promise<T>,
    stopSignal: AbortSignal | undefined = this.options.signal,
    flow = this.options.flow
  ): Promise<T> {
    return paced(flow, call, {
      isThrottled: isThrottling,
      signal: stopSignal,
      onThrottled: () => this.result.throttledCalls++,
      stalledError: error => (error instanceof ServiceError ? new ThrottlingStalled(error) : error)
    })
  }

  /** A small file is read once, here: the bytes hashed are the bytes sent, and nothing is read again for the upload. */
  private async digest(): Promise<FileDigest> {
    const file = this.task.file
    const partSize = partSizeFor(file.bytes, this.options.multipartThreshold)
    if (partSize || file.bytes > SENT_FROM_MEMORY_BYTES) return digestFile(file.absolutePath, file.relativePath, partSize, file)
    this.content = readFound(file, file.bytes)
    return digestOf(this.content)
  }

  private async stage<T>(name: Stage, action: () => Promise<T>): Promise<T> {
    try {
      return await action()
    } catch (error) {
      throw error instanceof StageError ? error : new StageError(name, error)
    }
  }

  private get path(): string {
    return this.task.file.relativePath
  }
}

/** Throttled while no VOD call of the run succeeded for timeout × (retries + 1): given up, like a service that is down. */
class ThrottlingStalled extends ServiceError {
  constructor(throttled: ServiceError) {
    super({
      service: throttled.service,
      api: throttled.api,
      code: throttled.code,
      status: throttled.status,
      requestId: throttled.requestId,
      detail: `${throttled.detail} No VOD call of the run succeeded for timeout × (retries + 1): given up`,
      kind: 'permanent'
    })
    this.name = 'ThrottlingStalled'
  }
}

function unreachableOf(error: unknown): Unreachable | undefined {
  if (!(error instanceof ServiceError) || !error.reach) return undefined
  return { service: error.service, cause: error.reach, status: error.status }
}

function refusedOf(error: unknown): Stopped | undefined {
  if (!(error instanceof ServiceError) || !error.refusal) return undefined
  return { service: error.service, refusal: error.refusal, api: error.api, code: error.code, status: error.status }
}

const DEADLINE_STOPPED: FileFailure = {
  stage: 'upload',
  code: 'Cancelled',
  message: 'the run was cancelled and had to stop before this file finished'
}

const DEADLINE_PASSED: FileFailure = {
  stage: 'delete',
  code: 'DeadlinePassed',
  message: 'the run had to stop before the deletion finished'
}

function credentialExpiring(): ServiceError {
  return new ServiceError({
    service: 'oss',
    api: 'PutObject',
    code: 'CredentialExpiring',
    detail: 'the upload credential expires before an upload could finish',
    kind: 'expired'
  })
}
