/**
 * The VOD client against a loopback server: what each call sends (V3 by default, V2 through pop-core
 * on request), which answers are failures, the expired-session retry, and how a refusal reads.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import http from 'node:http'
import { fixedCredentials, type CredentialSource, type VodCredentials } from '../../src/services/credentials.js'
import { classifyVodError, VodClient, vodError, type VodSignatureVersion } from '../../src/services/vod-client.js'
import { isThrottling } from '../../src/services/port.js'
import { ServiceError } from '../../src/shared/errors.js'
import { answeringServer, hang, json, type AnsweringServer, type Responder } from '../helpers/answering-server.js'
import { rejectionOf } from '../helpers/rejection.js'

const NOW = Date.parse('2026-12-02T09:00:00Z')
const IMAGE_ID = '0123456789abcdef0123456789abcdef'
const OTHER_ID = 'fedcba9876543210fedcba9876543210'
const KEY: VodCredentials = { accessKeyId: 'LTAIkey', accessKeySecret: 'secret' }
const SESSION: VodCredentials = { accessKeyId: 'STS.key', accessKeySecret: 'secret', securityToken: 'CAIS+token' }

let server: AnsweringServer
beforeAll(async () => {
  server = await answeringServer()
})
afterAll(() => server.close())
beforeEach(() => server.reset())

interface ClientOptions {
  credentials?: CredentialSource
  timeoutMs?: number | (() => number)
  signatureVersion?: VodSignatureVersion
  agent?: http.Agent
}

function client({ credentials = fixedCredentials(KEY), timeoutMs = 10_000, signatureVersion, agent }: ClientOptions = {}): VodClient {
  return new VodClient({ endpoint: server.endpoint, credentials, timeoutMs, now: () => NOW, signatureVersion, agent })
}

/** The parameters of the request as the server saw them: from the query (V3) or the form body (V2). */
function paramsOf(index = 0): Record<string, string> {
  const request = server.seen[index]
  const query = new URL(request?.url ?? '/', 'http://x').searchParams
  return Object.fromEntries([...query, ...new URLSearchParams(request?.body ?? '')])
}

const base64 = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64')

const TICKET_ANSWER = {
  RequestId: 'REQ-create',
  ImageId: IMAGE_ID,
  ImageURL: 'https://img.example/image/default/a.png',
  FileURL: 'https://outin-1.oss-cn-shanghai.aliyuncs.com/image/default/a.png',
  UploadAddress: base64({ Endpoint: 'https://oss-cn-shanghai.aliyuncs.com', Bucket: 'outin-1', FileName: 'image/default/a.png' }),
  UploadAuth: base64({ AccessKeyId: 'STS.up', AccessKeySecret: 'up-secret', SecurityToken: 'up-token', Expiration: '3000' })
}

/** An http.Agent that counts the connections it opens: proof that the client sent through it. */
class CountingAgent extends http.Agent {
  opened = 0

  override createConnection(...args: Parameters<http.Agent['createConnection']>): ReturnType<http.Agent['createConnection']> {
    this.opened++
    return super.createConnection(...args)
  }
}

const failureOf = async (respond: Responder, version?: VodSignatureVersion): Promise<ServiceError> => {
  server.answer = respond
  return rejectionOf<ServiceError>(client({ signatureVersion: version }).deleteImages([IMAGE_ID]))
}

