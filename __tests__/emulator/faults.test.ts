import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { startEmulator, type Emulator, type FaultKind, type RequestRecord } from '../../emulator/index.js'
import { rejectionOf } from '../helpers/rejection.js'
import { createUploadImage, ossClientFor, signedOssRequest, until, vodClient, type PopCoreError } from './helpers.js'

interface CaughtError {
  name?: string
  code?: string
  status?: number
  entry?: PopCoreError['entry']
}

const NETWORK_ERROR_CODES = ['ECONNRESET', 'EPIPE', 'ResponseError', 'RequestError', 'SocketHangUpError']

function createImageCall(emulator: Emulator): Promise<unknown> {
  return vodClient(emulator).request('CreateUploadImage', { ImageType: 'default' }, { method: 'POST', timeout: 30_000 })
}

describe('fault kinds', () => {
  let emulator: Emulator

  beforeAll(async () => {
    emulator = await startEmulator({ acceptRpcV2: true })
  })
  afterEach(() => emulator.setFaults(undefined))
  afterAll(() => emulator.close())

  const vodShapes: Array<[FaultKind, number, string]> = [
    ['http503', 503, 'ServiceUnavailable'],
    ['internalError', 500, 'InternalError'],
    ['throttle', 400, 'Throttling.User'],
    ['expiredToken', 400, 'InvalidSecurityToken.Expired'],
    ['accessDenied', 403, 'Forbidden.RAM'],
    ['skewed', 400, 'InvalidTimeStamp.Expired']
  ]
  it.each(vodShapes)('VOD %s answers %i %s as JSON', async (kind, status, code) => {
    emulator.setFaults({ vod: { rule: () => kind } })
    const error = await rejectionOf<CaughtError>(createImageCall(emulator))
    expect(error.code).toBe(code)
    expect(error.entry?.response.statusCode).toBe(status)
    expect(emulator.requests.at(-1)).toMatchObject({ service: 'vod', action: 'CreateUploadImage', fault: kind, status, code })
  })

  it('VOD html502 answers an HTML page, which pop-core fails to parse', async () => {
    emulator.setFaults({ vod: { rule: () => 'html502' } })
    const error = await rejectionOf<CaughtError>(createImageCall(emulator))
    expect(error.name).toBe('SyntaxError')
    expect(emulator.requests.at(-1)).toMatchObject({ fault: 'html502', status: 502 })
  })

  it('VOD reset destroys the connection', async () => {
    emulator.setFaults({ vod: { rule: () => 'reset' } })
    const error = await rejectionOf<CaughtError>(createImageCall(emulator))
    expect(NETWORK_ERROR_CODES).toContain(error.code ?? error.name)
    expect(emulator.requests.at(-1)).toMatchObject({ fault: 'reset', status: 0 })
  })

  /** What ali-oss makes of one injected OSS fault, and the request the emulator recorded for it. */
  async function ossFailure(kind: FaultKind): Promise<CaughtError> {
    const { address, auth } = await createUploadImage(emulator)
    emulator.setFaults({ oss: { rule: () => kind } })
    const error = await rejectionOf<CaughtError>(ossClientFor(address, auth).put(address.FileName, randomBytes(2048)))
    expect(emulator.requests.at(-1)).toMatchObject({ service: 'oss', ossOperation: 'PutObject', fault: kind })
    return error
  }

  it.each<[FaultKind, number, string]>([
    ['http503', 503, 'ServiceUnavailable'],
    ['internalError', 500, 'InternalError'],
    ['throttle', 503, 'ServiceUnavailable'],
    ['expiredToken', 403, 'SecurityTokenExpired'],
    ['accessDenied', 403, 'AccessDenied'],
    ['skewed', 403, 'RequestTimeTooSkewed']
  ])('OSS %s gives ali-oss status %i, code %s', async (kind, status, code) => {
    expect(await ossFailure(kind)).toMatchObject({ status, code })
  })

  it.each<[FaultKind, number]>([
    ['html502', 502],
    ['reset', -1]
  ])('OSS %s (no OSS error document) gives ali-oss status %i', async (kind, status) => {
    expect((await ossFailure(kind)).status).toBe(status)
  })

  it('a rule can target one object key', async () => {
    const spared = await createUploadImage(emulator)
    const targeted = await createUploadImage(emulator)
    emulator.setFaults({ oss: { rule: ctx => (ctx.key === targeted.address.FileName ? 'http503' : undefined) } })

    await ossClientFor(spared.address, spared.auth).put(spared.address.FileName, randomBytes(10))
    const error = await rejectionOf<CaughtError>(
      ossClientFor(targeted.address, targeted.auth).put(targeted.address.FileName, randomBytes(10))
    )

    expect(error.status).toBe(503)
    expect(emulator.images.get(spared.response.ImageId)?.uploaded).toBe(true)
    expect(emulator.images.get(targeted.response.ImageId)?.uploaded).toBe(false)
  })

  it('a rule sees the image a request concerns and the request number', async () => {
    const { response, address, auth } = await createUploadImage(emulator)
    const seen: Array<{ imageId?: string; requestNumber: number }> = []
    emulator.setFaults({ oss: { rule: ctx => void seen.push({ imageId: ctx.image?.imageId, requestNumber: ctx.requestNumber }) } })
    await ossClientFor(address, auth).put(address.FileName, randomBytes(10))
    expect(seen).toHaveLength(1)
    expect(seen[0]?.imageId).toBe(response.ImageId)
    expect(seen[0]?.requestNumber).toBe(emulator.stats().oss.requests)
  })

  it('a rule sees the query of an OSS request: one part of a multipart upload can be picked', async () => {
    const { address, auth } = await createUploadImage(emulator)
    const seen: Array<Readonly<Record<string, string>> | undefined> = []
    emulator.setFaults({ oss: { rule: ctx => void seen.push(ctx.query) } })
    await signedOssRequest(address, auth, { method: 'PUT', query: { partNumber: '3', uploadId: 'not-started' }, body: 'x' })
    await ossClientFor(address, auth).put(address.FileName, randomBytes(10))
    expect(seen).toEqual([{ partNumber: '3', uploadId: 'not-started' }, {}])
  })

  it('limits rate-based VOD faults to the listed actions', async () => {
    emulator.setFaults({ vod: { rate: 1, actions: ['DeleteImage'] } })
    await expect(createUploadImage(emulator)).resolves.toBeDefined()
    const error = await rejectionOf<CaughtError>(
      vodClient(emulator).request('DeleteImage', { DeleteImageType: 'ImageId', ImageIds: 'x' }, { method: 'POST' })
    )
    expect(error.code).toBe('ServiceUnavailable')
  })
})

