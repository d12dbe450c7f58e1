/** Reading request bodies, writing answers, and delays that close() can cancel. */
import type { IncomingMessage, ServerResponse } from 'node:http'

export interface ReceivedBody {
  body: Buffer
  /** Bytes received, also those past the limit that were not kept. */
  bytes: number
  /** More than `limit` bytes arrived: `body` holds none of them. */
  overLimit: boolean
  /** The client sent the whole body (false when it went away first). */
  complete: boolean
}

/** Reads the whole body; past `limit` bytes it keeps reading but stops keeping, so the client is never stalled. */
export function readBody(req: IncomingMessage, limit = Number.POSITIVE_INFINITY): Promise<ReceivedBody> {
  if (req.readableEnded || req.destroyed) {
    return Promise.resolve({ body: Buffer.alloc(0), bytes: 0, overLimit: false, complete: req.readableEnded })
  }
  return new Promise(resolve => {
    const chunks: Buffer[] = []
    let bytes = 0
    let settled = false
    const settle = (complete: boolean): void => {
      if (settled) return
      settled = true
      const overLimit = bytes > limit
      resolve({ body: overLimit ? Buffer.alloc(0) : Buffer.concat(chunks), bytes, overLimit, complete })
    }
    req.on('data', (chunk: Buffer) => {
      bytes += chunk.length
      if (bytes <= limit) chunks.push(chunk)
      else chunks.length = 0
    })
    req.on('end', () => settle(true))
    req.on('error', () => settle(false))
    req.on('close', () => settle(req.complete))
  })
}

export function discardBody(req: IncomingMessage): Promise<ReceivedBody> {
  return readBody(req, 0)
}

/** One header's value; repeated headers joined with commas. */
export function headerValue(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name.toLowerCase()]
  return Array.isArray(value) ? value.join(',') : value
}

function canAnswer(res: ServerResponse): boolean {
  return !res.headersSent && !res.destroyed && !res.writableEnded
}

export function send(res: ServerResponse, status: number, headers: Record<string, string | number>, body: string | Buffer = ''): void {
  if (!canAnswer(res)) return
  const payload = typeof body === 'string' ? Buffer.from(body, 'utf8') : body
  res.writeHead(status, { ...headers, 'Content-Length': payload.length })
  res.end(payload)
}

export function sendHtml(res: ServerResponse, status: number, html: string): void {
  send(res, status, { 'Content-Type': 'text/html', Server: 'Tengine' }, html)
}

/** Timers for latency; cancelling them leaves the waiting handlers pending forever, which is what close() wants. */
export class Delays {
  private readonly timers = new Set<NodeJS.Timeout>()

  wait(ms: number): Promise<void> {
    if (ms <= 0) return Promise.resolve()
    return new Promise(resolve => {
      const timer = setTimeout(() => {
        this.timers.delete(timer)
        resolve()
      }, ms)
      this.timers.add(timer)
    })
  }

  cancelAll(): void {
    for (const timer of this.timers) clearTimeout(timer)
    this.timers.clear()
  }
}
