/**
 * The bench's deletion section: delete-removed of many stale entries (this repository's own, marked
 * images) against the emulator with VOD's documented per-API limits on. How long the lookups
 * (GetImageInfos, 20 ids a call) and the deletions (DeleteImage, 20 ids a call) took, and the
 * calls per second each reached against its limit.
 */
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { DOCUMENTED_FLOW_LIMITS, type Emulator, type RequestRecord } from '../emulator/index.js'
import { png } from '../testkit/images.js'
import { credentials, runWithUsage, smallImages } from './bench-scale.js'

interface DeletionOptions {
  entries: number
  latencyMs: number
}

const MANIFEST = 'vod.json'

export async function deletions(emulator: Emulator, options: DeletionOptions): Promise<void> {
  console.log(
    `\n### Deletions: ${options.entries} stale entries (own, marked) with delete-removed, documented per-API limits on (CreateUploadImage 80/s, DeleteImage 50/s, GetImageInfos 10/s), ${options.latencyMs} ms latency\n`
  )
  const workspace = await smallImages(options.entries)
  // One file stays, so that not every entry is stale (the action refuses that as a wrong path).
  await fs.writeFile(path.join(workspace, 'keep.png'), png(2, 2, 0))
  emulator.setLatency(options.latencyMs)
  emulator.reset()
  emulator.setFlowControl({ limits: DOCUMENTED_FLOW_LIMITS })
  const inputs = { path: '**/*.png', manifest: MANIFEST, concurrency: '16', summary: 'false', ...credentials(emulator) }
  try {
    const upload = await runWithUsage(workspace, inputs)
    if (upload.exitCode !== 0) throw new Error(`the upload run failed (exit ${upload.exitCode})`)
    await fs.rm(path.join(workspace, 'img'), { recursive: true })
    const before = emulator.requests.length
    const run = await runWithUsage(workspace, { ...inputs, 'delete-removed': 'true' })
    const requests = emulator.requests.slice(before)
    const deleted = [...emulator.images.values()].filter(image => image.deleted).length
    console.log('| API | calls (answered 200) | throttled | span (s) | calls/s reached | paced at | documented limit |')
    console.log('|---|---:|---:|---:|---:|---:|---:|')
    for (const [api, pacedAt] of [
      ['GetImageInfos', 9],
      ['DeleteImage', 45]
    ] as const)
      console.log(apiRow(requests, api, pacedAt))
    console.log(`\nWhole run ${(run.ms / 1000).toFixed(2)} s (exit ${run.exitCode}); ${deleted} of ${options.entries} images deleted.`)
  } finally {
    emulator.setFlowControl(undefined)
    emulator.setLatency(0)
    await fs.rm(workspace, { recursive: true, force: true })
  }
}

/** calls/s reached: answered calls less one over the time from the first to the last (the pace between calls). */
function apiRow(requests: readonly RequestRecord[], api: string, pacedAt: number): string {
  const calls = requests.filter(request => request.action === api)
  const answered = calls.filter(request => request.status === 200)
  const throttled = calls.filter(request => request.code === 'Throttling.User').length
  const span = answered.length > 1 ? (answered[answered.length - 1].at - answered[0].at) / 1000 : 0
  const rate = span > 0 ? (answered.length - 1) / span : NaN
  return `| ${api} | ${answered.length} | ${throttled} | ${span.toFixed(2)} | ${rate.toFixed(1)} | ${pacedAt} | ${DOCUMENTED_FLOW_LIMITS[api]} |`
}
