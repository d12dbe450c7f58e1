/**
 * The failures of the real network path, over HTTPS: a hung TLS connection times out and is retried,
 * a reset TLS connection is retried, and a 5xx on a kept-alive TLS connection leaves it in use.
 */
import { describe, expect, it } from '@jest/globals'
import type { FaultKind } from '../../emulator/index.js'
import { png } from '../../testkit/images.js'
import { useEmulator, useWorkspace, runAgainst } from '../helpers/action.js'

const emulator = useEmulator({ tls: true, seed: 3 })
const ws = useWorkspace({ 'shots/a.png': png(8, 8, 1), 'shots/b.png': png(8, 8, 2) })

function run(inputs: Record<string, string> = {}) {
  return runAgainst(emulator(), { workspace: ws().dir, inputs: { path: 'shots/*.png', ...inputs } })
}

describe('over HTTPS', () => {
  it.each<[string, 'vod' | 'oss', FaultKind]>([
    ['a hung OSS answer times out and the PUT is retried', 'oss', 'hang'],
    ['a hung VOD answer times out and the call is retried', 'vod', 'hang'],
    ['a reset OSS connection is retried', 'oss', 'reset'],
    ['a 503 from OSS is retried', 'oss', 'http503']
  ])('%s', async (_name, service, fault) => {
    let left = 1
    emulator().setFaults({ [service]: { rule: () => (left-- > 0 ? fault : undefined) } })
    const result = await run({ timeout: '1', retries: '2', concurrency: '1' })
    expect(result.exitCode).toBe(0)
    expect(result.outputs['uploaded-count']).toBe('2')
    const records = emulator().requests
    expect(records.filter(r => r.fault === fault)).toHaveLength(1)
    expect(records.every(r => r.secure)).toBe(true)
    expect(records.filter(r => r.service === 'oss' && r.status === 200).every(r => r.signature === 'v4')).toBe(true)
    const stats = emulator().stats()
    // Each connection costs one handshake; the failed one is replaced, the others are reused.
    expect(stats.vod.handshakes).toBe(stats.vod.connections)
    expect(stats.oss.handshakes).toBe(stats.oss.connections)
    expect(stats.vod.connections + stats.oss.connections).toBe(fault === 'http503' ? 2 : 3)
  })
})
