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
  AdoptImageIds: 'adopt-image-ids',
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
  Deletions: 'deletions',
  Markdown: 'markdown'
} as const
export type OutputName = (typeof Outputs)[keyof typeof Outputs]
