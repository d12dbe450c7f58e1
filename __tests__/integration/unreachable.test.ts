/**
 * Network failures that say what to do: a certificate not trusted, for another host or expired; a
 * host that does not resolve; a refused connection; a CONNECT proxy that answers 407 or 403. Each is
 * named once for the run with its fix, and the run stops before the next file. Everything stays on
 * loopback: names are answered by a stand-in for dns.lookup (`.invalid` names do not resolve).
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import dns from 'node:dns'
import http from 'node:http'
import https from 'node:https'
import net, { type AddressInfo } from 'node:net'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import { createTlsMaterial, namesFor } from '../../emulator/tls.js'
import { png } from '../../testkit/images.js'
import {
  makeWorkspace,
  runInProcess,
  trustCa,
  type ActionRun,
  type Workspace,
  imagesOf,
  emulatorInputs,
  FAST_BACKOFF
} from '../helpers/action.js'
import { closedPort } from '../helpers/network.js'

let secure: Emulator
let ws: Workspace
const realLookup = dns.lookup
const closers: Array<() => Promise<void> | void> = []

beforeAll(async () => {
  secure = await startEmulator({ tls: true })
  // Names under .test reach loopback; names under .invalid do not exist. No query leaves the machine.
  ;(dns as { lookup: unknown }).lookup = (hostname: string, options: unknown, callback?: unknown) => {
    const done = (typeof options === 'function' ? options : callback) as (...args: unknown[]) => void
    const all = typeof options === 'object' && options !== null && (options as { all?: boolean }).all
    if (hostname.endsWith('.invalid')) {
      const error = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), {
        code: 'ENOTFOUND',
        errno: -3008,
        syscall: 'getaddrinfo',
        hostname
      })
      return process.nextTick(() => done(error))
    }
    if (!hostname.endsWith('.test')) return (realLookup as (...args: unknown[]) => void)(hostname, options, callback)
    process.nextTick(() => (all ? done(null, [{ address: '127.0.0.1', family: 4 }]) : done(null, '127.0.0.1', 4)))
  }
})

afterAll(async () => {
  ;(dns as { lookup: unknown }).lookup = realLookup
  await secure.close()
})

beforeEach(async () => {
  secure.reset()
  ws = await makeWorkspace({ 'shots/a.png': png(8, 8, 1), 'shots/b.png': png(8, 8, 2), 'shots/c.png': png(8, 8, 3) })
})

afterEach(async () => {
  while (closers.length > 0) await closers.pop()!()
  await ws.remove()
})

const port = (url: string): string => new URL(url).port

/** An HTTPS server whose certificate (and CA) expired a day ago; the CA is trusted meanwhile. */
async function expiredServer(): Promise<string> {
  const material = await createTlsMaterial(namesFor(['cn-shanghai']), Date.now() - 4 * 24 * 3600 * 1000)
  const server = https.createServer({ key: material.key, cert: material.cert }, (_req, res) => res.end('{}'))
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const untrust = trustCa(material.ca)
  closers.push(
    () => material.dispose(),
    () => new Promise<void>(resolve => server.close(() => resolve())),
    () => server.closeAllConnections(),
    untrust
  )
  return `https://localhost:${(server.address() as AddressInfo).port}`
}

