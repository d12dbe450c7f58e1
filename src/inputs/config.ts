/**
 * Reads and validates every input into one typed Config. Nothing else reads inputs.
 * All problems are collected and thrown together as one InputError, before any network call.
 */
import * as core from '@actions/core'
import os from 'node:os'
import path from 'node:path'
import {
  FlowLimits,
  globEscape,
  imageIdProblem,
  InputError,
  Inputs,
  isOutside,
  isVodRegion,
  MultipartLimits,
  nearest,
  OwnershipMark,
  shown,
  vodEndpointOf,
  VodLimits,
  VodRegions,
  type InputName,
  type Problem
} from '../shared/index.js'
import { CredentialEnv, Defaults, PreviewLimits, RetryLimits, RoleLimits } from './defaults.js'
import type { DiscoveryOptions, IfUnsupported } from '../files/index.js'
import { parseUserTags, TemplatePlaceholders, unknownPlaceholders, utf8Length, type ImageType, type PlanOptions } from '../plan/index.js'
import {
  parseAllowedHost,
  type AllowedHost,
  type OidcRole,
  type OssSignatureVersion,
  type ServicesOptions,
  type VodCredentials,
  type VodSignatureVersion
} from '../services/index.js'
import type { PreviewOptions, UploadSettings } from '../upload/index.js'
import type { ManifestOptions } from '../manifest/index.js'
import type { ReportOptions } from '../report/index.js'

type IfNoFilesFound = 'error' | 'warn' | 'ignore'

/** What the run itself decides with, beyond the parts it hands to each stage. */
interface RunChoices {
  /** The pattern lines as the workflow wrote them, for messages. */
  patternsAsWritten: string[]
  ifNoFilesFound: IfNoFilesFound
  dryRun: boolean
  /** What the run warns of at its start: not input errors, but facts the workflow should know. */
  warnings: string[]
  /** The VOD endpoint was made from the region input (the endpoint input was empty). */
  endpointFromRegion: boolean
}

/** Every input, read and checked: each part is the options type of the module that uses it. */
export type Config = Required<Omit<DiscoveryOptions, 'exclude' | 'limits'>> &
  PlanOptions &
  ServicesOptions &
  UploadSettings &
  PreviewOptions &
  ManifestOptions &
  ReportOptions &
  RunChoices

type Env = Record<string, string | undefined>

/** Collects problems while each input is read, so that all of them are reported at once. */
class InputReader {
  readonly problems: Problem[] = []

  raw(name: InputName): string {
    return core.getInput(name)
  }

  problem(input: InputName, message: string): void {
    this.problems.push({ input, message })
  }

  choice<T extends string>(name: InputName, allowed: readonly T[], fallback: T): T {
    const value = this.raw(name)
    if (value === '') return fallback
    if ((allowed as readonly string[]).includes(value)) return value as T
    this.problem(name, `must be one of ${allowed.map(a => `"${a}"`).join(', ')}; got "${value}"`)
    return fallback
  }

  boolean(name: InputName, fallback: boolean): boolean {
    const value = this.raw(name)
    if (value === '') return fallback
    if (['true', 'True', 'TRUE'].includes(value)) return true
    if (['false', 'False', 'FALSE'].includes(value)) return false
    this.problem(name, `must be a boolean (true, True, TRUE, false, False or FALSE); got "${value}"`)
    return fallback
  }

  integer(name: InputName, fallback: number, min: number, max: number): number {
    const value = this.raw(name)
    if (value === '') return fallback
    const number = /^[0-9]+$/.test(value) ? Number(value) : NaN
    if (Number.isSafeInteger(number) && number >= min && number <= max) return number
    this.problem(name, `must be an integer from ${min} to ${max}; got "${value}"`)
    return fallback
  }
}

