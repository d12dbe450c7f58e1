/**
 * One image's bytes on OSS through ali-oss, against the emulator's OSS handler on a loopback port:
 * the single PutObject and the multipart upload (parts with their Content-MD5, retries and stops
 * through PartControl, the abort), and how OSS's answers become errors.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { createHash } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import http from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { digestOf } from '../../src/files/hash.js'
import { CancelledError, ServiceError } from '../../src/shared/errors.js'
import { ossError, PARTS_IN_FLIGHT, putObject } from '../../src/services/oss-upload.js'
import type { LocalObject, PartControl, UploadTicket } from '../../src/services/port.js'
import { OSS_REGION, startLoopbackOss, type LoopbackOss, type SeenRequest } from '../helpers/loopback-oss.js'
import { rejectionOf } from '../helpers/rejection.js'

const KIB = 1024
/** The emulator, like OSS, refuses parts below 100 KiB but the last. */
const PART_BYTES = 100 * KIB
const EMPTY_BODY_MD5 = createHash('md5').update('').digest('base64')

let oss: LoopbackOss
let folder: string
let keys = 0

beforeAll(async () => {
  oss = await startLoopbackOss()
  folder = await mkdtemp(path.join(tmpdir(), 'oss-upload-'))
})
afterAll(async () => {
  await oss.close()
  await rm(folder, { recursive: true, force: true })
})
afterEach(() => oss.faults(() => undefined))

/** Bytes that differ from part to part, so a part sent in the wrong place changes the object. */
function bytesOf(length: number): Buffer {
  const bytes = Buffer.alloc(length)
  for (let index = 0; index < length; index++) bytes[index] = (index * 7 + Math.floor(index / PART_BYTES)) % 251
  return bytes
}

/** A file of `length` bytes on disk and what the hashing stage says of it; parts of PART_BYTES when multipart. */
async function localFile(length: number, multipart: boolean): Promise<{ object: LocalObject; content: Buffer }> {
  const content = bytesOf(length)
  const absolutePath = path.join(folder, `file-${(keys += 1)}.bin`)
  await writeFile(absolutePath, content)
  const digest = digestOf(content, multipart ? PART_BYTES : undefined)
  return { object: { absolutePath, bytes: length, md5Base64: digest.md5Base64, ...(digest.parts && { parts: digest.parts }) }, content }
}

/** Bytes by size and MD5: Jest compares Buffers byte by byte, seconds for a few hundred KiB. */
const fingerprint = (bytes: Buffer | undefined): string | undefined =>
  bytes && `${bytes.length} bytes, MD5 ${createHash('md5').update(bytes).digest('hex')}`

const storedBytes = (ticket: UploadTicket): string | undefined => fingerprint(oss.stored(ticket.address.fileName)?.body)

const newKey = (extension = 'png'): string => `image/default/unit-${(keys += 1)}.${extension}`

const requestsFor = (ticket: UploadTicket): SeenRequest[] =>
  oss.seen.filter(
    request =>
      request.headers.host?.startsWith(`${ticket.address.bucket}.`) && request.headers['x-oss-security-token'] === ticket.auth.securityToken
  )

const partRequests = (ticket: UploadTicket): SeenRequest[] => requestsFor(ticket).filter(request => request.query.partNumber !== undefined)

const operationsOf = (ticket: UploadTicket): string[] =>
  requestsFor(ticket).map(request => {
    if (request.query.uploads !== undefined) return 'initiate'
    if (request.query.partNumber !== undefined) return `part ${request.query.partNumber}`
    if (request.method === 'POST') return 'complete'
    if (request.method === 'DELETE') return 'abort'
    return request.method
  })

