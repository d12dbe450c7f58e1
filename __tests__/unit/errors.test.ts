import { describe, expect, it } from '@jest/globals'
import {
  AnswerLimits,
  bounded,
  CancelledError,
  DEBUG_LOG_HINT,
  FileReadError,
  InputError,
  isTransient,
  networkError,
  ServiceError,
  toFileFailure
} from '../../src/shared/errors.js'
import { classifyOssError, ossError } from '../../src/services/oss-upload.js'
import { classifyVodError, vodError } from '../../src/services/vod-client.js'

describe('classifying VOD answers', () => {
  it.each<[string, number | undefined, string]>([
    ['Throttling.User', 400, 'transient'],
    ['Throttling', 400, 'transient'],
    ['ServiceUnavailable', 503, 'transient'],
    ['ServiceUnAvailable', 503, 'transient'],
    ['InternalError', 500, 'transient'],
    ['SomethingNew', 502, 'transient'],
    ['InvalidParameter.ImageType', 400, 'permanent'],
    ['Forbidden.RAM', 403, 'permanent'],
    ['SignatureDoesNotMatch', 400, 'permanent'],
    ['InvalidStorage.NotFound', 404, 'permanent']
  ])('%s (HTTP %p) is %s', (code, status, kind) => {
    expect(classifyVodError(code, status)).toBe(kind)
  })

  it('keeps the RequestId and status, and never the URL pop-core puts in its message', () => {
    const error = Object.assign(new Error('Throttled, URL: https://vod.example.com/?AccessKeyId=LTAIsecret&Signature=x'), {
      code: 'Throttling.User',
      data: { RequestId: 'REQ-1', Message: 'Request was denied due to user flow control.' },
      entry: { response: { statusCode: 400 } }
    })
    const mapped = vodError('CreateUploadImage', error)
    expect(mapped).toMatchObject({
      code: 'Throttling.User',
      status: 400,
      requestId: 'REQ-1',
      kind: 'transient',
      detail: 'Request was denied due to user flow control.'
    })
    expect(mapped.message).not.toContain('URL')
  })

  it("treats json-bigint's parse error of an HTML page as transient", () => {
    expect(vodError('CreateUploadImage', { name: 'SyntaxError', message: "Unexpected '<'", text: '<html>' })).toMatchObject({
      code: 'InvalidResponse',
      kind: 'transient'
    })
  })
})

describe('classifying OSS answers', () => {
  it.each<[string, number, string]>([
    ['SecurityTokenExpired', 403, 'expired'],
    ['InvalidSecurityToken', 403, 'expired'],
    ['InvalidAccessKeyId', 403, 'expired'],
    ['RequestTimeout', 400, 'transient'],
    ['InternalError', 500, 'transient'],
    ['AccessDenied', 403, 'permanent'],
    ['InvalidDigest', 400, 'permanent'],
    ['EntityTooLarge', 400, 'permanent']
  ])('%s (HTTP %i) is %s', (code, status, kind) => {
    expect(classifyOssError(code, status)).toBe(kind)
  })

  it('says the runner clock is off on RequestTimeTooSkewed, and suspects a changed file on InvalidDigest', () => {
    expect(ossError('PutObject', { code: 'RequestTimeTooSkewed', status: 403 }).detail).toMatch(/clock is more than 15 minutes off/)
    expect(ossError('PutObject', { code: 'InvalidDigest', status: 400 }).detail).toMatch(/did the file change during the run/)
  })

  it.each<[object, string | undefined]>([
    [{ code: 'AccessDenied', status: 403, ecCode: '0002-00000080' }, 'oss-signature-version'],
    [{ code: 'AccessDenied', status: 403 }, 'oss-credential'],
    [{ code: 'SignatureDoesNotMatch', status: 403 }, 'oss-credential'],
    [{ code: 'InvalidAccessKeyId', status: 403 }, 'oss-credential'],
    [{ code: 'SecurityTokenExpired', status: 403 }, undefined],
    [{ code: 'InvalidDigest', status: 400 }, undefined]
  ])('%j is the refusal %s, by its code and EC', (answer, refusal) => {
    expect(ossError('PutObject', answer).refusal).toBe(refusal)
  })

  it("keeps only the first line of ali-oss's message, which may append the raw XML", () => {
    expect(ossError('PutObject', { code: 'AccessDenied', status: 403, message: 'You have no right.\nraw xml: <Error>…' }).detail).toBe(
      'You have no right.'
    )
  })
})

