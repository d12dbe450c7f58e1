/**
 * GitHub's OIDC token endpoint, as `@actions/core` getIDToken calls it: GET the request URL plus
 * `&audience=…` with `Authorization: Bearer <request token>`, answer `{"value": "<jwt>"}`. The
 * tokens are well-formed JWTs (header.payload.signature, Base64url) whose signature is random
 * bytes: the STS side accepts only tokens it remembers issuing, never one built elsewhere.
 */
import { randomBytes } from 'node:crypto'
import { randomAlphanumeric } from './ids.js'

export const OIDC_ISSUER = 'https://token.actions.githubusercontent.com'
/** GitHub's tokens live about 5 minutes. */
const TOKEN_LIFETIME_SECONDS = 300

export interface IdTokenClaims {
  iss: string
  sub: string
  aud: string
  iat: number
  nbf: number
  exp: number
  jti: string
  repository: string
  ref: string
}

export type TokenCheck = { claims: IdTokenClaims } | { status: number; code: string; message: string }

function base64url(value: object | Buffer): string {
  return (Buffer.isBuffer(value) ? value : Buffer.from(JSON.stringify(value), 'utf8')).toString('base64url')
}

export class IdTokens {
  /** What the runner puts in ACTIONS_ID_TOKEN_REQUEST_TOKEN. */
  readonly requestToken = randomAlphanumeric(40)
  private readonly issued = new Map<string, IdTokenClaims>()

  constructor(
    private readonly subject: string,
    private readonly clock: () => number
  ) {}

  issue(audience: string): string {
    const now = Math.floor(this.clock() / 1000)
    const [, repository = '', ref = ''] = /^repo:([^:]*):ref:(.*)$/.exec(this.subject) ?? []
    const claims: IdTokenClaims = {
      iss: OIDC_ISSUER,
      sub: this.subject,
      aud: audience,
      iat: now,
      nbf: now,
      exp: now + TOKEN_LIFETIME_SECONDS,
      jti: randomAlphanumeric(32),
      repository,
      ref
    }
    const token = [base64url({ alg: 'RS256', typ: 'JWT', kid: 'emulator' }), base64url(claims), base64url(randomBytes(64))].join('.')
    this.issued.set(token, claims)
    return token
  }

  /** The claims of a token this emulator issued and that has not expired, or STS's refusal. */
  check(token: string): TokenCheck {
    if (token.length < 4 || token.length > 20_000 || token.split('.').length !== 3) {
      return { status: 401, code: 'AuthenticationFail.OIDCToken.Invalid', message: 'The Jwt content is invalid that cannot be recognized.' }
    }
    const claims = this.issued.get(token)
    if (!claims)
      return {
        status: 401,
        code: 'AuthenticationFail.OIDCToken.InvalidSignature',
        message: 'OIDC token validate failed: invalid signature.'
      }
    if (claims.exp * 1000 <= this.clock())
      return { status: 401, code: 'AuthenticationFail.OIDCToken.Expired', message: 'This JsonWebToken is expired.' }
    return { claims }
  }

  reset(): void {
    this.issued.clear()
  }
}