export function readConfig(): Config {
  const env: Env = process.env
  const reader = new InputReader()
  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd())
  const credentials = readCredentials(reader, env)
  const region = readRegion(reader)
  const repositoryId = readRepositoryId(env)
  const { patterns, asWritten } = readPatterns(reader, workspace)
  const undeclared = undeclaredInputs(env)
  const config: Config = {
    patterns,
    patternsAsWritten: asWritten,
    workspace,
    credentials,
    region,
    endpoint: readEndpoint(reader, region),
    endpointFromRegion: reader.raw(Inputs.Endpoint).trim() === '',
    imageType: reader.choice<ImageType>(Inputs.ImageType, ['default', 'cover'], Defaults.imageType),
    titleTemplate: readTemplate(reader, Inputs.Title, Defaults.title),
    descriptionTemplate: readTemplate(reader, Inputs.Description, ''),
    userTags: readUserTags(reader, repositoryId !== undefined),
    repoTags: reader.boolean(Inputs.RepoTags, Defaults.repoTags),
    cateId: readCateId(reader),
    storageLocation: readStorageLocation(reader),
    appId: readAppId(reader),
    userData: readUserData(reader),
    concurrency: reader.integer(Inputs.Concurrency, Defaults.concurrency, 1, VodLimits.maxConcurrency),
    requestsPerSecond: readRequestsPerSecond(reader, region),
    ifNoFilesFound: reader.choice<IfNoFilesFound>(Inputs.IfNoFilesFound, ['error', 'warn', 'ignore'], Defaults.ifNoFilesFound),
    ifUnsupported: reader.choice<IfUnsupported>(Inputs.IfUnsupported, ['error', 'warn', 'ignore'], Defaults.ifUnsupported),
    includeHiddenFiles: reader.boolean(Inputs.IncludeHiddenFiles, Defaults.includeHiddenFiles),
    followSymbolicLinks: reader.boolean(Inputs.FollowSymbolicLinks, Defaults.followSymbolicLinks),
    retries: reader.integer(Inputs.Retries, Defaults.retries, 0, RetryLimits.maxRetries),
    timeoutMs: reader.integer(Inputs.Timeout, Defaults.timeoutSeconds, 1, RetryLimits.maxTimeoutSeconds) * 1000,
    multipartThreshold: readByteSize(reader, Inputs.MultipartThreshold, Defaults.multipartThreshold),
    manifest: readManifestPath(reader, workspace),
    deleteRemoved: reader.boolean(Inputs.DeleteRemoved, Defaults.deleteRemoved),
    deleteReplaced: reader.boolean(Inputs.DeleteReplaced, Defaults.deleteReplaced),
    adoptImageIds: readAdoptImageIds(reader),
    repositoryId,
    dryRun: reader.boolean(Inputs.DryRun, Defaults.dryRun),
    summary: reader.boolean(Inputs.Summary, Defaults.summary),
    ossSignatureVersion: reader.choice<OssSignatureVersion>(Inputs.OssSignatureVersion, ['v4', 'v1'], Defaults.ossSignatureVersion),
    vodSignatureVersion: reader.choice<VodSignatureVersion>(Inputs.VodSignatureVersion, ['v3', 'v2'], Defaults.vodSignatureVersion),
    uploadHosts: readUploadHosts(reader),
    previewExpiresInSeconds: reader.integer(Inputs.PreviewExpiresIn, Defaults.previewExpiresIn, 1, PreviewLimits.maxExpiresInSeconds),
    repository: {
      repository: env.GITHUB_REPOSITORY ?? '',
      ref: env.GITHUB_REF_NAME ?? '',
      sha: env.GITHUB_SHA ?? ''
    },
    runnerTemp: env.RUNNER_TEMP || os.tmpdir(),
    warnings: [...(repositoryId === undefined ? [noRepositoryIdWarning(env)] : []), ...undeclared.map(undeclaredWarning)]
  }
  if (config.deleteRemoved && !config.manifest) {
    reader.problem(Inputs.DeleteRemoved, 'needs a manifest: only entries of the manifest are ever deleted')
  }
  if (config.deleteReplaced && !config.manifest) {
    reader.problem(Inputs.DeleteReplaced, 'needs a manifest: the previous ImageId of a file is known only from its manifest entry')
  }
  if (reader.problems.length > 0) throw new InputError(withUndeclaredHints(reader.problems, undeclared))
  return config
}

/**
 * With role-to-assume, the RAM role to assume with the workflow's OIDC token: keys are then neither
 * taken from the environment nor allowed as inputs. Otherwise the access keys.
 */