/** A CONNECT proxy that refuses every tunnel with this status. */
async function refusingProxy(status: number): Promise<string> {
  const server = http.createServer((_req, res) => res.writeHead(status).end())
  server.on('connect', (_req: http.IncomingMessage, socket: net.Socket) => {
    const challenge = status === 407 ? 'Proxy-Authenticate: Basic realm="corp"\r\n' : ''
    socket.end(`HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\n${challenge}Content-Length: 0\r\n\r\n`)
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  closers.push(
    () => new Promise<void>(resolve => server.close(() => resolve())),
    () => server.closeAllConnections()
  )
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

interface Case {
  setup: () => Promise<{ endpoint: string; env?: Record<string, string>; trust?: boolean }>
  code: string
  /** What the note for the run says: the cause and the fix. */
  says: string[]
}

const cases: Record<string, Case> = {
  'a certificate whose CA is not trusted': {
    setup: async () => ({ endpoint: secure.vodEndpoint }),
    code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    says: ['is not signed by a CA this runner trusts', 'set NODE_EXTRA_CA_CERTS to its PEM file']
  },
  'a certificate for another host name': {
    setup: async () => ({ endpoint: `https://vod.wrong-name.test:${port(secure.vodEndpoint)}`, trust: true }),
    code: 'ERR_TLS_CERT_ALTNAME_INVALID',
    says: ['is for another host name', 'check the endpoint input']
  },
  'an expired certificate': {
    setup: async () => ({ endpoint: await expiredServer() }),
    code: 'CERT_HAS_EXPIRED',
    says: ['has expired or is not valid yet', "check the runner's clock"]
  },
  'a host name that does not resolve': {
    setup: async () => ({ endpoint: 'https://vod.nowhere.invalid' }),
    code: 'ENOTFOUND',
    says: ['The host name of the VOD endpoint https://vod.nowhere.invalid does not resolve: check the endpoint input', 'NO_PROXY']
  },
  'a refused connection': {
    setup: async () => ({ endpoint: `http://127.0.0.1:${await closedPort()}` }),
    code: 'ECONNREFUSED',
    says: ['refused the connection (nothing listens at that address and port): check the endpoint input']
  },
  'a proxy that is not there (a closed port)': {
    setup: async () => ({
      endpoint: `https://vod.cn-shanghai.aliyuncs.com:${port(secure.vodEndpoint)}`,
      env: { HTTPS_PROXY: `http://127.0.0.1:${await closedPort()}` }
    }),
    code: 'ECONNREFUSED',
    says: ['The proxy that HTTPS_PROXY or HTTP_PROXY names cannot be reached', 'check the proxy URL and port']
  },
  'a proxy whose name does not resolve': {
    setup: async () => ({
      endpoint: `https://vod.cn-shanghai.aliyuncs.com:${port(secure.vodEndpoint)}`,
      env: { HTTPS_PROXY: 'http://proxy.corp.invalid:3128' }
    }),
    code: 'ENOTFOUND',
    says: ['The proxy that HTTPS_PROXY or HTTP_PROXY names cannot be reached', 'NO_PROXY']
  },
  'a proxy that asks for credentials (407)': {
    setup: async () => ({
      endpoint: `https://vod.cn-shanghai.aliyuncs.com:${port(secure.vodEndpoint)}`,
      env: { HTTPS_PROXY: await refusingProxy(407) },
      trust: true
    }),
    code: 'ProxyAuthenticationRequired',
    says: ['The proxy asked for credentials (HTTP 407)', 'HTTPS_PROXY=http://user:password@proxy:port', 'NO_PROXY']
  },
  'a proxy that refuses the CONNECT (403)': {
    setup: async () => ({
      endpoint: `https://vod.cn-shanghai.aliyuncs.com:${port(secure.vodEndpoint)}`,
      env: { HTTPS_PROXY: await refusingProxy(403) },
      trust: true
    }),
    code: 'ProxyRefused',
    says: ['The proxy refused to connect to the VOD endpoint', '(HTTP 403 to CONNECT)', 'NO_PROXY']
  }
}

async function run(endpoint: string, env: Record<string, string> = {}): Promise<ActionRun> {
  return runInProcess(
    {
      workspace: ws.dir,
      inputs: {
        path: 'shots/*.png',
        ...emulatorInputs(secure),
        endpoint,
        concurrency: '1',
        retries: '1',
        timeout: '5'
      },
      env
    },
    { backoff: FAST_BACKOFF }
  )
}

const occurrences = (text: string, part: string): number => text.split(part).length - 1

describe('a service that cannot be reached', () => {
  it.each(Object.entries(cases))(
    '%s: named once with its fix, and the run stops before the next file',
    async (_name, { setup, code, says }) => {
      const { endpoint, env, trust } = await setup()
      const untrust = trust ? trustCa(secure.ca!) : () => undefined
      let result: ActionRun
      try {
        result = await run(endpoint, env)
      } finally {
        untrust()
      }
      expect(result.exitCode).toBe(1)
      const images = imagesOf(result)
      expect(images.map(image => image.error?.code)).toEqual([code, 'NotAttempted', 'NotAttempted'])
      const errorLine = result.stdout.split('\n').find(line => line.startsWith('::error::'))!
      for (const part of says) {
        expect(errorLine).toContain(part)
        // Once for the run: in the failure, and in the summary; not once per file.
        expect(occurrences(errorLine, part)).toBe(1)
      }
      expect(occurrences(result.summary, '🔌')).toBe(1)
      expect(secure.requests).toHaveLength(0)
    }
  )
})

describe('an https:// endpoint that speaks plain HTTP', () => {
  it('is named once as not speaking TLS, with the fix (write http://), and the run stops before the next file', async () => {
    const plain = await startEmulator()
    closers.push(() => plain.close())
    const endpoint = plain.vodEndpoint.replace(/^http:/, 'https:')
    const result = await run(endpoint)
    expect(result.exitCode).toBe(1)
    const codes = imagesOf(result).map(image => image.error?.code)
    // Node 20 says EPROTO; later OpenSSL builds name the record error itself.
    expect(['EPROTO', 'ERR_SSL_WRONG_VERSION_NUMBER', 'ERR_SSL_PACKET_LENGTH_TOO_LONG']).toContain(codes[0])
    expect(codes.slice(1)).toEqual(['NotAttempted', 'NotAttempted'])
    const errorLine = result.stdout.split('\n').find(line => line.startsWith('::error::'))!
    const says = `The VOD endpoint ${endpoint} does not speak TLS, though the URL says https://: if it is plain HTTP, write http:// (check the endpoint input)`
    expect(occurrences(errorLine, says)).toBe(1)
    expect(result.stdout).not.toContain('UnexpectedError')
    expect(occurrences(result.summary, '🔌')).toBe(1)
  })
})
