import { describe, expect, it } from '@jest/globals'
import { decodeStsAnswer, StsError } from '../../src/services/sts-client.js'
import { thrownBy } from '../helpers/rejection.js'

const CREDENTIALS = { AccessKeyId: 'STS.id', AccessKeySecret: 'secret', SecurityToken: 'token', Expiration: '2026-12-02T10:00:00Z' }

function answer(status: number, body: Record<string, unknown>, date?: string) {
  return { status, body, headers: date === undefined ? {} : { date } }
}

describe("decodeStsAnswer: an AssumeRoleWithOIDC answer's session", () => {
  it.each([
    ['Expiration less the Date of the answer (the service clock only)', 'Wed, 02 Dec 2026 09:00:00 GMT', 3600, 3_600_000],
    ['a runner clock far off changes nothing: the Date is the service one', 'Wed, 02 Dec 2026 09:30:00 GMT', 3600, 1_800_000],
    ['never longer than the duration asked', 'Wed, 02 Dec 2026 08:00:00 GMT', 3600, 3_600_000],
    ['no Date: the duration asked', undefined, 900, 900_000],
    ['an unreadable Date: the duration asked', 'yesterday', 900, 900_000],
    ['a second, however short', 'Wed, 02 Dec 2026 09:59:59 GMT', 3600, 1000]
  ])('lasts %s', (_name, date, durationSeconds, lifetimeMs) => {
    const session = decodeStsAnswer(answer(200, { RequestId: 'r', Credentials: CREDENTIALS }, date), durationSeconds)
    expect(session).toEqual({ credentials: { accessKeyId: 'STS.id', accessKeySecret: 'secret', securityToken: 'token' }, lifetimeMs })
  })

  it.each<[string, number, Record<string, unknown>, Partial<StsError>]>([
    [
      'an unknown role',
      404,
      { Code: 'EntityNotExist.Role', Message: 'The role not exists.', RequestId: 'R1' },
      { code: 'EntityNotExist.Role', input: 'role-to-assume', kind: 'permanent', status: 404, requestId: 'R1' }
    ],
    [
      'an unknown provider (documented code)',
      401,
      { Code: 'AuthenticationFail.NoPermission', Message: 'No such OIDC Provider registered.' },
      { input: 'oidc-provider-arn', kind: 'permanent' }
    ],
    ['an unknown provider (other code)', 404, { Code: 'EntityNotExist.OIDCProvider' }, { input: 'oidc-provider-arn' }],
    ['an audience the provider does not list', 401, { Code: 'AuthenticationFail.OIDCToken.AudienceNotMatch' }, { input: 'audience' }],
    ['a duration over the role maximum', 400, { Code: 'InvalidParameter.DurationSeconds' }, { input: 'role-duration-seconds' }],
    ['a bad session name', 400, { Code: 'InvalidParameter.RoleSessionName' }, { input: 'role-session-name' }],
    ['throttling', 400, { Code: 'Throttling.User' }, { kind: 'transient', input: undefined }],
    ['a 500 with a code', 500, { Code: 'InternalError' }, { kind: 'transient' }],
    ['a 502 without a code', 502, {}, { code: 'UnknownError', kind: 'transient' }],
    ['a 200 without credentials', 200, { RequestId: 'R2' }, { code: 'InvalidResponse', kind: 'permanent', requestId: 'R2' }],
    [
      'a 200 with an unreadable Expiration',
      200,
      { Credentials: { ...CREDENTIALS, Expiration: 'soon' } },
      { code: 'InvalidResponse', kind: 'permanent' }
    ]
  ])('refuses %s as a typed error naming the input to fix', (_name, status, body, expected) => {
    const error = thrownBy<StsError>(() => decodeStsAnswer(answer(status, body), 3600))
    expect(error).toBeInstanceOf(StsError)
    expect(error).toMatchObject({ service: 'sts', api: 'AssumeRoleWithOIDC', ...expected })
  })

  it.each([
    ['an Expiration before the Date', 'Wed, 02 Dec 2026 11:00:00 GMT'],
    ['an Expiration at the Date', 'Wed, 02 Dec 2026 10:00:00 GMT']
  ])('refuses a session already over when STS answered (%s): it would be renewed on every call', (_name, date) => {
    const error = thrownBy<StsError>(() => decodeStsAnswer(answer(200, { RequestId: 'R3', Credentials: CREDENTIALS }, date), 3600))
    expect(error).toBeInstanceOf(StsError)
    expect(error).toMatchObject({ service: 'sts', api: 'AssumeRoleWithOIDC', code: 'InvalidResponse', requestId: 'R3' })
  })

  it("names the input in its message and keeps STS's own words after it", () => {
    const error = thrownBy<StsError>(() =>
      decodeStsAnswer(
        answer(400, { Code: 'InvalidParameter.DurationSeconds', Message: 'The Min/Max value of DurationSeconds is 15min/1hr.' }),
        7200
      )
    )
    expect(error.message).toBe(
      "AssumeRoleWithOIDC failed: InvalidParameter.DurationSeconds (HTTP 400): the session would outlast the role's maximum session duration: lower role-duration-seconds, or raise the role's MaxSessionDuration (STS: The Min/Max value of DurationSeconds is 15min/1hr.)"
    )
  })
})