function readCredentials(reader: InputReader, env: Env): VodCredentials | OidcRole {
  const roleArn = reader.raw(Inputs.RoleToAssume).trim()
  if (roleArn) return readOidcRole(reader, roleArn, env)
  if (reader.raw(Inputs.OidcProviderArn).trim()) {
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
    stsEndpoint: readOrigin(reader, Inputs.StsEndpoint, reader.raw(Inputs.StsEndpoint).trim() || Defaults.stsEndpoint, Defaults.stsEndpoint)
  }
}

/** Keys given as inputs beside role-to-assume: the user meant one of the two, and must say which. */
function refuseKeyInputs(reader: InputReader): void {
  for (const input of [Inputs.AccessKeyId, Inputs.AccessKeySecret, Inputs.SecurityToken]) {
    if (reader.raw(input).trim()) {
      reader.problem(
        input,
        `cannot be used with ${Inputs.RoleToAssume}: remove ${input} (the role's session replaces the keys), or remove ${Inputs.RoleToAssume}`
      )
    }
  }
}

/** Required with role-to-assume, and in the role's account (a provider is trusted only by roles of its own account). */
function readProviderArn(reader: InputReader, roleAccount: string | undefined): string {
  const value = reader.raw(Inputs.OidcProviderArn).trim()
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
  const value = reader.raw(Inputs.Audience).trim() || Defaults.audience
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
  const value = reader.raw(Inputs.RoleSessionName).trim()
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
 * Each credential input falls back to the environment when empty. A security token from the
 * environment is used only with a key id from the same place: a token never belongs to a key
 * given as an input.
 */
function readKeys(reader: InputReader, env: Env): VodCredentials {
  const given = {
    accessKeyId: reader.raw(Inputs.AccessKeyId).trim(),
    accessKeySecret: reader.raw(Inputs.AccessKeySecret).trim(),
    securityToken: reader.raw(Inputs.SecurityToken).trim()
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
    reader.problem(Inputs.AccessKeyId, `is required: set the input or ${envNames(n => n.accessKeyId)}`)
  }
  if (!accessKeySecret) {
    reader.problem(Inputs.AccessKeySecret, `is required: set the input or ${envNames(n => n.accessKeySecret)}`)
  }
  return { accessKeyId, accessKeySecret, securityToken: securityToken || undefined }
}

function readPatterns(reader: InputReader, workspace: string): { patterns: string[]; asWritten: string[] } {
  const lines = reader
    .raw(Inputs.Path)
    .split('\n')
    .map(line => line.trim())
    .filter(line => line.length > 0 && !line.startsWith('#'))
  if (lines.length === 0) {
    reader.problem(Inputs.Path, 'is required: give at least one glob pattern, one per line')
    return { patterns: [], asWritten: [] }
  }
  const patterns: string[] = []
  for (const line of lines) {
    const negated = line.startsWith('!')
    const pattern = line.replace(/^!+/, '').trim()
    const absolute = pattern === '' ? undefined : absolutePattern(pattern, workspace)
    if (absolute === undefined) {
      reader.problem(
        Inputs.Path,
        `pattern "${line}" is not usable: ${pattern === '' ? 'it is empty' : 'only ~ and ~/ (the home folder) expand, not ~user'}`
      )
      continue
    }
    patterns.push(`${negated ? '!' : ''}${absolute}`)
  }
  return { patterns, asWritten: lines }
}

/**
 * A pattern as @actions/glob needs it: absolute, with no `.` or `..` part. The workflow author is
 * trusted, so absolute patterns, `~` and `..` are accepted. The folder put in front of a relative
 * pattern (the workspace, the home folder) is escaped: `[`, `*` or `?` in its name match themselves.
 */
export function absolutePattern(pattern: string, workspace: string): string | undefined {
  if (pattern.startsWith('~')) {
    if (!(path.sep === '\\' ? /^~([/\\]|$)/ : /^~(\/|$)/).test(pattern)) return undefined
    return joinEscaped(homeFolder(), pattern.slice(2))
  }
  if (path.isAbsolute(pattern)) return path.normalize(pattern)
  return joinEscaped(workspace, pattern)
}

/** Read from the environment first, as a shell would (os.homedir() reads the process's own environment only). */
function homeFolder(): string {
  return (process.platform === 'win32' ? process.env.USERPROFILE : process.env.HOME) || os.homedir()
}

/** folder + relative pattern; leading `..` parts of the pattern climb from the folder. */
function joinEscaped(folder: string, relative: string): string {
  const parts = relative === '' ? [] : path.normalize(relative).split(path.sep)
  const ups = parts.findIndex(part => part !== '..')
  const climbed = ups === -1 ? parts.length : ups
  const base = path.resolve(folder, ...parts.slice(0, climbed))
  const rest = parts.slice(climbed).filter(part => part !== '' && part !== '.')
  return rest.length === 0 ? globEscape(base) : `${globEscape(base)}${path.sep}${rest.join(path.sep)}`
}

const UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  k: 1024,
  kb: 1024,
  kib: 1024,
  m: 1024 ** 2,
  mb: 1024 ** 2,
  mib: 1024 ** 2,
  g: 1024 ** 3,
  gb: 1024 ** 3,
  gib: 1024 ** 3
}

