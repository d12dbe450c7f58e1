/** Retries with exponential backoff and full jitter. Timing is injectable so tests run fast. */

export interface Backoff {
  /** Retries after the first attempt. */
  retries: number
  baseDelayMs: number
  maxDelayMs: number
  random(): number
  sleep(ms: number, signal?: AbortSignal): Promise<void>
}

export function defaultBackoff(retries: number): Backoff {
  return { retries, baseDelayMs: 500, maxDelayMs: 20_000, random: Math.random, sleep }
}

/** Full jitter: a uniform delay between 0 and the capped exponential step. */
export function backoffDelay(retryNumber: number, backoff: Pick<Backoff, 'baseDelayMs' | 'maxDelayMs' | 'random'>): number {
  const ceiling = Math.min(backoff.maxDelayMs, backoff.baseDelayMs * 2 ** retryNumber)
  return Math.floor(backoff.random() * ceiling)
}

/** Resolves after ms, or at once when the signal aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise(resolve => {
    if (signal?.aborted) return resolve()
    const done = (): void => {
      clearTimeout(timer)
      signal?.removeEventListener('abort', done)
      resolve()
    }
    const timer = setTimeout(done, ms)
    signal?.addEventListener('abort', done)
  })
}

interface RetryContext {
  backoff: Backoff
  /** When aborted, no further attempt starts. */
  signal?: AbortSignal
  onRetry?(error: unknown, retryNumber: number, delayMs: number): void
}

/** Runs operation until it succeeds, fails with an error that is not retryable, or retries run out. */
export async function retrying<T>(
  operation: () => Promise<T>,
  isRetryable: (error: unknown) => boolean,
  context: RetryContext
): Promise<T> {
  for (let retryNumber = 0; ; retryNumber++) {
    try {
      return await operation()
    } catch (error) {
      if (retryNumber >= context.backoff.retries || !isRetryable(error) || context.signal?.aborted) throw error
      const delay = backoffDelay(retryNumber, context.backoff)
      context.onRetry?.(error, retryNumber + 1, delay)
      await context.backoff.sleep(delay, context.signal)
      if (context.signal?.aborted) throw error
    }
  }
}