describe('network failures', () => {
  it.each<[object, string, string]>([
    [{ name: 'RequestTimeoutError' }, 'RequestTimeout', 'transient'],
    [{ name: 'ResponseTimeoutError', code: 'ResponseTimeoutError' }, 'RequestTimeout', 'transient'],
    [{ code: 'ECONNRESET' }, 'ECONNRESET', 'transient'],
    [{ code: 'ECONNREFUSED' }, 'ECONNREFUSED', 'transient'],
    [{ code: 'EAI_AGAIN' }, 'EAI_AGAIN', 'transient'],
    [{ name: 'RequestError', noAnswer: true }, 'NetworkError', 'transient'],
    [{ code: 'ENOTFOUND' }, 'ENOTFOUND', 'permanent'],
    [{ code: 'CERT_HAS_EXPIRED' }, 'CERT_HAS_EXPIRED', 'permanent'],
    [{ code: 'DEPTH_ZERO_SELF_SIGNED_CERT' }, 'DEPTH_ZERO_SELF_SIGNED_CERT', 'permanent'],
    [{ name: 'TypeError' }, 'UnexpectedError', 'permanent']
  ])('%j gives %s, %s', (error, code, kind) => {
    expect(networkError('vod', 'CreateUploadImage', error)).toMatchObject({ code, kind })
  })

  it.each<[string, string | undefined, string]>([
    ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'untrusted-certificate', 'permanent'],
    ['UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'untrusted-certificate', 'permanent'],
    ['SELF_SIGNED_CERT_IN_CHAIN', 'untrusted-certificate', 'permanent'],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'untrusted-certificate', 'permanent'],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'host-mismatch', 'permanent'],
    ['CERT_HAS_EXPIRED', 'expired-certificate', 'permanent'],
    ['CERT_NOT_YET_VALID', 'expired-certificate', 'permanent'],
    ['ENOTFOUND', 'host-not-found', 'permanent'],
    ['ECONNREFUSED', 'connection-refused', 'transient'],
    ['ECONNRESET', undefined, 'transient'],
    ['EAI_AGAIN', undefined, 'transient']
  ])('%s: reach %s, %s (the run names the cause once, with its fix)', (code, reach, kind) => {
    expect(networkError('oss', 'PutObject', { code })).toMatchObject({ code, reach, kind })
  })

  it('keeps the original error as the cause, for the debug log only', () => {
    const original = new TypeError('boom at https://example.com/?Signature=s3cr3t')
    const error = networkError('oss', 'PutObject', { name: 'TypeError' }, original)
    expect(error.cause).toBe(original)
    expect(error.message).not.toContain('s3cr3t')
    expect(toFileFailure('upload', error).message).toBe(`unexpected TypeError (${DEBUG_LOG_HINT})`)
    expect(DEBUG_LOG_HINT).toContain('ACTIONS_STEP_DEBUG to true')
  })

  it.each<[string, string, string]>([
    ['getaddrinfo ENOTFOUND outin-x.oss-cn-shanghai.aliyuncs.com', 'ENOTFOUND', 'permanent'],
    ['connect ECONNREFUSED 127.0.0.1:9', 'ECONNREFUSED', 'transient'],
    ['self-signed certificate (DEPTH_ZERO_SELF_SIGNED_CERT)', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'permanent'],
    ['certificate from an unknown CA (UNABLE_TO_VERIFY_LEAF_SIGNATURE)', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'permanent'],
    ['socket hang up', 'RequestError', 'transient']
  ])('ali-oss network error "%s" gives %s, %s', (message, code, kind) => {
    // The shape ali-oss produces for a failed connection: status -1, code and name RequestError.
    expect(ossError('PutObject', { status: -1, code: 'RequestError', name: 'RequestError', message })).toMatchObject({ code, kind })
  })

  it('a ServiceError passes through ossError unchanged', () => {
    const error = new ServiceError({ service: 'oss', api: 'UploadPart', code: 'X', detail: 'd', kind: 'permanent' })
    expect(ossError('UploadPart', error)).toBe(error)
  })
})

