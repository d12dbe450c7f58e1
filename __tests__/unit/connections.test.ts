/**
 * The run's HTTP agents: one keep-alive pool per protocol and proxy, sockets per host capped, proxies
 * from HTTPS_PROXY / HTTP_PROXY / NO_PROXY, CONNECT tunnels reused, and a proxy's refusal of a
 * CONNECT placed in the trace of the call that made the request. Loopback servers and the test proxy only.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import http from 'node:http'
import https from 'node:https'
import type { AddressInfo, Socket } from 'node:net'
import { HttpProxyAgent } from 'http-proxy-agent'
import { HttpsProxyAgent } from 'https-proxy-agent'
import { createTlsMaterial, namesFor, type TlsMaterial } from '../../emulator/tls.js'
import { Connections, type CallTrace } from '../../src/services/connections.js'
import { startProxy, type TestProxy } from '../helpers/network.js'
import { withEnv } from '../helpers/swap.js'

const PROXY_VARIABLES = ['HTTPS_PROXY', 'HTTP_PROXY', 'NO_PROXY', 'https_proxy', 'http_proxy', 'no_proxy']

/** These proxy variables, and no other, for the call. */
function withProxies<T>(variables: Record<string, string>, fn: () => T | Promise<T>): Promise<T> {
  return withEnv({ ...Object.fromEntries(PROXY_VARIABLES.map(name => [name, undefined])), ...variables }, fn)
}

const direct = <T>(fn: () => T | Promise<T>): Promise<T> => withProxies({}, fn)

