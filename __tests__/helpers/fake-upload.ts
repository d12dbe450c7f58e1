/**
 * A fake of the whole upload port (UploadServices) for the pipeline's unit tests: tickets numbered in
 * order, every call recorded, each call's outcome scripted in order (an error to throw, or a function
 * to run instead), and the tasks, options and events a FileUpload or the queue is run with.
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { ServiceError, type ServiceErrorFields } from '../../src/shared/errors.js'
import type { ImageFile } from '../../src/files/find.js'
import type {
  CreateUploadImageParams,
  ImageInfos,
  ImageInfosOptions,
  LocalObject,
  PartControl,
  PutResult,
  UploadServices,
  UploadTicket
} from '../../src/services/port.js'
import { InvalidUploadTicketError } from '../../src/services/port.js'
import type { ServiceEdges, Services, ServicesOptions } from '../../src/services/create-services.js'
import type { Service } from '../../src/shared/errors.js'
import { vodError } from '../../src/services/vod-client.js'
import type { UploadTask } from '../../src/plan/plan.js'
import type { PipelineEvents, PipelineOptions } from '../../src/upload/pipeline-options.js'
import type { FileResult } from '../../src/upload/results.js'
import type { Backoff } from '../../src/upload/retry.js'

/** What one call does instead of the default: throw this error, or run this function. */
export type Outcome<A extends unknown[], T> = Error | ((...args: A) => Promise<T>) | undefined

type PutArgs = [ticket: UploadTicket, object: LocalObject, parts: PartControl]

interface FakeUploadOptions {
  /** The outcome of each CreateUploadImage call in turn; past the end (or undefined), a new ticket. */
  create?: Array<Outcome<[CreateUploadImageParams], UploadTicket>>
  /** Of each PutObject call; past the end, stored (a multipart upload checks and sends each part). */
  put?: Array<Outcome<PutArgs, PutResult>>
  /** Of each DeleteImage call; past the end, deleted. */
  delete?: Array<Outcome<[readonly string[]], void>>
  /** Of each GetImageInfos call; past the end, VOD has none of the images. */
  lookup?: Array<Outcome<[readonly string[], ImageInfosOptions | undefined], ImageInfos>>
  /** The clock the tickets' receivedAt and expiresAt are read from. */
  now?: () => number
  /** How long a ticket's credential lives: an hour by default. */
  ticketLifeMs?: number
  /** Called at the start of every call, with the calls then in flight (this one included); fakeServices: at closeConnections too, with 0. */
  onCall?(api: string, inFlight: number): void
}

export interface FakeUpload extends UploadServices {
  readonly creates: CreateUploadImageParams[]
  /** Each PutObject: the ImageId of its ticket and what it was asked to send. */
  readonly puts: Array<{ imageId: string; object: LocalObject }>
  readonly deletions: string[][]
  readonly lookups: string[][]
  /** The APIs called, in order. */
  readonly calls: string[]
  /** The most calls in flight at once. */
  readonly maxInFlight: number
}

export const ticketId = (n: number): string => `image-${n}`

export function fakeUpload(options: FakeUploadOptions = {}): FakeUpload {
  const now = options.now ?? (() => 1_000_000)
  const record = {
    creates: [] as CreateUploadImageParams[],
    puts: [] as Array<{ imageId: string; object: LocalObject }>,
    deletions: [] as string[][],
    lookups: [] as string[][],
    calls: [] as string[],
    maxInFlight: 0
  }
  let inFlight = 0
  const call = async <A extends unknown[], T>(
    api: string,
    outcomes: Array<Outcome<A, T>> | undefined,
    count: number,
    args: A,
    fallback: (...args: A) => Promise<T>
  ): Promise<T> => {
    record.calls.push(api)
    inFlight++
    record.maxInFlight = Math.max(record.maxInFlight, inFlight)
    try {
      options.onCall?.(api, inFlight)
      const outcome = outcomes?.[count - 1]
      if (outcome instanceof Error) throw outcome
      return await (outcome ?? fallback)(...args)
    } finally {
      inFlight--
    }
  }
  const life = options.ticketLifeMs ?? 3_600_000
  return {
    ...record,
    get maxInFlight() {
      return record.maxInFlight
    },
    createUploadImage(params) {
      record.creates.push(params)
      const n = record.creates.length
      return call('CreateUploadImage', options.create, n, [params], async () => ticket(n, now(), life))
    },
    putObject(ticket, object, parts) {
      record.puts.push({ imageId: ticket.imageId, object })
      return call('PutObject', options.put, record.puts.length, [ticket, object, parts], storeParts)
    },
    deleteImages(ids) {
      record.deletions.push([...ids])
      return call('DeleteImage', options.delete, record.deletions.length, [ids], async () => undefined)
    },
    getImageInfos(ids, lookupOptions) {
      record.lookups.push([...ids])
      const none = async (): Promise<ImageInfos> => ({ infos: [], nonExistImageIds: [...ids] })
      return call('GetImageInfos', options.lookup, record.lookups.length, [ids, lookupOptions], none)
    }
  }
}

