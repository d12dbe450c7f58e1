/** Every input and output name of action.yml, in one place. */
export const Inputs = {
  Path: 'path',
  AccessKeyId: 'access-key-id',
  AccessKeySecret: 'access-key-secret',
  SecurityToken: 'security-token',
  Region: 'region',
  Endpoint: 'endpoint',
  ImageType: 'image-type',
  Title: 'title',
  Description: 'description',
  Tags: 'tags',
  RepoTags: 'repo-tags',
  CateId: 'cate-id',
  StorageLocation: 'storage-location',
  AppId: 'app-id',
  UserData: 'user-data',
  Concurrency: 'concurrency',
  RequestsPerSecond: 'requests-per-second',
  IfNoFilesFound: 'if-no-files-found',
  IfUnsupported: 'if-unsupported',
  IncludeHiddenFiles: 'include-hidden-files',
  FollowSymbolicLinks: 'follow-symbolic-links',
  Retries: 'retries',
  Timeout: 'timeout',
  MultipartThreshold: 'multipart-threshold',
  Manifest: 'manifest',
  DeleteRemoved: 'delete-removed',
  DeleteReplaced: 'delete-replaced',
  DryRun: 'dry-run',
  Summary: 'summary',
  OssSignatureVersion: 'oss-signature-version'
} as const
export type InputName = (typeof Inputs)[keyof typeof Inputs]

export const Outputs = {
  ImageId: 'image-id',
  ImageUrl: 'image-url',
  FileUrl: 'file-url',
  ImageIds: 'image-ids',
  ImageUrls: 'image-urls',
  Images: 'images',
  UploadedCount: 'uploaded-count',
  SkippedCount: 'skipped-count',
  FailedCount: 'failed-count',
  UnsupportedFiles: 'unsupported-files',
  OrphanedImageIds: 'orphaned-image-ids',
  ResultsFile: 'results-file',
  ManifestChanged: 'manifest-changed',
  Markdown: 'markdown'
} as const
export type OutputName = (typeof Outputs)[keyof typeof Outputs]

/** Defaults shared by the config reader and checked against action.yml by a test. */
export const Defaults = {
  region: 'cn-shanghai',
  imageType: 'default',
  title: '{name}',
  repoTags: true,
  concurrency: 8,
  requestsPerSecond: 'auto',
  ifNoFilesFound: 'error',
  ifUnsupported: 'error',
  includeHiddenFiles: false,
  followSymbolicLinks: true,
  retries: 3,
  timeoutSeconds: 60,
  multipartThreshold: '10MiB',
  deleteRemoved: false,
  deleteReplaced: false,
  dryRun: false,
  summary: true,
  ossSignatureVersion: 'v4'
} as const

/** Environment fallbacks for the credentials, in order of preference. */
export const CredentialEnv = [
  {
    source: 'ALIBABA_CLOUD_*',
    accessKeyId: 'ALIBABA_CLOUD_ACCESS_KEY_ID',
    accessKeySecret: 'ALIBABA_CLOUD_ACCESS_KEY_SECRET',
    securityToken: 'ALIBABA_CLOUD_SECURITY_TOKEN'
  },
  {
    source: 'ALICLOUD_*',
    accessKeyId: 'ALICLOUD_ACCESS_KEY',
    accessKeySecret: 'ALICLOUD_SECRET_KEY',
    securityToken: 'ALICLOUD_SECURITY_TOKEN'
  }
] as const

/** VOD API facts (CreateUploadImage page and vod-protocol.md §2). */
export const VodLimits = {
  apiVersion: '2017-03-21',
  titleBytes: 128,
  descriptionBytes: 1024,
  tagBytes: 32,
  maxTags: 16,
  userDataExtendBytes: 512,
  maxConcurrency: 100
} as const

/**
 * VOD's documented QPS limit of CreateUploadImage per account (the API page, "QPS limits"): 80 in
 * these regions, 40 in the others. `auto` takes this share of it, leaving room for the account's
 * other users and jobs; the rate then adapts to what the service admits.
 */
export const FlowLimits = {
  fastRegions: ['cn-beijing', 'cn-shanghai', 'cn-shenzhen', 'ap-southeast-1'] as readonly string[],
  fastRegionQps: 80,
  otherRegionQps: 40,
  autoShare: 0.9,
  maxRequestsPerSecond: 1000,
  offWords: ['0', 'off'] as readonly string[]
} as const

/** Limits of the reliability inputs. */
export const RetryLimits = { maxRetries: 10, maxTimeoutSeconds: 3600 } as const

/** OSS: parts are at least 100 KiB; one PutObject takes at most 5 GiB. */
export const MultipartLimits = { minBytes: 100 * 1024, maxBytes: 5 * 1024 ** 3 } as const

/** Past this many rows the job summary lists only a count, to stay far below its 1 MiB limit. */
export const SummaryMaxRows = 300