// Issue #13: an answer may hold megabytes; what of it a report keeps is bounded where the error is made.
describe('bounding what an answer puts in a report', () => {
  it.each<[string, string, number, string]>([
    ['short text as it is', 'AccessDenied', 128, 'AccessDenied'],
    ['text of exactly the limit as it is', 'x'.repeat(128), 128, 'x'.repeat(128)],
    [
      'long text cut at a word, with its length',
      `${'word '.repeat(40)}`,
      64,
      'word word word word word word word… (cut: 200 characters in all)'
    ],
    ['a credential-like word the cut falls in, left out whole', `token ${'Ab0+/='.repeat(20)}`, 64, 'token … (cut: 126 characters in all)'],
    ['a percent-encoded word the cut falls in, left out whole', `token ${'a%2Bb'.repeat(20)}`, 64, 'token … (cut: 106 characters in all)'],
    ['never half of a surrogate pair', `a${'😀'.repeat(40)}`, 65, `a${'😀'.repeat(17)}… (cut: 81 characters in all)`],
    ['never half of a pair that a space follows', ' 😀'.repeat(30), 34, ' 😀 … (cut: 90 characters in all)']
  ])('%s', (_name, text, max, expected) => {
    expect(bounded(text, max)).toBe(expected)
    expect(bounded(text, max).length).toBeLessThanOrEqual(max)
  })

  it('bounds the code, request id and message of a VOD answer of 5 MiB', () => {
    const huge = 'x '.repeat(2.5 * 1024 * 1024)
    const error = Object.assign(new Error('huge'), {
      code: `Code${'y'.repeat(1000)}`,
      data: { RequestId: `REQ-${'z'.repeat(1000)}`, Message: huge },
      entry: { response: { statusCode: 400 } }
    })
    const mapped = vodError('CreateUploadImage', error)
    expect(mapped.detail.length).toBeLessThanOrEqual(AnswerLimits.detail)
    expect(mapped.detail).toMatch(/^x x x .*… \(cut: 5242880 characters in all\)$/)
    expect(mapped.code.length).toBeLessThanOrEqual(AnswerLimits.code)
    expect(mapped.requestId!.length).toBeLessThanOrEqual(AnswerLimits.requestId)
    expect(mapped.message.length).toBeLessThan(AnswerLimits.detail + AnswerLimits.code + 100)
    expect(toFileFailure('create', mapped)).toMatchObject({ code: mapped.code, message: mapped.detail, requestId: mapped.requestId })
  })

  it('bounds the message and request id of an OSS answer', () => {
    const mapped = ossError('PutObject', { status: 403, code: 'AccessDenied', requestId: 'R'.repeat(500), message: 'm '.repeat(100_000) })
    expect(mapped.detail.length).toBeLessThanOrEqual(AnswerLimits.detail)
    expect(mapped.requestId!.length).toBeLessThanOrEqual(AnswerLimits.requestId)
  })
})

describe('InputError', () => {
  it.each<[string, ConstructorParameters<typeof InputError>, string]>([
    [
      'one problem about an input',
      [[{ input: 'path', message: 'is required' }]],
      'Invalid input (1 problem):\n  - Input "path": is required'
    ],
    [
      'two problems, about a file and about nothing named',
      [[{ file: 'docs/a.png', message: 'is empty' }, { message: 'no files found' }]],
      'Invalid input (2 problems):\n  - docs/a.png: is empty\n  - no files found'
    ],
    [
      'an input named before a file',
      [[{ input: 'manifest', file: 'vod.json', message: 'bad' }]],
      'Invalid input (1 problem):\n  - Input "manifest": bad'
    ],
    ['another heading', [[{ message: 'x' }], 'Invalid manifest'], 'Invalid manifest (1 problem):\n  - x'],
    ['no problems', [[]], 'Invalid input (0 problems):\n']
  ])('%s', (_name, args, message) => {
    const error = new InputError(...args)
    expect(error.message).toBe(message)
    expect(error.name).toBe('InputError')
    expect(error.problems).toBe(args[0])
  })
})

