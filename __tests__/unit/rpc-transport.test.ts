/**
 * The V3 transport and the VOD client's mapping of its outcomes, against a tiny loopback server
 * that answers as each case needs: what is sent, and every failure as a ServiceError.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { createHash } from 'node:crypto'
import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fixedCredentials, type CredentialSource, type VodCredentials } from '../../src/services/credentials.js'
import { EMPTY_BODY_SHA256, v3Authorization } from '../../src/services/rpc-signature-v3.js'
import { acsDate, rpcHeaders, RpcAnswerError, RpcTimeoutError, sendRpc } from '../../src/services/rpc-transport.js'
import { assumeRoleWithOidc, StsError, type OidcRole } from '../../src/services/sts-client.js'
import { isThrottling } from '../../src/services/port.js'
import { VodClient } from '../../src/services/vod-client.js'
import { ServiceError } from '../../src/shared/errors.js'
import { rejectionOf } from '../helpers/rejection.js'

interface Seen {
  method?: string
  url?: string
  headers: IncomingMessage['headers']
  body: string
}

let server: http.Server
let endpoint: string
let seen: Seen[]
let answer: (req: IncomingMessage, res: ServerResponse) => void

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      seen.push({ method: req.method, url: req.url, headers: req.headers, body: Buffer.concat(chunks).toString() })
      answer(req, res)
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => {
  server.closeAllConnections()
  return new Promise<void>(resolve => server.close(() => resolve()))
})
beforeEach(() => {
  seen = []
  answer = json(200, { RequestId: 'R1' })
})

function json(status: number, body: unknown, headers: Record<string, string> = {}) {
  return (_req: IncomingMessage, res: ServerResponse): void => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers })
    res.end(JSON.stringify(body))
  }
}

const KEY: VodCredentials = { accessKeyId: 'LTAIkey', accessKeySecret: 'secret' }
const STS: VodCredentials = { accessKeyId: 'STS.key', accessKeySecret: 'secret', securityToken: 'CAIS+token/=' }

// Long enough for a loaded machine to send 1 MiB over loopback; the hung answer gets its own short one.
function client(credentials: CredentialSource = fixedCredentials(KEY), timeoutMs = 10_000): VodClient {
  return new VodClient({ endpoint, credentials, timeoutMs })
}

describe('sendRpc', () => {
  it('POSTs every parameter in the query, sorted and encoded, with an empty body and the signed x-acs-* headers', async () => {
    await sendRpc(
      { endpoint, action: 'CreateUploadImage', version: '2017-03-21', params: { Title: 'a b*', ImageType: 'default' }, credentials: STS },
      { timeoutMs: 10_000, now: () => Date.parse('2026-12-02T09:00:00.123Z') }
    )
    const [request] = seen
    expect(request).toMatchObject({ method: 'POST', url: '/?ImageType=default&Title=a%20b%2A', body: '' })
    expect(request?.headers).toMatchObject({
      host: new URL(endpoint).host,
      'x-acs-action': 'CreateUploadImage',
      'x-acs-version': '2017-03-21',
      'x-acs-date': '2026-12-02T09:00:00Z',
      'x-acs-content-sha256': EMPTY_BODY_SHA256,
      'x-acs-security-token': 'CAIS+token/='
    })
    expect(request?.headers.authorization).toMatch(
      /^ACS3-HMAC-SHA256 Credential=STS\.key,SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-security-token;x-acs-signature-nonce;x-acs-version,Signature=[0-9a-f]{64}$/
    )
  })

  it('sends a new nonce with every call', async () => {
    const call = { endpoint, action: 'DeleteImage', version: '2017-03-21', params: {}, credentials: KEY }
    await sendRpc(call, { timeoutMs: 10_000 })
    await sendRpc(call, { timeoutMs: 10_000 })
    const nonces = seen.map(request => request.headers['x-acs-signature-nonce'])
    expect(nonces[0]).toMatch(/^[0-9a-f]{32}$/)
    expect(nonces[1]).not.toBe(nonces[0])
    expect(seen.map(request => request.headers['x-acs-security-token'])).toEqual([undefined, undefined])
  })

  it('makes an anonymous call without Authorization or token', async () => {
    await sendRpc({ endpoint, action: 'AssumeRoleWithOIDC', version: '2015-04-01', params: { RoleArn: 'r' } }, { timeoutMs: 10_000 })
    expect(seen[0]?.headers.authorization).toBeUndefined()
    expect(seen[0]?.headers['x-acs-security-token']).toBeUndefined()
    expect(seen[0]?.headers['x-acs-action']).toBe('AssumeRoleWithOIDC')
  })

  it.each([
    ['with a Content-Length', true],
    ['chunked', false]
  ])('refuses an answer over the bound (%s)', async (_name, withLength) => {
    const big = JSON.stringify({ Message: 'x'.repeat(64 * 1024) })
    answer = (_req, res) => {
      res.writeHead(200, withLength ? { 'content-length': String(big.length) } : {})
      res.end(big)
    }
    const error = await rejectionOf<RpcAnswerError>(
      sendRpc({ endpoint, action: 'A', version: 'v', params: {} }, { timeoutMs: 10_000, maxAnswerBytes: 1024 })
    )
    expect(error).toBeInstanceOf(RpcAnswerError)
    expect(error.reason).toBe('too-large')
  })

  it('gives up with RpcTimeoutError on an answer whose headers and part of its body came, then nothing more', async () => {
    const stalled: ServerResponse[] = []
    answer = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' })
      res.write('{"RequestId":')
      stalled.push(res)
    }
    const error = await rejectionOf(sendRpc({ endpoint, action: 'A', version: 'v', params: {} }, { timeoutMs: 50 }))
    stalled.forEach(res => res.destroy())
    expect(stalled).toHaveLength(1)
    expect(error).toBeInstanceOf(RpcTimeoutError)
  })
})

describe('VodClient over V3: every failure a ServiceError from chosen fields', () => {
  const html = (_req: IncomingMessage, res: ServerResponse): void => {
    res.writeHead(502, { 'content-type': 'text/html' })
    res.end('<html><body>Bad Gateway</body></html>')
  }
  const cases: Array<[string, (req: IncomingMessage, res: ServerResponse) => void, Partial<ServiceError>, number | undefined]> = [
    [
      'Throttling.User with x-acs-retry-after',
      json(
        400,
        { Code: 'Throttling.User', RequestId: 'R2', Message: 'Request was denied due to user flow control.' },
        { 'x-acs-retry-after': '250' }
      ),
      { code: 'Throttling.User', status: 400, requestId: 'R2', kind: 'transient' },
      250
    ],
    [
      'another code with x-acs-retry-after',
      json(503, { Code: 'ServiceUnavailable', RequestId: 'R3' }, { 'x-acs-retry-after': '40' }),
      { code: 'ServiceUnavailable', status: 503, kind: 'transient' },
      40
    ],
    [
      'an HTML 502 from a gateway',
      html,
      {
        code: 'InvalidResponse',
        status: 502,
        kind: 'transient',
        detail: 'the answer was not JSON (an error page from a gateway or proxy?)'
      },
      undefined
    ],
    ['InternalError', json(500, { Code: 'InternalError', RequestId: 'R4' }), { code: 'InternalError', kind: 'transient' }, undefined],
    [
      'Forbidden.RAM',
      json(403, { Code: 'Forbidden.RAM', Message: 'denied' }),
      { code: 'Forbidden.RAM', kind: 'permanent', detail: 'denied' },
      undefined
    ],
    [
      'an error status without a Code',
      json(404, { Message: 'nothing here' }),
      { code: 'HTTP404', status: 404, kind: 'permanent' },
      undefined
    ],
    [
      'SignatureDoesNotMatch echoing the string to sign',
      json(400, {
        Code: 'SignatureDoesNotMatch',
        Message: 'Specified signature is not matched with our calculation. server string to sign is:ACS3-HMAC-SHA256\nabc'
      }),
      { code: 'SignatureDoesNotMatch', detail: 'Specified signature is not matched with our calculation.', kind: 'permanent' },
      undefined
    ],
    ['a reset connection', req => req.socket.destroy(), { code: 'ECONNRESET', kind: 'transient' }, undefined],
    [
      'an answer over 1 MiB',
      json(200, { RequestId: 'R5', Message: 'x'.repeat(1024 * 1024) }),
      { code: 'InvalidResponse', status: 200, kind: 'permanent' },
      undefined
    ]
  ]
  it.each(cases)('%s', async (_name, respond, fields, retryAfterMs) => {
    answer = respond
    const error = await rejectionOf<ServiceError>(
      client().createUploadImage({ ImageType: 'default', ImageExt: 'png', Title: 'secret-title' })
    )
    expect(error).toBeInstanceOf(ServiceError)
    expect(error).toMatchObject({ service: 'vod', api: 'CreateUploadImage', ...fields })
    expect(isThrottling(error)).toBe(retryAfterMs !== undefined)
    expect((error as { retryAfterMs?: number }).retryAfterMs).toBe(retryAfterMs)
    expect(error.message).not.toContain('127.0.0.1')
    expect(error.message).not.toContain('secret-title')
  })

  it('a hung answer: RequestTimeout, worth another try', async () => {
    answer = () => undefined
    const error = await rejectionOf(
      client(undefined, 100).createUploadImage({ ImageType: 'default', ImageExt: 'png', Title: 'secret-title' })
    )
    expect(error).toMatchObject({ service: 'vod', api: 'CreateUploadImage', code: 'RequestTimeout', kind: 'transient' })
  })

  it('renews an expired session once and sends the call again with the new credentials', async () => {
    const renewed: VodCredentials = { ...STS, securityToken: 'CAIS+renewed' }
    let current = STS
    const source: CredentialSource = {
      current: () => Promise.resolve(current),
      renewAfterExpired: used => {
        current = renewed
        return Promise.resolve(used === STS)
      }
    }
    answer = (req, res) =>
      req.headers['x-acs-security-token'] === 'CAIS+renewed'
        ? json(200, { RequestId: 'R6' })(req, res)
        : json(400, { Code: 'InvalidSecurityToken.Expired', RequestId: 'R7' })(req, res)
    await client(source).deleteImages(['0123456789abcdef0123456789abcdef'])
    expect(seen.map(request => request.headers['x-acs-security-token'])).toEqual(['CAIS+token/=', 'CAIS+renewed'])
  })
})

describe('assumeRoleWithOidc over the same transport', () => {
  const role: OidcRole = {
    roleArn: 'acs:ram::1234567890123456:role/uploader',
    oidcProviderArn: 'acs:ram::1234567890123456:oidc-provider/github',
    audience: 'sts.aliyuncs.com',
    roleSessionName: 'gh-run',
    durationSeconds: 900,
    stsEndpoint: ''
  }
  const token = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZXBvIn0.c2ln'

  it('sends the token in a form body whose hash the headers carry, never in the URL, with no Authorization', async () => {
    answer = json(200, {
      Credentials: { AccessKeyId: 'STS.a', AccessKeySecret: 's', SecurityToken: 't', Expiration: '2099-01-01T00:00:00Z' }
    })
    await assumeRoleWithOidc({ ...role, stsEndpoint: endpoint }, token, { timeoutMs: 10_000 })
    const [request] = seen
    expect(request.url).toBe('/')
    expect(request.headers.authorization).toBeUndefined()
    expect(request.headers['x-acs-action']).toBe('AssumeRoleWithOIDC')
    expect(request.headers['content-type']).toBe('application/x-www-form-urlencoded')
    expect(request.headers['x-acs-content-sha256']).toBe(createHash('sha256').update(request.body).digest('hex'))
    expect(Object.fromEntries(new URLSearchParams(request.body))).toMatchObject({
      Action: 'AssumeRoleWithOIDC',
      Version: '2015-04-01',
      OIDCToken: token,
      RoleArn: role.roleArn,
      DurationSeconds: '900'
    })
  })

  it.each([
    ['an HTML error page', (_req: IncomingMessage, res: ServerResponse) => res.writeHead(502).end('<html>Bad Gateway</html>'), 'transient'],
    ['an answer far longer than STS gives', json(200, { pad: 'x'.repeat(100 * 1024) }), 'permanent']
  ])('turns %s into a typed InvalidResponse', async (_name, answering, kind) => {
    answer = answering
    const error = await rejectionOf(assumeRoleWithOidc({ ...role, stsEndpoint: endpoint }, token, { timeoutMs: 10_000 }))
    expect(error).toBeInstanceOf(StsError)
    expect(error).toMatchObject({ code: 'InvalidResponse', kind })
  })
})

describe('rpcHeaders and acsDate', () => {
  const call = { endpoint: 'https://vod.example', action: 'DeleteImage', version: '2017-03-21', params: { ImageIds: 'a,b' } }
  const NOW = Date.parse('2026-12-02T09:00:00.999Z')

  it('writes the time as Alibaba Cloud wants it: UTC, whole seconds, Z', () => {
    expect(acsDate(NOW)).toBe('2026-12-02T09:00:00Z')
    expect(acsDate(Date.parse('2026-01-02T03:04:05Z'))).toBe('2026-01-02T03:04:05Z')
  })

  it('signs the query, the headers and the body hash: the Authorization is V3 of what is sent', () => {
    const body = 'OIDCToken=abc'
    const headers = rpcHeaders({ ...call, credentials: STS }, 'vod.example', NOW, body)
    const { authorization, ...signed } = headers
    expect(signed).toMatchObject({
      host: 'vod.example',
      'x-acs-action': 'DeleteImage',
      'x-acs-version': '2017-03-21',
      'x-acs-date': '2026-12-02T09:00:00Z',
      'x-acs-content-sha256': createHash('sha256').update(body).digest('hex'),
      'content-type': 'application/x-www-form-urlencoded',
      'x-acs-security-token': 'CAIS+token/='
    })
    expect(authorization).toBe(
      v3Authorization({ method: 'POST', query: call.params, headers: signed, bodySha256: signed['x-acs-content-sha256'] }, STS)
    )
  })

  it('has no content-type without a body, and no token for keys without one', () => {
    const headers = rpcHeaders({ ...call, credentials: KEY }, 'vod.example', NOW)
    expect(headers['content-type']).toBeUndefined()
    expect(headers['x-acs-security-token']).toBeUndefined()
    expect(headers['x-acs-content-sha256']).toBe(EMPTY_BODY_SHA256)
    expect(headers.authorization).toMatch(/^ACS3-HMAC-SHA256 Credential=LTAIkey,SignedHeaders=host;x-acs-action;/)
  })
})

describe('sendRpc: the exchange', () => {
  const call = { endpoint: '', action: 'A', version: 'v', params: {} }

  it('goes to the root of an endpoint with a path, saying the length of what it sends and that it reads JSON', async () => {
    await sendRpc({ ...call, endpoint: `${endpoint}/some/path`, form: { Token: 'x y' } }, { timeoutMs: 10_000 })
    expect(seen[0]).toMatchObject({ url: '/', body: 'Token=x%20y' })
    expect(seen[0]?.headers).toMatchObject({ 'content-length': '11', accept: 'application/json' })
  })

  it('speaks TLS to an https:// endpoint (a plain HTTP server cannot answer it)', async () => {
    const error = await rejectionOf<NodeJS.ErrnoException>(
      sendRpc({ ...call, endpoint: endpoint.replace('http:', 'https:') }, { timeoutMs: 10_000 })
    )
    expect(error.code).toMatch(/^(EPROTO|ERR_SSL_.*|ECONNRESET)$/)
    expect(seen).toHaveLength(0)
  })

  it.each([
    ['with a Content-Length', true],
    ['chunked', false]
  ])('takes an answer exactly at the bound (%s)', async (_name, withLength) => {
    const text = JSON.stringify({ Message: 'x'.repeat(100) })
    answer = (_req, res) => {
      res.writeHead(200, withLength ? { 'content-length': String(text.length) } : {})
      res.end(text)
    }
    const got = await sendRpc({ ...call, endpoint }, { timeoutMs: 10_000, maxAnswerBytes: text.length })
    expect(got.body).toEqual({ Message: 'x'.repeat(100) })
  })

  it('refuses an answer whose Content-Length is over the bound before any of its body comes', async () => {
    const held: ServerResponse[] = []
    answer = (_req, res) => {
      res.writeHead(200, { 'content-length': String(1024 * 1024) })
      res.flushHeaders()
      held.push(res)
    }
    const error = await rejectionOf<RpcAnswerError>(sendRpc({ ...call, endpoint }, { timeoutMs: 5_000, maxAnswerBytes: 1024 }))
    held.forEach(res => res.destroy())
    expect(error).toMatchObject({ reason: 'too-large', status: 200 })
  })

  it('closes the connection of an answer over the bound instead of reading the rest', async () => {
    let closed!: () => void
    const serverSawClose = new Promise<void>(resolve => (closed = resolve))
    answer = (_req, res) => {
      res.writeHead(200)
      res.write('x'.repeat(2048))
      res.on('close', () => closed())
    }
    const error = await rejectionOf<RpcAnswerError>(sendRpc({ ...call, endpoint }, { timeoutMs: 60_000, maxAnswerBytes: 1024 }))
    expect(error).toMatchObject({ reason: 'too-large', status: 200 })
    await serverSawClose
  })

  it.each([
    ['a JSON list', '[{"RequestId":"R"}]'],
    ['JSON null', 'null'],
    ['a JSON string', '"R"'],
    ['nothing', '']
  ])('refuses %s as an answer, keeping its status', async (_name, text) => {
    answer = (_req, res) => res.writeHead(418).end(text)
    const error = await rejectionOf<RpcAnswerError>(sendRpc({ ...call, endpoint }, { timeoutMs: 10_000 }))
    expect(error).toBeInstanceOf(RpcAnswerError)
    expect(error).toMatchObject({ reason: 'not-json', status: 418, name: 'RpcAnswerError', message: 'the answer is not a JSON object' })
  })

  it('gives back an answer of any status with its headers', async () => {
    answer = json(404, { Code: 'NotFound' }, { 'x-acs-request-id': 'R404' })
    const got = await sendRpc({ ...call, endpoint }, { timeoutMs: 10_000 })
    expect(got).toMatchObject({ status: 404, body: { Code: 'NotFound' }, headers: { 'x-acs-request-id': 'R404' } })
  })

  it('passes on a connection dropped in the middle of an answer as the network failure it is', async () => {
    answer = (_req, res) => {
      res.writeHead(200, { 'content-length': '100' })
      res.write('{"RequestId":', () => res.socket?.destroy())
    }
    const error = await rejectionOf<NodeJS.ErrnoException>(sendRpc({ ...call, endpoint }, { timeoutMs: 60_000 }))
    expect(error).not.toBeInstanceOf(RpcTimeoutError)
    expect(error.code).toBe('ECONNRESET')
  })

  it('names its errors as the error mapping expects', () => {
    expect(new RpcTimeoutError()).toMatchObject({
      name: 'RpcTimeoutError',
      code: 'RequestTimeout',
      message: 'no answer before the timeout'
    })
    expect(new RpcAnswerError('too-large', 200).message).toBe('the answer is longer than the bound')
  })
})

describe('sendRpc to an IPv6 address', () => {
  it('connects to the address inside the brackets', async () => {
    const v6 = http.createServer((_req, res) => res.writeHead(200).end('{"RequestId":"R6"}'))
    await new Promise<void>((resolve, reject) => v6.once('error', reject).listen(0, '::1', resolve))
    try {
      const port = (v6.address() as AddressInfo).port
      const got = await sendRpc({ endpoint: `http://[::1]:${port}`, action: 'A', version: 'v', params: {} }, { timeoutMs: 10_000 })
      expect(got.body).toEqual({ RequestId: 'R6' })
    } finally {
      v6.closeAllConnections()
      await new Promise<void>(resolve => v6.close(() => resolve()))
    }
  })
})

describe('sendRpc: its one timer, on a fake clock', () => {
  const call = { endpoint: '', action: 'A', version: 'v', params: {} }
  // Only the timers: the sockets and streams need the real nextTick and setImmediate.
  beforeEach(() => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask', 'Date', 'hrtime', 'performance'] })
  })
  afterEach(() => {
    jest.useRealTimers()
  })

  it('leaves no timer behind once the answer is read', async () => {
    await sendRpc({ ...call, endpoint }, { timeoutMs: 60_000 })
    expect(jest.getTimerCount()).toBe(0)
  })

  it('leaves no timer behind after a failure', async () => {
    answer = (_req, res) => res.writeHead(200).end('<html>')
    await rejectionOf(sendRpc({ ...call, endpoint }, { timeoutMs: 60_000 }))
    expect(jest.getTimerCount()).toBe(0)
  })

  it('gives up when the timeout has passed, not before', async () => {
    answer = () => undefined
    let outcome: unknown
    const sent = sendRpc({ ...call, endpoint }, { timeoutMs: 60_000 }).catch((error: unknown) => (outcome = error))
    while (seen.length === 0) await new Promise(resolve => setImmediate(resolve))
    jest.advanceTimersByTime(59_999)
    await new Promise(resolve => setImmediate(resolve))
    expect(outcome).toBeUndefined()
    jest.advanceTimersByTime(1)
    await sent
    expect(outcome).toBeInstanceOf(RpcTimeoutError)
  })
})