/** A PartControl that records its calls and retries an operation once when it fails as `retryWhen` says. */
function recordingControl(options: { retryWhen?: (error: unknown) => boolean; check?: () => void } = {}) {
  const failures: unknown[] = []
  let calls = 0
  let inFlight = 0
  let mostInFlight = 0
  const control: PartControl = {
    async retry<T>(operation: () => Promise<T>): Promise<T> {
      calls += 1
      inFlight += 1
      mostInFlight = Math.max(mostInFlight, inFlight)
      try {
        return await operation().catch((error: unknown) => {
          failures.push(error)
          if (options.retryWhen?.(error)) return operation()
          throw error
        })
      } finally {
        inFlight -= 1
      }
    },
    check: options.check ?? (() => undefined)
  }
  return {
    control,
    failures,
    get calls() {
      return calls
    },
    get mostInFlight() {
      return mostInFlight
    }
  }
}

const isTransientError = (error: unknown): boolean => error instanceof ServiceError && error.kind === 'transient'

describe('putObject, one PutObject', () => {
  it('sends the bytes in memory with their Content-MD5, signed V4, typed by the key, and returns the request id', async () => {
    const ticket = oss.ticket(newKey('png'))
    const content = bytesOf(3 * KIB)
    const object = {
      absolutePath: path.join(folder, 'never-opened.png'),
      bytes: content.length,
      md5Base64: digestOf(content).md5Base64,
      content
    }

    const result = await putObject(ticket, object, { timeoutMs: 5_000 })

    expect(oss.stored(ticket.address.fileName)).toMatchObject({
      body: content,
      contentType: 'image/png',
      contentMd5Sent: true,
      multipart: false
    })
    const [request] = requestsFor(ticket)
    expect(request.headers['content-md5']).toBe(object.md5Base64)
    expect(request.headers.authorization).toMatch(
      new RegExp(`^OSS4-HMAC-SHA256 Credential=${ticket.auth.accessKeyId}/\\d{8}/${OSS_REGION}/oss/aliyun_v4_request`)
    )
    expect(result).toEqual({ requestId: request.requestId })
    expect(result.requestId).toMatch(/^[0-9A-F]{24}$/)
  })

  it.each<[string, string, string | undefined]>([
    ['a key with a format extension', 'jpg', 'image/jpeg'],
    ['a key without an extension', '', undefined]
  ])('sends %s as %s', async (_name, extension, contentType) => {
    const ticket = oss.ticket(extension ? newKey(extension) : `image/default/no-extension-${(keys += 1)}`)
    const { object } = await localFile(KIB, false)
    await putObject(ticket, object, { timeoutMs: 5_000 })
    expect(oss.stored(ticket.address.fileName)?.contentType).toBe(contentType)
  })

  it('streams exactly the bytes the digest saw from the file, also when the file has grown since', async () => {
    const { object, content } = await localFile(20 * KIB, false)
    await writeFile(object.absolutePath, Buffer.concat([content, Buffer.from('appended after hashing')]))
    const ticket = oss.ticket(newKey())
    await putObject(ticket, object, { timeoutMs: 5_000 })
    expect(storedBytes(ticket)).toBe(fingerprint(content))
  })

  it('sends an empty file', async () => {
    const { object } = await localFile(0, false)
    const ticket = oss.ticket(newKey())
    await putObject(ticket, object, { timeoutMs: 5_000 })
    expect(storedBytes(ticket)).toBe(fingerprint(Buffer.alloc(0)))
  })

  it('goes through the agent it is given', async () => {
    const agent = new http.Agent({ keepAlive: true })
    const used = jest.spyOn(agent, 'createConnection')
    try {
      const { object } = await localFile(KIB, false)
      await putObject(oss.ticket(newKey()), object, { timeoutMs: 5_000, agent })
      expect(used).toHaveBeenCalledTimes(1)
    } finally {
      agent.destroy()
    }
  })

  it('signs V1 when asked, for a deployment that still accepts it', async () => {
    const v1 = await startLoopbackOss({ acceptV1Signatures: true })
    try {
      const ticket = v1.ticket(newKey())
      const { object, content } = await localFile(KIB, false)
      await putObject(ticket, object, { timeoutMs: 5_000, signatureVersion: 'v1' })
      expect(fingerprint(v1.stored(ticket.address.fileName)?.body)).toBe(fingerprint(content))
      expect(v1.seen[0].headers.authorization).toMatch(new RegExp(`^OSS ${ticket.auth.accessKeyId}:`))
    } finally {
      await v1.close()
    }
  })

  it("names the V4-only refusal of a V1 signature, with OSS's EC", async () => {
    const { object } = await localFile(KIB, false)
    const error = await rejectionOf<ServiceError>(putObject(oss.ticket(newKey()), object, { timeoutMs: 5_000, signatureVersion: 'v1' }))
    expect(error).toMatchObject({ service: 'oss', api: 'PutObject', code: 'AccessDenied', status: 403, refusal: 'oss-signature-version' })
    expect(error.detail).toContain('set oss-signature-version to v4')
  })

  it.each<[string, string | undefined, string | undefined]>([
    ["the UploadAuth's Region", OSS_REGION, 'eu-central-1'],
    ['the fallback region when the UploadAuth names none and the endpoint is an IP', undefined, OSS_REGION]
  ])('scopes the V4 signature to %s', async (_name, authRegion, fallbackRegion) => {
    const ticket = oss.ticket(newKey(), { region: authRegion })
    const { object, content } = await localFile(KIB, false)
    await putObject(ticket, object, { timeoutMs: 5_000, ...(fallbackRegion && { fallbackRegion }) })
    expect(storedBytes(ticket)).toBe(fingerprint(content))
  })

  it('is refused by OSS when the scope is not the bucket region', async () => {
    const ticket = oss.ticket(newKey(), { region: 'eu-central-1' })
    const { object } = await localFile(KIB, false)
    const error = await rejectionOf<ServiceError>(putObject(ticket, object, { timeoutMs: 5_000 }))
    expect(error).toMatchObject({ code: 'AccessDenied', status: 403 })
    expect(error.detail).toContain(`the bucket is in ${OSS_REGION}, the scope says eu-central-1`)
  })

  it.each<[string, boolean]>([
    ['PutObject', false],
    ['InitiateMultipartUpload', true]
  ])('with no region anywhere, %s fails before any request', async (api, multipart) => {
    const ticket = oss.ticket(newKey(), { region: undefined })
    const { object } = await localFile(multipart ? 2 * PART_BYTES : KIB, multipart)
    const error = await rejectionOf(putObject(ticket, object, { timeoutMs: 5_000 }))
    expect(error).toMatchObject({ service: 'oss', api, code: 'UnknownOssRegion' })
    expect(requestsFor(ticket)).toEqual([])
  })

  it('classifies a refused Content-MD5 with the status, code and request id of the answer', async () => {
    const ticket = oss.ticket(newKey())
    const { object } = await localFile(KIB, false)
    const error = await rejectionOf<ServiceError>(putObject(ticket, { ...object, md5Base64: EMPTY_BODY_MD5 }, { timeoutMs: 5_000 }))
    expect(error).toBeInstanceOf(ServiceError)
    expect(error).toMatchObject({ service: 'oss', api: 'PutObject', code: 'InvalidDigest', status: 400, kind: 'permanent' })
    expect(error.requestId).toBe(requestsFor(ticket)[0].requestId)
    expect(error.detail).toContain('did the file change during the run?')
  })

  it('gives up on an answer that does not come within the timeout', async () => {
    oss.faults(() => 'hang')
    const { object } = await localFile(KIB, false)
    const error = await rejectionOf(putObject(oss.ticket(newKey()), object, { timeoutMs: 200 }))
    expect(error).toMatchObject({ service: 'oss', api: 'PutObject', code: 'RequestTimeout', kind: 'transient' })
  })

  it('lets ali-oss print nothing about refreshing the image credential, which cannot be refreshed', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
    try {
      const { object } = await localFile(KIB, false)
      await putObject(oss.ticket(newKey()), object, { timeoutMs: 5_000 })
      expect(warn).not.toHaveBeenCalled()
    } finally {
      warn.mockRestore()
    }
  })
})

