/**
 * HTTPS_PROXY / HTTP_PROXY / NO_PROXY apply to both the VOD and the OSS traffic. The services are
 * reached by name through a forward proxy started here, which maps every name to loopback.
 * @actions/http-client never proxies loopback addresses, hence the names.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import dns from 'node:dns'
import http from 'node:http'
import https from 'node:https'
import { HttpProxyAgent } from 'http-proxy-agent'
import { HttpsProxyAgent } from 'https-proxy-agent'
import { Connections } from '../../src/services/connections.js'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import { png } from '../../testkit/images.js'
import { makeWorkspace, runInProcess, trustCa, type Workspace, emulatorInputs } from '../helpers/action.js'
import { closedPort, startProxy, type TestProxy } from '../helpers/network.js'
import { withEnv } from '../helpers/swap.js'

const OSS_HOST = 'oss-cn-shanghai.aliyuncs.com'
let emulator: Emulator
let proxy: TestProxy
let ws: Workspace
let vodByName: string
const resolvedDirectly: string[] = []
const realLookup = dns.lookup

beforeAll(async () => {
  emulator = await startEmulator({ advertisedOssHost: OSS_HOST })
  vodByName = emulator.vodEndpoint.replace('127.0.0.1', 'vod.cn-shanghai.aliyuncs.com')
  // Should anything resolve a name itself, it gets loopback and is recorded; no query leaves the machine.
  ;(dns as { lookup: unknown }).lookup = (hostname: string, options: unknown, callback?: unknown) => {
    const done = (typeof options === 'function' ? options : callback) as (...args: unknown[]) => void
    if (hostname.endsWith('aliyuncs.com')) resolvedDirectly.push(hostname)
    const all = typeof options === 'object' && options !== null && (options as { all?: boolean }).all
    process.nextTick(() => (all ? done(null, [{ address: '127.0.0.1', family: 4 }]) : done(null, '127.0.0.1', 4)))
  }
})

afterAll(async () => {
  ;(dns as { lookup: unknown }).lookup = realLookup
  await emulator.close()
})

beforeEach(async () => {
  emulator.reset()
  resolvedDirectly.length = 0
  proxy = await startProxy()
  ws = await makeWorkspace({ 'shots/a.png': png(8, 8, 1), 'shots/b.png': png(8, 8, 2), 'shots/c.png': png(8, 8, 3) })
})

afterEach(async () => {
  await proxy.close()
  await ws.remove()
})

function run(env: Record<string, string>, inputs: Record<string, string> = {}) {
  return runInProcess({
    workspace: ws.dir,
    inputs: {
      path: 'shots/*.png',
      ...emulatorInputs(emulator),
      endpoint: vodByName,
      ...inputs
    },
    env
  })
}

describe('proxies', () => {
  it('sends the VOD and the OSS traffic through HTTP_PROXY, over kept-alive connections: one per service at concurrency 1', async () => {
    const result = await run({ HTTP_PROXY: proxy.url }, { concurrency: '1' })
    expect(result.exitCode).toBe(0)
    expect(result.outputs['uploaded-count']).toBe('3')
    const vodRequests = proxy.seen.filter(s => s.startsWith('POST vod.cn-shanghai.aliyuncs.com:'))
    const ossRequests = proxy.seen.filter(s => s.startsWith(`PUT outin-emulator.${OSS_HOST}:`))
    // 3 CreateUploadImage, then one GetImageInfos for the 3 new images' status.
    expect(vodRequests).toHaveLength(4)
    expect(ossRequests).toHaveLength(3)
    expect(proxy.seen).toHaveLength(7)
    // Without keep-alive each of the 7 requests would open its own connection.
    expect(proxy.connections).toBe(2)
    expect(proxy.requestsByConnection).toEqual([vodRequests, ossRequests])
    expect(resolvedDirectly).toEqual([])
  })

  it.each<[string, () => Promise<string>]>([
    ['a proxy that answers', async () => proxy.url],
    ['a proxy that is not there', async () => `http://127.0.0.1:${await closedPort()}`]
  ])('never shows the user and password of the proxy URL: %s', async (_name, base) => {
    const withCredentials = (await base()).replace('http://', 'http://proxy-user-name:proxy%40pass-word@')
    const result = await run({ HTTP_PROXY: withCredentials, HTTPS_PROXY: withCredentials, ACTIONS_STEP_DEBUG: 'true', RUNNER_DEBUG: '1' })
    for (const secret of ['proxy-user-name', 'proxy%40pass-word', 'proxy@pass-word']) expect(result.visible()).not.toContain(secret)
    // Masked too, should a library ever print the URL.
    expect(result.stdout.split('\n')).toContain('::add-mask::proxy@pass-word')
  })

  it.each(['aliyuncs.com', '.aliyuncs.com', '*'])('NO_PROXY=%s goes direct', async noProxy => {
    const result = await run({ HTTP_PROXY: proxy.url, NO_PROXY: noProxy })
    expect(result.exitCode).toBe(0)
    expect(proxy.seen).toEqual([])
    expect(new Set(resolvedDirectly)).toEqual(new Set(['vod.cn-shanghai.aliyuncs.com', `outin-emulator.${OSS_HOST}`]))
  })

  // ali-oss sends an object's requests to <bucket>.<endpoint host>: that is the host NO_PROXY must name.
  it.each<[string, (ossPort: string) => string]>([
    ['the bucket host', () => `outin-emulator.${OSS_HOST}`],
    ['the bucket host and port', port => `example.com, outin-emulator.${OSS_HOST}:${port}`]
  ])('NO_PROXY naming %s sends the PUTs direct, the VOD calls still through the proxy', async (_name, noProxy) => {
    const result = await run({ HTTP_PROXY: proxy.url, NO_PROXY: noProxy(new URL(emulator.ossEndpoint).port) })
    expect(result.exitCode).toBe(0)
    expect(proxy.seen.map(entry => entry.split(' ')[0])).toEqual(['POST', 'POST', 'POST', 'POST'])
    expect(new Set(resolvedDirectly)).toEqual(new Set([`outin-emulator.${OSS_HOST}`]))
  })

  it('NO_PROXY naming the VOD host only still sends the PUTs through the proxy', async () => {
    const result = await run({ HTTP_PROXY: proxy.url, NO_PROXY: 'vod.cn-shanghai.aliyuncs.com' })
    expect(result.exitCode).toBe(0)
    expect(proxy.seen.map(entry => entry.split(' ')[0])).toEqual(['PUT', 'PUT', 'PUT'])
  })

  it('keeps connections through the proxy: at most concurrency + 2 per service for 30 images', async () => {
    for (let i = 0; i < 27; i++) await ws.write(`shots/more-${i}.png`, png(4, 4, i + 10))
    const result = await runInProcess({
      workspace: ws.dir,
      inputs: {
        path: 'shots/*.png',
        concurrency: '3',
        ...emulatorInputs(emulator),
        endpoint: vodByName
      },
      env: { HTTP_PROXY: proxy.url }
    })
    expect(result.outputs['uploaded-count']).toBe('30')
    // 30 CreateUploadImage, 30 PutObject, 2 GetImageInfos (20 ids, then 10).
    expect(proxy.seen).toHaveLength(62)
    expect(proxy.connections).toBeLessThanOrEqual(2 * (3 + 2))
  })

  it('lower-case http_proxy counts too', async () => {
    const result = await run({ http_proxy: proxy.url })
    expect(result.exitCode).toBe(0)
    expect(proxy.seen).toHaveLength(7)
  })
})

describe('proxies over HTTPS: CONNECT tunnels to the TLS endpoints', () => {
  let secure: Emulator
  let untrust = (): void => undefined

  beforeAll(async () => {
    secure = await startEmulator({ advertisedOssHost: OSS_HOST, tls: true })
    untrust = trustCa(secure.ca!)
  })

  afterAll(async () => {
    untrust()
    await secure.close()
  })

  beforeEach(() => {
    secure.reset()
  })

  function runSecure(env: Record<string, string>, inputs: Record<string, string> = {}) {
    return runInProcess({
      workspace: ws.dir,
      inputs: {
        path: 'shots/*.png',
        ...emulatorInputs(secure),
        endpoint: secure.vodEndpoint.replace('127.0.0.1', 'vod.cn-shanghai.aliyuncs.com'),
        ...inputs
      },
      env
    })
  }

  it('tunnels the VOD and the OSS traffic through HTTPS_PROXY with CONNECT; TLS runs end to end, certificates checked', async () => {
    const result = await runSecure({ HTTPS_PROXY: proxy.url })
    expect(result.exitCode).toBe(0)
    expect(result.outputs['uploaded-count']).toBe('3')
    const port = (url: string) => new URL(url).port
    const tunnels = proxy.seen.filter(s => s.startsWith('CONNECT '))
    expect(tunnels).toEqual(proxy.seen)
    expect(tunnels).toContain(`CONNECT vod.cn-shanghai.aliyuncs.com:${port(secure.vodEndpoint)}`)
    expect(tunnels).toContain(`CONNECT outin-emulator.${OSS_HOST}:${port(secure.ossEndpoint)}`)
    expect(secure.requests).toHaveLength(7)
    expect(secure.requests.every(r => r.secure && r.status === 200)).toBe(true)
    expect(secure.requests.filter(r => r.service === 'oss').every(r => r.signature === 'v4')).toBe(true)
    const { vod, oss } = secure.stats()
    // One TLS handshake per tunnel: the proxy never sees the requests themselves.
    expect(vod.handshakes + oss.handshakes).toBe(tunnels.length)
    expect(resolvedDirectly).toEqual([])
  })

  it('plain HTTP_PROXY does not apply to https endpoints: direct TLS connections', async () => {
    const result = await runSecure({ HTTP_PROXY: proxy.url })
    expect(result.exitCode).toBe(0)
    expect(proxy.seen).toEqual([])
    expect(secure.stats().vod.handshakes).toBeGreaterThan(0)
  })

  it('fails the upload, and says why, when the certificate does not verify through the tunnel', async () => {
    untrust()
    try {
      const result = await runSecure({ HTTPS_PROXY: proxy.url }, { retries: '0' })
      expect(result.exitCode).toBe(1)
      expect(result.stdout).toContain('the TLS certificate could not be verified')
      expect(secure.requests).toEqual([])
    } finally {
      untrust = trustCa(secure.ca!)
    }
  })
})

describe('Connections.agentFor', () => {
  it.each<[string, Record<string, string>, new (...args: never[]) => object]>([
    ['https://vod.cn-shanghai.aliyuncs.com', { HTTPS_PROXY: 'http://proxy:3128' }, HttpsProxyAgent],
    ['http://oss-cn-shanghai.aliyuncs.com', { HTTP_PROXY: 'http://proxy:3128' }, HttpProxyAgent],
    ['https://vod.cn-shanghai.aliyuncs.com', { HTTP_PROXY: 'http://proxy:3128' }, https.Agent],
    ['https://vod.cn-shanghai.aliyuncs.com', { HTTPS_PROXY: 'http://proxy:3128', NO_PROXY: 'vod.cn-shanghai.aliyuncs.com' }, https.Agent],
    ['http://127.0.0.1:9000', { HTTP_PROXY: 'http://proxy:3128' }, http.Agent]
  ])('%s with %j', async (url, env, expected) => {
    const noProxies = Object.fromEntries(
      ['HTTPS_PROXY', 'HTTP_PROXY', 'NO_PROXY', 'https_proxy', 'http_proxy', 'no_proxy'].map(name => [name, undefined])
    )
    const agent = await withEnv({ ...noProxies, ...env }, () => new Connections(4).agentFor(url))
    expect(agent).toBeInstanceOf(expected)
    // A proxy agent is an http(s).Agent too: the plain cases must not be one.
    const proxied = agent instanceof HttpProxyAgent || agent instanceof HttpsProxyAgent
    expect(proxied).toBe(expected === HttpProxyAgent || expected === HttpsProxyAgent)
  })

  it('reuses one agent per protocol and proxy', () => {
    const connections = new Connections(4)
    expect(connections.agentFor('http://a.example:1/x')).toBe(connections.agentFor('http://b.example:2/y'))
    expect(connections.agentFor('https://a.example')).not.toBe(connections.agentFor('http://a.example'))
  })
})
