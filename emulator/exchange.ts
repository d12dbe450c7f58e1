/** One request and its answer: what both services share (fault injection, latency, the request log). */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { ServiceFault } from './errors.js'
import { faultError, GATEWAY_HTML, isAnsweringFault } from './faults.js'
import { discardBody, sendHtml, type Delays } from './http-io.js'
import type { Records } from './records.js'
import type { CraftedAnswer, FaultKind, RequestRecord, ServiceName } from './types.js'

export interface ServiceRuntime {
  service: ServiceName
  records: Records
  clock: () => number
  delays: Delays
  latencyMs: () => number
  renderError: (exchange: Exchange, error: ServiceFault) => void
}

export class Exchange {
  readonly record: RequestRecord
  private logged = false

  constructor(
    readonly runtime: ServiceRuntime,
    readonly req: IncomingMessage,
    readonly res: ServerResponse
  ) {
    this.record = {
      service: runtime.service,
      method: req.method ?? 'GET',
      path: new URL(req.url ?? '/', 'http://emulator').pathname,
      status: 0,
      secure: (req.socket as { encrypted?: boolean }).encrypted === true,
      at: runtime.clock()
    }
  }

  /** Logs the request once, with its final status (0 when it was never answered). */
  log(status: number, code?: string): void {
    if (this.logged) return
    this.logged = true
    this.record.status = status
    if (code !== undefined) this.record.code = code
    this.runtime.records.logRequest(this.record)
  }

  /** Logs status 0 when the client went away before the answer could be written. */
  async answerError(error: ServiceFault): Promise<void> {
    await this.runtime.delays.wait(this.runtime.latencyMs())
    this.runtime.renderError(this, error)
    this.log(this.res.headersSent ? error.status : 0, error.code)
  }

  /** Plays a fault. The body is drained first so a client still sending is not stalled (except for 'reset'). */
  async injectFault(kind: FaultKind, answer?: CraftedAnswer): Promise<void> {
    this.record.fault = kind
    if (kind === 'reset' || kind === 'lostAnswer') {
      this.log(0)
      this.req.socket.destroy()
      return
    }
    if (kind === 'hang') {
      this.log(0)
      await discardBody(this.req)
      return
    }
    await discardBody(this.req)
    if (isAnsweringFault(kind)) {
      await this.answerError(faultError(kind, this.runtime.service, answer))
      return
    }
    await this.runtime.delays.wait(this.runtime.latencyMs())
    sendHtml(this.res, 502, GATEWAY_HTML)
    this.log(502)
  }
}

/** Unexpected exceptions become an InternalError answer instead of a crashed server. */
export function asServiceFault(error: unknown): ServiceFault {
  if (error instanceof ServiceFault) return error
  const detail = error instanceof Error ? error.message : String(error)
  return new ServiceFault(500, 'InternalError', `The emulator failed: ${detail}`)
}
