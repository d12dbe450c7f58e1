/**
 * The STS side: AssumeRoleWithOIDC (anonymous, version 2015-04-01) at `/`, and GitHub's OIDC token
 * endpoint at ID_TOKEN_PATH, on one port of their own. The keys it mints (`STS.…`) join the keys
 * the VOD side accepts, each until its session ends on the emulator's clock.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { StsConfig } from './config.js'
import { isoSeconds } from './credentials.js'
import { ServiceFault } from './errors.js'
import { readBody, send } from './http-io.js'
import { randomAlphanumeric, randomBase64, vodRequestId } from './ids.js'
import { IdTokens } from './oidc-token.js'
import type { Records } from './records.js'
import type { AccessKey, IdTokenRequestRecord, StsCallRecord, StsOidcProvider, StsRole } from './types.js'
import { invalidParameter, missingParameter } from './vod-errors.js'

export const ID_TOKEN_PATH = '/_apis/id-token'
const STS_VERSION = '2015-04-01'
const MAX_BODY_BYTES = 64 * 1024
const REQUIRED = ['OIDCProviderArn', 'RoleArn', 'OIDCToken', 'RoleSessionName'] as const
const DEFAULT_DURATION_SECONDS = 3600
const MIN_DURATION_SECONDS = 900
const DEFAULT_MAX_SESSION_SECONDS = 3600

/** What the STS side remembers: calls, token requests, the keys it minted. reset() forgets all of it. */
export class StsState {
  readonly calls: StsCallRecord[] = []
  readonly tokenRequests: IdTokenRequestRecord[] = []
  readonly keys: AccessKey[] = []
  readonly tokens: IdTokens

  constructor(subject: string, clock: () => number) {
    this.tokens = new IdTokens(subject, clock)
  }

  reset(): void {
    this.calls.length = 0
    this.tokenRequests.length = 0
    this.keys.length = 0
    this.tokens.reset()
  }
}

interface StsDeps {
  config: StsConfig
  state: StsState
  records: Records
  clock: () => number
}

export function createStsHandler(deps: StsDeps) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://emulator')
    if (url.pathname === ID_TOKEN_PATH) return answerIdToken(req, res, url, deps)
    const received = await readBody(req, MAX_BODY_BYTES)
    if (!received.complete) return
    const params = Object.fromEntries([...url.searchParams, ...new URLSearchParams(received.body.toString('utf8'))])
    const record: StsCallRecord = {
      roleArn: params.RoleArn,
      oidcProviderArn: params.OIDCProviderArn,
      roleSessionName: params.RoleSessionName,
      durationSeconds: params.DurationSeconds,
      status: 0,
      at: deps.clock()
    }
    deps.state.calls.push(record)
    try {
      const body = assumeRoleWithOidc(params, record, deps)
      record.status = 200
      send(res, 200, { 'Content-Type': 'application/json;charset=utf-8', Date: new Date(deps.clock()).toUTCString() }, JSON.stringify(body))
    } catch (error) {
      const fault = error instanceof ServiceFault ? error : new ServiceFault(500, 'InternalError', String(error))
      Object.assign(record, { status: fault.status, code: fault.code })
      const body = { RequestId: vodRequestId(), HostId: 'sts.aliyuncs.com', Code: fault.code, Message: fault.message }
      send(res, fault.status, { 'Content-Type': 'application/json;charset=utf-8' }, JSON.stringify(body))
    }
  }
}

