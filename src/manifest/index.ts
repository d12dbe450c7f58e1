/**
 * The front door of manifest/: the one object a run uses the manifest through (openManifest), and
 * the stale entries and replacements it reports.
 */
export { describePlannedReplacement, type PlannedReplacement } from './replaced-plan.js'
export { describeReplaced, type Replacement } from './replaced.js'
export { openManifest, type RunManifest } from './run-manifest.js'
export { describeStale, keptAllAtOnce, type GoneEntry, type ManifestOptions, type ManifestWrite, type StaleEntry } from './sync.js'
