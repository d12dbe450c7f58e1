/** A cancelled run (SIGINT, as the runner sends) stops cleanly: dist/index.js as a child process. */
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import type { ChildProcess } from 'node:child_process'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import { png, pngOfSize } from '../../testkit/images.js'
import { promises as fs } from 'node:fs'
import { makeWorkspace, runDist, type Workspace, emulatorInputs, imagesOf } from '../helpers/action.js'
import { posixOnlyDescribe } from '../helpers/platform.js'

/** Skipped on Windows: POSIX_ONLY of ../helpers/platform.ts says why. */
const posixDescribe = posixOnlyDescribe('signals')

let emulator: Emulator
let ws: Workspace
const OSS_LATENCY = { oss: 300 }

beforeAll(async () => {
  emulator = await startEmulator({ latencyMs: OSS_LATENCY })
  const files: Record<string, Buffer> = {}
  for (let i = 0; i < 12; i++) files[`shots/${String(i).padStart(2, '0')}.png`] = png(8, 8, i + 1)
  ws = await makeWorkspace(files)
})

afterAll(async () => {
  await emulator.close()
  await ws.remove()
})

function uploadedCount(): number {
  return [...emulator.images.values()].filter(r => r.uploaded).length
}

async function until(condition: () => boolean): Promise<void> {
  for (let waited = 0; !condition(); waited += 20) {
    if (waited > 30_000) throw new Error('the condition never came true')
    await new Promise(resolve => setTimeout(resolve, 20))
  }
}

/** The action's cancel timing (src/main.ts): the grace period, then the time cleanup may take. */
const CLEANUP_MS = 3000
/** Longer than a second signal takes to act, well within the cleanup period. */
const DELETE_ANSWER_DELAY_MS = 1000

interface CancelledRun {
  hangDeletes?: boolean
  /** Every VOD answer after the SIGINT (DeleteImage is then the only VOD call) comes this much later. */
  delayAnswersAfterSigintMs?: number
  afterSigint?: (child: ChildProcess) => Promise<void>
}

/**
 * dist/index.js over the 12 images, 2 at a time, cancelled once 2 are uploaded. Image 01's upload
 * never gets an answer (only the grace period's end stops it); with hangDeletes, no DeleteImage
 * gets one either. afterSigint may send more signals.
 */
function runCancelled(options: CancelledRun = {}) {
  emulator.reset()
  emulator.setLatency(OSS_LATENCY)
  emulator.setFaults({
    oss: { rule: ctx => (ctx.image?.title === '01' ? 'hang' : undefined) },
    ...(options.hangDeletes ? { vod: { rule: ctx => (ctx.action === 'DeleteImage' ? 'hang' : undefined) } } : {})
  })
  return runDist({
    workspace: ws.dir,
    inputs: {
      path: 'shots/*.png',
      concurrency: '2',
      ...emulatorInputs(emulator)
    },
    onSpawn: child => {
      void until(() => uploadedCount() >= 2).then(async () => {
        if (options.delayAnswersAfterSigintMs) emulator.setLatency({ ...OSS_LATENCY, vod: options.delayAnswersAfterSigintMs })
        child.kill('SIGINT')
        await options.afterSigint?.(child)
      })
    }
  })
}

