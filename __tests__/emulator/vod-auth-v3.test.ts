/** The emulator's VOD endpoint checks a V3 (ACS3-HMAC-SHA256) request as the real one does, and refuses V2 unless told to accept it. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import { commonParams, rawVodRequest, v3VodRequest } from './helpers.js'

const STS_KEY = { id: 'STS.emulatorKey', secret: 'sts-secret', securityToken: 'sts-token-of-the-key' }
/** A session the STS side minted that has ended (its end is long past on any clock). */
const ENDED_KEY = { id: 'STS.endedKey', secret: 'ended-secret', securityToken: 'ended-token', expiresAt: 1 }

let strict: Emulator
let withV2: Emulator

beforeAll(async () => {
  strict = await startEmulator({ accessKeys: [{ id: 'LTAIemulatorKeyId', secret: 'emulator-access-key-secret' }, STS_KEY, ENDED_KEY] })
  withV2 = await startEmulator({ acceptRpcV2: true })
})
afterAll(() => Promise.all([strict.close(), withV2.close()]))
beforeEach(() => {
  strict.reset()
  withV2.reset()
})

describe('V3 requests', () => {
  it('accepts CreateUploadImage with every parameter in the query and an empty body, recorded as v3', async () => {
    const answer = await v3VodRequest(strict, { params: { ImageType: 'default', Title: 'a b*c~é' } })
    expect(answer.status).toBe(200)
    expect(answer.json.ImageId).toMatch(/^[0-9a-f]{32}$/)
    expect(strict.images.get(answer.json.ImageId)?.title).toBe('a b*c~é')
    expect(strict.requests.at(-1)).toMatchObject({
      service: 'vod',
      action: 'CreateUploadImage',
      signature: 'v3',
      accessKeyId: strict.accessKey.id,
      status: 200
    })
  })

  it('takes parameters from a form body too, when its hash is the one signed', async () => {
    const answer = await v3VodRequest(strict, { params: {}, body: 'ImageType=default&Title=form' })
    expect(answer.status).toBe(200)
    expect(strict.images.get(answer.json.ImageId)?.title).toBe('form')
  })

  it('accepts an STS key whose token comes in x-acs-security-token', async () => {
    expect((await v3VodRequest(strict, { key: STS_KEY })).status).toBe(200)
  })

  const refused: Array<[string, Parameters<typeof v3VodRequest>[1], number, string]> = [
    ['a header changed after signing', { tamper: { headers: { 'x-acs-action': 'DeleteImage' } } }, 400, 'SignatureDoesNotMatch'],
    ['a query parameter changed after signing', { tamper: { params: { Title: 'other' } } }, 400, 'SignatureDoesNotMatch'],
    [
      'a body other than the one hashed',
      { params: {}, body: 'ImageType=default', bodyHashOf: 'ImageType=cover' },
      400,
      'SignatureDoesNotMatch'
    ],
    [
      'an x-acs-* header left out of SignedHeaders',
      { headers: { 'x-acs-extra': '1' }, unsigned: ['x-acs-extra'] },
      400,
      'IncompleteSignature'
    ],
    ['host left out of SignedHeaders', { unsigned: ['host'] }, 400, 'IncompleteSignature'],
    ['an unknown key', { key: { id: 'LTAInobody', secret: 'x' } }, 404, 'InvalidAccessKeyId.NotFound'],
    ['a wrong secret', { key: { id: 'LTAIemulatorKeyId', secret: 'wrong' } }, 400, 'SignatureDoesNotMatch'],
    ['an STS key without its token', { key: { id: STS_KEY.id, secret: STS_KEY.secret } }, 400, 'InvalidSecurityToken.Mismatch'],
    ['another token for the key', { key: { ...STS_KEY, securityToken: 'not-its-token' } }, 400, 'InvalidSecurityToken.Mismatch'],
    ['a session that has ended', { key: ENDED_KEY }, 400, 'InvalidSecurityToken.Expired'],
    ['x-acs-date 16 minutes off', { now: Date.now() - 16 * 60_000 }, 400, 'InvalidTimeStamp.Expired'],
    ['another API version', { headers: { 'x-acs-version': '2014-05-26' } }, 400, 'InvalidVersion']
  ]
  it.each(refused)('refuses %s', async (_name, options, status, code) => {
    const answer = await v3VodRequest(strict, { params: { ImageType: 'default', Title: 'x' }, ...options })
    expect({ status: answer.status, code: answer.json.Code }).toEqual({ status, code })
    expect(strict.images.size).toBe(0)
  })

  it('echoes its string to sign on a signature mismatch, as the real service does', async () => {
    const answer = await v3VodRequest(strict, { key: { id: 'LTAIemulatorKeyId', secret: 'wrong' } })
    expect(answer.json.Message).toMatch(/server string to sign is:ACS3-HMAC-SHA256\n[0-9a-f]{64}$/)
  })

  it('refuses a nonce used before with the same key', async () => {
    expect((await v3VodRequest(strict, { nonce: 'once-only' })).status).toBe(200)
    const again = await v3VodRequest(strict, { nonce: 'once-only' })
    expect({ status: again.status, code: again.json.Code }).toEqual({ status: 400, code: 'SignatureNonceUsed' })
  })
})

describe('V2 requests', () => {
  it('are refused by default, recorded as v2', async () => {
    const answer = await rawVodRequest(strict, { ...commonParams(strict.accessKey, Date.now()), ImageType: 'default' })
    expect({ status: answer.status, code: answer.json.Code }).toEqual({ status: 400, code: 'UnsupportedSignatureVersion' })
    expect(strict.images.size).toBe(0)
    expect(strict.requests.at(-1)).toMatchObject({ service: 'vod', signature: 'v2', accessKeyId: strict.accessKey.id, status: 400 })
  })

  it('are accepted with acceptRpcV2, as is V3', async () => {
    const v2 = await rawVodRequest(withV2, { ...commonParams(withV2.accessKey, Date.now()), ImageType: 'default' })
    const v3 = await v3VodRequest(withV2)
    expect([v2.status, v3.status]).toEqual([200, 200])
    expect(withV2.requests.map(r => r.signature)).toEqual(['v2', 'v3'])
  })
})
