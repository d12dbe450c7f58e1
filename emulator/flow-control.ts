/** VOD's flow control: each action admits its limit of calls per sliding second; beyond that, 400 Throttling.User. */
import { ServiceFault } from './errors.js'
import type { FlowControlOption } from './types.js'

const WINDOW_MS = 1000

/** VOD's documented per-account limits of the actions the action calls (calls per second). */
export const DOCUMENTED_FLOW_LIMITS: Readonly<Record<string, number>> = { CreateUploadImage: 80, DeleteImage: 50, GetImageInfos: 10 }

/** The timestamps of one action's admitted calls within the last second, oldest first. */
class SlidingWindow {
  private times: number[] = []
  private head = 0

  /** Admits the call at `now` unless `limit` calls were admitted in the second before it. */
  admit(now: number, limit: number): boolean {
    while (this.head < this.times.length && this.times[this.head] <= now - WINDOW_MS) this.head += 1
    if (this.head > 1024 && this.head * 2 > this.times.length) {
      this.times = this.times.slice(this.head)
      this.head = 0
    }
    if (this.times.length - this.head >= limit) return false
    this.times.push(now)
    return true
  }
}

export class FlowGate {
  private option: FlowControlOption | undefined
  private windows = new Map<string, SlidingWindow>()
  private throttledCalls = 0

  constructor(option: FlowControlOption | undefined) {
    this.set(option)
  }

  /** undefined or a limit of 0: every call is admitted. */
  set(option: FlowControlOption | undefined): void {
    this.option = option
    this.reset()
  }

  reset(): void {
    this.windows = new Map()
    this.throttledCalls = 0
  }

  get throttled(): number {
    return this.throttledCalls
  }

  /** The answer for a call beyond the limit, with the header to send; undefined when admitted. */
  check(action: string, now: number): { error: ServiceFault; headers: Record<string, string> } | undefined {
    const limit = this.option?.limits?.[action] ?? this.option?.callsPerSecond ?? 0
    if (limit <= 0) return undefined
    let window = this.windows.get(action)
    if (!window) {
      window = new SlidingWindow()
      this.windows.set(action, window)
    }
    if (window.admit(now, limit)) return undefined
    this.throttledCalls += 1
    const retryAfter = this.option?.retryAfterMs
    return {
      error: new ServiceFault(400, 'Throttling.User', 'Request was denied due to user flow control.'),
      headers: retryAfter === undefined ? {} : { 'x-acs-retry-after': String(retryAfter) }
    }
  }
}