/** The default PutObject: each part of a multipart upload checked, then sent through the part retry. */
async function storeParts(_ticket: UploadTicket, object: LocalObject, parts: PartControl): Promise<PutResult> {
  for (const _part of object.parts ?? []) {
    parts.check()
    await parts.retry(async () => undefined)
  }
  return { requestId: 'OSS-REQ' }
}

/** The nth ticket: ImageId image-n, a credential received at receivedAt that lives lifeMs. */
export function ticket(n: number, receivedAt: number, lifeMs = 3_600_000): UploadTicket {
  return {
    requestId: `VOD-REQ-${n}`,
    imageId: ticketId(n),
    imageUrl: `https://img.example.com/${n}.png`,
    fileUrl: `https://oss.example.com/${n}.png`,
    address: { endpoint: 'oss-cn-shanghai.aliyuncs.com', bucket: 'bucket', fileName: `image/${n}.png` },
    auth: {
      accessKeyId: `STS.key-${n}`,
      accessKeySecret: `secret-${n}`,
      securityToken: `token-${n}`,
      receivedAt,
      expiresAt: receivedAt + lifeMs
    },
    rawSecrets: [`raw-auth-${n}`]
  }
}

export interface FakeServicesOptions extends FakeUploadOptions {
  /** The outcome of each signIn in turn; past the end, signed in. */
  signIn?: Array<Outcome<[], void>>
  /** Whether each service answered this run: every one did, unless set to false. */
  answered?: Partial<Record<Service, boolean>>
}

/**
 * The fake port with what run() does besides the uploads (Services: signIn and closeConnections are recorded in calls),
 * and the factory run() takes in place of createServices.
 */
export interface FakeServices extends FakeUpload, Services {
  /** For RunOverrides.services: records the config and the edges the run gave, and returns this fake. */
  create(config: ServicesOptions, edges?: ServiceEdges): Services
  /** The options and the edges of each create call. */
  readonly made: Array<{ config: ServicesOptions; edges?: ServiceEdges }>
}

export function fakeServices(options: FakeServicesOptions = {}): FakeServices {
  const upload = fakeUpload(options)
  const made: Array<{ config: ServicesOptions; edges?: ServiceEdges }> = []
  let signIns = 0
  const services: FakeServices = Object.assign(upload, {
    made,
    create(config: ServicesOptions, edges?: ServiceEdges): Services {
      made.push({ config, edges })
      return services
    },
    async signIn() {
      upload.calls.push('signIn')
      const outcome = options.signIn?.[signIns++]
      if (outcome instanceof Error) throw outcome
      await outcome?.()
    },
    closeConnections() {
      upload.calls.push('closeConnections')
      options.onCall?.('closeConnections', 0)
    },
    answered: (service: Service) => options.answered?.[service] ?? true
  })
  return services
}