/** The checks of docs/protocol.md, "STS AssumeRoleWithOIDC", then a new key for the role's session. */
function assumeRoleWithOidc(params: Record<string, string>, record: StsCallRecord, deps: StsDeps): Record<string, unknown> {
  if (params.Action !== 'AssumeRoleWithOIDC') throw new ServiceFault(404, 'InvalidAction.NotFound', 'Specified api is not found.')
  if (params.Version !== STS_VERSION) throw invalidParameter('Version', `The emulator speaks ${STS_VERSION}.`)
  if (params.Format !== 'JSON') throw invalidParameter('Format', 'The emulator answers JSON only.')
  for (const name of REQUIRED) if (!params[name]) throw missingParameter(name)
  if (!/^[A-Za-z0-9.@_-]{2,64}$/.test(params.RoleSessionName)) {
    throw new ServiceFault(400, 'InvalidParameter.RoleSessionName', 'The parameter RoleSessionName is wrongly formed.')
  }
  const provider = deps.config.providers.find(candidate => candidate.arn === params.OIDCProviderArn)
  if (!provider) throw new ServiceFault(401, 'AuthenticationFail.NoPermission', 'No such OIDC Provider registered.')
  const audience = checkedAudience(params.OIDCToken, provider, deps)
  record.audience = audience
  const role = deps.config.roles.find(candidate => candidate.arn === params.RoleArn)
  if (!role) throw new ServiceFault(404, 'EntityNotExist.Role', `The role not exists: ${params.RoleArn}.`)
  const durationSeconds = checkedDuration(params.DurationSeconds, role)
  const now = deps.clock()
  const lifetimeMs = (deps.config.credentialSeconds ?? durationSeconds) * 1000
  const key: AccessKey = {
    id: `STS.${randomAlphanumeric(25)}`,
    secret: randomAlphanumeric(44),
    securityToken: `CAIS${randomBase64(420)}`,
    expiresAt: now + lifetimeMs
  }
  deps.state.keys.push(key)
  deps.records.rememberSecrets(key.secret, key.securityToken ?? '', params.OIDCToken)
  record.accessKeyId = key.id
  const [, account = '', roleName = ''] = /^acs:ram::([0-9]+):role\/(.+)$/.exec(role.arn) ?? []
  return {
    RequestId: vodRequestId(),
    Credentials: {
      AccessKeyId: key.id,
      AccessKeySecret: key.secret,
      SecurityToken: key.securityToken,
      Expiration: isoSeconds(now + lifetimeMs)
    },
    AssumedRoleUser: {
      Arn: `acs:ram::${account}:assumed-role/${roleName}/${params.RoleSessionName}`,
      AssumedRoleId: `3${randomAlphanumeric(17)}:${params.RoleSessionName}`
    },
    OIDCTokenInfo: { Subject: deps.config.subject, Issuer: 'https://token.actions.githubusercontent.com', ClientIds: audience }
  }
}

/** The token's `aud`, which must be a client id of the provider. */
function checkedAudience(token: string, provider: StsOidcProvider, deps: StsDeps): string {
  const checked = deps.state.tokens.check(token)
  if (!('claims' in checked)) throw new ServiceFault(checked.status, checked.code, checked.message)
  if (!provider.clientIds.includes(checked.claims.aud)) {
    throw new ServiceFault(401, 'AuthenticationFail.OIDCToken.AudienceNotMatch', 'Invalid audience.')
  }
  return checked.claims.aud
}

function checkedDuration(value: string | undefined, role: StsRole): number {
  const seconds = value === undefined || value === '' ? DEFAULT_DURATION_SECONDS : /^[0-9]{1,6}$/.test(value) ? Number(value) : NaN
  const max = role.maxSessionSeconds ?? DEFAULT_MAX_SESSION_SECONDS
  if (!(seconds >= MIN_DURATION_SECONDS && seconds <= max)) {
    throw new ServiceFault(
      400,
      'InvalidParameter.DurationSeconds',
      `The Min/Max value of DurationSeconds is ${MIN_DURATION_SECONDS}/${max} seconds.`
    )
  }
  return seconds
}

/** As GitHub's endpoint: the request token as a bearer token, the audience from the query. */
function answerIdToken(req: IncomingMessage, res: ServerResponse, url: URL, deps: StsDeps): void {
  const audience = url.searchParams.get('audience') ?? undefined
  const record: IdTokenRequestRecord = { ...(audience !== undefined && { audience }), status: 0, at: deps.clock() }
  deps.state.tokenRequests.push(record)
  req.resume()
  if (req.method !== 'GET' || req.headers.authorization !== `Bearer ${deps.state.tokens.requestToken}`) {
    record.status = 401
    return send(res, 401, { 'Content-Type': 'application/json' }, JSON.stringify({ message: 'Unauthorized' }))
  }
  const token = deps.state.tokens.issue(audience ?? 'https://github.com/octo-org')
  deps.records.rememberSecrets(token)
  record.status = 200
  send(res, 200, { 'Content-Type': 'application/json' }, JSON.stringify({ count: token.length, value: token }))
}
