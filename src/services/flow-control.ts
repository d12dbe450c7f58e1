/**
 * One request rate for every VOD call of the run, whatever the concurrency: calls wait for their
 * slot, evenly spaced. The rate adapts to the service: a throttled answer lowers it for the whole
 * run (to what VOD admitted in the last second, or by a quarter, whichever is lower), clean answers
 * raise it again by about one call per second each second, up to the configured rate.
 *
 * A rate with a batch window, while at least a window's worth of calls wait (the rate is what holds
 * them back), wakes at most once per window and lets through together every call whose slot has
 * come (never one before its slot, never more than the rate in any second): at 72 calls per second,
 * a wake-up and a round of I/O per call cost about 1 ms of CPU per image. With fewer waiting (the
 * concurrency or the answers are what hold the run back), each call goes at its own slot: waiting
 * for a round would only slow the run (BENCHMARKS.md, "The batch window at the default concurrency").
 */
import { CancelledError, Fifo } from '../shared/index.js'

export interface FlowClock {
  now(): number
  /** Resolves after ms. */
  sleep(ms: number): Promise<void>
}

interface FlowControlOptions {
  /** The most calls per second; the rate never goes above it. */
  ratePerSecond: number
  /** With no successful call for this long, a throttled call is not retried any more. */
  stallMs: number
  /**
   * While at least as many calls wait as the rate has slots in this many ms, they are let through at
   * most once per this many ms, together, each once its slot has come; 0 (the default): each call at
   * its own slot.
   */
  batchMs?: number
  clock?: FlowClock
}

export interface FlowStats {
  /** Calls made (each attempt counts). */
  calls: number
  throttled: number
  /** The rate at the end of the run, calls per second. */
  settledRate: number
  configuredRate: number
}

/** A throttled answer lowers the rate at most once per this: answers to calls sent at the old rate keep coming for a while. */
const DECREASE_EVERY_MS = 1000
const DECREASE_FACTOR = 0.75
/** Below what VOD admitted in the last second: room for the odd early arrival. */
const ADMITTED_SHARE = 0.95
const MIN_RATE = 0.5
const WINDOW_MS = 1000
/** A pause asked for by x-acs-retry-after is honoured up to this. */
const MAX_PAUSE_MS = 60_000
const MAX_SLEEP_MS = 1000

interface Waiter {
  resolve(): void
  done: boolean
}

export class FlowControl {
  private rate: number
  private readonly ceiling: number
  private readonly stallMs: number
  private readonly batchMs: number
  private readonly clock: FlowClock
  private readonly waiters = new Fifo<Waiter>()
  private pumping = false
  private nextSlotAt = 0
  /** The pump's last round of releases: the next comes a batch window later. */
  private lastBatchAt = Number.NEGATIVE_INFINITY
  /** When the calls of the last second were let through, oldest first. */
  private readonly released = new Fifo<number>()
  private pausedUntil = 0
  private lastDecreaseAt = Number.NEGATIVE_INFINITY
  private lastSuccessAt: number
  /** Times of the successful calls of the last second, oldest first. */
  private readonly successes = new Fifo<number>()
  private calls = 0
  private throttledCalls = 0

  constructor(options: FlowControlOptions) {
    this.ceiling = options.ratePerSecond
    this.rate = options.ratePerSecond
    this.stallMs = options.stallMs
    this.batchMs = options.batchMs ?? 0
    this.clock = options.clock ?? realClock
    this.lastSuccessAt = this.clock.now()
  }

  /** Resolves when the next call may go; at once when the signal aborts (the caller then does not call). */
  acquire(signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.resolve()
    return new Promise(resolve => {
      const waiter: Waiter = { done: false, resolve: () => undefined }
      const onAbort = (): void => finish()
      const finish = (): void => {
        if (waiter.done) return
        waiter.done = true
        signal?.removeEventListener('abort', onAbort)
        resolve()
      }
      waiter.resolve = finish
      signal?.addEventListener('abort', onAbort, { once: true })
      this.waiters.push(waiter)
      void this.pump()
    })
  }

  /** A call went through: the run makes progress, and the rate may creep up. */
  succeeded(): void {
    const now = this.clock.now()
    this.calls++
    this.lastSuccessAt = now
    this.successes.push(now)
    this.forgetOldSuccesses(now)
    this.rate = Math.min(this.ceiling, this.rate + 1 / this.rate)
  }

  /** A call got an answer that was neither a success nor throttling. */
  answered(): void {
    this.calls++
  }

  /** A throttled answer to a call sent at sentAt; retryAfterMs: how long the service asked to wait. */
  throttled(sentAt: number, retryAfterMs?: number): void {
    const now = this.clock.now()
    this.calls++
    this.throttledCalls++
    if (retryAfterMs !== undefined && retryAfterMs > 0)
      this.pausedUntil = Math.max(this.pausedUntil, now + Math.min(retryAfterMs, MAX_PAUSE_MS))
    if (sentAt <= this.lastDecreaseAt || now - this.lastDecreaseAt < DECREASE_EVERY_MS) return
    this.lastDecreaseAt = now
    this.forgetOldSuccesses(now)
    // VOD's limits are per second: what it admitted in the last second is the limit it applies now.
    const admitted = this.successes.size
    const decreased = this.rate * DECREASE_FACTOR
    this.rate = Math.max(MIN_RATE, admitted > 0 ? Math.min(decreased, admitted * ADMITTED_SHARE) : decreased)
  }

