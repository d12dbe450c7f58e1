/**
 * A loopback HTTP server on a free port that answers as each test says and records what it was sent:
 * for unit tests of the modules whose job is one HTTP exchange (the RPC transport, the VOD and STS clients).
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export type Responder = (req: IncomingMessage, res: ServerResponse) => void

export interface SeenRequest {
  method?: string
  url?: string
  headers: IncomingMessage['headers']
  body: string
  /** Which connection it came on, counted from 1. */
  connection: number
}

export interface AnsweringServer {
  /** `http://127.0.0.1:<port>` */
  readonly endpoint: string
  readonly seen: SeenRequest[]
  /** Connections opened so far. */
  readonly connections: number
  /** How the next requests are answered (a JSON 200 with a RequestId until set). */
  answer: Responder
  /** Forgets what was seen and answers with the default again. */
  reset(): void
  close(): Promise<void>
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Responder {
  return (_req, res) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers })
    res.end(JSON.stringify(body))
  }
}

/** Never answers: the request waits until the client gives up (the server is closed with closeAllConnections). */
export const hang: Responder = () => undefined

const DEFAULT_ANSWER = json(200, { RequestId: 'R-default' })

export async function answeringServer(): Promise<AnsweringServer> {
  const seen: SeenRequest[] = []
  let connections = 0
  const numbers = new WeakMap<object, number>()
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const connection = numbers.get(req.socket) ?? 0
      seen.push({ method: req.method, url: req.url, headers: req.headers, body: Buffer.concat(chunks).toString(), connection })
      state.answer(req, res)
    })
  })
  server.on('connection', socket => numbers.set(socket, ++connections))
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const state: AnsweringServer = {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    get connections() {
      return connections
    },
    answer: DEFAULT_ANSWER,
    reset() {
      seen.length = 0
      state.answer = DEFAULT_ANSWER
    },
    close() {
      server.closeAllConnections()
      return new Promise<void>(resolve => server.close(() => resolve()))
    }
  }
  return state
}
