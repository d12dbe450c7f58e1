/** An HTTP or HTTPS server that counts connections, TLS handshakes and in-flight requests and can always be closed. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { createServer as createTlsServer } from 'node:https'
import type { AddressInfo, Socket } from 'node:net'
import type { TLSSocket } from 'node:tls'
import type { ServiceStats } from './types.js'

type RequestHandler = (req: IncomingMessage, res: ServerResponse, requestNumber: number) => Promise<void>

// Longer than the clients' idle keep-alive, so the server is not the side that closes a reused socket.
const KEEP_ALIVE_TIMEOUT_MS = 30_000

export class TrackedServer {
  private readonly server: Server
  private readonly sockets = new Set<Socket>()
  private counters: ServiceStats = { connections: 0, handshakes: 0, resumedSessions: 0, requests: 0, inFlight: 0, maxInFlight: 0 }

  constructor(handler: RequestHandler, onHandlerError: (error: unknown, res: ServerResponse) => void, tls?: { key: string; cert: string }) {
    const onRequest = (req: IncomingMessage, res: ServerResponse): void => this.onRequest(req, res, handler, onHandlerError)
    this.server = tls ? createTlsServer({ key: tls.key, cert: tls.cert }, onRequest) : createServer(onRequest)
    this.server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS
    this.server.on('connection', (socket: Socket) => this.onConnection(socket))
    // Every completed TLS handshake: a full one, or a resumed session (cheaper, but still a new connection).
    this.server.on('secureConnection', (socket: TLSSocket) => {
      this.counters.handshakes += 1
      if (socket.isSessionReused()) this.counters.resumedSessions += 1
      // The https server tracks the TLS socket, not the TCP one 'connection' saw: close() must reach it too.
      this.sockets.add(socket)
      socket.on('close', () => this.sockets.delete(socket))
    })
  }

  async listen(host: string, port: number): Promise<number> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject)
      this.server.listen(port, host, () => {
        this.server.off('error', reject)
        resolve()
      })
    })
    return (this.server.address() as AddressInfo).port
  }

  stats(): ServiceStats {
    return { ...this.counters }
  }

  /** In-flight requests are still running, so the gauge keeps its value. */
  resetStats(): void {
    const { inFlight } = this.counters
    this.counters = { connections: 0, handshakes: 0, resumedSessions: 0, requests: 0, inFlight, maxInFlight: inFlight }
  }

  /** Stops listening and destroys every socket, idle, busy or hung. */
  close(): Promise<void> {
    const closed = new Promise<void>(resolve => this.server.close(() => resolve()))
    for (const socket of this.sockets) socket.destroy()
    return closed
  }

  private onConnection(socket: Socket): void {
    this.counters.connections += 1
    this.sockets.add(socket)
    socket.on('close', () => this.sockets.delete(socket))
  }

  private onRequest(
    req: IncomingMessage,
    res: ServerResponse,
    handler: RequestHandler,
    onHandlerError: (error: unknown, res: ServerResponse) => void
  ): void {
    this.counters.requests += 1
    this.counters.inFlight += 1
    this.counters.maxInFlight = Math.max(this.counters.maxInFlight, this.counters.inFlight)
    res.once('close', () => {
      this.counters.inFlight = Math.max(0, this.counters.inFlight - 1)
    })
    handler(req, res, this.counters.requests).catch((error: unknown) => onHandlerError(error, res))
  }
}