/** The errors the port throws, as the adapters make them. */
export const failures = {
  /** No answer at all (a timeout, a dropped connection): transient, no status. */
  noAnswer: (code = 'RequestTimeout', api = 'CreateUploadImage', service: ServiceErrorFields['service'] = 'vod') =>
    new ServiceError({ service, api, code, detail: 'no answer', kind: 'transient' }),
  /** An answer that a retry may fix (a 5xx). */
  unavailable: (api = 'CreateUploadImage', service: ServiceErrorFields['service'] = 'vod') =>
    new ServiceError({ service, api, code: 'ServiceUnavailable', status: 503, requestId: 'REQ-503', detail: 'busy', kind: 'transient' }),
  /** An answer about this file alone. */
  permanent: (api = 'CreateUploadImage', service: ServiceErrorFields['service'] = 'vod') =>
    new ServiceError({ service, api, code: 'InvalidParameter', status: 400, requestId: 'REQ-400', detail: 'bad', kind: 'permanent' }),
  /** An answer no other file gets past. */
  refused: () =>
    new ServiceError({
      service: 'vod',
      api: 'CreateUploadImage',
      code: 'Forbidden.RAM',
      status: 403,
      requestId: 'REQ-403',
      detail: 'no permission',
      kind: 'permanent',
      refusal: 'permission'
    }),
  /** A host that does not exist: no retry can help. */
  unreachable: (service: ServiceErrorFields['service'] = 'vod') =>
    new ServiceError({
      service,
      api: service === 'vod' ? 'CreateUploadImage' : 'PutObject',
      code: 'ENOTFOUND',
      detail: 'host not found',
      kind: 'permanent',
      reach: 'host-not-found'
    }),
  /** OSS refused the upload credential as expired. */
  expired: () =>
    new ServiceError({ service: 'oss', api: 'PutObject', code: 'SecurityTokenExpired', status: 403, detail: 'expired', kind: 'expired' }),
  /** VOD's flow control, as the VOD client reads it (x-acs-retry-after in ms, when given). */
  throttled: (retryAfterMs?: number, api = 'CreateUploadImage') =>
    vodError(api, {
      code: 'Throttling.User',
      data: { RequestId: 'REQ-THROTTLED', Message: 'Request was denied due to user flow control.' },
      entry: { response: { statusCode: 400, headers: retryAfterMs === undefined ? {} : { 'x-acs-retry-after': String(retryAfterMs) } } }
    }),
  /** A CreateUploadImage answer whose ticket cannot be used; imageId: the image VOD created anyway. */
  invalidTicket: (imageId?: string) => new InvalidUploadTicketError('the UploadAuth is not JSON', imageId, 'REQ-TICKET')
}

/** A promise settled from outside: a call held in flight until the test lets it go. */
export function deferred<T = void>(): { promise: Promise<T>; resolve(value: T): void; reject(error: unknown): void } {
  let resolve!: (value: T) => void
  let reject!: (error: unknown) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

/** A backoff that never waits: each delay asked for is recorded. */
export function instantBackoff(retries: number): Backoff & { slept: number[] } {
  const slept: number[] = []
  return { retries, baseDelayMs: 100, maxDelayMs: 1000, random: () => 0.5, slept, sleep: async ms => void slept.push(ms) }
}

export interface RecordedEvents extends PipelineEvents {
  readonly secrets: Array<{ masked: string[]; redacted: string[] }>
  readonly finishedResults: FileResult[]
  readonly debugLines: string[]
}

export function recordedEvents(): RecordedEvents {
  const secrets: Array<{ masked: string[]; redacted: string[] }> = []
  const finishedResults: FileResult[] = []
  const debugLines: string[] = []
  return {
    secrets,
    finishedResults,
    debugLines,
    secret: credential => void secrets.push(credential),
    finished: result => void finishedResults.push(result),
    debug: message => void debugLines.push(message)
  }
}

/** Options for one FileUpload or queue: no retries unless asked, a fixed clock, no cancellation. */
export function pipelineOptions(overrides: Partial<PipelineOptions> = {}): PipelineOptions {
  return {
    concurrency: 4,
    backoff: instantBackoff(0),
    renewMarginMs: 60_000,
    multipartThreshold: 10 * 1024 ** 2,
    now: () => 1_000_000,
    ...overrides
  }
}

/** A temporary folder the image files of a test are written to. */
export async function imageFolder(): Promise<{
  dir: string
  image(name: string, bytes: number): Promise<UploadTask>
  remove(): Promise<void>
}> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'vod-upload-'))
  return {
    dir,
    async image(name, bytes) {
      const absolutePath = path.join(dir, name)
      await fs.writeFile(absolutePath, Buffer.alloc(bytes, name.length))
      return uploadTask({ absolutePath, relativePath: `shots/${name}`, bytes, format: 'png' })
    },
    remove: () => fs.rm(dir, { recursive: true, force: true })
  }
}

/** The task of one file, with the parameters planning would give it. */
export function uploadTask(file: ImageFile): UploadTask {
  return {
    file,
    title: path.basename(file.relativePath),
    tags: ['docs'],
    params: { ImageType: 'default', ImageExt: 'png', Title: file.relativePath }
  }
}