/** A size in bytes, or with a unit: 10MiB, 512KiB, 1G (powers of 1024). */
function readByteSize(reader: InputReader, name: InputName, fallback: string): number {
  const value = reader.raw(name).trim() || fallback
  const match = /^([0-9]+)\s*([a-z]*)$/i.exec(value)
  const bytes = match && match[2].toLowerCase() in UNITS ? Number(match[1]) * UNITS[match[2].toLowerCase()] : NaN
  if (bytes >= MultipartLimits.minBytes && bytes <= MultipartLimits.maxBytes) return bytes
  reader.problem(
    name,
    `must be a size from 100KiB to 5GiB, in bytes or with a unit (KiB, MiB, GiB; K/KB, M/MB, G/GB mean the same powers of 1024); got "${value}"`
  )
  return MultipartLimits.maxBytes
}

/** auto (the region's documented limit less headroom), off or 0 (no limit), or calls per second. */
function readRequestsPerSecond(reader: InputReader, region: string): number {
  const value = reader.raw(Inputs.RequestsPerSecond).trim().toLowerCase() || Defaults.requestsPerSecond
  if (value === 'auto') return autoRequestsPerSecond(region)
  if (FlowLimits.offWords.includes(value)) return 0
  const number = /^[0-9]+(\.[0-9]+)?$/.test(value) ? Number(value) : NaN
  if (number >= 0.1 && number <= FlowLimits.maxRequestsPerSecond) return number
  reader.problem(
    Inputs.RequestsPerSecond,
    `must be "auto", "off" (or 0), or a number of calls per second from 0.1 to ${FlowLimits.maxRequestsPerSecond}; got "${value}"`
  )
  return autoRequestsPerSecond(region)
}

function autoRequestsPerSecond(region: string): number {
  const documented = FlowLimits.fastRegions.includes(region) ? FlowLimits.fastRegionQps : FlowLimits.otherRegionQps
  return documented * FlowLimits.autoShare
}

function readManifestPath(reader: InputReader, workspace: string): string | undefined {
  const value = reader.raw(Inputs.Manifest).trim()
  if (value === '') return undefined
  const absolute = path.resolve(workspace, value)
  if (isOutside(workspace, absolute) || absolute === workspace) {
    reader.problem(Inputs.Manifest, `"${value}" must be a file path inside the workspace (${workspace})`)
    return undefined
  }
  return absolute
}

function readRegion(reader: InputReader): string {
  const region = reader.raw(Inputs.Region).trim() || Defaults.region
  if (/^[a-z]{2,}(-[a-z0-9]+)+$/.test(region)) return region
  reader.problem(Inputs.Region, `"${region}" is not a region id such as "cn-shanghai" or "ap-southeast-1"`)
  return Defaults.region
}

/** The endpoint input, or the endpoint of a region VOD serves (vod-regions.ts). */
function readEndpoint(reader: InputReader, region: string): string {
  const value = reader.raw(Inputs.Endpoint).trim()
  if (value === '') {
    if (!isVodRegion(region)) reader.problem(Inputs.Region, unknownRegion(region))
    return vodEndpointOf(region)
  }
  return readOrigin(reader, Inputs.Endpoint, value, vodEndpointOf(region))
}

function unknownRegion(region: string): string {
  const meant = nearest(region, VodRegions)
  const guess = meant ? ` (did you mean ${meant}?)` : ''
  return `"${region}" is not a region VOD serves${guess}; the regions this version knows: ${VodRegions.join(', ')}. For a region it does not know yet, set ${Inputs.Endpoint} to that region's VOD endpoint (https://vod.<region>.aliyuncs.com)`
}

