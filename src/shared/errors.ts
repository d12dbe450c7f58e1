/**
 * Typed errors. Callers branch on the class and its fields, never on message text.
 * No message built here ever contains a credential or a request URL.
 */
import { causeDetail, isHopeless, reachCause, type ReachCause } from './reachability.js'
import type { Refusal } from './refusals.js'

export interface Problem {
  /** The input the problem is about, when it is about an input. */
  input?: string
  /** The workspace-relative file the problem is about, when it is about a file. */
  file?: string
  message: string
}

function describeProblem(problem: Problem): string {
  if (problem.input) return `Input "${problem.input}": ${problem.message}`
  if (problem.file) return `${problem.file}: ${problem.message}`
  return problem.message
}

/** Every problem found before any network call, reported together. */
export class InputError extends Error {
  readonly problems: readonly Problem[]

  constructor(problems: readonly Problem[], heading = 'Invalid input') {
    const lines = problems.map(p => `  - ${describeProblem(p)}`)
    super(`${heading} (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${lines.join('\n')}`)
    this.name = 'InputError'
    this.problems = problems
  }
}

/** vod: the VOD OpenAPI; oss: an image's bytes; sts: with role-to-assume, AssumeRoleWithOIDC and the runner's OIDC token it takes. */
export type Service = 'vod' | 'oss' | 'sts'
/** queued: never started (the run was cancelled, or stopped early by the breaker, first); confirm: VOD's Status of the image, after its bytes were sent. */
export type Stage = 'queued' | 'read' | 'create' | 'upload' | 'delete' | 'confirm'
/** transient: retry; expired: get a new upload credential; permanent: give up on this file. */
export type ErrorKind = 'transient' | 'expired' | 'permanent'

export interface ServiceErrorFields {
  service: Service
  /**
   * The API or operation: CreateUploadImage, DeleteImage, GetImageInfos; PutObject, InitiateMultipartUpload, UploadPart,
   * CompleteMultipartUpload; AssumeRoleWithOIDC, GetIDToken (the runner's OIDC token).
   */
  api: string
  code: string
  /** HTTP status, when an answer arrived. */
  status?: number
  requestId?: string
  /** The service's own message, or our description of a network failure. */
  detail: string
  kind: ErrorKind
  /** Why the service could not be reached at all, when that is known: the run says it once, with the fix. */
  reach?: ReachCause
  /** An answer no other file can get past (refusals.ts): the run stops after it and names the fix. */
  refusal?: Refusal
}

/** What of a service's answer a report keeps, in characters: an answer may hold megabytes, and it is shown in the log, outputs and summary. */
export const AnswerLimits = { detail: 1024, code: 128, requestId: 128 } as const

// Characters a key, secret or token is made of (Base64 and URL-safe Base64, hex, STS.…), percent-encoded too.
const CREDENTIAL_CHARACTER = /[A-Za-z0-9+/=._~%-]/

/**
 * The text cut to at most max characters, with a note of its length. The cut goes back to before the
 * word it falls in: a secret cut in two would no longer be found, and so redacted, whole.
 */
export function bounded(text: string, max: number): string {
  if (text.length <= max) return text
  const note = `… (cut: ${text.length} characters in all)`
  let end = Math.max(0, max - note.length)
  while (end > 0 && CREDENTIAL_CHARACTER.test(text[end - 1]) && CREDENTIAL_CHARACTER.test(text[end])) end--
  // Never half of a surrogate pair.
  if (end > 0 && /[\uD800-\uDBFF]/.test(text[end - 1])) end--
  return `${text.slice(0, end)}${note}`
}

/** An answer (or a failure to get one) from VOD, OSS, STS or the runner's OIDC token endpoint. */
export class ServiceError extends Error implements ServiceErrorFields {
  readonly service: Service
  readonly api: string
  readonly code: string
  readonly status?: number
  readonly requestId?: string
  readonly detail: string
  readonly kind: ErrorKind
  readonly reach?: ReachCause
  readonly refusal?: Refusal

  /**
   * cause: the library's own error, for the debug log only (its text may hold URLs or options).
   * code, requestId and detail are bounded (AnswerLimits) here, where every error from an answer is made.
   */
  constructor(fields: ServiceErrorFields, cause?: unknown) {
    const status = fields.status === undefined ? '' : ` (HTTP ${fields.status})`
    const code = bounded(fields.code, AnswerLimits.code)
    const detail = bounded(fields.detail, AnswerLimits.detail)
    super(`${fields.api} failed: ${code}${status}: ${detail}`, cause === undefined ? undefined : { cause })
    this.name = 'ServiceError'
    this.service = fields.service
    this.api = fields.api
    this.code = code
    this.status = fields.status
    this.requestId = fields.requestId === undefined ? undefined : bounded(fields.requestId, AnswerLimits.requestId)
    this.detail = detail
    this.kind = fields.kind
    this.reach = fields.reach
    this.refusal = fields.refusal
  }