describe.each<VodSignatureVersion>(['v3', 'v2'])('VodClient, signed %s', version => {
  it('CreateUploadImage: sends the parameters and hands back the ticket, its credential timed from the answer', async () => {
    server.answer = json(200, TICKET_ANSWER)
    const ticket = await client({ signatureVersion: version }).createUploadImage({ ImageType: 'default', ImageExt: 'png', Title: 'a b' })
    expect(paramsOf()).toMatchObject({ ImageType: 'default', ImageExt: 'png', Title: 'a b' })
    expect(ticket).toMatchObject({ requestId: 'REQ-create', imageId: IMAGE_ID, address: { bucket: 'outin-1' } })
    expect(ticket.auth).toMatchObject({ accessKeyId: 'STS.up', receivedAt: NOW, expiresAt: NOW + 3_000_000 })
  })

  it('DeleteImage: the ImageIds joined by commas; nothing sent for none', async () => {
    await client({ signatureVersion: version }).deleteImages([])
    expect(server.seen).toHaveLength(0)
    await client({ signatureVersion: version }).deleteImages([IMAGE_ID, OTHER_ID])
    expect(paramsOf()).toMatchObject({ DeleteImageType: 'ImageId', ImageIds: `${IMAGE_ID},${OTHER_ID}` })
  })

  it('GetImageInfos: AuthTimeout only when asked for; nothing sent for no ids', async () => {
    server.answer = json(200, { RequestId: 'R', ImageInfo: [{ ImageId: IMAGE_ID, Status: 'Normal' }], NonExistImageIds: [OTHER_ID] })
    expect(await client({ signatureVersion: version }).getImageInfos([])).toEqual({ infos: [], nonExistImageIds: [] })
    expect(server.seen).toHaveLength(0)
    const vod = client({ signatureVersion: version })
    const infos = await vod.getImageInfos([IMAGE_ID, OTHER_ID], { authTimeoutSeconds: 3600 })
    await vod.getImageInfos([IMAGE_ID])
    expect(paramsOf(0)).toMatchObject({ ImageIds: `${IMAGE_ID},${OTHER_ID}`, AuthTimeout: '3600' })
    expect(server.seen[0]?.headers['x-acs-action']).toBe('GetImageInfos')
    expect(paramsOf(1).AuthTimeout).toBeUndefined()
    expect(infos.infos.map(info => info.imageId)).toEqual([IMAGE_ID])
    expect(infos.nonExistImageIds).toEqual([OTHER_ID])
  })

  it('sends through the agent it is given', async () => {
    const agent = new CountingAgent({ keepAlive: true })
    await client({ signatureVersion: version, agent }).deleteImages([IMAGE_ID])
    agent.destroy()
    expect(agent.opened).toBe(1)
  })

  it('asks a timeout that is a function again for every request, and gives up after it', async () => {
    let asked = 0
    const vod = client({
      signatureVersion: version,
      // Long for the first request, which is answered; short for the second, which is not.
      timeoutMs: () => (++asked === 1 ? 10_000 : 50)
    })
    await vod.deleteImages([IMAGE_ID])
    expect(asked).toBe(1)
    server.answer = hang
    expect(await rejectionOf(vod.deleteImages([IMAGE_ID]))).toMatchObject({ code: 'RequestTimeout', kind: 'transient' })
    expect(asked).toBe(2)
  })

  it('takes an error Code even in an HTTP 200 answer', async () => {
    const error = await failureOf(json(200, { Code: 'Forbidden.RAM', RequestId: 'R9', Message: 'denied' }), version)
    expect(error).toMatchObject({ service: 'vod', api: 'DeleteImage', code: 'Forbidden.RAM', status: 200, requestId: 'R9' })
    expect(error).toMatchObject({ kind: 'permanent', refusal: 'permission' })
  })

  it('renews an expired session once and sends again; a source that cannot renew leaves the error as it was', async () => {
    const renewals: VodCredentials[] = []
    const source = (renews: boolean): CredentialSource => ({
      current: () => Promise.resolve(SESSION),
      renewAfterExpired: used => {
        renewals.push(used)
        return Promise.resolve(renews)
      }
    })
    server.answer = json(400, { Code: 'InvalidSecurityToken.Expired', RequestId: 'R-expired' })
    const error = await rejectionOf(client({ signatureVersion: version, credentials: source(false) }).deleteImages([IMAGE_ID]))
    expect(error).toMatchObject({ code: 'InvalidSecurityToken.Expired', requestId: 'R-expired' })
    expect(renewals).toEqual([SESSION])
    expect(server.seen).toHaveLength(1)
    const again = await rejectionOf(client({ signatureVersion: version, credentials: source(true) }).deleteImages([IMAGE_ID]))
    expect(again).toMatchObject({ code: 'InvalidSecurityToken.Expired' })
    expect(server.seen).toHaveLength(3)
  })

  it('asks no renewal for any other refusal of the token', async () => {
    let renewals = 0
    const source: CredentialSource = {
      current: () => Promise.resolve(SESSION),
      renewAfterExpired: () => Promise.resolve(++renewals > 0)
    }
    server.answer = json(400, { Code: 'InvalidSecurityToken.Malformed' })
    await rejectionOf(client({ signatureVersion: version, credentials: source }).deleteImages([IMAGE_ID]))
    expect(renewals).toBe(0)
    expect(server.seen).toHaveLength(1)
  })

  it.each<[string, Responder, Partial<ServiceError>, number | undefined]>([
    [
      'a Throttling code: throttled, no wait asked',
      json(400, { Code: 'Throttling' }),
      { code: 'Throttling', kind: 'transient' },
      undefined
    ],
    [
      'an x-acs-retry-after in seconds with a fraction',
      json(400, { Code: 'Throttling.Api' }, { 'x-acs-retry-after': '1.5' }),
      { kind: 'transient' },
      1.5
    ],
    [
      'a permanent code with x-acs-retry-after: throttled all the same',
      json(400, { Code: 'QuotaExceeded' }, { 'x-acs-retry-after': '300' }),
      { code: 'QuotaExceeded', kind: 'transient', refusal: undefined },
      300
    ],
    [
      'an x-acs-retry-after with two decimals',
      json(400, { Code: 'Throttling.User' }, { 'x-acs-retry-after': '12.25' }),
      { name: 'ThrottlingError' },
      12.25
    ]
  ])('%s', async (_name, respond, fields, retryAfterMs) => {
    const error = await failureOf(respond, version)
    expect(isThrottling(error)).toBe(true)
    expect(error).toMatchObject({ ...fields, retryAfterMs })
  })

  it.each<[string, string | undefined]>([
    ['not a number', 'soon'],
    ['a number with a unit', '250ms'],
    ['a fraction without its integer part', '.5'],
    ['an integer with a dot and nothing after', '5.'],
    ['a negative number', '-1'],
    ['two numbers around another character', '1x5']
  ])('an x-acs-retry-after that is %s is no wait: the refusal stays what its code says', async (_name, header) => {
    const error = await failureOf(
      json(403, { Code: 'Forbidden.RAM' }, header === undefined ? {} : { 'x-acs-retry-after': header }),
      version
    )
    expect(isThrottling(error)).toBe(false)
    expect(error).toMatchObject({ kind: 'permanent', refusal: 'permission' })
  })

  it.each<[string, Record<string, unknown>, string]>([
    ['no message', { Code: 'Forbidden.RAM' }, 'no message'],
    ['an empty message', { Code: 'Forbidden.RAM', Message: '' }, 'no message'],
    ['a message that is not text', { Code: 'Forbidden.RAM', Message: 42 }, 'no message'],
    [
      "the server's string to sign, whatever its case, cut off with the space before it",
      { Code: 'IncompleteSignature', Message: 'Bad signature.   Server String To Sign is: POST&%2F&AccessKeyId%3D' },
      'Bad signature.'
    ],
    ['nothing but the string to sign', { Code: 'IncompleteSignature', Message: 'server string to sign is: POST&x' }, 'no message'],
    [
      'a refused request time: the clock to fix, not the message',
      { Code: 'InvalidTimeStamp.Expired', Message: 'Specified time stamp or date header is expired.' },
      "VOD refused the request time: this runner's clock is more than 15 minutes off; fix the clock (NTP) and re-run"
    ]
  ])('says %s', async (_name, body, detail) => {
    const error = await failureOf(json(400, body), version)
    expect(error.detail.endsWith(detail)).toBe(true)
    expect(error.detail).not.toContain('AccessKeyId')
  })

  it('keeps a RequestId only when it is text', async () => {
    expect(await failureOf(json(400, { Code: 'Forbidden.RAM', RequestId: 12345 }), version)).toMatchObject({ requestId: undefined })
  })

  it.each<[string, number, 'transient' | 'permanent', string | undefined]>([
    ['InternalError', 500, 'transient', undefined],
    ['SomethingNew', 503, 'transient', undefined],
    ['SomethingNew', 499, 'permanent', undefined],
    ['InvalidStorage.NotFound', 404, 'permanent', 'storage-location'],
    ['Forbidden.RAM', 503, 'transient', undefined]
  ])('%s (HTTP %i) is %s, refusal %s', async (code, status, kind, refusal) => {
    expect(await failureOf(json(status, { Code: code }), version)).toMatchObject({ code, status, kind, refusal })
  })
})