  /** True when no call has succeeded for the stall time: throttling is no longer worth waiting out. */
  stalled(): boolean {
    return this.clock.now() - this.lastSuccessAt >= this.stallMs
  }

  /** Another kind of progress (bytes stored) also counts against a stall. */
  progressed(): void {
    this.lastSuccessAt = this.clock.now()
  }

  clockNow(): number {
    return this.clock.now()
  }

  get currentRate(): number {
    return this.rate
  }

  stats(): FlowStats {
    return { calls: this.calls, throttled: this.throttledCalls, settledRate: this.rate, configuredRate: this.ceiling }
  }

  /** Releases the waiters whose slots have come, each at or after its slot; one round per batch window while the rate holds them back. */
  private async pump(): Promise<void> {
    if (this.pumping) return
    this.pumping = true
    // The slots that passed while no call waited are gone.
    this.nextSlotAt = Math.max(this.nextSlotAt, this.clock.now())
    try {
      for (;;) {
        this.skipDone()
        if (this.waiters.size === 0) break
        const now = this.clock.now()
        const dueAt = Math.max(this.nextSlotAt, this.pausedUntil, this.windowFreeAt(now))
        const wait = (this.rateHoldsBack() ? Math.max(dueAt, this.lastBatchAt + this.batchMs) : dueAt) - now
        if (wait > 0) {
          // In steps: once every waiter is gone (a cancel), no timer keeps the process waiting long.
          await this.clock.sleep(Math.min(wait, MAX_SLEEP_MS))
          continue
        }
        this.lastBatchAt = now
        this.releaseDue(now)
      }
    } finally {
      this.pumping = false
    }
  }

  /** Every waiter whose slot has come, while the last second has room; a slot older than a batch window (a late timer) is gone. */
  private releaseDue(now: number): void {
    let slot = Math.max(this.nextSlotAt, this.pausedUntil, now - this.batchMs)
    do {
      this.waiters.shift().resolve()
      this.released.push(now)
      slot += 1000 / this.rate
      this.skipDone()
    } while (slot <= now && this.waiters.size > 0 && this.windowFreeAt(now) <= now)
    this.nextSlotAt = slot
  }

  /** At least a batch window's worth of slots are waited for: a round then delays no call past the rate. */
  private rateHoldsBack(): boolean {
    return this.waiters.size >= Math.ceil((this.rate * this.batchMs) / 1000)
  }

  private skipDone(): void {
    this.waiters.dropWhile(waiter => waiter.done)
  }

  /** When the last second has room for one more call: now, or once its oldest call is a second old. */
  private windowFreeAt(now: number): number {
    this.released.dropWhile(at => at <= now - WINDOW_MS)
    const room = Math.max(1, Math.ceil(this.rate))
    return this.released.size < room ? now : this.released.at(this.released.size - room) + WINDOW_MS
  }

  private forgetOldSuccesses(now: number): void {
    this.successes.dropWhile(at => at <= now - WINDOW_MS)
  }
}

/**
 * Ordinary timers: they keep the process alive while calls wait for their slot (idle keep-alive
 * sockets do not), and the pump stops once no call waits.
 */
const realClock: FlowClock = {
  now: () => Date.now(),
  sleep: ms => new Promise(resolve => setTimeout(resolve, ms))
}

/** What a call throws when it is throttled. */
interface Throttled {
  retryAfterMs?: number
}

interface FlowCallContext {
  isThrottled(error: unknown): error is Throttled
  /** Once aborted, a throttled call is not retried. */
  signal?: AbortSignal
  /** Each throttled answer, before the call is retried. */
  onThrottled?(): void
  /** The error to throw when the run has stalled: no call succeeded for the stall time. */
  stalledError(error: unknown): unknown
}

/**
 * Runs call at the run's rate. A throttled answer is retried at the adapted rate, without using
 * the retry budget, as long as some call of the run still succeeds; other errors are thrown.
 */
export async function paced<T>(flow: FlowControl | undefined, call: () => Promise<T>, context: FlowCallContext): Promise<T> {
  if (!flow) return call()
  for (;;) {
    await flow.acquire(context.signal)
    if (context.signal?.aborted) throw new CancelledError()
    const sentAt = flow.clockNow()
    try {
      const result = await call()
      flow.succeeded()
      return result
    } catch (error) {
      if (!context.isThrottled(error)) {
        flow.answered()
        throw error
      }
      flow.throttled(sentAt, error.retryAfterMs)
      context.onThrottled?.()
      if (context.signal?.aborted) throw error
      if (flow.stalled()) throw context.stalledError(error)
    }
  }
}
