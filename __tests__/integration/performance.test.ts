/**
 * Concurrency is exact and connections are reused, proven by the emulator's own counters, over HTTP
 * and over HTTPS (where every new connection costs a TLS handshake). Speed and memory are measured
 * by `npm run bench`, not here.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import { png } from '../../testkit/images.js'
import { makeWorkspace, runInProcess, trustCa, type Workspace, emulatorInputs } from '../helpers/action.js'

let ws: Workspace

beforeAll(async () => {
  const files: Record<string, Buffer> = {}
  for (let i = 0; i < 100; i++) files[`shots/${String(i).padStart(3, '0')}.png`] = png(4, 4, i + 1)
  ws = await makeWorkspace(files)
})

afterAll(async () => {
  await ws.remove()
})

describe.each([
  ['HTTP', false],
  ['HTTPS', true]
])('over %s', (_scheme, tls) => {
  let emulator: Emulator
  let untrust = (): void => undefined

  beforeAll(async () => {
    // A little latency makes requests overlap, so that a pool that allowed more than N would show it.
    emulator = await startEmulator({ latencyMs: 10, tls })
    if (emulator.ca) untrust = trustCa(emulator.ca)
  })

  afterAll(async () => {
    untrust()
    await emulator.close()
  })

  beforeEach(() => {
    emulator.reset()
  })

  afterEach(() => {
    emulator.setFaults(undefined)
    emulator.setLatency(10)
  })

  function run(concurrency: number, inputs: Record<string, string> = {}) {
    return runInProcess({
      workspace: ws.dir,
      inputs: {
        ...inputs,
        path: 'shots/*.png',
        concurrency: String(concurrency),
        ...emulatorInputs(emulator)
      }
    })
  }

  describe('bounded concurrency', () => {
    it.each([3, 16])(
      'with concurrency %i, exactly that many images are in flight at the most, and that many are reached',
      async concurrency => {
        // A slow first answer: every worker has started its image before any answer comes back.
        emulator.setLatency({ vod: 100, oss: 10 })
        // Without a request rate: at 72 calls per second, 100 ms answers keep only about 8 calls in flight.
        const result = await run(concurrency, { 'requests-per-second': 'off' })
        expect(result.exitCode).toBe(0)
        const stats = emulator.stats()
        expect(stats.maxOpenImages).toBe(concurrency)
        // Beside the images, one status lookup (GetImageInfos) at a time.
        expect(stats.vod.maxInFlight).toBeLessThanOrEqual(concurrency + 1)
        expect(stats.oss.maxInFlight).toBeLessThanOrEqual(concurrency)
      }
    )
  })

  describe('connection reuse', () => {
    it.each([2, 8])('100 images at concurrency %i open at most concurrency + 2 connections per service', async concurrency => {
      const result = await run(concurrency)
      expect(result.exitCode).toBe(0)
      expect(result.outputs['uploaded-count']).toBe('100')
      const { vod, oss } = emulator.stats()
      expect(vod.connections).toBeLessThanOrEqual(concurrency + 2)
      expect(oss.connections).toBeLessThanOrEqual(concurrency + 2)
      // 100 CreateUploadImage and 5 GetImageInfos (the new images' status, 20 ids a call).
      expect(vod.requests).toBe(105)
      expect(oss.requests).toBe(100)
      // Over TLS a connection is one handshake: reuse shows as few handshakes for many requests.
      expect(vod.handshakes).toBe(tls ? vod.connections : 0)
      expect(oss.handshakes).toBe(tls ? oss.connections : 0)
      expect(emulator.requests.every(r => r.secure === tls && (r.service === 'vod' || r.signature === 'v4'))).toBe(true)
    })
  })
})