/** An http(s) origin: no credentials, no path, query or fragment. The origin is what requests go to. */
function readOrigin(reader: InputReader, name: InputName, value: string, example: string): string {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    reader.problem(name, `"${value}" is not a URL; expected for example ${example}`)
    return value
  }
  const faults: string[] = []
  if (url.protocol !== 'http:' && url.protocol !== 'https:') faults.push('the scheme must be http or https')
  if (url.username || url.password) faults.push('it must not contain credentials')
  if (url.pathname !== '/' || url.search || url.hash) faults.push('it must have no path, query or fragment')
  if (faults.length > 0) {
    reader.problem(name, `"${url.protocol}//${url.host}${url.pathname}" is not usable: ${faults.join('; ')}`)
  }
  return url.origin
}

/** Host names or host:port, separated by commas, spaces or lines. */
function readUploadHosts(reader: InputReader): AllowedHost[] {
  const entries = reader
    .raw(Inputs.UploadHosts)
    .split(/[\s,]+/)
    .filter(Boolean)
  return entries.flatMap(entry => {
    const host = parseAllowedHost(entry)
    if (!host)
      reader.problem(Inputs.UploadHosts, `"${entry}" is not a host name, IP address or host:port (an IPv6 address goes in brackets)`)
    return host ? [host] : []
  })
}

function readTemplate(reader: InputReader, name: InputName, fallback: string): string {
  const template = reader.raw(name) || fallback
  const unknown = unknownPlaceholders(template)
  if (unknown.length > 0) {
    const known = TemplatePlaceholders.map(p => `{${p}}`).join(', ')
    reader.problem(name, `unknown placeholder ${unknown.map(u => `{${u}}`).join(', ')}; known placeholders are ${known}`)
  }
  return template
}

/** The variable the runner sets for an input: INPUT_ and the name upper-cased, spaces as _ (hyphens kept). */
const inputVariable = (name: string): string => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`

/** A `with:` key the action does not declare, as written, with the declared input it most likely meant. */
interface UndeclaredInput {
  written: string
  meant?: string
}

/**
 * Every INPUT_ variable of no declared input, in name order: the runner sets one for every `with:`
 * key, so a misspelled input arrives here, and the run would otherwise quietly use the default.
 */
function undeclaredInputs(env: Env): UndeclaredInput[] {
  const declared: readonly string[] = Object.values(Inputs)
  const known = new Set(declared.map(inputVariable))
  return Object.keys(env)
    .filter(name => name.toUpperCase().startsWith('INPUT_') && !known.has(name.toUpperCase()))
    .sort()
    .map(name => {
      const written = name.slice('INPUT_'.length).toLowerCase()
      const meant = nearest(written.replace(/_/g, '-'), declared) ?? nearest(written, declared)
      return { written, meant }
    })
}

/** One warning per undeclared input, when the inputs are otherwise fine. */
function undeclaredWarning({ written, meant }: UndeclaredInput): string {
  const suggestion = meant ? `: did you mean \`${meant}\`?` : " (the inputs are in the README's Inputs table)"
  return `The input \`${shown(written)}\` is not an input of this action and is ignored${suggestion}`
}

/**
 * When the inputs fail, a misspelling is most likely why (a required input spelled wrong reads as
 * missing): each undeclared input is said with the problem of the input it meant, or as a problem of its own.
 */
function withUndeclaredHints(problems: readonly Problem[], undeclared: readonly UndeclaredInput[]): Problem[] {
  const hinted = problems.map(problem => ({ ...problem }))
  for (const input of undeclared) {
    const aboutMeant = input.meant === undefined ? undefined : hinted.find(problem => problem.input === input.meant)
    if (aboutMeant) aboutMeant.message += ` (a \`with:\` key \`${shown(input.written)}\` was given: did you mean \`${input.meant}\`?)`
    else hinted.push({ message: undeclaredWarning(input) })
  }
  return hinted
}

/** GITHUB_REPOSITORY_ID, when it is a numeric id: anything else counts as unknown (no mark sent, nothing deleted unless adopted). */
function readRepositoryId(env: Env): string | undefined {
  const value = env.GITHUB_REPOSITORY_ID?.trim() ?? ''
  return /^[0-9]{1,20}$/.test(value) ? value : undefined
}

