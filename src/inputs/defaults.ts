/** Defaults shared by the config reader and checked against action.yml by a test. */
export const Defaults = {
  audience: 'sts.aliyuncs.com',
  roleDurationSeconds: 3600,
  stsEndpoint: 'https://sts.aliyuncs.com',
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
  ossSignatureVersion: 'v4',
  vodSignatureVersion: 'v3',
  previewExpiresIn: 604_800
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

/** Limits of the reliability inputs. */
export const RetryLimits = { maxRetries: 10, maxTimeoutSeconds: 3600 } as const

/** What STS accepts as DurationSeconds (docs/protocol.md, "STS AssumeRoleWithOIDC"); the role's own maximum may be lower. */
export const RoleLimits = { minDurationSeconds: 900, maxDurationSeconds: 43200 } as const
/** How long a preview URL may be asked to stay valid: 30 days, the most VOD gives a signed URL of its own buckets (docs/protocol.md, "GetImageInfos"). */
export const PreviewLimits = { maxExpiresInSeconds: 2_592_000 } as const
