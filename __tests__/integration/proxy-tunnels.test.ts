/**
 * Behind HTTPS_PROXY, CONNECT tunnels are kept alive and reused like direct connections: at most
 * concurrency + 2 per service, however many requests. Counted at a real CONNECT proxy in front of
 * a real TLS server, and over a whole run against the TLS emulator.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import https from 'node:https'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { Connections } from '../../src/services/connections.js'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import { png } from '../../testkit/images.js'
import { makeWorkspace, runInProcess, trustCa, emulatorInputs } from '../helpers/action.js'
import { startProxy, type TestProxy } from '../helpers/network.js'
import { withEnv } from '../helpers/swap.js'
import { createTlsMaterial, namesFor, type TlsMaterial } from '../../emulator/tls.js'

const PROXY_VARIABLES = ['HTTPS_PROXY', 'HTTP_PROXY', 'NO_PROXY', 'https_proxy', 'http_proxy', 'no_proxy']
let proxy: TestProxy

beforeAll(async () => {
  proxy = await startProxy()
})

afterAll(async () => {
  await proxy.close()
})

afterEach(() => {
  proxy.reset()
})

/** HTTPS_PROXY pointing at the test proxy, and no other proxy variable, for the call. */
function throughProxy<T>(fn: () => Promise<T>): Promise<T> {
  return withEnv({ ...Object.fromEntries(PROXY_VARIABLES.map(name => [name, undefined])), HTTPS_PROXY: proxy.url }, fn)
}

describe('CONNECT tunnels of a run', () => {
  const HOST = 'vod.cn-shanghai.aliyuncs.com'
  let material: TlsMaterial
  let server: https.Server
  let handshakes = 0

  beforeAll(async () => {
    material = await createTlsMaterial(namesFor(['cn-shanghai']))
    server = https.createServer({ key: material.key, cert: material.cert }, (req, res) => {
      req.resume()
      req.on('end', () => res.end('{}'))
    })
    server.on('secureConnection', () => handshakes++)
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  })

  afterAll(async () => {
    server.closeAllConnections()
    await new Promise(resolve => server.close(resolve))
    await material.dispose()
  })

  function post(agent: http.Agent, port: number): Promise<number> {
    return new Promise((resolve, reject) => {
      const req = https.request({ host: HOST, port, method: 'POST', path: '/', agent, ca: material.ca }, res => {
        res.resume()
        res.on('end', () => resolve(res.statusCode ?? 0))
      })
      req.on('error', reject)
      req.end('Action=CreateUploadImage')
    })
  }

  it.each([1, 4])('are kept alive and reused: 24 requests at concurrency %i open one tunnel per request in flight', concurrency =>
    throughProxy(async () => {
      handshakes = 0
      const port = (server.address() as AddressInfo).port
      const connections = new Connections(concurrency + 2)
      const agent = connections.agentFor(`https://${HOST}:${port}`)
      const statuses: number[] = []
      const worker = async (): Promise<void> => {
        for (let i = 0; i < 24 / concurrency; i++) statuses.push(await post(agent, port))
      }
      await Promise.all(Array.from({ length: concurrency }, worker))
      connections.destroy()
      expect(statuses).toEqual(Array(24).fill(200))
      expect(proxy.tunnels.every(tunnel => tunnel === `${HOST}:${port}`)).toBe(true)
      // The first `concurrency` requests start together and each opens a tunnel; every later one reuses a freed tunnel.
      expect(proxy.tunnels).toHaveLength(concurrency)
      // One TLS session per tunnel, end to end through it.
      expect(handshakes).toBe(proxy.tunnels.length)
    })
  )
})

/** The same over a whole run against the TLS emulator, its CA trusted as NODE_EXTRA_CA_CERTS would. */
describe('CONNECT tunnels of a whole run against the TLS emulator', () => {
  let secureEmulator: Emulator
  let untrust = (): void => undefined

  beforeAll(async () => {
    secureEmulator = await startEmulator({ tls: true, advertisedOssHost: 'oss-cn-shanghai.aliyuncs.com' })
    untrust = trustCa(secureEmulator.ca!)
  })

  afterAll(async () => {
    untrust()
    await secureEmulator.close()
  })

  it('30 images at concurrency 4 open at most 4 + 2 tunnels per service', async () => {
    const ws = await makeWorkspace(Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`shots/${i}.png`, png(4, 4, i + 1)])))
    try {
      const vodEndpoint = secureEmulator.vodEndpoint.replace('127.0.0.1', 'vod.cn-shanghai.aliyuncs.com')
      const result = await runInProcess({
        workspace: ws.dir,
        inputs: {
          path: 'shots/*.png',
          concurrency: '4',
          ...emulatorInputs(secureEmulator),
          endpoint: vodEndpoint
        },
        env: { HTTPS_PROXY: proxy.url }
      })
      expect(result.outputs['uploaded-count']).toBe('30')
      const vodTunnels = proxy.tunnels.filter(tunnel => tunnel.startsWith('vod.'))
      const ossTunnels = proxy.tunnels.filter(tunnel => !tunnel.startsWith('vod.'))
      expect(vodTunnels.length).toBeGreaterThanOrEqual(1)
      expect(vodTunnels.length).toBeLessThanOrEqual(4 + 2)
      expect(ossTunnels.length).toBeGreaterThanOrEqual(1)
      expect(ossTunnels.length).toBeLessThanOrEqual(4 + 2)
      // One TLS handshake per tunnel: every tunnel carried requests end to end.
      const { vod, oss } = secureEmulator.stats()
      expect(vod.handshakes + oss.handshakes).toBe(proxy.tunnels.length)
      // 30 CreateUploadImage, 30 PutObject, 2 GetImageInfos (20 ids, then 10).
      expect(vod.requests + oss.requests).toBe(62)
    } finally {
      await ws.remove()
    }
  })
})
