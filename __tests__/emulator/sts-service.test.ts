import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import { rejectionOf } from '../helpers/rejection.js'
import { callVod, vodClient, type PopCoreError } from './helpers.js'

const ROLE = 'acs:ram::1234567890123456:role/github-vod-upload'
const PROVIDER = 'acs:ram::1234567890123456:oidc-provider/github'

/** The emulator's clock, moved by the tests: within VOD's 15-minute timestamp window of the real one. */
let time = Date.now()

async function idToken(emulator: Emulator, audience = 'sts.aliyuncs.com', bearer = emulator.idTokenEnv().ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
  const url = `${emulator.idTokenEnv().ACTIONS_ID_TOKEN_REQUEST_URL}&audience=${encodeURIComponent(audience)}`
  return fetch(url, { headers: { Authorization: `Bearer ${bearer}` } })
}

async function tokenFor(emulator: Emulator, audience?: string): Promise<string> {
  const answer = (await (await idToken(emulator, audience)).json()) as { value: string }
  return answer.value
}

interface StsAnswer {
  Code?: string
  Credentials?: Record<string, string>
  AssumedRoleUser?: Record<string, string>
  OIDCTokenInfo?: Record<string, string>
}

async function assume(emulator: Emulator, params: Record<string, string>) {
  const form = { Action: 'AssumeRoleWithOIDC', Version: '2015-04-01', Format: 'JSON', ...params }
  const response = await fetch(`${emulator.stsEndpoint}/`, { method: 'POST', body: new URLSearchParams(form) })
  return { status: response.status, date: response.headers.get('date'), body: (await response.json()) as StsAnswer }
}

async function validParams(emulator: Emulator): Promise<Record<string, string>> {
  return {
    RoleArn: ROLE,
    OIDCProviderArn: PROVIDER,
    OIDCToken: await tokenFor(emulator),
    RoleSessionName: 'gh-docs-site-42-1',
    DurationSeconds: '900'
  }
}