/** Without the repository's id, uploads carry no ownership mark: deletions will never reach them, so the run says so once. */
function noRepositoryIdWarning(env: Env): string {
  const why = env.GITHUB_REPOSITORY_ID?.trim() ? 'is not a numeric id' : 'is not set'
  return `GITHUB_REPOSITORY_ID ${why}: the images this run uploads carry no ownership mark (${OwnershipMark.tagPrefix}<id>), so ${Inputs.DeleteRemoved} and ${Inputs.DeleteReplaced} can never delete them unless ${Inputs.AdoptImageIds} lists them; nor does this run delete any image ${Inputs.AdoptImageIds} does not list.`
}

/** ImageIds (32 hex digits) separated by commas or whitespace: images uploaded before the mark existed, deletable as this repository's. */
function readAdoptImageIds(reader: InputReader): string[] {
  const ids = reader
    .raw(Inputs.AdoptImageIds)
    .split(/[\s,]+/)
    .filter(id => id !== '')
  const isImageId = (id: string): boolean => imageIdProblem(id) === undefined
  const bad = ids.filter(id => !isImageId(id))
  if (bad.length > 0) {
    const shown = bad.slice(0, 5).map(id => `"${JSON.stringify(id).slice(1, -1)}"`)
    reader.problem(
      Inputs.AdoptImageIds,
      `must list ImageIds of 32 hex digits; not ImageIds: ${shown.join(', ')}${bad.length > 5 ? ` and ${bad.length - 5} more` : ''}`
    )
  }
  return [...new Set(ids.filter(isImageId).map(id => id.toLowerCase()))]
}

function readUserTags(reader: InputReader, markTaken: boolean): string[] {
  const { tags, problems } = parseUserTags(reader.raw(Inputs.Tags), markTaken)
  for (const problem of problems) reader.problem(Inputs.Tags, problem)
  return tags
}

function readCateId(reader: InputReader): string | undefined {
  const value = reader.raw(Inputs.CateId).trim()
  if (value === '') return undefined
  if (/^[0-9]{1,19}$/.test(value) && BigInt(value) <= 9223372036854775807n) return value
  reader.problem(Inputs.CateId, `must be a category id (a whole number); got "${value}"`)
  return undefined
}

function readStorageLocation(reader: InputReader): string | undefined {
  const value = reader.raw(Inputs.StorageLocation).trim()
  if (value === '') return undefined
  if (/^[a-z0-9][a-z0-9.-]*[a-z0-9]$/.test(value)) return value
  reader.problem(Inputs.StorageLocation, `must be a storage host name such as "outin-xxxx.oss-cn-shanghai.aliyuncs.com"; got "${value}"`)
  return undefined
}

function readAppId(reader: InputReader): string | undefined {
  const value = reader.raw(Inputs.AppId).trim()
  if (value === '') return undefined
  if (/^[A-Za-z0-9][A-Za-z0-9-]*$/.test(value)) return value
  reader.problem(Inputs.AppId, `must be an application id such as "app-1000000"; got "${value}"`)
  return undefined
}

function readUserData(reader: InputReader): string | undefined {
  const value = reader.raw(Inputs.UserData).trim()
  if (value === '') return undefined
  let parsed: unknown
  try {
    parsed = JSON.parse(value)
  } catch (error) {
    reader.problem(Inputs.UserData, `is not valid JSON (${(error as Error).message})`)
    return undefined
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    reader.problem(
      Inputs.UserData,
      `must be a JSON object such as {"Extend": {"key": "value"}}; got ${Array.isArray(parsed) ? 'an array' : `a ${parsed === null ? 'null' : typeof parsed}`}`
    )
    return undefined
  }
  const extend = (parsed as Record<string, unknown>).Extend
  if (extend !== undefined) {
    const size = utf8Length(typeof extend === 'string' ? extend : JSON.stringify(extend))
    if (size > VodLimits.userDataExtendBytes) {
      reader.problem(Inputs.UserData, `"Extend" is ${size} bytes; VOD allows at most ${VodLimits.userDataExtendBytes}`)
    }
  }
  return JSON.stringify(parsed)
}