describe('VodClient, signed v3', () => {
  it.each<[string, Record<string, unknown>]>([
    ['an empty Code', { Code: '', RequestId: 'R' }],
    ['a Code that is not text', { Code: 200, RequestId: 'R' }]
  ])('takes an HTTP 200 with %s as success', async (_name, body) => {
    server.answer = json(200, body)
    await expect(client().deleteImages([IMAGE_ID])).resolves.toBeUndefined()
  })

  it.each<[string, Record<string, unknown>]>([
    ['no Code', { Message: 'bad' }],
    ['an empty Code', { Code: '', Message: 'bad' }],
    ['a Code that is not text', { Code: 7, Message: 'bad' }]
  ])('takes an HTTP 400 with %s as a refusal named by its status', async (_name, body) => {
    expect(await failureOf(json(400, body))).toMatchObject({ code: 'HTTP400', status: 400, kind: 'permanent' })
  })

  it('sends in the query, POST, signed ACS3-HMAC-SHA256 with the session token', async () => {
    await client({ credentials: fixedCredentials(SESSION) }).deleteImages([IMAGE_ID])
    const [request] = server.seen
    expect(request).toMatchObject({ method: 'POST', body: '' })
    expect(request.headers).toMatchObject({
      'x-acs-action': 'DeleteImage',
      'x-acs-version': '2017-03-21',
      'x-acs-security-token': 'CAIS+token'
    })
    expect(request.headers.authorization).toMatch(/^ACS3-HMAC-SHA256 Credential=STS\.key,/)
  })

  it('says what a too long answer is, and keeps its status', async () => {
    server.answer = json(201, { Message: 'x'.repeat(1024 * 1024) })
    expect(await rejectionOf(client().deleteImages([IMAGE_ID]))).toMatchObject({
      code: 'InvalidResponse',
      status: 201,
      kind: 'permanent',
      detail: 'the answer was longer than any VOD answer (over 1 MiB): not read'
    })
  })

  it('keeps the status of an answer that is not JSON', async () => {
    server.answer = (_req, res) => res.writeHead(504).end('Gateway Timeout')
    expect(await rejectionOf(client().deleteImages([IMAGE_ID]))).toMatchObject({ code: 'InvalidResponse', status: 504, kind: 'transient' })
  })
})