describe('ServiceError', () => {
  const fields = { service: 'vod', api: 'CreateUploadImage', code: 'Throttling', detail: 'slow down', kind: 'transient' } as const

  it('says the API, code, status and detail, and keeps every field', () => {
    const error = new ServiceError({ ...fields, status: 400, requestId: 'REQ', reach: 'no-answer', refusal: 'permission' })
    expect(error.message).toBe('CreateUploadImage failed: Throttling (HTTP 400): slow down')
    expect(error.name).toBe('ServiceError')
    expect(error.cause).toBeUndefined()
    expect(error.fields()).toEqual({ ...fields, status: 400, requestId: 'REQ', reach: 'no-answer', refusal: 'permission' })
  })

  it('leaves the status out when no answer arrived', () => {
    const error = new ServiceError(fields)
    expect(error.message).toBe('CreateUploadImage failed: Throttling: slow down')
    expect(error.fields()).toEqual({ ...fields, status: undefined, requestId: undefined, reach: undefined, refusal: undefined })
    expect(Object.hasOwn(error, 'cause')).toBe(false)
  })

  it('keeps a cause, even a falsy one', () => {
    expect(new ServiceError(fields, 0).cause).toBe(0)
  })

  it('bounds the request id it keeps', () => {
    expect(new ServiceError({ ...fields, requestId: 'R'.repeat(500) }).requestId).toBe(bounded('R'.repeat(500), AnswerLimits.requestId))
    expect(AnswerLimits).toEqual({ detail: 1024, code: 128, requestId: 128 })
  })
})

describe('FileReadError and CancelledError', () => {
  it('say the file and what is wrong, each field kept', () => {
    const error = new FileReadError('docs/a.png', 'FileChanged', 'changed during the run')
    expect(error).toMatchObject({ name: 'FileReadError', file: 'docs/a.png', code: 'FileChanged', detail: 'changed during the run' })
    expect(error.message).toBe('docs/a.png: changed during the run')
  })

  it('says the run was cancelled', () => {
    expect(new CancelledError()).toMatchObject({ name: 'CancelledError', message: 'the run was cancelled' })
  })
})

describe('toFileFailure', () => {
  it.each<[string, unknown, object]>([
    [
      'a service error',
      new ServiceError({
        service: 'oss',
        api: 'PutObject',
        code: 'AccessDenied',
        status: 403,
        requestId: 'R',
        detail: 'no',
        kind: 'permanent'
      }),
      { stage: 'upload', code: 'AccessDenied', message: 'no', status: 403, requestId: 'R' }
    ],
    ['a file read error', new FileReadError('a.png', 'ENOENT', 'is gone'), { stage: 'upload', code: 'ENOENT', message: 'is gone' }],
    [
      'a cancellation',
      new CancelledError(),
      { stage: 'upload', code: 'Cancelled', message: 'the run was cancelled before this file was uploaded' }
    ],
    [
      'a TypeError',
      new TypeError('at https://x/?Signature=s'),
      { stage: 'upload', code: 'UnexpectedError', message: `unexpected TypeError (${DEBUG_LOG_HINT})` }
    ],
    ['a thrown string', 'boom', { stage: 'upload', code: 'UnexpectedError', message: `unexpected string (${DEBUG_LOG_HINT})` }]
  ])('%s', (_name, error, failure) => {
    expect(toFileFailure('upload', error)).toStrictEqual(failure)
  })
})

