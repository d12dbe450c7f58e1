/**
 * Every OSS request the action sends is V4-signed with Content-MD5, simple and multipart alike; V1
 * gets the 2026 service's refusal, explained; `oss-signature-version: v1` still works where V1 is
 * accepted.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import { png, pngOfSize } from '../../testkit/images.js'
import { useWorkspace, runAgainst } from '../helpers/action.js'

let strict: Emulator
let withV1: Emulator

beforeAll(async () => {
  strict = await startEmulator()
  withV1 = await startEmulator({ acceptV1Signatures: true })
})

afterAll(async () => {
  await Promise.all([strict.close(), withV1.close()])
})

beforeEach(() => {
  strict.reset()
  strict.setFaults(undefined)
  withV1.reset()
})

const ws = useWorkspace({ 'big.png': pngOfSize(400 * 1024, 5), 'small.png': png(6, 6, 2) })

function run(emulator: Emulator, inputs: Record<string, string> = {}) {
  return runAgainst(emulator, { workspace: ws().dir, inputs: { path: '*.png', 'multipart-threshold': '256KiB', ...inputs } })
}

const ossRequests = (emulator: Emulator) => emulator.requests.filter(r => r.service === 'oss')

describe('OSS signature version', () => {
  it('signs every request V4 with Content-MD5 by default: put, initiate, parts, complete', async () => {
    const result = await run(strict)
    expect(result.exitCode).toBe(0)
    expect(result.outputs['uploaded-count']).toBe('2')
    const requests = ossRequests(strict)
    expect(requests.map(r => r.ossOperation).sort()).toEqual([
      'CompleteMultipartUpload',
      'InitiateMultipartUpload',
      'PutObject',
      'UploadPart',
      'UploadPart'
    ])
    expect(requests.every(r => r.signature === 'v4' && r.contentMd5 === true && r.status === 200)).toBe(true)
  })

  it('aborts a failed multipart upload with a V4-signed request, Content-MD5 included', async () => {
    strict.setFaults({ oss: { rule: ctx => (ctx.method === 'PUT' && ctx.image?.title === 'big' ? 'accessDenied' : undefined) } })
    const result = await run(strict)
    expect(result.exitCode).toBe(1)
    const abort = ossRequests(strict).filter(r => r.ossOperation === 'AbortMultipartUpload')
    expect(abort).toHaveLength(1)
    expect(abort[0]).toMatchObject({ signature: 'v4', contentMd5: true, status: 204 })
  })

  it('with oss-signature-version v1, gets the real refusal (403 AccessDenied, EC 0002-00000080) and says V4 is needed', async () => {
    const result = await run(strict, { 'oss-signature-version': 'v1', 'multipart-threshold': '1MiB' })
    expect(result.exitCode).toBe(1)
    expect(ossRequests(strict).every(r => r.signature === 'v1' && r.status === 403 && r.code === 'AccessDenied')).toBe(true)
    expect(result.stdout).toContain('upload failed: AccessDenied (HTTP 403')
    expect(result.stdout).toContain('OSS refused the V1 signature (EC 0002-00000080)')
    expect(result.stdout).toContain('V4 is needed; set oss-signature-version to v4 (the default)')
    expect(result.outputs['failed-count']).toBe('2')
  })

  it('with oss-signature-version v1, uploads where V1 is still accepted', async () => {
    const result = await run(withV1, { 'oss-signature-version': 'v1' })
    expect(result.exitCode).toBe(0)
    expect(result.outputs['uploaded-count']).toBe('2')
    const requests = ossRequests(withV1)
    expect(requests).toHaveLength(5)
    expect(requests.every(r => r.signature === 'v1' && r.contentMd5 === true && r.status === 200)).toBe(true)
  })

  it('refuses an unknown oss-signature-version before any request', async () => {
    const result = await run(strict, { 'oss-signature-version': 'v2' })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain('Input "oss-signature-version": must be one of "v4", "v1"; got "v2"')
    expect(strict.requests).toEqual([])
  })
})