  /** Its fields alone, to make another error that says more about the same failure. */
  fields(): ServiceErrorFields {
    const { service, api, code, status, requestId, detail, kind, reach, refusal } = this
    return { service, api, code, status, requestId, detail, kind, reach, refusal }
  }
}

/** A local file could not be read, or changed while the action ran. */
export class FileReadError extends Error {
  readonly file: string
  readonly code: string
  /** What is wrong, without the file name. */
  readonly detail: string

  constructor(file: string, code: string, detail: string) {
    super(`${file}: ${detail}`)
    this.name = 'FileReadError'
    this.file = file
    this.code = code
    this.detail = detail
  }
}

/** The run was cancelled while this file was under way. */
export class CancelledError extends Error {
  constructor() {
    super('the run was cancelled')
    this.name = 'CancelledError'
  }
}

/** Why one file did not make it: at which stage, and what failed (which file: the FileResult that holds it). */
export interface FileFailure {
  stage: Stage
  code: string
  message: string
  status?: number
  requestId?: string
}

/** Where the details of an unexpected error are, and how to get them there. */
export const DEBUG_LOG_HINT =
  'details in the debug log: re-run the job with debug logging on (Re-run jobs → Enable debug logging), or set the secret or variable ACTIONS_STEP_DEBUG to true'

export function toFileFailure(stage: Stage, error: unknown): FileFailure {
  if (error instanceof ServiceError) {
    return { stage, code: error.code, message: error.detail, status: error.status, requestId: error.requestId }
  }
  if (error instanceof FileReadError) {
    return { stage, code: error.code, message: error.detail }
  }
  if (error instanceof CancelledError) {
    return { stage, code: 'Cancelled', message: 'the run was cancelled before this file was uploaded' }
  }
  // Unknown errors may come from a library and carry URLs or options: keep only the class name.
  const name = error instanceof Error ? error.name : typeof error
  return { stage, code: 'UnexpectedError', message: `unexpected ${name} (${DEBUG_LOG_HINT})` }
}

// Failures of the connection itself, worth another try: the service may answer the next one.
const TRANSIENT_NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ENETDOWN',
  'UND_ERR_SOCKET'
])

/**
 * A request that got no usable answer. Timeouts and dropped connections are transient; a host that
 * does not exist or a certificate that does not verify will not get better by retrying.
 */
export function networkError(
  service: Service,
  api: string,
  error: { code?: unknown; name?: unknown; noAnswer?: boolean },
  cause?: unknown
): ServiceError {
  const name = typeof error.name === 'string' ? error.name : ''
  const code = typeof error.code === 'string' && error.code ? error.code : ''
  if (/timeout/i.test(name) || /timeout/i.test(code)) {
    return new ServiceError({ service, api, code: 'RequestTimeout', detail: 'no answer before the timeout', kind: 'transient' })
  }
  const reach = reachCause(code)
  if (reach)
    return new ServiceError({ service, api, code, detail: causeDetail(reach), kind: isHopeless(reach) ? 'permanent' : 'transient', reach })
  // UNABLE_TO_VERIFY_LEAF_SIGNATURE / UNABLE_TO_GET_ISSUER_CERT*: a CA Node does not trust (a private CA or a TLS-inspecting proxy).
  if (/CERT|SELF_SIGNED|TLS|SSL|^UNABLE_TO_/.test(code)) {
    return new ServiceError({
      service,
      api,
      code,
      detail:
        'the TLS certificate could not be verified (a private CA or a TLS-inspecting proxy? give Node its CA with NODE_EXTRA_CA_CERTS)',
      kind: 'permanent'
    })
  }
  if (TRANSIENT_NETWORK_CODES.has(code) || error.noAnswer) {
    return new ServiceError({
      service,
      api,
      code: code || 'NetworkError',
      detail: `the connection failed (${code || name || 'no answer'})`,
      kind: 'transient'
    })
  }
  return new ServiceError(
    { service, api, code: 'UnexpectedError', detail: `unexpected ${name || 'error'} (${DEBUG_LOG_HINT})`, kind: 'permanent' },
    cause
  )
}

export function isTransient(error: unknown): boolean {
  return error instanceof ServiceError && error.kind === 'transient'
}
