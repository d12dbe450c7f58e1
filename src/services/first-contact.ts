/**
 * Until a service has answered once in the run, its silence is news: a request waiting a few seconds
 * is said in the log, requests give up sooner (firstAnswerMs) and after `tries` of them time out
 * unanswered the service counts as not reachable, which stops the run naming where it was. Once the
 * service has answered, the timeout and retries inputs apply as they are.
 */
import { Inputs, ServiceError, type Service } from '../shared/index.js'

export interface FirstContactTiming {
  /** A request waiting this long for a service that has not answered yet is said in the log, once per service. */
  noteAfterMs: number
  /** The longest a request waits for a service that has not answered yet (when the timeout input is longer). */
  firstAnswerMs: number
  /** Requests that may time out unanswered before the service counts as silent: the first is retried, the rest are not. */
  tries: number
}

export const FIRST_CONTACT: FirstContactTiming = { noteAfterMs: 5_000, firstAnswerMs: 15_000, tries: 2 }

const NAMES: Record<Service, string> = { vod: 'VOD', oss: 'OSS', sts: 'STS' }

interface ContactOptions {
  service: Service
  /** The timeout input, in ms. */
  timeoutMs: number
  timing: FirstContactTiming
  /** Whether a request waits at most firstAnswerMs: not for OSS, whose requests carry the file's bytes in their time. */
  shortFirstWait: boolean
  /** Where the log's lines go. */
  say: (message: string) => void
}

/** One service's first contact in the run. */
export class FirstContact {
  private answered = false
  private unanswered = 0
  private waiting = new Map<number, string>()
  private nextId = 0
  private timer?: NodeJS.Timeout
  private noted = false

  constructor(private readonly options: ContactOptions) {}

  get hasAnswered(): boolean {
    return this.answered
  }

  /** How long the next request may wait for its answer. */
  timeoutMs(): number {
    const { timeoutMs, timing, shortFirstWait } = this.options
    return this.answered || !shortFirstWait ? timeoutMs : Math.min(timeoutMs, timing.firstAnswerMs)
  }

  /** One request to `url` (an origin): an answer, even an error answer, ends the first contact. */
  async watch<T>(url: string, send: () => Promise<T>): Promise<T> {
    const id = this.started(url)
    try {
      const result = await send()
      this.heard()
      return result
    } catch (error) {
      // Another service's failure (STS's, from a renewal a VOD call started) is that service's news.
      if (!(error instanceof ServiceError) || error.service !== this.options.service) throw error
      if (isAnswer(error)) this.heard()
      throw this.answered ? error : this.unansweredError(error, url)
    } finally {
      this.waiting.delete(id)
    }
  }

  /** Stops the note's timer: the run's requests are over. */
  dispose(): void {
    clearTimeout(this.timer)
    this.timer = undefined
  }

  private started(url: string): number {
    const id = this.nextId++
    this.waiting.set(id, url)
    if (!this.answered && !this.noted && !this.timer) {
      this.timer = setTimeout(() => this.note(), this.options.timing.noteAfterMs)
      this.timer.unref()
    }
    return id
  }

  private note(): void {
    this.timer = undefined
    const [url] = this.waiting.values()
    if (this.answered || url === undefined) return
    this.noted = true
    this.options.say(waitingLine(this.options, url))
  }

  private heard(): void {
    this.answered = true
    this.dispose()
  }

  /** A timeout with no answer yet: retried the first time, then the service counts as one that does not answer. */
  private unansweredError(error: ServiceError, url: string): ServiceError {
    if (error.code !== 'RequestTimeout' || error.status !== undefined) return error
    const counted = ++this.unanswered
    const detail = `${url} accepted the connection but sent no answer within ${seconds(this.timeoutMs())}`
    if (counted < this.options.timing.tries) return new ServiceError({ ...error.fields(), detail }, error.cause)
    return new ServiceError(
      { ...error.fields(), detail: `${detail} (${counted} requests unanswered this run)`, kind: 'permanent', reach: 'no-answer' },
      error.cause
    )
  }
}

const seconds = (ms: number): string => `${Math.round(ms / 100) / 10} s`

function waitingLine({ service, timeoutMs, timing, shortFirstWait }: ContactOptions, url: string): string {
  const wait = shortFirstWait ? Math.min(timeoutMs, timing.firstAnswerMs) : timeoutMs
  return `Waiting for ${NAMES[service]} at ${url}: no answer yet after ${seconds(timing.noteAfterMs)} (each request may take up to ${seconds(timeoutMs)}, input ${Inputs.Timeout}; until ${NAMES[service]} first answers, a request gives up after ${seconds(wait)} and the run stops after ${timing.tries} such requests).`
}

/** An answer arrived, even one that says no: a status, with no failure of the connection behind it. */
function isAnswer(error: ServiceError): boolean {
  return error.status !== undefined && error.reach === undefined
}

/** One FirstContact per service of the run. */
export function firstContacts(
  timing: FirstContactTiming,
  run: { timeoutMs: number; say: (message: string) => void }
): Record<Service, FirstContact> {
  const contact = (service: Service): FirstContact =>
    new FirstContact({ service, timeoutMs: run.timeoutMs, timing, shortFirstWait: service !== 'oss', say: run.say })
  return { vod: contact('vod'), oss: contact('oss'), sts: contact('sts') }
}