describe('VodClient, signed v2 (pop-core)', () => {
  it('POSTs every parameter in a form body, signed HMAC-SHA1 with the session token, none in the URL', async () => {
    await client({ signatureVersion: 'v2', credentials: fixedCredentials(SESSION) }).deleteImages([IMAGE_ID])
    const [request] = server.seen
    expect(request).toMatchObject({ method: 'POST', url: '/' })
    expect(paramsOf()).toMatchObject({
      Action: 'DeleteImage',
      Version: '2017-03-21',
      SignatureMethod: 'HMAC-SHA1',
      AccessKeyId: 'STS.key',
      SecurityToken: 'CAIS+token'
    })
  })

  it('signs with the credentials of each call, and keeps one client (one connection) while they stay the same', async () => {
    let current = KEY
    const source: CredentialSource = { current: () => Promise.resolve(current), renewAfterExpired: () => Promise.resolve(false) }
    const vod = client({ signatureVersion: 'v2', credentials: source })
    const before = server.connections
    await vod.deleteImages([IMAGE_ID])
    await vod.deleteImages([IMAGE_ID])
    expect(server.connections - before).toBe(1)
    current = SESSION
    await vod.deleteImages([IMAGE_ID])
    expect([0, 1, 2].map(index => paramsOf(index).AccessKeyId)).toEqual(['LTAIkey', 'LTAIkey', 'STS.key'])
  })

  it.each([
    'SignatureDoesNotMatch',
    'signaturedoesnotmatch',
    'IncompleteSignature',
    'UnsupportedSignatureVersion',
    'InvalidSignature',
    'InvalidSignatureMethod',
    'InvalidSignatureVersion.Deprecated'
  ])('puts the V2 hint before what VOD said to a refusal of the signature: %s', async code => {
    const error = await failureOf(json(400, { Code: code, Message: 'Signature refused.' }), 'v2')
    expect(error).toMatchObject({ code, status: 400, kind: 'permanent' })
    expect(error.detail).toBe(
      'the call was signed V2 (vod-signature-version: v2), which VOD may no longer accept; set vod-signature-version to v3 (the default). VOD said: Signature refused.'
    )
  })

  it.each([
    ['another refusal', json(403, { Code: 'Forbidden.RAM', Message: 'denied' })],
    ['a code that only starts like one', json(400, { Code: 'InvalidSignatureKey', Message: 'denied' })],
    ['a code that only ends like one', json(400, { Code: 'NotSignatureDoesNotMatch', Message: 'denied' })],
    [
      'a throttled answer with a signature code',
      json(400, { Code: 'SignatureDoesNotMatch', Message: 'denied' }, { 'x-acs-retry-after': '10' })
    ]
  ])('leaves %s without the hint', async (_name, respond) => {
    expect((await failureOf(respond, 'v2')).detail).toBe('denied')
  })

  it('takes an HTML page for an answer not JSON, worth another try', async () => {
    const error = await failureOf((_req, res) => res.writeHead(502, { 'content-type': 'text/html' }).end('<html>Bad Gateway</html>'), 'v2')
    expect(error).toMatchObject({ code: 'InvalidResponse', kind: 'transient', status: undefined })
  })
})

