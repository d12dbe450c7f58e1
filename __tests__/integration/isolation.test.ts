/**
 * The test kit keeps runs apart from the developer's shell and from each other: runInProcess
 * scrubs proxies, step debug, credentials and runner leftovers, and process-wide swaps (process.env,
 * stdout) refuse to overlap.
 */
import { describe, expect, it } from '@jest/globals'
import dns from 'node:dns'
import { startEmulator } from '../../emulator/index.js'
import { png } from '../../testkit/images.js'
import { emulatorInputs, isScrubbedFromRuns, runInProcess, useEmulator, useWorkspace } from '../helpers/action.js'
import { closedPort, startProxy } from '../helpers/network.js'
import { exclusively, withEnv } from '../helpers/swap.js'

const emulator = useEmulator()
const ws = useWorkspace({ 'shots/a.png': png(8, 8, 1) })

const run = (env: Record<string, string> = {}) =>
  runInProcess({ workspace: ws().dir, inputs: { path: 'shots/*.png', ...emulatorInputs(emulator()) }, env })

/**
 * Loopback always goes direct, whatever the proxy settings: proxies only matter for names. This
 * emulator is reached by names that lead to loopback (recorded in `resolved`), so that nothing
 * leaves the machine whether a run goes through a proxy or direct.
 */
async function withNamedEmulator(test: (named: { inputs: Record<string, string>; resolved: string[] }) => Promise<void>): Promise<void> {
  const emulator = await startEmulator({ advertisedOssHost: 'oss-cn-shanghai.aliyuncs.com' })
  const realLookup = dns.lookup
  const resolved: string[] = []
  ;(dns as { lookup: unknown }).lookup = (hostname: string, options: unknown, callback?: unknown) => {
    const done = (typeof options === 'function' ? options : callback) as (...args: unknown[]) => void
    resolved.push(hostname)
    const all = typeof options === 'object' && options !== null && (options as { all?: boolean }).all
    process.nextTick(() => (all ? done(null, [{ address: '127.0.0.1', family: 4 }]) : done(null, '127.0.0.1', 4)))
  }
  try {
    const endpoint = emulator.vodEndpoint.replace('127.0.0.1', 'vod.cn-shanghai.aliyuncs.com')
    await test({ inputs: { path: 'shots/*.png', ...emulatorInputs(emulator), endpoint }, resolved })
  } finally {
    ;(dns as { lookup: unknown }).lookup = realLookup
    await emulator.close()
  }
}

describe('runInProcess scrubs the developer environment', () => {
  it('proxies in every case and RUNNER_DEBUG set in the test process have no effect on the run', async () => {
    const nowhere = `http://127.0.0.1:${await closedPort()}`
    const leftovers = {
      HTTP_PROXY: nowhere,
      http_proxy: nowhere,
      HTTPS_PROXY: nowhere,
      https_proxy: nowhere,
      ALL_PROXY: nowhere,
      all_proxy: nowhere,
      RUNNER_DEBUG: '1',
      INPUT_NOT_AN_INPUT: 'x',
      GITHUB_STATE: '/nonexistent/state'
    }
    await withNamedEmulator(async ({ inputs, resolved }) => {
      const result = await withEnv(leftovers, async () => {
        const result = await runInProcess({ workspace: ws().dir, inputs })
        // Restored for the test process once the run is over.
        expect(Object.fromEntries(Object.keys(leftovers).map(name => [name, process.env[name]]))).toEqual(leftovers)
        return result
      })
      expect(result.exitCode).toBe(0)
      expect(new Set(resolved)).toEqual(new Set(['vod.cn-shanghai.aliyuncs.com', 'outin-emulator.oss-cn-shanghai.aliyuncs.com']))
      expect(result.stdout).not.toMatch(/^::debug::shots\/a\.png/m)
    })
  })

  it('credentials in the test process are not the credentials of a run', async () => {
    const key = emulator().accessKey
    const result = await withEnv({ ALIBABA_CLOUD_ACCESS_KEY_ID: key.id, ALIBABA_CLOUD_ACCESS_KEY_SECRET: key.secret }, () =>
      runInProcess({ workspace: ws().dir, inputs: { path: 'shots/*.png', endpoint: emulator().vodEndpoint } })
    )
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain('access-key-id')
    expect(emulator().requests).toEqual([])
  })

  it.each(['NO_PROXY', 'no_proxy'])('%s=* in the test process does not stop a run from using the proxy it was given', async name => {
    const proxy = await startProxy()
    try {
      await withNamedEmulator(async ({ inputs, resolved }) => {
        const result = await withEnv({ [name]: '*' }, () => runInProcess({ workspace: ws().dir, inputs, env: { HTTP_PROXY: proxy.url } }))
        expect(result.exitCode).toBe(0)
        // CreateUploadImage, PutObject, then GetImageInfos for the new image's status.
        expect(proxy.seen).toHaveLength(3)
        expect(resolved).toEqual([])
      })
    } finally {
      await proxy.close()
    }
  })

  it.each<[string, boolean]>([
    ['HTTP_PROXY', true],
    ['https_proxy', true],
    ['No_Proxy', true],
    ['ALL_PROXY', true],
    ['RUNNER_DEBUG', true],
    ['RUNNER_TEMP', true],
    ['GITHUB_OUTPUT', true],
    ['INPUT_PATH', true],
    ['ACTIONS_STEP_DEBUG', true],
    ['ALICLOUD_ACCESS_KEY', true],
    ['NODE_OPTIONS', true],
    ['PATH', false],
    ['HOME', false],
    ['NODE_EXTRA_CA_CERTS', false],
    ['MY_PROXY_SETTING', false]
  ])('%s scrubbed: %s', (name, scrubbed) => {
    expect(isScrubbedFromRuns(name)).toBe(scrubbed)
  })
})

describe('process-wide swaps refuse to overlap', () => {
  it('a second run started before the first ends throws, and the first is unharmed', async () => {
    const first = run()
    await expect(run()).rejects.toThrow('runInProcess swaps process-wide state while runInProcess still holds it')
    expect((await first).exitCode).toBe(0)
    // Free again once the first has ended.
    expect((await run()).exitCode).toBe(0)
  })

  it('withEnv while a run is under way throws; a run inside withEnv nests', async () => {
    const first = run()
    await expect(withEnv({ X: '1' }, () => undefined)).rejects.toThrow('withEnv(X) swaps process-wide state while runInProcess')
    await first
    await expect(exclusively('outer', () => exclusively('inner', () => 'nested'))).resolves.toBe('nested')
  })
})
