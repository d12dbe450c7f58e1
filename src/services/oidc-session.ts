/**
 * Credentials of a RAM role assumed with the workflow's OIDC token (role-to-assume), renewed before
 * they expire for as long as the run lasts: each renewal asks GitHub for a fresh OIDC token (it
 * lives about 5 minutes) and calls AssumeRoleWithOIDC again. Many calls needing a renewal at once
 * share one. A renewal that fails while the session still has time left keeps the session in use
 * and is tried again after a pause; only a session that has ended makes the calls fail.
 */
import type { CredentialSource, VodCredentials } from './credentials.js'
import type { AssumedRole } from './sts-client.js'
import { ServiceError } from '../shared/index.js'

export interface OidcSessionOptions {
  /** A fresh OIDC token from the runner (core.getIDToken at the edge). */
  fetchIdToken(): Promise<string>
  /** AssumeRoleWithOIDC with that token. */
  assume(oidcToken: string): Promise<AssumedRole>
  /** Masks and redacts the values from now on: called with each token and credential before anything else sees it. */
  secret(...values: string[]): void
  /** A renewal failed and the session goes on: one line for the debug log (no secret in it). */
  renewalFailed?(message: string): void
  /** How much of a session must be left for it to be handed out after a failed renewal: a request's timeout at least (STILL_USABLE_MS by default). */
  stillUsableMs?: number
  now?: () => number
}

interface Session {
  credentials: VodCredentials
  /** When current() starts a renewal: a margin before the session's end, and never sooner than MIN_RENEWAL_INTERVAL_MS after the last. */
  renewAt: number
  /** When the session ends, as STS said (on this runner's clock, from when its answer came). */
  endsAt: number
}

/** Renew this long before the end (a fifth of the lifetime for short sessions): room for a slow STS answer and clock rounding. */
const MAX_MARGIN_MS = 5 * 60_000

/** STS sessions last 15 minutes at least: a session renewed sooner than this (a zero or tiny lifetime in the answer) is renewed once VOD says it expired. */
export const MIN_RENEWAL_INTERVAL_MS = 10_000
/** A session with this much left is still handed out when a renewal fails: room for a request's timeout. */
export const STILL_USABLE_MS = 30_000
/** After a failed renewal, the session in use is handed out without trying again for this long. */
export const RENEWAL_BACKOFF_MS = 10_000

export function renewalMargin(lifetimeMs: number): number {
  return Math.min(MAX_MARGIN_MS, lifetimeMs / 5)
}

export class OidcSession implements CredentialSource {
  private session?: Session
  private renewal?: Promise<Session>
  private readonly now: () => number

  constructor(private readonly options: OidcSessionOptions) {
    this.now = options.now ?? Date.now
  }

  async current(): Promise<VodCredentials> {
    const session = this.session
    if (session && this.now() < session.renewAt) return session.credentials
    try {
      return (await this.renew()).credentials
    } catch (error) {
      if (!session || session !== this.session || session.endsAt - this.now() < (this.options.stillUsableMs ?? STILL_USABLE_MS)) throw error
      return this.keepAfterFailedRenewal(session, error)
    }
  }

  /** Renews once for all the calls that were signed with `used`: a later session is already the answer. */
  async renewAfterExpired(used: VodCredentials): Promise<boolean> {
    const latest = this.renewal ? await this.renewal : this.session
    if (latest && latest.credentials !== used) return true
    await this.renew()
    return true
  }

  /** Once per failed renewal (calls sharing it all land here): the session goes on, the next try after a pause. */
  private keepAfterFailedRenewal(session: Session, error: unknown): VodCredentials {
    const now = this.now()
    if (session.renewAt <= now) {
      session.renewAt = Math.min(now + RENEWAL_BACKOFF_MS, session.endsAt)
      const left = Math.round((session.endsAt - now) / 1000)
      this.options.renewalFailed?.(`renewing the role session failed (${describe(error)}): the session in use goes on (${left} s left)`)
    }
    return session.credentials
  }

  private renew(): Promise<Session> {
    this.renewal ??= this.assumeAgain().finally(() => {
      this.renewal = undefined
    })
    return this.renewal
  }

  private async assumeAgain(): Promise<Session> {
    const token = await this.options.fetchIdToken()
    this.options.secret(token)
    const assumed = await this.options.assume(token)
    const { accessKeyId, accessKeySecret, securityToken } = assumed.credentials
    this.options.secret(accessKeyId, accessKeySecret, securityToken)
    const receivedAt = this.now()
    const renewAt = receivedAt + Math.max(assumed.lifetimeMs - renewalMargin(assumed.lifetimeMs), MIN_RENEWAL_INTERVAL_MS)
    this.session = { credentials: assumed.credentials, renewAt, endsAt: receivedAt + assumed.lifetimeMs }
    return this.session
  }
}

/** The typed fields of a failure, never its message (which may quote an answer). */
function describe(error: unknown): string {
  if (error instanceof ServiceError) return `${error.api} failed: ${error.code}${error.status ? ` (HTTP ${error.status})` : ''}`
  return error instanceof Error ? error.name : 'unknown error'
}
