/** The run's circuit breaker: files still queued do not start once a service is known not to answer. */
import { isHopeless, ServiceError } from '../shared/index.js'

/**
 * Opens at once on an answer no other file can get past (a refusal: refusals.ts) and on a service
 * that cannot be reached. Also opens when files end because a service gave no answer at all
 * (timeouts, dropped connections), even after every retry, with no success in between: the files
 * still queued would only wait out the same timeouts, so none of them starts. Other errors that got
 * an answer (about one file) never open it.
 */
export class Breaker {
  reason?: string
  private unanswered = 0

  constructor(private readonly threshold: number) {}

  succeeded(): void {
    this.unanswered = 0
  }

  /** VOD throttled every call for the whole stall time: the files still queued would only be throttled too. */
  stalled(path: string, error: ServiceError): void {
    this.reason ??= `not attempted: VOD throttled every call (${error.code}) for too long, up to ${path}`
  }

  failed(path: string, error: unknown): void {
    if (this.reason) return
    if (error instanceof ServiceError && error.refusal) {
      this.reason = `not attempted: ${error.service.toUpperCase()} refused ${error.api} (${error.code}) for ${path}, and would refuse every other file`
      return
    }
    if (error instanceof ServiceError && error.reach && isHopeless(error.reach)) {
      this.reason = `not attempted: ${error.service.toUpperCase()} cannot be reached (${error.code}: ${error.detail}), as ${path} showed`
      return
    }
    if (!isNoAnswer(error)) return this.succeeded()
    if (++this.unanswered < this.threshold) return
    this.reason = `not attempted: ${error.service.toUpperCase()} gave no answer to ${path} (${error.code}) after every retry`
  }
}

/** A transient failure with no answer at all: a timeout or a dropped connection. */
export function isNoAnswer(error: unknown): error is ServiceError {
  return error instanceof ServiceError && error.kind === 'transient' && error.status === undefined
}
