/**
 * With DEBUG=* and NODE_DEBUG=http,net,tls in the job's environment, the bundled libraries (the
 * `debug` package in pop-core's httpx with vod-signature-version v2, ali-oss and the proxy agents) and Node itself print to
 * stderr: raw VOD answers with their UploadAuth, request headers with signatures, security tokens
 * and Proxy-Authorization, raw OSS error bodies. `debug` reads DEBUG when the bundle loads, so only
 * a child process started with it set shows what a job would print: dist/index.js run as the runner
 * runs it, through a forward proxy with a user name and password, the services reached by name.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import { png } from '../../testkit/images.js'
import { makeWorkspace, runDist, unintendedCommands, emulatorInputs, type ActionRun, type Workspace } from '../helpers/action.js'
import { startProxy, type TestProxy } from '../helpers/network.js'

const OSS_HOST = 'oss-cn-shanghai.aliyuncs.com'
const PROXY_USER = 'proxy-user-name'
const PROXY_PASSWORD = 'proxy-pass-word-1234'
const DEFAULT_KEY = { id: 'LTAIemulatorKeyId', secret: 'emulator-access-key-secret' }
const STS_KEY = { id: 'STS.debugKeyId', secret: 'debug-sts-secret-5678', securityToken: 'CAIS-debug-security-token-9012' }
let emulator: Emulator
let proxy: TestProxy
let ws: Workspace

beforeAll(async () => {
  emulator = await startEmulator({ advertisedOssHost: OSS_HOST, acceptRpcV2: true, accessKeys: [DEFAULT_KEY, STS_KEY] })
  proxy = await startProxy()
})

afterAll(async () => {
  await proxy.close()
  await emulator.close()
})

afterEach(async () => {
  emulator.reset()
  emulator.setFaults(undefined)
  proxy.reset()
  await ws.remove()
})

/** dist/index.js with DEBUG and NODE_DEBUG set, through the proxy (with a user and password) as HTTP_PROXY and HTTPS_PROXY name it. */
async function runWithLibraryDebug(
  service: Emulator = emulator,
  env: Record<string, string> = {},
  inputs: Record<string, string> = {}
): Promise<ActionRun> {
  ws = await makeWorkspace({ 'shots/a.png': png(8, 8, 1), 'shots/b.png': png(8, 8, 2) })
  const proxyUrl = proxy.url.replace('http://', `http://${PROXY_USER}:${PROXY_PASSWORD}@`)
  return runDist({
    workspace: ws.dir,
    inputs: {
      path: 'shots/*.png',
      retries: '0',
      ...emulatorInputs(service),
      endpoint: service.vodEndpoint.replace('127.0.0.1', 'vod.cn-shanghai.aliyuncs.com'),
      ...inputs
    },
    env: { DEBUG: '*', NODE_DEBUG: 'http,net,tls', HTTP_PROXY: proxyUrl, HTTPS_PROXY: proxyUrl, RUNNER_DEBUG: '1', ...env }
  })
}

/** Every secret the run saw: the access key secret, each image's STS secret, token and UploadAuth, the proxy's user and password. */
function secretsOf(run: ActionRun, service: Emulator): string[] {
  const secrets = [service.accessKey.secret, STS_KEY.secret, STS_KEY.securityToken, ...service.issuedSecrets(), PROXY_USER, PROXY_PASSWORD]
  const basic = Buffer.from(`${PROXY_USER}:${PROXY_PASSWORD}`).toString('base64')
  expect(run.stderr.length).toBeGreaterThan(0)
  return [...secrets, basic]
}

function expectNothingLeaked(run: ActionRun, service: Emulator = emulator): void {
  // The runner consumes ::add-mask:: commands and never shows them.
  const shownStdout = run.stdout
    .split('\n')
    .filter(line => !line.startsWith('::add-mask::'))
    .join('\n')
  const printed = `${shownStdout}\n${run.stderr}`
  for (const secret of secretsOf(run, service)) expect({ secret, printed: printed.includes(secret) }).toEqual({ secret, printed: false })
  expect(unintendedCommands(run.stdout)).toEqual([])
  // The runner reads workflow commands on stderr too: no line there is one.
  expect(run.stderr.split(/\r\n|\r|\n/).filter(line => /^\s*::/.test(line) || line.includes('##['))).toEqual([])
}

describe('DEBUG=* and NODE_DEBUG=http,net,tls', () => {
  it('the libraries still print their debug lines, with no secret in them and none starting a workflow command', async () => {
    const run = await runWithLibraryDebug()
    expect(run.exitCode).toBe(0)
    expect(run.outputs['uploaded-count']).toBe('2')
    // 2 CreateUploadImage, 2 PutObject, 1 GetImageInfos (the new images' status).
    expect(proxy.seen).toHaveLength(5)
    // What the libraries print, made safe, still reaches stderr: ali-oss, the proxy agent and Node's http.
    expect(run.stderr).toMatch(/ali-oss/)
    expect(run.stderr).toMatch(/http-proxy-agent/)
    expect(run.stderr).toMatch(/^HTTP \d+:/m)
    expectNothingLeaked(run)
  })

  it('V3 with an STS token: neither the Authorization value nor x-acs-security-token is printed', async () => {
    const run = await runWithLibraryDebug(
      emulator,
      {},
      { 'access-key-id': STS_KEY.id, 'access-key-secret': STS_KEY.secret, 'security-token': STS_KEY.securityToken }
    )
    expect(run.exitCode).toBe(0)
    expect(emulator.requests.filter(r => r.service === 'vod').map(r => r.signature)).toEqual(['v3', 'v3', 'v3'])
    expect(run.stderr).not.toMatch(/Credential=|x-acs-security-token:\s*\w/i)
    expectNothingLeaked(run)
  })

  it("with vod-signature-version v2, pop-core's httpx prints the raw answer, UploadAuth redacted", async () => {
    const run = await runWithLibraryDebug(emulator, {}, { 'vod-signature-version': 'v2' })
    expect(run.exitCode).toBe(0)
    expect(emulator.requests.filter(r => r.service === 'vod').map(r => r.signature)).toEqual(['v2', 'v2', 'v2'])
    expect(run.stderr).toMatch(/httpx:body/)
    expect(run.stderr).toContain('UploadAuth')
    expectNothingLeaked(run)
  })

  it('an OSS error body that would start a workflow command on stderr starts none', async () => {
    emulator.setFaults({ oss: { rule: () => 'accessDenied', answer: { message: 'denied\n::warning::pwned\n##[error]pwned too' } } })
    const run = await runWithLibraryDebug()
    expect(run.exitCode).toBe(1)
    expect(run.stderr).toContain('pwned')
    expectNothingLeaked(run)
  })

  it('over HTTPS through CONNECT tunnels, TLS debugging on too', async () => {
    const secure = await startEmulator({ advertisedOssHost: OSS_HOST, tls: true })
    try {
      const run = await runWithLibraryDebug(secure, { NODE_EXTRA_CA_CERTS: secure.caFile! })
      expect(run.exitCode).toBe(0)
      expect(run.outputs['uploaded-count']).toBe('2')
      expect(proxy.tunnels.length).toBeGreaterThanOrEqual(2)
      expect(run.stderr).toMatch(/https-proxy-agent/)
      expect(run.stderr).toMatch(/^TLS \d+:/m)
      expectNothingLeaked(run, secure)
    } finally {
      await secure.close()
    }
  })
})