posixDescribe('cancellation', () => {
  it('starts nothing new, cuts what hangs, deletes unfinished ImageIds, reports what completed, exits non-zero', async () => {
    const result = await runCancelled()
    const images = imagesOf(result)

    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain('::warning::Received SIGINT: starting no new uploads; cleaning up what is in flight')
    expect(result.stdout).toContain('::error::The run was cancelled.')
    expect(images).toHaveLength(12)
    const uploaded = images.filter(i => i.status === 'uploaded')
    expect(uploaded).toHaveLength(uploadedCount())
    expect(result.outputs['uploaded-count']).toBe(String(uploaded.length))
    expect(images.filter(i => i.error?.code === 'Cancelled').length).toBeGreaterThan(0)
    expect(images.find(i => i.path === 'shots/01.png')?.status).toBe('failed')
    for (const record of emulator.images.values()) expect(record.uploaded || record.deleted).toBe(true)
    expect([...emulator.images.values()].find(r => r.title === '01')?.deleted).toBe(true)
    expect(emulator.images.size).toBeLessThan(12)
    expect(result.summary).toContain(`12 matched · ${uploaded.length} uploaded`)
  })

  it('stops waiting for cleanup at the deadline, reports what it could not delete, and still writes every output', async () => {
    const result = await runCancelled({ hangDeletes: true })
    const stuck = [...emulator.images.values()].find(r => r.title === '01')!
    expect(result.exitCode).toBe(1)
    expect(JSON.parse(result.outputs['orphaned-image-ids'])).toContain(stuck.imageId)
    expect(result.outputs['uploaded-count']).toBe(String(uploadedCount()))
    expect(result.summary).toContain('<h3>Orphaned ImageIds</h3>')
    expect(result.stdout).toContain(`could not be deleted (orphaned): ${stuck.imageId}`)
  })

  it('cancels a multipart upload whose parts hang at the deadline, however long the timeout', async () => {
    emulator.reset()
    emulator.setFaults({ oss: { rule: ctx => (ctx.method === 'PUT' ? 'hang' : undefined) } })
    const big = await ws.write('big/huge.png', pngOfSize(2 * 1024 * 1024, 9))
    try {
      // With a 300 s timeout, only the cancel deadline can end this run within the test's time.
      const result = await runDist({
        workspace: ws.dir,
        inputs: {
          path: 'big/*.png',
          'multipart-threshold': '256KiB',
          timeout: '300',
          ...emulatorInputs(emulator)
        },
        onSpawn: child => {
          void until(() => emulator.requests.some(r => r.ossOperation === 'InitiateMultipartUpload')).then(() => child.kill('SIGINT'))
        }
      })
      const [image] = imagesOf(result)
      expect(result.exitCode).toBe(1)
      expect(image.status).toBe('failed')
      expect(image.error?.code).toBe('Cancelled')
      const created = [...emulator.images.values()]
      expect(created).toHaveLength(1)
      expect(created[0].deleted || JSON.parse(result.outputs['orphaned-image-ids']).includes(created[0].imageId)).toBe(true)
    } finally {
      await fs.rm(big)
    }
  })

  // The emulator carries a DeleteImage out when it arrives and logs the request once it has answered.
  const deletesSent = (): string[] => [...emulator.images.values()].filter(r => r.deleted).map(r => r.imageId)

  // The control for the next test: DeleteImage answered DELETE_ANSWER_DELAY_MS late, and nothing cuts the cleanup.
  it('without a second signal, cleanup waits for a DeleteImage answered late and nothing is orphaned', async () => {
    expect(DELETE_ANSWER_DELAY_MS).toBeLessThan(CLEANUP_MS)
    const result = await runCancelled({ delayAnswersAfterSigintMs: DELETE_ANSWER_DELAY_MS })
    expect(result.exitCode).toBe(1)
    expect(deletesSent()).toContain([...emulator.images.values()].find(r => r.title === '01')!.imageId)
    expect(JSON.parse(result.outputs['orphaned-image-ids'])).toEqual([])
  })

  it('a second signal ends the cleanup at once: the DeleteImage in flight is cut before its late answer arrives', async () => {
    const result = await runCancelled({
      delayAnswersAfterSigintMs: DELETE_ANSWER_DELAY_MS,
      afterSigint: async child => {
        await until(() => deletesSent().length > 0)
        child.kill('SIGTERM')
      }
    })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain('::warning::Received SIGTERM while cleaning up: writing the results now')
    // Every DeleteImage the emulator received would have been answered within the cleanup period (the
    // control above): its ImageId is orphaned only because the second signal cut the wait for the answer.
    expect(deletesSent().length).toBeGreaterThanOrEqual(1)
    expect(JSON.parse(result.outputs['orphaned-image-ids'])).toEqual(expect.arrayContaining(deletesSent()))
    expect(imagesOf(result)).toHaveLength(12)
  })
})
