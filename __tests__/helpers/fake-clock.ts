/** A fake clock for the request rates: time moves only when the test says so; no real sleep, no timing assertion. */
import type { FlowClock } from '../../src/services/flow-control.js'

/** Time moves only when the test says so; sleepers wake in order of their deadline. */
export class FakeClock implements FlowClock {
  time = 1_000_000
  private sleepers: Array<{ at: number; wake(): void }> = []

  now = (): number => this.time

  get pendingSleeps(): number {
    return this.sleepers.length
  }

  /** Like timers/promises setTimeout with a signal: an abort rejects the sleep at once and removes it. */
  sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
    new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason as Error)
      const sleeper = { at: this.time + ms, wake: resolve }
      this.sleepers.push(sleeper)
      signal?.addEventListener(
        'abort',
        () => {
          this.sleepers = this.sleepers.filter(s => s !== sleeper)
          reject(signal.reason as Error)
        },
        { once: true }
      )
    })

  /** Moves time forward by ms, waking each sleeper at its moment and letting the woken code run. */
  async advance(ms: number): Promise<void> {
    const end = this.time + ms
    for (;;) {
      await settle()
      const due = this.sleepers.filter(s => s.at <= end).sort((a, b) => a.at - b.at)[0]
      if (!due) break
      this.sleepers = this.sleepers.filter(s => s !== due)
      this.time = Math.max(this.time, due.at)
      due.wake()
    }
    this.time = end
    await settle()
  }
}

export async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await Promise.resolve()
}

/**
 * A clock for code that is run to its end without the test stepping in (run() as a whole): each sleep
 * returns at once and moves the time on by what it asked for, so waits take no real time and stay in order.
 */
export function jumpingClock(start = 1_000_000): { now(): number; sleep(ms: number): Promise<void>; slept: number[] } {
  let time = start
  const slept: number[] = []
  return {
    slept,
    now: () => time,
    sleep: async ms => {
      slept.push(ms)
      time += ms
    }
  }
}
