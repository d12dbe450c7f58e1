/** Loopback network fixtures for tests: a forward proxy with CONNECT tunnels, and a port nothing listens on. */
import http from 'node:http'
import net from 'node:net'
import type { AddressInfo } from 'node:net'

export interface TestProxy {
  url: string
  /** "METHOD host" for each forwarded request, "CONNECT host:port" for each tunnel, in order. */
  seen: string[]
  /** "host:port" of each CONNECT tunnel. */
  readonly tunnels: string[]
  /** Client connections the proxy accepted. */
  readonly connections: number
  /** For each client connection that carried forwarded requests, in order of its first: "METHOD host" of each. */
  readonly requestsByConnection: string[][]
  /** Forgets what was seen and counted. */
  reset(): void
  close(): Promise<void>
}

/**
 * A forward proxy (absolute-URI requests) and CONNECT tunnel that sends everything to 127.0.0.1 at
 * the port asked for; refuseConnect may answer a CONNECT to some "host:port" with a status instead.
 */
export async function startProxy(options: { refuseConnect?: (hostPort: string) => number | undefined } = {}): Promise<TestProxy> {
  const seen: string[] = []
  let connections = 0
  const bySocket = new Map<net.Socket, string[]>()
  const server = http.createServer((req, res) => {
    const target = new URL(req.url ?? '')
    seen.push(`${req.method} ${target.host}`)
    bySocket.set(req.socket, [...(bySocket.get(req.socket) ?? []), `${req.method} ${target.host}`])
    const upstream = http.request(
      { host: '127.0.0.1', port: Number(target.port), method: req.method, path: target.pathname + target.search, headers: req.headers },
      answer => {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
      }
    )
    upstream.on('error', () => res.destroy())
    req.pipe(upstream)
  })
  server.on('connect', (req: http.IncomingMessage, socket: net.Socket, head: Buffer) => {
    seen.push(`CONNECT ${req.url}`)
    const refusal = options.refuseConnect?.(req.url ?? '')
    if (refusal) {
      const challenge = refusal === 407 ? 'Proxy-Authenticate: Basic realm="corp"\r\n' : ''
      socket.end(`HTTP/1.1 ${refusal} ${http.STATUS_CODES[refusal]}\r\n${challenge}Content-Length: 0\r\n\r\n`)
      return
    }
    const upstream = net.connect(Number(new URL(`http://${req.url}`).port), '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.write(head)
      upstream.pipe(socket)
      socket.pipe(upstream)
    })
    upstream.on('error', () => socket.destroy())
    socket.on('error', () => upstream.destroy())
  })
  server.on('connection', () => connections++)
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    get tunnels() {
      return seen.filter(entry => entry.startsWith('CONNECT ')).map(entry => entry.slice('CONNECT '.length))
    },
    get connections() {
      return connections
    },
    get requestsByConnection() {
      return [...bySocket.values()]
    },
    reset() {
      seen.length = 0
      connections = 0
      bySocket.clear()
    },
    close: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

/** A loopback port that was free a moment ago and has nothing listening now. */
export async function closedPort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>(resolve => server.close(() => resolve()))
  return port
}