describe('rate-based faults', () => {
  async function faultSequence(seed: number, calls: number): Promise<Array<FaultKind | undefined>> {
    const emulator = await startEmulator({ acceptRpcV2: true, seed, faults: { vod: { rate: 0.5, kinds: ['http503', 'throttle'] } } })
    try {
      for (let call = 0; call < calls; call += 1) await createImageCall(emulator).catch(() => undefined)
      return emulator.requests.map((record: RequestRecord) => record.fault)
    } finally {
      await emulator.close()
    }
  }

  it('replays the same faults for the same seed, and others for another seed', async () => {
    const first = await faultSequence(7, 24)
    const again = await faultSequence(7, 24)
    const other = await faultSequence(8, 24)

    expect(again).toEqual(first)
    expect(other).not.toEqual(first)
    expect(first).toContain('http503')
    expect(first).toContain('throttle')
    expect(first).toContain(undefined)
  })

  it('starts the sequence again after reset()', async () => {
    const emulator = await startEmulator({ acceptRpcV2: true, seed: 3, faults: { vod: { rate: 0.5 } } })
    try {
      for (let call = 0; call < 10; call += 1) await createImageCall(emulator).catch(() => undefined)
      const before = emulator.requests.map(record => record.fault)
      emulator.reset()
      for (let call = 0; call < 10; call += 1) await createImageCall(emulator).catch(() => undefined)
      expect(emulator.requests.map(record => record.fault)).toEqual(before)
    } finally {
      await emulator.close()
    }
  })
})