describe('putObject, multipart', () => {
  it('initiates, sends each part with its Content-MD5 in order, completes, and returns the request id of the completion', async () => {
    const { object, content } = await localFile(2 * PART_BYTES + 50 * KIB, true)
    const ticket = oss.ticket(newKey())

    const result = await putObject(ticket, object, { timeoutMs: 5_000, partConcurrency: 1 })

    expect(operationsOf(ticket)).toEqual(['initiate', 'part 1', 'part 2', 'part 3', 'complete'])
    expect(partRequests(ticket).map(request => request.headers['content-md5'])).toEqual(object.parts!.map(part => part.md5Base64))
    expect(requestsFor(ticket)[0].headers['content-md5']).toBe(EMPTY_BODY_MD5)
    expect(oss.stored(ticket.address.fileName)).toMatchObject({ contentMd5Sent: true, multipart: true })
    expect(storedBytes(ticket)).toBe(fingerprint(content))
    expect(result).toEqual({ requestId: requestsFor(ticket).at(-1)!.requestId })
    expect(result.requestId).toMatch(/^[0-9A-F]{24}$/)
  })

  it.each<[string, number | undefined, number]>([
    ['PARTS_IN_FLIGHT by default', undefined, PARTS_IN_FLIGHT],
    ['partConcurrency when given', 2, 2]
  ])('keeps %s parts in flight', async (_name, partConcurrency, expected) => {
    const { object, content } = await localFile(6 * PART_BYTES, true)
    const ticket = oss.ticket(newKey())
    const recorder = recordingControl()
    await putObject(ticket, object, { timeoutMs: 5_000, parts: recorder.control, ...(partConcurrency && { partConcurrency }) })
    expect(recorder.mostInFlight).toBe(expected)
    expect(storedBytes(ticket)).toBe(fingerprint(content))
  })

  it('retries a part that failed through PartControl.retry, which sees the classified error', async () => {
    let failed = false
    oss.faults(ctx => {
      if (failed || ctx.query?.partNumber !== '2') return undefined
      failed = true
      return 'internalError'
    })
    const { object, content } = await localFile(3 * PART_BYTES, true)
    const ticket = oss.ticket(newKey())
    const recorder = recordingControl({ retryWhen: isTransientError })

    await putObject(ticket, object, { timeoutMs: 5_000, parts: recorder.control, partConcurrency: 1 })

    expect(recorder.failures).toEqual([expect.objectContaining({ service: 'oss', api: 'UploadPart', code: 'InternalError', status: 500 })])
    expect(operationsOf(ticket)).toEqual(['initiate', 'part 1', 'part 2', 'part 2', 'part 3', 'complete'])
    expect(storedBytes(ticket)).toBe(fingerprint(content))
  })

  it.each<[string, string]>([
    ['InitiateMultipartUpload', 'initiate'],
    ['CompleteMultipartUpload', 'complete']
  ])('retries %s through PartControl.retry', async (api, operation) => {
    let failed = false
    oss.faults(ctx => {
      const isInitiate = ctx.method === 'POST' && ctx.query?.uploads !== undefined
      const isComplete = ctx.method === 'POST' && ctx.query?.uploadId !== undefined
      if (failed || !(operation === 'initiate' ? isInitiate : isComplete)) return undefined
      failed = true
      return 'http503'
    })
    const { object, content } = await localFile(2 * PART_BYTES, true)
    const ticket = oss.ticket(newKey())
    const recorder = recordingControl({ retryWhen: isTransientError })
    await putObject(ticket, object, { timeoutMs: 5_000, parts: recorder.control })
    expect(recorder.failures).toEqual([expect.objectContaining({ api, code: 'ServiceUnavailable', status: 503 })])
    expect(operationsOf(ticket).filter(name => name === operation)).toHaveLength(2)
    expect(storedBytes(ticket)).toBe(fingerprint(content))
  })

  it('tries each request once without a PartControl, and aborts', async () => {
    oss.faults(ctx => (ctx.query?.partNumber === '1' ? 'internalError' : undefined))
    const { object } = await localFile(2 * PART_BYTES, true)
    const ticket = oss.ticket(newKey())
    const error = await rejectionOf(putObject(ticket, object, { timeoutMs: 5_000, partConcurrency: 1 }))
    expect(error).toMatchObject({ api: 'UploadPart', code: 'InternalError', kind: 'transient' })
    expect(operationsOf(ticket)).toEqual(['initiate', 'part 1', 'abort'])
    expect(oss.openUploads()).toBe(0)
  })

  it('stops between parts when PartControl.check throws, and aborts the upload', async () => {
    const { object } = await localFile(3 * PART_BYTES, true)
    const ticket = oss.ticket(newKey())
    let checks = 0
    const cancelled = new CancelledError()
    const recorder = recordingControl({
      check: () => {
        checks += 1
        if (checks === 2) throw cancelled
      }
    })

    const error = await rejectionOf(putObject(ticket, object, { timeoutMs: 5_000, parts: recorder.control, partConcurrency: 1 }))

    expect(error).toBe(cancelled)
    expect(operationsOf(ticket)).toEqual(['initiate', 'part 1', 'abort'])
    expect(requestsFor(ticket).at(-1)!.headers['content-md5']).toBe(EMPTY_BODY_MD5)
    expect(recorder.calls).toBe(3) // initiate, part 1, part 2 (stopped by check); part 3 never starts
    expect(oss.openUploads()).toBe(0)
  })

  it('sends no part after one failed for good: the others neither start nor retry, and the upload is aborted', async () => {
    oss.faults(ctx => {
      if (ctx.query?.partNumber === '1') return 'accessDenied'
      return ctx.query?.partNumber === '2' ? 'internalError' : undefined
    })
    const { object } = await localFile(4 * PART_BYTES, true)
    const ticket = oss.ticket(newKey())
    let deniedSeen: () => void = () => undefined
    const denied = new Promise<void>(resolve => (deniedSeen = resolve))
    const recorder = recordingControl({
      retryWhen: error => {
        if (!isTransientError(error)) deniedSeen()
        return isTransientError(error)
      }
    })
    // Part 2's retry waits until part 1's permanent failure has been recorded.
    const retry = recorder.control.retry.bind(recorder.control)
    recorder.control.retry = operation =>
      retry(() =>
        operation().catch(async (error: unknown) => {
          if (isTransientError(error)) await denied.then(() => new Promise(resolve => setImmediate(resolve)))
          throw error
        })
      )

    const error = await rejectionOf(putObject(ticket, object, { timeoutMs: 5_000, parts: recorder.control, partConcurrency: 2 }))

    expect(error).toMatchObject({ api: 'UploadPart', code: 'AccessDenied', status: 403 })
    expect(operationsOf(ticket).sort()).toEqual(['abort', 'initiate', 'part 1', 'part 2'])
    expect(recorder.calls).toBe(3) // initiate, part 1, part 2: parts 3 and 4 never start
    expect(oss.openUploads()).toBe(0)
  })

  it('fails with the first failure when two parts fail', async () => {
    oss.faults(ctx => {
      if (ctx.query?.partNumber === '1') return 'accessDenied'
      return ctx.query?.partNumber === '2' ? 'http503' : undefined
    })
    const { object } = await localFile(2 * PART_BYTES, true)
    let deniedSeen: () => void = () => undefined
    const denied = new Promise<void>(resolve => (deniedSeen = resolve))
    const control: PartControl = {
      retry: operation =>
        operation().catch(async (error: unknown) => {
          if (isTransientError(error)) await denied.then(() => new Promise(resolve => setImmediate(resolve)))
          else setImmediate(deniedSeen)
          throw error
        }),
      check: () => undefined
    }
    const error = await rejectionOf(putObject(oss.ticket(newKey()), object, { timeoutMs: 5_000, parts: control }))
    expect(error).toMatchObject({ code: 'AccessDenied' })
  })

  it('does not abort an upload that was never initiated', async () => {
    oss.faults(ctx => (ctx.method === 'POST' ? 'accessDenied' : undefined))
    const { object } = await localFile(2 * PART_BYTES, true)
    const ticket = oss.ticket(newKey())
    const error = await rejectionOf(putObject(ticket, object, { timeoutMs: 5_000 }))
    expect(error).toMatchObject({ api: 'InitiateMultipartUpload', code: 'AccessDenied' })
    expect(operationsOf(ticket)).toEqual(['initiate'])
  })

  it('aborts when the completion fails, and keeps the completion error when the abort fails too', async () => {
    oss.faults(ctx => (ctx.query?.uploadId !== undefined && ctx.query.partNumber === undefined ? 'accessDenied' : undefined))
    const { object } = await localFile(2 * PART_BYTES, true)
    const ticket = oss.ticket(newKey())
    const error = await rejectionOf(putObject(ticket, object, { timeoutMs: 5_000 }))
    expect(error).toMatchObject({ api: 'CompleteMultipartUpload', code: 'AccessDenied', status: 403 })
    // The two parts go out together, so either may reach the server first.
    const operations = operationsOf(ticket)
    expect([operations[0], ...operations.slice(1, 3).sort(), ...operations.slice(3)]).toEqual([
      'initiate',
      'part 1',
      'part 2',
      'complete',
      'abort'
    ])
    expect(requestsFor(ticket).at(-1)).toMatchObject({ status: 403 })
  })

  it.each<[string, (request: { method: string; query?: Readonly<Record<string, string>> }) => boolean, string]>([
    ['InitiateMultipartUpload', ctx => ctx.query?.uploads !== undefined, 'InitiateMultipartUpload'],
    ['UploadPart', ctx => ctx.query?.partNumber !== undefined, 'UploadPart'],
    ['CompleteMultipartUpload', ctx => ctx.method === 'POST' && ctx.query?.uploadId !== undefined, 'CompleteMultipartUpload']
  ])('gives up on %s when no answer comes within the timeout', async (_name, hangs, api) => {
    oss.faults(ctx => (hangs(ctx) ? 'hang' : undefined))
    const { object } = await localFile(2 * PART_BYTES, true)
    const error = await rejectionOf(putObject(oss.ticket(newKey()), object, { timeoutMs: 300 }))
    expect(error).toMatchObject({ service: 'oss', api, code: 'RequestTimeout', kind: 'transient' })
  })

  it('waits for the abort no longer than the timeout', async () => {
    oss.faults(ctx => {
      if (ctx.method === 'DELETE') return 'hang'
      return ctx.query?.partNumber === '1' ? 'accessDenied' : undefined
    })
    const { object } = await localFile(2 * PART_BYTES, true)
    const error = await rejectionOf(putObject(oss.ticket(newKey()), object, { timeoutMs: 300, partConcurrency: 1 }))
    expect(error).toMatchObject({ api: 'UploadPart', code: 'AccessDenied' })
  })
})