describe('vodError: what pop-core or the network threw, as a ServiceError', () => {
  const popCoreError = (fields: Record<string, unknown>): Error =>
    Object.assign(new Error('message, URL: https://vod.example/?Signature=x'), fields)

  it.each<[string, unknown, Partial<ServiceError>, number | undefined]>([
    [
      'an answer with its status and retry-after',
      popCoreError({
        code: 'Throttling.User',
        data: { RequestId: 'R1', Message: 'slow down' },
        entry: { response: { statusCode: 400, headers: { 'x-acs-retry-after': '200' } } }
      }),
      { code: 'Throttling.User', status: 400, requestId: 'R1', detail: 'slow down', kind: 'transient' },
      200
    ],
    [
      'a retry-after given as a list, its first value, spaces around it',
      popCoreError({
        code: 'Forbidden.RAM',
        data: {},
        entry: { response: { statusCode: 403, headers: { 'x-acs-retry-after': [' 75 ', '1'] } } }
      }),
      { code: 'Forbidden.RAM', kind: 'transient' },
      75
    ],
    [
      'an answer without entry: no status',
      popCoreError({ code: 'Forbidden.RAM', data: { Message: 'denied' } }),
      { code: 'Forbidden.RAM', status: undefined, kind: 'permanent', refusal: 'permission' },
      undefined
    ],
    [
      'a status that is not a number: none',
      popCoreError({ code: 'Forbidden.RAM', data: {}, entry: { response: { statusCode: '403' } } }),
      { status: undefined },
      undefined
    ],
    [
      'an answer whose entry has no response: no status, no wait',
      popCoreError({ code: 'Forbidden.RAM', data: {}, entry: {} }),
      { code: 'Forbidden.RAM', status: undefined, kind: 'permanent' },
      undefined
    ],
    [
      'a code without the answer: a network failure',
      popCoreError({ code: 'ECONNRESET' }),
      { code: 'ECONNRESET', status: undefined, kind: 'transient' },
      undefined
    ],
    [
      'an answer whose code is not text: not an answer',
      popCoreError({ code: 42, data: { Message: 'x' } }),
      { code: 'UnexpectedError', kind: 'permanent' },
      undefined
    ],
    ['a real SyntaxError', new SyntaxError('Unexpected token <'), { code: 'InvalidResponse', kind: 'transient' }, undefined],
    ['nothing at all', undefined, { code: 'UnexpectedError', kind: 'permanent' }, undefined],
    ['null', null, { code: 'UnexpectedError', kind: 'permanent' }, undefined]
  ])('%s', (_name, thrown, fields, retryAfterMs) => {
    const error = vodError('DeleteImage', thrown)
    expect(error).toBeInstanceOf(ServiceError)
    expect(error).toMatchObject({ service: 'vod', api: 'DeleteImage', ...fields })
    expect(isThrottling(error)).toBe(retryAfterMs !== undefined)
    expect(isThrottling(error) && error.retryAfterMs).toBe(retryAfterMs ?? false)
    expect(error.message).not.toContain('Signature')
  })

  it.each<[string, boolean]>([
    ['Throttling', true],
    ['throttling', true],
    ['Throttling.User', true],
    ['XThrottling', false],
    ['ThrottlingX', false],
    ['Throttling-User', false]
  ])('an answer coded %s is throttled: %s', (code, throttled) => {
    const error = vodError('DeleteImage', popCoreError({ code, data: {}, entry: { response: { statusCode: 400 } } }))
    expect(isThrottling(error)).toBe(throttled)
    expect(error.kind).toBe(throttled ? 'transient' : 'permanent')
  })

  it('keeps what was thrown as the cause, for the debug log only', () => {
    const thrown = new TypeError('boom')
    expect(vodError('DeleteImage', thrown).cause).toBe(thrown)
  })
})

describe('classifyVodError', () => {
  it.each<[string, number | undefined, string]>([
    ['Throttling', undefined, 'transient'],
    ['throttling.user', undefined, 'transient'],
    ['ServiceUnavailable', undefined, 'transient'],
    ['ServiceUnavailable.Busy', undefined, 'transient'],
    ['InternalError', undefined, 'transient'],
    ['InternalError.Database', undefined, 'permanent'],
    ['XThrottling', undefined, 'permanent'],
    ['ThrottlingX', undefined, 'permanent'],
    ['SomethingNew', undefined, 'permanent'],
    ['SomethingNew', 500, 'transient'],
    ['SomethingNew', 499, 'permanent']
  ])('%s (HTTP %p) is %s', (code, status, kind) => {
    expect(classifyVodError(code, status)).toBe(kind)
  })
})
