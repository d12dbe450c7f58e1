/**
 * STS AssumeRoleWithOIDC (docs/protocol.md, "STS AssumeRoleWithOIDC"): the workflow's OIDC token
 * exchanged for a session of a RAM role. The call is anonymous: no key, no signature. The HTTP
 * exchange is the VOD client's (rpc-transport.ts), unsigned, with the parameters in a form body.
 */
import type { Agent } from 'node:http'
import { Inputs, networkError, ServiceError, type ErrorKind, type InputName } from '../shared/index.js'
import type { VodCredentials } from './credentials.js'
import { acsDate, RpcAnswerError, sendRpc, type RpcAnswer } from './rpc-transport.js'
import type { StsApi } from './api-names.js'

/** The role to assume and how, as the inputs give it. */
export interface OidcRole {
  roleArn: string
  oidcProviderArn: string
  /** The audience of the GitHub OIDC token: a Client ID of the provider. */
  audience: string
  roleSessionName: string
  durationSeconds: number
  /** An origin, without a trailing slash. */
  stsEndpoint: string
}

export interface StsTransport {
  timeoutMs: number
  agent?: Agent
  now?: () => number
}

export interface AssumedRole {
  credentials: Required<VodCredentials>
  /** How long the session lasts from when the answer came: Expiration less the answer's Date, which no clock skew distorts. */
  lifetimeMs: number
}

const API: StsApi = 'AssumeRoleWithOIDC'
const STS_VERSION = '2015-04-01'
/** An answer is a few KiB; anything far larger is not STS's. */
const MAX_ANSWER_BYTES = 64 * 1024

export async function assumeRoleWithOidc(role: OidcRole, oidcToken: string, transport: StsTransport): Promise<AssumedRole> {
  const now = transport.now ?? Date.now
  // The common parameters as well as the x-acs-* headers, as Alibaba's credential SDKs send this call;
  // the token goes in the body, never in a URL.
  const form = {
    Action: API,
    Version: STS_VERSION,
    Format: 'JSON',
    Timestamp: acsDate(now()),
    RoleArn: role.roleArn,
    OIDCProviderArn: role.oidcProviderArn,
    OIDCToken: oidcToken,
    RoleSessionName: role.roleSessionName,
    DurationSeconds: String(role.durationSeconds)
  }
  let answer: RpcAnswer
  try {
    answer = await sendRpc(
      { endpoint: role.stsEndpoint, action: API, version: STS_VERSION, params: {}, form },
      { timeoutMs: transport.timeoutMs, agent: transport.agent, now, maxAnswerBytes: MAX_ANSWER_BYTES }
    )
  } catch (error) {
    if (error instanceof RpcAnswerError) throw unusableAnswer(error)
    throw networkError('sts', API, error ?? {}, error)
  }
  return decodeStsAnswer(answer, role.durationSeconds)
}

function unusableAnswer(error: RpcAnswerError): StsError {
  const detail =
    error.reason === 'not-json'
      ? 'the answer was not JSON (an error page from a gateway or proxy?)'
      : 'the answer was longer than any STS answer'
  return stsError({ code: 'InvalidResponse', status: error.status, detail })
}

/** The session in STS's answer, or the typed refusal it carries. */
export function decodeStsAnswer(
  answer: Pick<RpcAnswer, 'status' | 'body'> & { headers?: RpcAnswer['headers'] },
  durationSeconds: number
): AssumedRole {
  const parsed = answer.body
  const requestId = stringField(parsed, 'RequestId') || undefined
  const code = stringField(parsed, 'Code')
  if (code || answer.status >= 400) {
    throw stsError({
      code: code || 'UnknownError',
      status: answer.status,
      requestId,
      detail: stringField(parsed, 'Message') || 'no message'
    })
  }
  const credentials = parsed.Credentials
  const field = (name: string): string =>
    credentials && typeof credentials === 'object' ? stringField(credentials as Record<string, unknown>, name) : ''
  const [accessKeyId, accessKeySecret, securityToken, expiration] = ['AccessKeyId', 'AccessKeySecret', 'SecurityToken', 'Expiration'].map(
    field
  )
  const expiresAt = Date.parse(expiration)
  if (!accessKeyId || !accessKeySecret || !securityToken || Number.isNaN(expiresAt)) {
    throw stsError({ code: 'InvalidResponse', status: answer.status, requestId, detail: 'the answer has no complete Credentials' })
  }
  const lifetimeMs = lifetime(expiresAt, answer.headers?.date, durationSeconds)
  if (lifetimeMs <= 0) {
    throw stsError({
      code: 'InvalidResponse',
      status: answer.status,
      requestId,
      detail: "the session's Expiration is not after the answer's Date"
    })
  }
  return { credentials: { accessKeyId, accessKeySecret, securityToken }, lifetimeMs }
}

