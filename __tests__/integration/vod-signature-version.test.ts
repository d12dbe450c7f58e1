/**
 * Every VOD call is V3-signed (ACS3-HMAC-SHA256) by default, over HTTP and HTTPS, with an STS token
 * in x-acs-security-token; `vod-signature-version: v2` still works where V2 is accepted and, where it
 * is not, the failure names the input.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import { png } from '../../testkit/images.js'
import { imagesOf, runAgainst, useEmulator, useWorkspace } from '../helpers/action.js'

const STS_KEY = { id: 'STS.v3KeyId', secret: 'v3+key/secret=', securityToken: 'CAIS+v3/token==' }

let strict: Emulator
let withV2: Emulator

beforeAll(async () => {
  strict = await startEmulator({ accessKeys: [{ id: 'LTAIemulatorKeyId', secret: 'emulator-access-key-secret' }, STS_KEY] })
  withV2 = await startEmulator({ acceptRpcV2: true })
})
afterAll(() => Promise.all([strict.close(), withV2.close()]))
beforeEach(() => {
  strict.reset()
  withV2.reset()
})

const ws = useWorkspace({ 'shots/a.png': png(8, 8, 1), 'shots/b.png': png(8, 8, 2) })

function run(emulator: Emulator, inputs: Record<string, string> = {}) {
  return runAgainst(emulator, { workspace: ws().dir, inputs: { path: 'shots/*.png', ...inputs } })
}

/** The signature of each VOD request: a run of two new images sends 2 CreateUploadImage and 1 GetImageInfos (their status). */
const vodSignatures = (emulator: Emulator) => emulator.requests.filter(r => r.service === 'vod').map(r => r.signature)

describe('vod-signature-version', () => {
  it('signs every VOD call V3 by default', async () => {
    const result = await run(strict)
    expect(result.exitCode).toBe(0)
    expect(result.outputs['uploaded-count']).toBe('2')
    expect(vodSignatures(strict)).toEqual(['v3', 'v3', 'v3'])
  })

  it('sends an STS token in x-acs-security-token, the only place a V3 request carries it', async () => {
    const keys = { 'access-key-id': STS_KEY.id, 'access-key-secret': STS_KEY.secret }
    const right = await run(strict, { ...keys, 'security-token': STS_KEY.securityToken })
    expect(right.exitCode).toBe(0)
    expect(vodSignatures(strict)).toEqual(['v3', 'v3', 'v3'])
    strict.reset()
    const wrong = await run(strict, { ...keys, 'security-token': 'CAIS+another/token==' })
    expect(wrong.exitCode).toBe(1)
    expect(imagesOf(wrong).map(image => image.error?.code)).toEqual(['InvalidSecurityToken.Mismatch', 'InvalidSecurityToken.Mismatch'])
  })

  it('with v2, signs V2 and uploads where V2 is accepted', async () => {
    const result = await run(withV2, { 'vod-signature-version': 'v2' })
    expect(result.exitCode).toBe(0)
    expect(result.outputs['uploaded-count']).toBe('2')
    expect(vodSignatures(withV2)).toEqual(['v2', 'v2', 'v2'])
  })

  it('with v2 where only V3 is accepted, fails each file naming vod-signature-version', async () => {
    const result = await run(strict, { 'vod-signature-version': 'v2' })
    expect(result.exitCode).toBe(1)
    expect(vodSignatures(strict)).toEqual(['v2', 'v2'])
    for (const image of imagesOf(result)) {
      expect(image.error?.code).toBe('UnsupportedSignatureVersion')
      expect(image.error?.message).toMatch(/^the call was signed V2 \(vod-signature-version: v2\).*set vod-signature-version to v3/)
    }
    expect(result.stdout).toContain('set vod-signature-version to v3 (the default)')
  })

  it('refuses an unknown vod-signature-version before any request', async () => {
    const result = await run(strict, { 'vod-signature-version': 'V3' })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain('Input "vod-signature-version": must be one of "v3", "v2"; got "V3"')
    expect(strict.requests).toEqual([])
  })
})

describe('vod-signature-version over HTTPS', () => {
  const tls = useEmulator({ tls: true })

  it('signs every VOD call V3 over TLS too', async () => {
    const result = await run(tls())
    expect(result.exitCode).toBe(0)
    const vod = tls().requests.filter(r => r.service === 'vod')
    expect(vod.map(r => [r.signature, r.secure, r.status])).toEqual([
      ['v3', true, 200],
      ['v3', true, 200],
      ['v3', true, 200]
    ])
  })
})
