/** Which VOD and OSS answers stop the run (by code and status, never the message), and what the stop note names. */
import { describe, expect, it } from '@jest/globals'
import { ServiceError } from '../../src/shared/errors.js'
import { ossRefusalOf, refusalOf, type Refusal } from '../../src/shared/refusals.js'
import { stopNote } from '../../src/report/messages.js'
import { Breaker } from '../../src/upload/breaker.js'

const cases: Array<[string, number | undefined, Refusal | undefined]> = [
  ['SignatureDoesNotMatch', 400, 'access-key-secret'],
  ['IncompleteSignature', 400, 'access-key-secret'],
  ['InvalidAccessKeySecret', 400, 'access-key-secret'],
  ['InvalidAccessKeyId.NotFound', 404, 'access-key-id'],
  ['InvalidAccessKeyId.Inactive', 400, 'access-key-id'],
  ['InvalidSecurityToken.Malformed', 400, 'security-token'],
  ['InvalidSecurityToken.MismatchWithAccessKey', 400, 'security-token'],
  ['InvalidSecurityToken.Expired', 400, undefined],
  ['Forbidden.RAM', 403, 'permission'],
  ['Forbidden.NoPermission', 403, 'permission'],
  ['NoPermission', 403, 'permission'],
  ['Forbidden.SubUser', 403, 'permission'],
  ['InvalidStorage.NotFound', 404, 'storage-location'],
  ['InvalidAppId.NotFound', 404, 'app-id'],
  ['InvalidParameter', 400, undefined],
  ['InvalidCateId.NotFound', 404, undefined],
  ['Throttling.User', 400, undefined],
  ['InternalError', 500, undefined],
  // The whole code is matched, with or without a dotted suffix (HTTP 400, so the 403 rule says nothing).
  ['InvalidAccessKeyId', 400, 'access-key-id'],
  ['XInvalidAccessKeyId', 400, undefined],
  ['InvalidAccessKeyIdX', 400, undefined],
  ['SignatureDoesNotMatch.Header', 400, 'access-key-secret'],
  ['XSignatureDoesNotMatch', 400, undefined],
  ['SignatureDoesNotMatchX', 400, undefined],
  ['InvalidSecurityToken', 400, 'security-token'],
  ['XInvalidSecurityToken', 400, undefined],
  ['InvalidSecurityTokenX', 400, undefined],
  ['InvalidSecurityToken.ExpiredX', 400, 'security-token'],
  ['invalidsecuritytoken.expired', 400, undefined],
  ['InvalidAccessKeyId.InvalidSecurityToken.Expired', 400, 'access-key-id'],
  ['NoPermission', 400, 'permission'],
  ['NoPermission.Vod', 400, 'permission'],
  ['XNoPermission', 400, undefined],
  ['NoPermissionX', 400, undefined],
  ['Forbidden.RAM', 400, 'permission'],
  ['XInvalidStorage.NotFound', 400, undefined],
  ['InvalidStorage.NotFoundX', 400, undefined],
  ['InvalidAppId', 400, 'app-id'],
  ['AppNotExist', 400, 'app-id'],
  ['AppNotExist.Vod', 400, 'app-id'],
  ['InvalidApp.NotFound', 400, 'app-id'],
  ['XAppNotExist', 400, undefined],
  ['InvalidApp.NotFoundX', 400, undefined],
  ['XInvalidAppId', 400, undefined],
  ['InvalidAppIdX', 400, undefined],
  ['Whatever', 403, 'permission'],
  ['Whatever', undefined, undefined]
]

describe('refusalOf', () => {
  it.each(cases)('%s (HTTP %s) → %s', (code, status, refusal) => {
    expect(refusalOf(code, status)).toBe(refusal)
  })
})