describe('networkError: every code and its words', () => {
  const TLS_DETAIL =
    'the TLS certificate could not be verified (a private CA or a TLS-inspecting proxy? give Node its CA with NODE_EXTRA_CA_CERTS)'
  it.each<[object, object]>([
    [{ name: 'ConnectTimeoutError' }, { code: 'RequestTimeout', detail: 'no answer before the timeout', kind: 'transient' }],
    [{ code: 'ETIMEDOUT' }, { code: 'ETIMEDOUT', detail: 'the connection failed (ETIMEDOUT)', kind: 'transient' }],
    [
      { name: 'AbortError', code: 'socket timeout' },
      { code: 'RequestTimeout', kind: 'transient' }
    ],
    [
      { name: 'x', code: 'ENOTFOUND' },
      { code: 'ENOTFOUND', detail: 'the host name does not resolve', reach: 'host-not-found', kind: 'permanent' }
    ],
    [{ code: 'ERR_TLS_SOMETHING_NEW' }, { code: 'ERR_TLS_SOMETHING_NEW', detail: TLS_DETAIL, kind: 'permanent', reach: undefined }],
    [{ code: 'ERR_SSL_SOMETHING_NEW' }, { code: 'ERR_SSL_SOMETHING_NEW', detail: TLS_DETAIL, kind: 'permanent' }],
    [{ code: 'UNABLE_TO_DECRYPT_CERT_SIGNATURE' }, { code: 'UNABLE_TO_DECRYPT_CERT_SIGNATURE', detail: TLS_DETAIL, kind: 'permanent' }],
    [{ code: 'UNABLE_TO_FOO' }, { code: 'UNABLE_TO_FOO', detail: TLS_DETAIL, kind: 'permanent' }],
    [{ code: 'SELF_SIGNED_X' }, { code: 'SELF_SIGNED_X', detail: TLS_DETAIL, kind: 'permanent' }],
    [{ code: 'X_UNABLE_TO_Y' }, { code: 'UnexpectedError', kind: 'permanent' }],
    [{ code: 'ECONNRESET' }, { code: 'ECONNRESET', detail: 'the connection failed (ECONNRESET)', kind: 'transient' }],
    [{ code: 'ECONNABORTED' }, { code: 'ECONNABORTED', kind: 'transient' }],
    [{ code: 'EPIPE' }, { code: 'EPIPE', kind: 'transient' }],
    [{ code: 'ENETUNREACH' }, { code: 'ENETUNREACH', kind: 'transient' }],
    [{ code: 'EHOSTUNREACH' }, { code: 'EHOSTUNREACH', kind: 'transient' }],
    [{ code: 'ENETDOWN' }, { code: 'ENETDOWN', kind: 'transient' }],
    [{ code: 'UND_ERR_SOCKET' }, { code: 'UND_ERR_SOCKET', kind: 'transient' }],
    [{ code: 'EAI_AGAIN' }, { code: 'EAI_AGAIN', kind: 'transient' }],
    [
      { name: 'RequestError', noAnswer: true },
      { code: 'NetworkError', detail: 'the connection failed (RequestError)', kind: 'transient' }
    ],
    [{ noAnswer: true }, { code: 'NetworkError', detail: 'the connection failed (no answer)', kind: 'transient' }],
    [
      { code: 'EWHATEVER', noAnswer: true },
      { code: 'EWHATEVER', detail: 'the connection failed (EWHATEVER)', kind: 'transient' }
    ],
    [
      { code: 42, noAnswer: true },
      { code: 'NetworkError', detail: 'the connection failed (no answer)', kind: 'transient' }
    ],
    [
      { code: 42, name: 7 },
      { code: 'UnexpectedError', detail: `unexpected error (${DEBUG_LOG_HINT})`, kind: 'permanent' }
    ],
    [
      { code: 'EWHATEVER', name: 'Error' },
      { code: 'UnexpectedError', detail: `unexpected Error (${DEBUG_LOG_HINT})`, kind: 'permanent' }
    ]
  ])('%j', (error, expected) => {
    const made = networkError('sts', 'AssumeRoleWithOIDC', error)
    expect(made).toMatchObject({ service: 'sts', api: 'AssumeRoleWithOIDC', ...expected })
  })

  it.each<[string, () => unknown, boolean]>([
    ['a reset connection', () => networkError('vod', 'X', { code: 'ECONNRESET' }), true],
    ['an unknown host', () => networkError('vod', 'X', { code: 'ENOTFOUND' }), false],
    ['an expired credential', () => new ServiceError({ service: 'oss', api: 'PutObject', code: 'X', detail: 'd', kind: 'expired' }), false],
    ['a plain Error that claims to be transient', () => Object.assign(new Error('x'), { kind: 'transient' }), false]
  ])('isTransient(%s) is %s', (_name, error, transient) => {
    expect(isTransient(error())).toBe(transient)
  })
})
