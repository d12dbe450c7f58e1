/** The credentials inputs (README "Credentials"): access keys (falling back to the environment), or a RAM role assumed with OIDC. */
import { Inputs } from '../shared/index.js'
import type { VodCredentials } from '../services/index.js'
import type { OidcRole } from '../services/index.js'
import { CredentialEnv, Defaults, RoleLimits } from './defaults.js'
import { readOrigin } from './where-in-vod.js'
import type { Env, InputReader } from './reader.js'

/**
 * With role-to-assume, the RAM role to assume with the workflow's OIDC token: keys are then neither
 * taken from the environment nor allowed as inputs. Otherwise the access keys.
 */
export function readCredentials(reader: InputReader, env: Env): VodCredentials | OidcRole {
  const roleArn = reader.raw(Inputs.RoleToAssume)
  if (roleArn) return readOidcRole(reader, roleArn, env)
  if (reader.raw(Inputs.OidcProviderArn)) {
    reader.problem(
      Inputs.OidcProviderArn,
      `has no use without ${Inputs.RoleToAssume}: set ${Inputs.RoleToAssume} to the RAM role to assume with it`
    )
  }
  return readKeys(reader, env)
}

const ROLE_ARN = /^acs:ram::([0-9]{1,32}):role\/[A-Za-z0-9._-]{1,64}$/
const PROVIDER_ARN = /^acs:ram::([0-9]{1,32}):oidc-provider\/[A-Za-z0-9._-]{1,128}$/

function readOidcRole(reader: InputReader, roleArn: string, env: Env): OidcRole {
  refuseKeyInputs(reader)
  const roleAccount = ROLE_ARN.exec(roleArn)?.[1]
  if (!roleAccount) {
    reader.problem(Inputs.RoleToAssume, `"${roleArn}" is not a RAM role ARN such as acs:ram::1234567890123456:role/github-vod-upload`)
  }
  const oidcProviderArn = readProviderArn(reader, roleAccount)
  if (!env.ACTIONS_ID_TOKEN_REQUEST_URL) {
    reader.problem(
      Inputs.RoleToAssume,
      'needs an OIDC token from the runner, and this job may not ask for one (ACTIONS_ID_TOKEN_REQUEST_URL is not set): add `permissions: id-token: write` to the job'
    )
  }
  return {
    roleArn,
    oidcProviderArn,
    audience: readAudience(reader),
    roleSessionName: readRoleSessionName(reader, env),
    durationSeconds: reader.integer(
      Inputs.RoleDurationSeconds,
      Defaults.roleDurationSeconds,
      RoleLimits.minDurationSeconds,
      RoleLimits.maxDurationSeconds
    ),
    stsEndpoint: readOrigin(reader, Inputs.StsEndpoint, reader.raw(Inputs.StsEndpoint) || Defaults.stsEndpoint, Defaults.stsEndpoint)
  }
}

/** Keys given as inputs beside role-to-assume: the user meant one of the two, and must say which. */
function refuseKeyInputs(reader: InputReader): void {
  for (const input of [Inputs.AccessKeyId, Inputs.AccessKeySecret, Inputs.SecurityToken]) {
    if (reader.raw(input)) {
      reader.problem(
        input,
        `cannot be used with ${Inputs.RoleToAssume}: remove ${input} (the role's session replaces the keys), or remove ${Inputs.RoleToAssume}`
      )
    }
  }
}

/** Required with role-to-assume, and in the role's account (a provider is trusted only by roles of its own account). */
function readProviderArn(reader: InputReader, roleAccount: string | undefined): string {
  const value = reader.raw(Inputs.OidcProviderArn)
  const providerAccount = PROVIDER_ARN.exec(value)?.[1]
  if (!value) {
    reader.problem(
      Inputs.OidcProviderArn,
      `is required with ${Inputs.RoleToAssume}: the ARN of the account's OIDC provider for GitHub, such as acs:ram::1234567890123456:oidc-provider/github`
    )
  } else if (!providerAccount) {
    reader.problem(Inputs.OidcProviderArn, `"${value}" is not an OIDC provider ARN such as acs:ram::1234567890123456:oidc-provider/github`)
  } else if (roleAccount && providerAccount !== roleAccount) {
    reader.problem(
      Inputs.OidcProviderArn,
      `is in account ${providerAccount} and ${Inputs.RoleToAssume} in account ${roleAccount}: use the OIDC provider of the role's own account`
    )
  }
  return value
}