describe('the STS side and the OIDC token endpoint', () => {
  let emulator: Emulator
  beforeAll(async () => {
    emulator = await startEmulator({
      acceptRpcV2: true,
      clock: () => time,
      maxClockSkewSeconds: 3600,
      sts: { roles: [{ arn: ROLE, maxSessionSeconds: 3600 }], providers: [{ arn: PROVIDER, clientIds: ['sts.aliyuncs.com'] }] }
    })
  })
  afterAll(() => emulator.close())
  beforeEach(() => {
    emulator.reset()
    time = Date.now()
  })

  it('issues a well-formed JWT to a bearer of the request token, for the audience asked', async () => {
    const token = await tokenFor(emulator, 'sts.aliyuncs.com')
    const [header, payload, signature] = token.split('.')
    expect(JSON.parse(Buffer.from(header, 'base64url').toString())).toMatchObject({ alg: 'RS256', typ: 'JWT' })
    expect(JSON.parse(Buffer.from(payload, 'base64url').toString())).toMatchObject({
      iss: 'https://token.actions.githubusercontent.com',
      sub: 'repo:octo-org/docs-site:ref:refs/heads/main',
      aud: 'sts.aliyuncs.com',
      exp: Math.floor(time / 1000) + 300
    })
    expect(signature.length).toBeGreaterThan(0)
    expect((await idToken(emulator, 'sts.aliyuncs.com', 'wrong')).status).toBe(401)
    expect(emulator.idTokenRequests.map(r => [r.audience, r.status])).toEqual([
      ['sts.aliyuncs.com', 200],
      ['sts.aliyuncs.com', 401]
    ])
    expect(emulator.issuedSecrets()).toContain(token)
  })

  it('mints STS credentials that VOD accepts with their token until they expire on its clock', async () => {
    const { status, date, body } = await assume(emulator, await validParams(emulator))
    expect(status).toBe(200)
    const credentials = body.Credentials!
    expect(credentials.AccessKeyId).toMatch(/^STS\./)
    // Both on the emulator's clock: a client measures the lifetime without its own.
    expect(Date.parse(credentials.Expiration)).toBe(Math.floor((time + 900_000) / 1000) * 1000)
    expect(Date.parse(date!)).toBe(Math.floor(time / 1000) * 1000)
    expect(body.AssumedRoleUser).toMatchObject({ Arn: 'acs:ram::1234567890123456:assumed-role/github-vod-upload/gh-docs-site-42-1' })
    expect(body.OIDCTokenInfo).toMatchObject({ ClientIds: 'sts.aliyuncs.com', Subject: 'repo:octo-org/docs-site:ref:refs/heads/main' })
    expect(emulator.stsCalls).toEqual([
      expect.objectContaining({
        roleArn: ROLE,
        oidcProviderArn: PROVIDER,
        durationSeconds: '900',
        status: 200,
        accessKeyId: credentials.AccessKeyId
      })
    ])
    expect(emulator.issuedSecrets()).toEqual(expect.arrayContaining([credentials.AccessKeySecret, credentials.SecurityToken]))

    const key = { id: credentials.AccessKeyId, secret: credentials.AccessKeySecret, securityToken: credentials.SecurityToken }
    await expect(callVod(vodClient(emulator, key), 'GetImageInfos', { ImageIds: 'a'.repeat(32) })).resolves.toMatchObject({})
    const wrongToken = await rejectionOf<PopCoreError>(
      callVod(vodClient(emulator, { ...key, securityToken: 'other' }), 'GetImageInfos', { ImageIds: 'a'.repeat(32) })
    )
    expect(wrongToken.code).toBe('InvalidSecurityToken.Mismatch')

    time += 900_000
    const expired = await rejectionOf<PopCoreError>(callVod(vodClient(emulator, key), 'GetImageInfos', { ImageIds: 'a'.repeat(32) }))
    expect([expired.entry.response.statusCode, expired.code]).toEqual([400, 'InvalidSecurityToken.Expired'])
  })

  it('lets a test shorten the credentials whatever DurationSeconds asks', async () => {
    const short = await startEmulator({ clock: () => time, sts: { credentialSeconds: 2 } })
    try {
      const { body } = await assume(short, { ...(await validParams(short)), DurationSeconds: '3600' })
      expect(Date.parse(body.Credentials!.Expiration)).toBe(Math.floor((time + 2000) / 1000) * 1000)
      expect(short.oidcRole).toEqual({ roleArn: ROLE, oidcProviderArn: PROVIDER })
    } finally {
      await short.close()
    }
  })

  it.each<[string, (valid: Record<string, string>, emulator: Emulator) => Promise<Record<string, string>>, number, string]>([
    ['an unknown role', async valid => ({ ...valid, RoleArn: 'acs:ram::1234567890123456:role/nope' }), 404, 'EntityNotExist.Role'],
    [
      'an unknown OIDC provider',
      async valid => ({ ...valid, OIDCProviderArn: 'acs:ram::1234567890123456:oidc-provider/nope' }),
      401,
      'AuthenticationFail.NoPermission'
    ],
    [
      'a token whose audience is no client id of the provider',
      async (valid, emulator) => ({ ...valid, OIDCToken: await tokenFor(emulator, 'https://github.com/octo-org') }),
      401,
      'AuthenticationFail.OIDCToken.AudienceNotMatch'
    ],
    ['a duration above the role maximum', async valid => ({ ...valid, DurationSeconds: '3601' }), 400, 'InvalidParameter.DurationSeconds'],
    ['a duration below 900', async valid => ({ ...valid, DurationSeconds: '899' }), 400, 'InvalidParameter.DurationSeconds'],
    ['no session name', async valid => ({ ...valid, RoleSessionName: '' }), 400, 'MissingParameter'],
    ['a bad session name', async valid => ({ ...valid, RoleSessionName: 'a b' }), 400, 'InvalidParameter.RoleSessionName'],
    ['no token', async valid => ({ ...valid, OIDCToken: '' }), 400, 'MissingParameter'],
    [
      'a token it did not issue',
      async valid => ({ ...valid, OIDCToken: `${valid.OIDCToken}x` }),
      401,
      'AuthenticationFail.OIDCToken.InvalidSignature'
    ],
    ['a token that is not a JWT', async valid => ({ ...valid, OIDCToken: 'not-a-jwt' }), 401, 'AuthenticationFail.OIDCToken.Invalid'],
    [
      'an expired token',
      async valid => {
        time += 301_000
        return valid
      },
      401,
      'AuthenticationFail.OIDCToken.Expired'
    ]
  ])('refuses %s', async (_name, change, status, code) => {
    const answer = await assume(emulator, await change(await validParams(emulator), emulator))
    expect([answer.status, answer.body.Code]).toEqual([status, code])
    expect(answer.body.Credentials).toBeUndefined()
    expect(emulator.stsCalls.map(call => [call.status, call.code])).toEqual([[status, code]])
  })
})
