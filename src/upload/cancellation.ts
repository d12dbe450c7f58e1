/**
 * Cancellation as the runner does it: SIGINT, then SIGTERM 7.5 s later, then a kill 2.5 s after
 * that. The first signal aborts `signal` (start nothing new, retry nothing). After the grace period
 * the connections of uploads still in flight are cut. At the deadline, or at a second signal,
 * `deadline` aborts: cleanup stops waiting, so that outputs are written before the kill.
 */
export interface Cancellation {
  readonly signal: AbortSignal
  readonly deadline: AbortSignal
  /** Sets what ends the requests in flight once the grace period is over, or at a second signal (the run's connections, when they exist). */
  cutInFlightWith(cutInFlight: () => void): void
  dispose(): void
}

interface CancellationOptions {
  graceMs: number
  /** After the grace period, how long cleanup (deleting unfinished ImageIds) may take. */
  cleanupMs: number
  warn(message: string): void
}

/** Installed for the whole run, so that a signal during planning or reporting is handled too. */
export function onCancelSignal(options: CancellationOptions): Cancellation {
  const cancelled = new AbortController()
  const deadline = new AbortController()
  const timers: NodeJS.Timeout[] = []
  let cut: () => void = () => undefined
  const onSignal = (signal: NodeJS.Signals): void => {
    if (cancelled.signal.aborted) {
      options.warn(`Received ${signal} while cleaning up: writing the results now`)
      cut()
      deadline.abort()
      return
    }
    options.warn(`Received ${signal}: starting no new uploads; cleaning up what is in flight`)
    cancelled.abort()
    timers.push(setTimeout(() => cut(), options.graceMs))
    timers.push(setTimeout(() => deadline.abort(), options.graceMs + options.cleanupMs))
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  return {
    signal: cancelled.signal,
    deadline: deadline.signal,
    cutInFlightWith: cutInFlight => {
      cut = cutInFlight
    },
    dispose: () => {
      timers.forEach(clearTimeout)
      process.off('SIGINT', onSignal)
      process.off('SIGTERM', onSignal)
    }
  }
}

const abortPromises = new WeakMap<AbortSignal, Promise<void>>()

/** Resolves when the signal aborts (at once if it already has). One listener per signal, however often it is asked; a signal aborts once, so it runs once. */
export function whenAborted(signal: AbortSignal): Promise<void> {
  let promise = abortPromises.get(signal)
  if (!promise) {
    promise = new Promise(resolve => (signal.aborted ? resolve() : signal.addEventListener('abort', () => resolve())))
    abortPromises.set(signal, promise)
  }
  return promise
}
