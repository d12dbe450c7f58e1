/** A run against VOD's flow control: every image uploaded at the service's pace, throttling reported. */
import { describe, expect, it } from '@jest/globals'
import { png } from '../../testkit/images.js'
import { useEmulator, useWorkspace, type ActionRun, imagesOf, runAgainst } from '../helpers/action.js'

const emulator = useEmulator({ seed: 3 })
const ws = useWorkspace()

async function writeImages(count: number): Promise<void> {
  for (let i = 0; i < count; i++) await ws().write(`shots/${String(i).padStart(3, '0')}.png`, png(4, 4, i + 1))
}

function run(inputs: Record<string, string>): Promise<ActionRun> {
  return runAgainst(emulator(), { workspace: ws().dir, inputs: { path: 'shots/*.png', ...inputs } })
}

function throttlingLines(result: ActionRun): string[] {
  return result.stdout.split('\n').filter(line => line.includes('VOD throttled'))
}

describe('VOD flow control', () => {
  it('uploads every image when the rate asked for is above the limit, with no retries to spare, and says how often it was throttled', async () => {
    await writeImages(40)
    emulator().setFlowControl({ callsPerSecond: 10 })
    const result = await run({ concurrency: '32', 'requests-per-second': '40', retries: '0' })

    const images = imagesOf(result)
    expect(images.map(image => image.status)).toEqual(Array(40).fill('uploaded'))
    expect(result.exitCode).toBe(0)
    const throttled = emulator().stats().throttledCalls
    expect(throttled).toBeGreaterThan(0)
    expect(images.reduce((sum, image) => sum + image.throttledCalls, 0)).toBe(throttled)
    expect((result.results as ReturnType<typeof imagesOf>).map(image => image.throttledCalls)).toEqual(
      images.map(image => image.throttledCalls)
    )
    const lines = throttlingLines(result)
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(
      new RegExp(
        `^VOD throttled ${throttled} of ${40 + throttled} calls \\(.+%\\); the run slowed down and settled at [0-9.]+ calls per second \\(requests-per-second: 40\\)\\.$`
      )
    )
    expect(result.summary).toContain(`VOD throttled ${throttled} of ${40 + throttled} calls`)
  })

  it('waits as long as x-acs-retry-after asks, and uploads everything', async () => {
    await writeImages(12)
    emulator().setFlowControl({ callsPerSecond: 4, retryAfterMs: 300 })
    const result = await run({ concurrency: '12', 'requests-per-second': '50', retries: '0' })
    expect(result.exitCode).toBe(0)
    expect(JSON.parse(result.outputs['uploaded-count'])).toBe(12)
    expect(emulator().stats().throttledCalls).toBeGreaterThan(0)
  })

  it('never goes past the rate asked for: below the limit, nothing is throttled', async () => {
    await writeImages(12)
    emulator().setFlowControl({ callsPerSecond: 8 })
    const result = await run({ concurrency: '12', 'requests-per-second': '6' })
    expect(result.exitCode).toBe(0)
    expect(emulator().stats().throttledCalls).toBe(0)
    expect(throttlingLines(result)).toEqual([])
    expect(result.summary).not.toContain('throttled')
  })

  it('stops, as for a service that is down, when every call is throttled for timeout × (retries + 1)', async () => {
    await writeImages(6)
    emulator().setFaults({ vod: { rule: ctx => (ctx.action === 'CreateUploadImage' ? 'throttle' : undefined) } })
    const result = await run({ concurrency: '2', timeout: '1', retries: '0' })
    expect(result.exitCode).toBe(1)
    const images = imagesOf(result)
    expect(images.every(image => image.status === 'failed')).toBe(true)
    const codes = new Set(images.map(image => image.error?.code))
    expect([...codes].every(code => code === 'Throttling.User' || code === 'NotAttempted')).toBe(true)
    expect(codes.has('NotAttempted')).toBe(true)
    expect(images.find(image => image.error?.code === 'Throttling.User')?.error?.message).toMatch(
      /No VOD call of the run succeeded for timeout × \(retries \+ 1\): given up/
    )
  })

  it('with requests-per-second off, a throttled call uses the retries like any transient failure', async () => {
    await writeImages(1)
    emulator().setFaults({ vod: { rule: ctx => (ctx.action === 'CreateUploadImage' ? 'throttle' : undefined) } })
    const result = await run({ 'requests-per-second': 'off', retries: '2' })
    expect(result.exitCode).toBe(1)
    expect(emulator().requests.filter(r => r.action === 'CreateUploadImage')).toHaveLength(3)
  })
})