/** A plain HTTP server on loopback that answers every request at once and counts its connections. */
async function countingServer(): Promise<{ url: string; connections: () => number; sockets: Socket[]; close(): Promise<void> }> {
  const sockets: Socket[] = []
  const server = http.createServer((req, res) => {
    req.resume()
    req.on('end', () => res.end('ok'))
  })
  server.on('connection', (socket: Socket) => sockets.push(socket))
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    connections: () => sockets.length,
    sockets,
    close: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

/** One GET through agent; resolves with the status and the client socket once the body has ended. */
function get(url: string, agent: http.Agent, options: https.RequestOptions = {}): Promise<{ status: number; socket: Socket }> {
  const client = url.startsWith('https:') ? https : http
  return new Promise((resolve, reject) => {
    const req = client.get(url, { ...options, agent }, res => {
      res.resume()
      res.on('end', () => resolve({ status: res.statusCode ?? 0, socket: req.socket! }))
    })
    req.on('error', reject)
  })
}

describe('agentFor', () => {
  it.each<[string, string, typeof http.Agent]>([
    ['https', 'https://vod.cn-shanghai.aliyuncs.com', https.Agent],
    ['http', 'http://127.0.0.1:9000', http.Agent]
  ])('gives a direct %s agent that keeps connections alive, with the socket cap', (_name, url, kind) =>
    direct(() => {
      const agent = new Connections(7).agentFor(url)
      expect(agent.constructor).toBe(kind)
      expect(agent).toMatchObject({ keepAlive: true, maxSockets: 7 })
    })
  )

  it('gives one agent per protocol for the whole run, whatever the host', () =>
    direct(() => {
      const connections = new Connections(4)
      const https1 = connections.agentFor('https://vod.cn-shanghai.aliyuncs.com')
      expect(connections.agentFor('https://outin-1.oss-cn-shanghai.aliyuncs.com/key.png')).toBe(https1)
      const http1 = connections.agentFor('http://127.0.0.1:9000')
      expect(connections.agentFor('http://127.0.0.1:9001')).toBe(http1)
      expect(http1).not.toBe(https1)
    }))

  it.each<[string, string, Record<string, string>, new (...args: never[]) => http.Agent]>([
    [
      'https through HTTPS_PROXY: a CONNECT tunnel',
      'https://vod.cn-shanghai.aliyuncs.com',
      { HTTPS_PROXY: 'http://proxy.corp:3128' },
      HttpsProxyAgent
    ],
    [
      'http through HTTP_PROXY: absolute URIs',
      'http://vod.cn-shanghai.aliyuncs.com',
      { HTTP_PROXY: 'http://proxy.corp:3128' },
      HttpProxyAgent
    ]
  ])('gives %s, kept alive and capped', (_name, url, variables, kind) =>
    withProxies(variables, () => {
      const connections = new Connections(5)
      const agent = connections.agentFor(url)
      expect(agent).toBeInstanceOf(kind)
      expect(agent).toMatchObject({ keepAlive: true, maxSockets: 5 })
      expect(connections.proxied(url)).toBe(true)
    })
  )

  it('leaves the hosts of NO_PROXY direct, with an agent of their own', () =>
    withProxies({ HTTPS_PROXY: 'http://proxy.corp:3128', NO_PROXY: 'internal.example' }, () => {
      const connections = new Connections(4)
      const proxied = connections.agentFor('https://vod.cn-shanghai.aliyuncs.com')
      const excluded = connections.agentFor('https://oss.internal.example')
      expect(excluded.constructor).toBe(https.Agent)
      expect(excluded).not.toBe(proxied)
      expect(connections.proxied('https://oss.internal.example')).toBe(false)
      expect(connections.proxied('https://vod.cn-shanghai.aliyuncs.com')).toBe(true)
    }))

  it('says no request is proxied without proxy variables', () =>
    direct(() => {
      expect(new Connections(1).proxied('https://vod.cn-shanghai.aliyuncs.com')).toBe(false)
    }))
})

describe('connections to one host', () => {
  let server: Awaited<ReturnType<typeof countingServer>>
  beforeAll(async () => {
    server = await countingServer()
  })
  afterAll(() => server.close())

  it('are reused one request after another', () =>
    direct(async () => {
      const before = server.connections()
      const connections = new Connections(4)
      for (let i = 0; i < 3; i++) await get(server.url, connections.agentFor(server.url))
      connections.destroy()
      expect(server.connections() - before).toBe(1)
    }))

  it('are at most the socket cap, however many requests are in flight', () =>
    direct(async () => {
      const before = server.connections()
      const connections = new Connections(2)
      const agent = connections.agentFor(server.url)
      const statuses = await Promise.all(Array.from({ length: 6 }, () => get(server.url, agent)))
      connections.destroy()
      expect(statuses.map(answer => answer.status)).toEqual(Array(6).fill(200))
      expect(server.connections() - before).toBe(2)
    }))

  it('are all ended by destroy(), also when idle; later requests open new ones', () =>
    direct(async () => {
      const connections = new Connections(4)
      const httpAgent = connections.agentFor(server.url)
      const { socket } = await get(server.url, httpAgent)
      expect(socket.destroyed).toBe(false)
      connections.agentFor('https://vod.cn-shanghai.aliyuncs.com')
      connections.destroy()
      expect(socket.destroyed).toBe(true)
      const before = server.connections()
      await get(server.url, connections.agentFor(server.url))
      expect(server.connections() - before).toBe(1)
      connections.destroy()
    }))

  it('go through HTTP_PROXY as absolute URIs, kept alive at the proxy', async () => {
    const proxy = await startProxy()
    try {
      await withProxies({ HTTP_PROXY: proxy.url }, async () => {
        const connections = new Connections(4)
        const url = server.url.replace('127.0.0.1', 'oss.example')
        for (let i = 0; i < 2; i++) await get(url, connections.agentFor(url))
        connections.destroy()
      })
      expect(proxy.requestsByConnection).toEqual([
        [`GET oss.example:${new URL(server.url).port}`, `GET oss.example:${new URL(server.url).port}`]
      ])
    } finally {
      await proxy.close()
    }
  })
})

describe('CONNECT tunnels', () => {
  const HOST = 'vod.cn-shanghai.aliyuncs.com'
  const OTHER_HOST = 'oss-cn-shanghai.aliyuncs.com'
  let material: TlsMaterial
  let server: https.Server
  let port: number
  let proxy: TestProxy

  // Making the CA and the certificate (node-forge) takes seconds on a busy machine.
  beforeAll(async () => {
    material = await createTlsMaterial(namesFor(['cn-shanghai']))
    server = https.createServer({ key: material.key, cert: material.cert }, (req, res) => {
      req.resume()
      req.on('end', () => res.end('{}'))
    })
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    port = (server.address() as AddressInfo).port
    proxy = await startProxy()
  }, 120_000)
  afterAll(async () => {
    await proxy.close()
    server.closeAllConnections()
    await new Promise(resolve => server.close(resolve))
    await material.dispose()
  })

  it('are kept alive and reused one request after another, one tunnel per host', () =>
    withProxies({ HTTPS_PROXY: proxy.url }, async () => {
      const connections = new Connections(4)
      const statuses: number[] = []
      for (const host of [HOST, HOST, OTHER_HOST, HOST, OTHER_HOST]) {
        const url = `https://${host}:${port}/`
        statuses.push((await get(url, connections.agentFor(url), { ca: material.ca })).status)
      }
      connections.destroy()
      expect(statuses).toEqual(Array(5).fill(200))
      expect(proxy.tunnels).toEqual([`${HOST}:${port}`, `${OTHER_HOST}:${port}`])
    }))
})

describe('a refused CONNECT', () => {
  let proxy: TestProxy
  let plain: Awaited<ReturnType<typeof countingServer>>
  beforeAll(async () => {
    const statuses: Record<string, number> = { 'denied.example:443': 403, 'auth.example:443': 407 }
    proxy = await startProxy({ refuseConnect: hostPort => statuses[hostPort] })
    plain = await countingServer()
  })
  afterAll(async () => {
    await proxy.close()
    await plain.close()
  })

  /** The status the client saw, or the code of its error. */
  const outcome = (request: Promise<{ status: number }>): Promise<number | string> =>
    request.then(
      answer => answer.status,
      (error: NodeJS.ErrnoException) => error.code ?? 'error'
    )

  it('is put in the trace of the call that made the request, and only there', () =>
    withProxies({ HTTPS_PROXY: proxy.url }, async () => {
      const connections = new Connections(4)
      const send = (trace: CallTrace, url: string): Promise<number | string> =>
        connections.traced(trace, () => outcome(get(url, connections.agentFor(url))))
      const denied: CallTrace = {}
      const auth: CallTrace = {}
      // The proxy opens this tunnel (200); what comes through it is no TLS server, so the request fails after.
      const tunnelled: CallTrace = {}
      const outcomes = await Promise.all([
        send(denied, 'https://denied.example/'),
        send(auth, 'https://auth.example/'),
        send(tunnelled, `https://plain.example:${new URL(plain.url).port}/`),
        outcome(get('https://denied.example/', connections.agentFor('https://denied.example/')))
      ])
      connections.destroy()
      expect(outcomes.slice(0, 2)).toEqual([403, 407])
      expect(outcomes[3]).toBe(403)
      expect([denied, auth, tunnelled]).toEqual([{ refusal: { status: 403 } }, { refusal: { status: 407 } }, {}])
    }))
})
