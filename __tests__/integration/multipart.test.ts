/** Files above multipart-threshold go up in parts, each with its Content-MD5, against the emulator. */
import { describe, expect, it } from '@jest/globals'
import { png, pngOfSize } from '../../testkit/images.js'
import { useEmulator, useWorkspace, runAgainst } from '../helpers/action.js'

const emulator = useEmulator()
const ws = useWorkspace({ 'big.png': pngOfSize(1024 * 1024 + 12345, 3), 'small.png': png() })

function run(inputs: Record<string, string> = {}) {
  return runAgainst(emulator(), { workspace: ws().dir, inputs: { path: '*.png', 'multipart-threshold': '256KiB', ...inputs } })
}

const imageOf = (title: string) => [...emulator().images.values()].find(r => r.title === title)!

describe('multipart upload', () => {
  it('puts a file above the threshold in parts, byte for byte, and a small one whole', async () => {
    const result = await run()
    expect(result.exitCode).toBe(0)
    const big = emulator().objectForImage(imageOf('big').imageId)!
    expect(big.multipart).toBe(true)
    expect(big.body.equals(pngOfSize(1024 * 1024 + 12345, 3))).toBe(true)
    expect(emulator().objectForImage(imageOf('small').imageId)!.multipart).toBe(false)
    const parts = emulator().requests.filter(r => r.ossOperation === 'UploadPart')
    expect(parts).toHaveLength(5)
    expect(parts.every(r => r.status === 200)).toBe(true)
  })

  it('sends 4 parts of a file at once, even at concurrency 1: the connection pool has room for every part in flight', async () => {
    emulator().setLatency({ vod: 0, oss: 200 })
    try {
      const result = await run({ concurrency: '1' })
      expect(result.exitCode).toBe(0)
      expect(emulator().stats().oss.maxInFlight).toBe(4)
    } finally {
      emulator().setLatency(0)
    }
  })

  it('sends 4 parts of each file at once at concurrency 2: no part waits for a socket, none is retried', async () => {
    await ws().write('big2.png', pngOfSize(1024 * 1024 + 12345, 4))
    emulator().setLatency({ vod: 0, oss: 400 })
    try {
      const result = await run({ concurrency: '2' })
      expect(result.exitCode).toBe(0)
      expect(emulator().stats().oss.maxInFlight).toBe(2 * 4)
      const parts = emulator().requests.filter(r => r.ossOperation === 'UploadPart')
      expect(parts).toHaveLength(2 * 5)
      expect(parts.every(r => r.status === 200)).toBe(true)
    } finally {
      emulator().setLatency(0)
    }
  })

  it('retries only the part that failed', async () => {
    let failures = 1
    emulator().setFaults({
      oss: {
        rule: ctx =>
          ctx.method === 'PUT' && ctx.key?.includes('?') === false && ctx.image?.title === 'big' && failures-- > 0 ? 'http503' : undefined
      }
    })
    const result = await run()
    expect(result.exitCode).toBe(0)
    expect(emulator().requests.filter(r => r.ossOperation === 'InitiateMultipartUpload')).toHaveLength(1)
    expect(emulator().requests.filter(r => r.ossOperation === 'UploadPart' && r.status === 200)).toHaveLength(5)
    expect(emulator().requests.filter(r => r.fault === 'http503')).toHaveLength(1)
    expect(emulator().images.size).toBe(2)
  })

  it('gives up on a part after retries + 1 attempts, starts no more parts, aborts the upload and deletes the ImageId', async () => {
    // Part 1 always fails, every other part succeeds: only part 1 is retried.
    const partsTried: string[] = []
    emulator().setFaults({
      oss: {
        rule: ctx => {
          if (ctx.image?.title !== 'big' || ctx.method !== 'PUT' || ctx.query?.partNumber === undefined) return undefined
          partsTried.push(ctx.query.partNumber)
          return ctx.query.partNumber === '1' ? 'http503' : undefined
        }
      }
    })
    const result = await run({ retries: '2' })
    const big = imageOf('big')
    expect(result.exitCode).toBe(1)
    expect(emulator().requests.filter(r => r.ossOperation === 'InitiateMultipartUpload')).toHaveLength(1)
    expect(partsTried.filter(part => part === '1')).toHaveLength(2 + 1)
    const others = partsTried.filter(part => part !== '1')
    expect(new Set(others).size).toBe(others.length)
    expect(emulator().requests.filter(r => r.fault === 'http503')).toHaveLength(2 + 1)
    const operations = emulator().requests.map(r => r.ossOperation)
    expect(operations.filter(op => op === 'UploadPart')).toHaveLength(partsTried.length)
    expect(operations.filter(op => op === 'AbortMultipartUpload')).toHaveLength(1)
    // Every part had settled before the abort: OSS would keep a part that arrives after it.
    expect(operations.lastIndexOf('UploadPart')).toBeLessThan(operations.indexOf('AbortMultipartUpload'))
    expect(big.deleted).toBe(true)
  })
})
