/**
 * Credentials of a RAM role assumed with the workflow's OIDC token (role-to-assume), renewed before
 * they expire for as long as the run lasts: each renewal asks GitHub for a fresh OIDC token (it
 * lives about 5 minutes) and calls AssumeRoleWithOIDC again. Many calls needing a renewal at once
 * share one.
 */
import type { CredentialSource, VodCredentials } from './credentials.js'
import type { AssumedRole } from './sts-client.js'

export interface OidcSessionOptions {
  /** A fresh OIDC token from the runner (core.getIDToken at the edge). */
  fetchIdToken(): Promise<string>
  /** AssumeRoleWithOIDC with that token. */
  assume(oidcToken: string): Promise<AssumedRole>
  /** Masks and redacts the values from now on: called with each token and credential before anything else sees it. */
  secret(...values: string[]): void
  now?: () => number
}

interface Session {
  credentials: VodCredentials
  /** When current() starts a renewal: a margin before the session's end. */
  renewAt: number
}

/** Renew this long before the end (a fifth of the lifetime for short sessions): room for a slow STS answer and clock rounding. */
const MAX_MARGIN_MS = 5 * 60_000

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
    if (this.session && this.now() < this.session.renewAt) return this.session.credentials
    return (await this.renew()).credentials
  }

  /** Renews once for all the calls that were signed with `used`: a later session is already the answer. */
  async renewAfterExpired(used: VodCredentials): Promise<boolean> {
    const latest = this.renewal ? await this.renewal : this.session
    if (latest && latest.credentials !== used) return true
    await this.renew()
    return true
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
    this.session = { credentials: assumed.credentials, renewAt: receivedAt + assumed.lifetimeMs - renewalMargin(assumed.lifetimeMs) }
    return this.session
  }
}
