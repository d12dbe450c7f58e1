/**
 * Cancellation as the runner does it: SIGINT, then SIGTERM 7.5 s later, then a kill 2.5 s after
 * that. The first signal aborts `signal` (start nothing new, retry nothing). After the grace period
 * the connections of uploads still in flight are cut. At the deadline, or at a second signal,
 * `deadline` aborts: cleanup stops waiting, so that outputs are written before the kill.
 */
export interface Cancellation {
  readonly signal: AbortSignal
  readonly deadline: AbortSignal
  dispose(): void
}

export interface CancellationOptions {
  graceMs: number
  /** After the grace period, how long cleanup (deleting unfinished ImageIds) may take. */
  cleanupMs: number
  cutInFlight(): void
  warn(message: string): void
}

export function onCancelSignal(options: CancellationOptions): Cancellation {
  const cancelled = new AbortController()
  const deadline = new AbortController()
  const timers: NodeJS.Timeout[] = []
  const onSignal = (signal: NodeJS.Signals): void => {
    if (cancelled.signal.aborted) {
      options.warn(`Received ${signal} while cleaning up: writing the results now`)
      deadline.abort()
      return
    }
    options.warn(`Received ${signal}: starting no new uploads; cleaning up what is in flight`)
    cancelled.abort()
    timers.push(setTimeout(options.cutInFlight, options.graceMs))
    timers.push(setTimeout(() => deadline.abort(), options.graceMs + options.cleanupMs))
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  return {
    signal: cancelled.signal,
    deadline: deadline.signal,
    dispose: () => {
      timers.forEach(clearTimeout)
      process.off('SIGINT', onSignal)
      process.off('SIGTERM', onSignal)
    }
  }
}

/** Resolves when the signal aborts (at once if it already has). */
export function whenAborted(signal: AbortSignal): Promise<void> {
  return new Promise(resolve => (signal.aborted ? resolve() : signal.addEventListener('abort', () => resolve(), { once: true })))
}
