/** AssumeRoleWithOIDC against a loopback server: the form it sends, the bound on its answer, and every failure typed. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { assumeRoleWithOidc, decodeStsAnswer, StsError, type OidcRole } from '../../src/services/sts-client.js'
import { answeringServer, hang, json, type AnsweringServer } from '../helpers/answering-server.js'
import { rejectionOf, thrownBy } from '../helpers/rejection.js'

const NOW = Date.parse('2026-12-02T09:00:00.500Z')
const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZXBvIn0.c2ln'
const CREDENTIALS = { AccessKeyId: 'STS.id', AccessKeySecret: 'secret', SecurityToken: 'token', Expiration: '2099-01-01T00:00:00Z' }

let server: AnsweringServer
beforeAll(async () => {
  server = await answeringServer()
})
afterAll(() => server.close())
beforeEach(() => server.reset())

function role(stsEndpoint = server.endpoint): OidcRole {
  return {
    roleArn: 'acs:ram::1234567890123456:role/uploader',
    oidcProviderArn: 'acs:ram::1234567890123456:oidc-provider/github',
    audience: 'sts.aliyuncs.com',
    roleSessionName: 'gh-run-1',
    durationSeconds: 900,
    stsEndpoint
  }
}

const assume = (stsEndpoint?: string, timeoutMs = 10_000) => assumeRoleWithOidc(role(stsEndpoint), TOKEN, { timeoutMs, now: () => NOW })

describe('assumeRoleWithOidc', () => {
  it('sends the whole form in the body, none of it in the URL, and hands back the session', async () => {
    server.answer = json(200, { RequestId: 'R', Credentials: CREDENTIALS })
    const assumed = await assume()
    expect(server.seen[0]?.url).toBe('/')
    expect(Object.fromEntries(new URLSearchParams(server.seen[0]?.body))).toEqual({
      Action: 'AssumeRoleWithOIDC',
      Version: '2015-04-01',
      Format: 'JSON',
      Timestamp: '2026-12-02T09:00:00Z',
      RoleArn: 'acs:ram::1234567890123456:role/uploader',
      OIDCProviderArn: 'acs:ram::1234567890123456:oidc-provider/github',
      OIDCToken: TOKEN,
      RoleSessionName: 'gh-run-1',
      DurationSeconds: '900'
    })
    expect(server.seen[0]?.headers).toMatchObject({ 'x-acs-action': 'AssumeRoleWithOIDC', 'x-acs-version': '2015-04-01' })
    expect(assumed).toEqual({
      credentials: { accessKeyId: 'STS.id', accessKeySecret: 'secret', securityToken: 'token' },
      lifetimeMs: 900_000
    })
  })

  it('reads an answer up to 64 KiB', async () => {
    const body = { Credentials: CREDENTIALS, Pad: '' }
    body.Pad = 'x'.repeat(64 * 1024 - JSON.stringify(body).length)
    server.answer = json(200, body)
    await expect(assume()).resolves.toMatchObject({ lifetimeMs: 900_000 })
  })

  it.each<[string, Record<string, unknown> | 'html', Partial<StsError>]>([
    [
      'an answer over 64 KiB',
      { Credentials: CREDENTIALS, Pad: 'x'.repeat(64 * 1024) },
      { code: 'InvalidResponse', status: 200, kind: 'permanent', detail: 'the answer was longer than any STS answer' }
    ],
    [
      'an HTML page',
      'html',
      {
        code: 'InvalidResponse',
        status: 502,
        kind: 'transient',
        detail: 'the answer was not JSON (an error page from a gateway or proxy?)'
      }
    ]
  ])('refuses %s', async (_name, body, fields) => {
    server.answer = body === 'html' ? (_req, res) => res.writeHead(502).end('<html>Bad Gateway</html>') : json(200, body)
    const error = await rejectionOf(assume())
    expect(error).toBeInstanceOf(StsError)
    expect(error).toMatchObject({ service: 'sts', api: 'AssumeRoleWithOIDC', ...fields })
  })

  it('gives up on a silent STS after the timeout', async () => {
    server.answer = hang
    expect(await rejectionOf(assume(undefined, 50))).toMatchObject({ service: 'sts', api: 'AssumeRoleWithOIDC', code: 'RequestTimeout' })
  })

  it('says that nothing listens where STS should be', async () => {
    const closed = http.createServer()
    await new Promise<void>(resolve => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise<void>(resolve => closed.close(() => resolve()))
    expect(await rejectionOf(assume(`http://127.0.0.1:${port}`))).toMatchObject({
      service: 'sts',
      api: 'AssumeRoleWithOIDC',
      code: 'ECONNREFUSED'
    })
  })
})

describe('decodeStsAnswer: refusals', () => {
  const refusal = (status: number, body: Record<string, unknown>): StsError =>
    thrownBy<StsError>(() => decodeStsAnswer({ status, body }, 900))

  it.each<[string, number, Record<string, unknown>, Partial<StsError>]>([
    [
      'a code in an HTTP 200',
      200,
      { Code: 'Throttling', Message: 'slow down' },
      { code: 'Throttling', status: 200, kind: 'transient', detail: 'slow down' }
    ],
    [
      'an HTTP 400 without a code',
      400,
      { RequestId: 'R' },
      { code: 'UnknownError', kind: 'permanent', requestId: 'R', detail: 'no message' }
    ],
    ['a code STS may add', 400, { Code: 'InvalidParameter.Policy', Message: 'bad policy' }, { input: undefined, detail: 'bad policy' }],
    ['a code named like a property of every object', 400, { Code: 'constructor', Message: 'odd' }, { input: undefined, detail: 'odd' }],
    ['ServiceUnavailable with a suffix', 400, { Code: 'ServiceUnavailable.Busy' }, { kind: 'transient' }],
    ['ServiceUnavailable alone', 400, { Code: 'ServiceUnavailable' }, { kind: 'transient' }],
    ['a code that only ends like InternalError', 400, { Code: 'NotInternalError' }, { kind: 'permanent' }],
    ['a code that only starts like InternalError', 400, { Code: 'InternalErrorish' }, { kind: 'permanent' }],
    ['any code at HTTP 500', 500, { Code: 'SomethingNew' }, { kind: 'transient' }],
    ['any code at HTTP 499', 499, { Code: 'SomethingNew' }, { kind: 'permanent' }],
    ['an empty RequestId', 400, { Code: 'X', RequestId: '' }, { requestId: undefined }],
    ['a Message that is not text', 400, { Code: 'X', Message: 7 }, { detail: 'no message' }]
  ])('%s', (_name, status, body, fields) => {
    const error = refusal(status, body)
    expect(error).toBeInstanceOf(StsError)
    expect(error).toMatchObject({ name: 'StsError', service: 'sts', api: 'AssumeRoleWithOIDC', ...fields })
  })

  it.each<[string, unknown]>([
    ['Credentials that are text', 'STS.id'],
    ['Credentials that are null', null],
    ['no AccessKeyId', { ...CREDENTIALS, AccessKeyId: '' }],
    ['no AccessKeySecret', { ...CREDENTIALS, AccessKeySecret: undefined }],
    ['a SecurityToken that is not text', { ...CREDENTIALS, SecurityToken: 1 }],
    ['no Expiration', { ...CREDENTIALS, Expiration: undefined }]
  ])('refuses %s as incomplete', (_name, credentials) => {
    expect(refusal(200, { RequestId: 'R', Credentials: credentials })).toMatchObject({
      code: 'InvalidResponse',
      status: 200,
      requestId: 'R',
      kind: 'permanent',
      detail: 'the answer has no complete Credentials'
    })
  })

  it.each([
    'EntityNotExist.Role',
    'EntityNotExist.OIDCProvider',
    'AuthenticationFail.NoPermission',
    'AuthenticationFail.OIDCToken.AudienceNotMatch',
    'InvalidParameter.DurationSeconds',
    'InvalidParameter.RoleSessionName'
  ])('tells a fix for %s before what STS said', code => {
    expect(refusal(400, { Code: code, Message: 'm' }).detail).toMatch(/^[a-zA-Z].{20,} \(STS: m\)$/)
  })

  it('takes an answer without headers: the session lasts the duration asked', () => {
    expect(decodeStsAnswer({ status: 200, body: { Credentials: CREDENTIALS } }, 900).lifetimeMs).toBe(900_000)
  })

  it("says why a session over before STS's Date is refused", () => {
    const over = {
      status: 200,
      body: { Credentials: { ...CREDENTIALS, Expiration: '2026-12-02T09:00:00Z' } },
      headers: { date: 'Wed, 02 Dec 2026 10:00:00 GMT' }
    }
    expect(thrownBy(() => decodeStsAnswer(over, 900))).toMatchObject({ detail: "the session's Expiration is not after the answer's Date" })
  })

  it("tells the fix before STS's own words, naming the input", () => {
    expect(refusal(404, { Code: 'EntityNotExist.Role', Message: 'The role not exists.' })).toMatchObject({
      input: 'role-to-assume',
      detail: 'the account has no such RAM role: check role-to-assume (STS: The role not exists.)'
    })
  })
})
