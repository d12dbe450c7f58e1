/** VOD API facts (docs/protocol.md, "CreateUploadImage parameters" and "Per-API limits"). */
export const VodLimits = {
  apiVersion: '2017-03-21',
  titleBytes: 128,
  descriptionBytes: 1024,
  tagBytes: 32,
  maxTags: 16,
  userDataExtendBytes: 512,
  maxConcurrency: 100,
  /** GetImageInfos and DeleteImage take at most this many ImageIds a call (docs/protocol.md, "Per-API limits"). */
  maxIdsPerCall: 20
} as const

/**
 * The tag every upload carries when the repository's numeric id is known (docs/protocol.md,
 * "Ownership mark"): only an image with this repository's mark (or one the workflow adopts) is ever deleted.
 */
export const OwnershipMark = { tagPrefix: 'gh-repo-id-' } as const

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
  /** VOD's documented per-account limits of the other APIs the action calls (docs/protocol.md, "Per-API limits"), paced at autoShare. */
  deleteImageQps: 50,
  getImageInfosQps: 10,
  /**
   * CreateUploadImage, one call per image, lets its calls through in rounds at most this far apart
   * (about 7 at 72/s): one wake-up and one round of I/O per call cost about 1 ms of CPU per image
   * (BENCHMARKS.md, "Where pacing cost CPU"). The other APIs take 20 ImageIds a call and keep one call per slot.
   */
  createUploadImageBatchMs: 100,
  offWords: ['0', 'off'] as readonly string[]
} as const

/** OSS: parts are at least 100 KiB; one PutObject takes at most 5 GiB. */
export const MultipartLimits = { minBytes: 100 * 1024, maxBytes: 5 * 1024 ** 3 } as const
