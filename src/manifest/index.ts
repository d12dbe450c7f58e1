/**
 * The front door of manifest/: the one object a run uses the manifest through (openManifest), and
 * the stale entries and replacements it reports.
 */
export type { ManifestWrite } from './next-manifest.js'
export type { PlannedReplacement } from './replaced-plan.js'
export type { ReplacedKeptReason, Replacement } from './replaced.js'
export { openManifest, type DeletionEvents, type RunManifest } from './run-manifest.js'
export { keptAllAtOnce, type GoneEntry, type StaleEntry, type StaleKeptReason } from './stale.js'
export type { ManifestOptions } from './sync-state.js'
export type { OwnershipReason } from './trust.js'