describe('hang, latency and close()', () => {
  it('close() ends hung VOD and OSS requests', async () => {
    const emulator = await startEmulator({ acceptRpcV2: true })
    const { address, auth } = await createUploadImage(emulator)
    emulator.setFaults({ vod: { rule: () => 'hang' }, oss: { rule: () => 'hang' } })

    const vodCall = rejectionOf<CaughtError>(createImageCall(emulator))
    const ossCall = rejectionOf<CaughtError>(ossClientFor(address, auth).put(address.FileName, randomBytes(300 * 1024)))
    await until(() => emulator.stats().vod.inFlight === 1 && emulator.stats().oss.inFlight === 1, 'both requests to hang')
    expect(emulator.requests.filter(record => record.fault === 'hang')).toHaveLength(2)

    await emulator.close()

    expect(NETWORK_ERROR_CODES).toContain((await vodCall).code ?? (await vodCall).name)
    expect((await ossCall).status).toBe(-1)
  })

  it('close() cancels pending latency', async () => {
    const emulator = await startEmulator({ acceptRpcV2: true, latencyMs: { vod: 600_000 } })
    const call = rejectionOf<CaughtError>(createImageCall(emulator))
    await until(() => emulator.stats().vod.inFlight === 1, 'the request to arrive')
    await emulator.close()
    const error = await call
    expect(NETWORK_ERROR_CODES).toContain(error.code ?? error.name)
  })

  it('counts connections, requests and the most requests in flight at once', async () => {
    const emulator = await startEmulator({
      acceptRpcV2: true,
      faults: { vod: { rule: ctx => (ctx.requestNumber <= 4 ? 'hang' : undefined) } }
    })
    const client = vodClient(emulator)
    const calls = Array.from({ length: 4 }, () =>
      rejectionOf<CaughtError>(client.request('CreateUploadImage', { ImageType: 'default' }, { method: 'POST', timeout: 30_000 }))
    )
    await until(() => emulator.stats().vod.inFlight === 4, 'four requests in flight')
    expect(emulator.stats().vod).toEqual({ connections: 4, handshakes: 0, resumedSessions: 0, requests: 4, inFlight: 4, maxInFlight: 4 })
    await emulator.close()
    await Promise.all(calls)
  })

  it('serves sequential requests on one kept-alive connection', async () => {
    const emulator = await startEmulator({ acceptRpcV2: true, latencyMs: 1 })
    try {
      const client = vodClient(emulator)
      for (let call = 0; call < 3; call += 1) await client.request('CreateUploadImage', { ImageType: 'default' }, { method: 'POST' })
      await until(() => emulator.stats().vod.inFlight === 0, 'the last answer to finish')
      expect(emulator.stats().vod).toEqual({ connections: 1, handshakes: 0, resumedSessions: 0, requests: 3, inFlight: 0, maxInFlight: 1 })
      expect(emulator.stats().maxOpenImages).toBe(3)
    } finally {
      await emulator.close()
    }
  })
})

describe('expired credentials', () => {
  it('a predicate picks which images get an expired credential', async () => {
    const emulator = await startEmulator({ acceptRpcV2: true, expiredCredentials: image => image.title === 'stale' })
    try {
      const stale = await createUploadImage(emulator, { ImageType: 'default', Title: 'stale' })
      const fresh = await createUploadImage(emulator, { ImageType: 'default', Title: 'fresh' })
      expect(stale.auth.Expiration).toBe('0')
      expect(fresh.auth.Expiration).toBe('3000')
      const error = await rejectionOf<CaughtError>(ossClientFor(stale.address, stale.auth).put(stale.address.FileName, randomBytes(10)))
      expect(error).toMatchObject({ code: 'SecurityTokenExpired', status: 403 })
      await ossClientFor(fresh.address, fresh.auth).put(fresh.address.FileName, randomBytes(10))
    } finally {
      await emulator.close()
    }
  })

  it('a credential expires when the injected clock passes its lifetime', async () => {
    let now = Date.now()
    const emulator = await startEmulator({ acceptRpcV2: true, clock: () => now, credentialLifetimeSeconds: 60 })
    try {
      const { address, auth } = await createUploadImage(emulator)
      expect(auth.Expiration).toBe('60')
      now += 61_000
      const error = await rejectionOf<CaughtError>(ossClientFor(address, auth).put(address.FileName, randomBytes(10)))
      expect(error).toMatchObject({ code: 'SecurityTokenExpired', status: 403 })
    } finally {
      await emulator.close()
    }
  })
})