/** A Client ID of the OIDC provider: printable ASCII without spaces. */
function readAudience(reader: InputReader): string {
  const value = reader.raw(Inputs.Audience) || Defaults.audience
  if (/^[\x21-\x7e]{1,256}$/.test(value)) return value
  reader.problem(
    Inputs.Audience,
    `must be a Client ID of the OIDC provider (up to 256 printable characters, no spaces), such as ${Defaults.audience}`
  )
  return Defaults.audience
}

const SESSION_NAME = /^[A-Za-z0-9.@_-]{2,64}$/

/** As given, or gh-<repository>-<run id>-<attempt>: which run used the role shows in ActionTrail. */
function readRoleSessionName(reader: InputReader, env: Env): string {
  const value = reader.raw(Inputs.RoleSessionName)
  if (value === '') return defaultSessionName(env)
  if (SESSION_NAME.test(value)) return value
  reader.problem(Inputs.RoleSessionName, `must be 2 to 64 characters of A-Z a-z 0-9 . @ _ -; got "${value}"`)
  return defaultSessionName(env)
}

export function defaultSessionName(env: Env): string {
  const run = [env.GITHUB_RUN_ID, env.GITHUB_RUN_ATTEMPT].filter(Boolean).join('-')
  const repository = env.GITHUB_REPOSITORY?.split('/').pop() ?? ''
  // The repository's name gives way to the run's numbers, which tell runs apart.
  const room = 64 - 'gh-'.length - (run ? run.length + 1 : 0)
  return ['gh', repository.slice(0, Math.max(0, room)), run]
    .filter(Boolean)
    .join('-')
    .replace(/[^A-Za-z0-9.@_-]/g, '-')
    .slice(0, 64)
}

/**
 * Every credential the inputs and the environment hold, as given, whether or not the run will use
 * it: registered as secrets before any input is checked, so that no problem quoting a value
 * (`got "…"`) can show one. Values shorter than PLACEHOLDER_BELOW are left out: real keys are
 * longer, and the runner would hide a placeholder such as `test` everywhere in the job's log.
 */
export function givenCredentials(reader: InputReader, env: Env): string[] {
  const inputs = [Inputs.AccessKeyId, Inputs.AccessKeySecret, Inputs.SecurityToken].map(name => reader.raw(name))
  const fromEnv = CredentialEnv.flatMap(names => [names.accessKeyId, names.accessKeySecret, names.securityToken])
  return [...inputs, ...fromEnv.map(name => env[name]?.trim() ?? '')].filter(value => value.length >= PLACEHOLDER_BELOW)
}

/** AccessKey ids and secrets are 16 characters or more; a security token is longer still. */
const PLACEHOLDER_BELOW = 8

/**
 * Each credential input falls back to the environment when empty. A security token from the
 * environment is used only with a key id from the same place: a token never belongs to a key
 * given as an input.
 */
function readKeys(reader: InputReader, env: Env): VodCredentials {
  const given = {
    accessKeyId: reader.raw(Inputs.AccessKeyId),
    accessKeySecret: reader.raw(Inputs.AccessKeySecret),
    securityToken: reader.raw(Inputs.SecurityToken)
  }
  const fromEnv = (pick: (names: (typeof CredentialEnv)[number]) => string): string => {
    for (const names of CredentialEnv) {
      const value = env[pick(names)]?.trim()
      if (value) return value
    }
    return ''
  }
  const accessKeyId = given.accessKeyId || fromEnv(n => n.accessKeyId)
  const accessKeySecret = given.accessKeySecret || fromEnv(n => n.accessKeySecret)
  const securityToken = given.securityToken || (given.accessKeyId ? '' : fromEnv(n => n.securityToken))
  const envNames = (pick: (names: (typeof CredentialEnv)[number]) => string): string => CredentialEnv.map(pick).join(' or ')
  if (!accessKeyId) {
    const orRole = accessKeySecret ? '' : `; or, for no keys at all, set ${Inputs.RoleToAssume} and ${Inputs.OidcProviderArn}`
    reader.problem(Inputs.AccessKeyId, `is required: set the input or ${envNames(n => n.accessKeyId)}${orRole}`)
  }
  if (!accessKeySecret) {
    reader.problem(Inputs.AccessKeySecret, `is required: set the input or ${envNames(n => n.accessKeySecret)}`)
  }
  return { accessKeyId, accessKeySecret, securityToken: securityToken || undefined }
}