/**
 * Expiration (ISO UTC) less the answer's Date, both the service's clock: this runner's own clock
 * never enters. Without a Date, the duration asked for. Never longer than that duration; zero or
 * less for a session that had ended when STS answered.
 */
function lifetime(expiresAt: number, date: string | undefined, durationSeconds: number): number {
  const asked = durationSeconds * 1000
  const answeredAt = date === undefined ? Number.NaN : Date.parse(date)
  if (Number.isNaN(answeredAt)) return asked
  return Math.min(asked, expiresAt - answeredAt)
}

/** The input that fixes each refusal, and what to tell the user; codes of docs/protocol.md, "STS AssumeRoleWithOIDC". */
const FIXES: Readonly<Record<string, { input: InputName; fix: string }>> = {
  'EntityNotExist.Role': { input: Inputs.RoleToAssume, fix: 'the account has no such RAM role: check role-to-assume' },
  'EntityNotExist.OIDCProvider': { input: Inputs.OidcProviderArn, fix: 'the account has no such OIDC provider: check oidc-provider-arn' },
  'AuthenticationFail.NoPermission': {
    input: Inputs.OidcProviderArn,
    fix: "the OIDC provider is not registered, or the role's trust policy does not let this workflow assume the role: check oidc-provider-arn, and the trust policy's conditions on oidc:iss, oidc:aud and oidc:sub (repository and branch)"
  },
  'AuthenticationFail.OIDCToken.AudienceNotMatch': {
    input: Inputs.Audience,
    fix: "the OIDC token's audience is not a Client ID of the OIDC provider: set audience to one of the provider's Client IDs, or add it to the provider"
  },
  'InvalidParameter.DurationSeconds': {
    input: Inputs.RoleDurationSeconds,
    fix: "the session would outlast the role's maximum session duration: lower role-duration-seconds, or raise the role's MaxSessionDuration"
  },
  'InvalidParameter.RoleSessionName': {
    input: Inputs.RoleSessionName,
    fix: 'STS refused the session name: set role-session-name to 2 to 64 characters of A-Z a-z 0-9 . @ _ -'
  }
}

const TRANSIENT_CODES = /^(throttling(\..*)?|serviceunavailable(\..*)?|internalerror)$/i

/** A refusal or failure of AssumeRoleWithOIDC; `input` names the input that fixes it, when one does. */
export class StsError extends ServiceError {
  constructor(
    fields: ConstructorParameters<typeof ServiceError>[0],
    readonly input?: InputName
  ) {
    super(fields)
    this.name = 'StsError'
  }
}

function stsError(answer: { code: string; status: number; requestId?: string; detail: string }): StsError {
  const known = Object.hasOwn(FIXES, answer.code) ? FIXES[answer.code] : undefined
  const kind: ErrorKind = TRANSIENT_CODES.test(answer.code) || answer.status >= 500 ? 'transient' : 'permanent'
  const detail = known ? `${known.fix} (STS: ${answer.detail})` : answer.detail
  return new StsError(
    { service: 'sts', api: API, code: answer.code, status: answer.status, requestId: answer.requestId, detail, kind },
    known?.input
  )
}

function stringField(object: Record<string, unknown>, name: string): string {
  const value = object[name]
  return typeof value === 'string' ? value : ''
}