describe('ossRefusalOf', () => {
  it.each<[string, boolean, Refusal | undefined]>([
    ['AccessDenied', true, 'oss-signature-version'],
    ['AccessDenied', false, 'oss-credential'],
    ['SignatureDoesNotMatch', false, 'oss-credential'],
    ['InvalidAccessKeyId', false, 'oss-credential'],
    ['SecurityTokenExpired', false, undefined],
    ['InvalidSecurityToken', false, undefined],
    ['RequestTimeTooSkewed', false, undefined],
    ['InvalidDigest', false, undefined],
    ['InternalError', false, undefined],
    ['HTTP403', false, undefined]
  ])('%s (V1 refused: %s) → %s', (code, v1Refused, refusal) => {
    expect(ossRefusalOf(code, v1Refused)).toBe(refusal)
  })
})

describe('stopNote', () => {
  const note = (refusal: Refusal, oidc: boolean): string =>
    stopNote({ service: 'vod', refusal, api: 'CreateUploadImage', code: 'X', status: 400 }, { oidc })

  it.each<[Refusal, boolean, string]>([
    ['access-key-secret', false, 'access-key-secret input'],
    ['access-key-id', false, 'access-key-id input'],
    ['security-token', false, 'security-token input'],
    ['access-key-secret', true, 'role-to-assume input'],
    ['permission', false, 'vod:CreateUploadImage'],
    ['permission', true, 'role in role-to-assume'],
    ['storage-location', false, 'storage-location input'],
    ['app-id', false, 'app-id input']
  ])('%s (OIDC: %s) names %s', (refusal, oidc, named) => {
    expect(note(refusal, oidc)).toContain(named)
  })

  it.each<[Refusal, string, string]>([
    ['oss-signature-version', 'oss-signature-version input to v4', 'access-key'],
    ['oss-credential', 'storage-location input', 'access-key']
  ])("an OSS refusal (%s) is said to be OSS's and names %s, not the key", (refusal, named, notNamed) => {
    const text = stopNote({ service: 'oss', refusal, api: 'PutObject', code: 'AccessDenied', status: 403 }, { oidc: false })
    expect(text).toMatch(/^Stopped after OSS's first refusal of PutObject \(AccessDenied, HTTP 403\)/)
    expect(text).toContain(named)
    expect(text).not.toContain(notNamed)
  })
})

describe('stopNote without an HTTP status', () => {
  it('gives the code alone', () => {
    expect(stopNote({ service: 'vod', refusal: 'app-id', api: 'CreateUploadImage', code: 'X' }, { oidc: false })).toMatch(
      /^Stopped after VOD's first refusal of CreateUploadImage \(X\), which every other file would get too: /
    )
  })
})

describe('the breaker and a refusal', () => {
  const refused = new ServiceError({
    service: 'vod',
    api: 'CreateUploadImage',
    code: 'Forbidden.RAM',
    status: 403,
    detail: 'no',
    kind: 'permanent',
    refusal: 'permission'
  })

  it('opens at the first refusal', () => {
    const breaker = new Breaker(2)
    breaker.failed('a.png', refused)
    expect(breaker.reason).toContain('not attempted: VOD refused CreateUploadImage (Forbidden.RAM) for a.png')
  })

  it('stays shut for a permanent answer that is about one file', () => {
    const breaker = new Breaker(1)
    breaker.failed('a.png', new ServiceError({ ...refused.fields(), code: 'InvalidParameter', status: 400, refusal: undefined }))
    expect(breaker.reason).toBeUndefined()
  })

  it('opens at the first OSS refusal, saying it was OSS', () => {
    const breaker = new Breaker(2)
    const ossRefused = new ServiceError({
      service: 'oss',
      api: 'PutObject',
      code: 'AccessDenied',
      status: 403,
      detail: 'no',
      kind: 'permanent',
      refusal: 'oss-credential'
    })
    breaker.failed('a.png', ossRefused)
    expect(breaker.reason).toContain('not attempted: OSS refused PutObject (AccessDenied) for a.png')
  })
})
