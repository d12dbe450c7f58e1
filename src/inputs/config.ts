/**
 * Reads and validates every input into one typed Config, one reader per group of inputs (README "Inputs"):
 * patterns.ts, credentials.ts, where-in-vod.ts, metadata.ts, sync-and-deletion.ts, tuning.ts; undeclared.ts
 * for `with:` keys the action does not have. Nothing else reads inputs.
 * All problems are collected and thrown together as one InputError, before any network call.
 */
import os from 'node:os'
import path from 'node:path'
import { Inputs } from '../shared/index.js'
import { VodLimits } from '../shared/index.js'
import { Defaults, PreviewLimits, RetryLimits } from './defaults.js'
import { InputError } from '../shared/index.js'
import type { IfUnsupported } from '../files/index.js'
import type { DiscoveryOptions } from '../files/index.js'
import type { ImageType, PlanOptions } from '../plan/index.js'
import type { ServicesOptions } from '../services/index.js'
import type { OssSignatureVersion } from '../services/index.js'
import type { VodSignatureVersion } from '../services/index.js'
import type { UploadSettings } from '../upload/index.js'
import type { PreviewOptions } from '../upload/index.js'
import type { ManifestOptions } from '../manifest/index.js'
import type { ReportOptions } from '../report/index.js'
import { InputReader, type Env } from './reader.js'
import { readPatterns } from './patterns.js'
import { givenCredentials, readCredentials } from './credentials.js'
import { readAppId, readCateId, readEndpoint, readRegion, readStorageLocation } from './where-in-vod.js'
import { readTemplate, readUserData, readUserTags } from './metadata.js'
import { readAdoptImageIds, readManifestPath, readRepositoryId, repositoryIdFault } from './sync-and-deletion.js'
import { readByteSize, readRequestsPerSecond, readUploadHosts } from './tuning.js'
import { undeclaredInputs, withUndeclaredHints } from './undeclared.js'
import { noRepositoryIdWarning, undeclaredInputWarning } from '../report/index.js'

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

/** The credentials the inputs and the environment hold, as given: the run masks them before readConfig() can quote an input. */
export function credentialsToMask(): string[] {
  return givenCredentials(new InputReader(), process.env)
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
    endpointFromRegion: reader.raw(Inputs.Endpoint) === '',
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
    warnings: [
      ...(repositoryId === undefined ? [noRepositoryIdWarning(repositoryIdFault(env))] : []),
      ...undeclared.map(input => undeclaredInputWarning(input.written, input.meant))
    ]
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