describe('ossError', () => {
  it('passes a ServiceError through as it is', () => {
    const error = new ServiceError({ service: 'oss', api: 'UploadPart', code: 'X', detail: 'd', kind: 'transient' })
    expect(ossError('PutObject', error)).toBe(error)
  })

  it.each<[string, unknown, object]>([
    [
      'an answer',
      { status: 403, code: 'AccessDenied', requestId: 'REQ-1', message: 'You have no right.' },
      { code: 'AccessDenied', status: 403, requestId: 'REQ-1', detail: 'You have no right.', kind: 'permanent' }
    ],
    [
      'an answer with no code: a page from a gateway',
      { status: 502, code: '', requestId: '' },
      { code: 'HTTP502', status: 502, requestId: undefined, kind: 'transient' }
    ],
    ['an answer with a code that is not text', { status: 404, code: 404 }, { code: 'HTTP404' }],
    ['an answer with a request id that is not text', { status: 400, code: 'InvalidArgument', requestId: 7 }, { requestId: undefined }],
    ['an answer with no message', { status: 400, code: 'InvalidArgument' }, { detail: 'no message' }],
    ['an answer with an empty message', { status: 400, code: 'InvalidArgument', message: '' }, { detail: 'no message' }],
    ['RequestTimeout, OSS tired of a slow body', { status: 400, code: 'RequestTimeout' }, { kind: 'transient' }],
    ['an expired image credential', { status: 403, code: 'SecurityTokenExpired' }, { kind: 'expired' }]
  ])('%s', (_name, error, expected) => {
    expect(ossError('UploadPart', error)).toMatchObject({ service: 'oss', api: 'UploadPart', ...expected })
  })

  it.each<[string, unknown, object]>([
    [
      'a status that is not a number',
      { status: '500', name: 'RequestError', message: 'connect ECONNREFUSED 127.0.0.1:9' },
      { code: 'ECONNREFUSED', reach: 'connection-refused', status: undefined }
    ],
    [
      'ali-oss status -1 with the system code in its message',
      { status: -1, code: 'RequestError', name: 'RequestError', message: 'getaddrinfo ENOTFOUND oss.example' },
      { code: 'ENOTFOUND', kind: 'permanent' }
    ],
    [
      'a TLS failure named in the message',
      { status: -2, name: 'ResponseError', message: 'ERR_TLS_CERT_ALTNAME_INVALID: Hostname/IP does not match' },
      { code: 'ERR_TLS_CERT_ALTNAME_INVALID', kind: 'permanent' }
    ],
    [
      'an untrusted certificate named in the message',
      { status: -1, name: 'RequestError', message: 'unable to verify: UNABLE_TO_VERIFY_LEAF_SIGNATURE' },
      { code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' }
    ],
    [
      'a self-signed chain',
      { status: -1, name: 'RequestError', message: 'SELF_SIGNED_CERT_IN_CHAIN' },
      { code: 'SELF_SIGNED_CERT_IN_CHAIN' }
    ],
    [
      'a self-signed certificate',
      { status: -1, name: 'RequestError', message: 'DEPTH_ZERO_SELF_SIGNED_CERT' },
      { code: 'DEPTH_ZERO_SELF_SIGNED_CERT' }
    ],
    ['an expired certificate', { status: -1, name: 'RequestError', message: 'x CERT_HAS_EXPIRED' }, { code: 'CERT_HAS_EXPIRED' }],
    [
      'no system code: a connection that got no answer',
      { status: -1, code: 'RequestError', name: 'RequestError', message: 'socket hang up' },
      { code: 'RequestError', kind: 'transient' }
    ],
    ['status -1 and nothing else: no answer', { status: -1 }, { code: 'NetworkError', kind: 'transient' }],
    ['a message that is not text, with its own code', { code: 'ECONNRESET', message: 42 }, { code: 'ECONNRESET', kind: 'transient' }],
    ['a lowercase word is no system code', { message: 'Eoops happened' }, { code: 'UnexpectedError' }],
    ['nothing at all', undefined, { code: 'UnexpectedError', kind: 'permanent' }]
  ])('a failure without an answer: %s', (_name, error, expected) => {
    expect(ossError('PutObject', error)).toMatchObject({ service: 'oss', api: 'PutObject', ...expected })
  })

  it('says an HTTP status without an OSS error document came from elsewhere', () => {
    expect(ossError('PutObject', { status: 502 }).detail).toBe(
      'the answer was not an OSS error document (an error page from a gateway or proxy?)'
    )
  })

  it('names the V1 refusal only by its EC', () => {
    expect(ossError('PutObject', { status: 403, code: 'AccessDenied', ecCode: '0002-00000080', message: 'm' }).detail).toContain(
      'OSS refused the V1 signature (EC 0002-00000080)'
    )
    expect(ossError('PutObject', { status: 403, code: 'AccessDenied', ecCode: '0002-00000081', message: 'm' })).toMatchObject({
      detail: 'm',
      refusal: 'oss-credential'
    })
  })
})
