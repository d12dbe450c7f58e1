/** One run of the action: read config, find files, plan, upload, report. */
import { credentialsToMask, readConfig, type Config } from './inputs/index.js'
import { isTransient } from './shared/index.js'
import { log } from './shared/index.js'
import { keepHeapSmall } from './shared/index.js'
import { gateLibraryOutput, silenceDeprecations } from './shared/index.js'
import { SecretRegistry } from './shared/index.js'
import { findImages, type ImageFile } from './files/index.js'
import type { UnsupportedFile } from './files/index.js'
import { createServices, isOidcRole } from './services/index.js'
import type { FirstContactTiming } from './services/index.js'
import type { FlowStats } from './services/index.js'
import { proxyCredentials } from './services/index.js'
import { planUploads, type UploadTask } from './plan/index.js'
import { onCancelSignal, type Cancellation } from './upload/index.js'
import type { PipelineEvents } from './upload/index.js'
import { resultsOf, withoutUpload, type FileResult } from './upload/index.js'
import { defaultBackoff, retrying } from './upload/index.js'
import { UploadSession, type SessionOverrides } from './upload/index.js'
import { StatusLookup, withVodStatus, type StatusClock, type StatusTiming } from './upload/index.js'
import {
  openManifest,
  type DeletionEvents,
  type GoneEntry,
  type ManifestWrite,
  type PlannedReplacement,
  type Replacement,
  type RunManifest,
  type StaleEntry
} from './manifest/index.js'
import {
  allStaleWarning,
  deletionStoppedWarning,
  describeError,
  finishedLine,
  NO_FILES_REFUSED,
  noFilesMessage,
  outputsProblem,
  roleNote,
  uploadingTitle,
  describeReplaced,
  describeStale,
  keptAllAtOnceLines,
  lookupWarning,
  manifestWriteProblem,
  matchedLine,
  orphanNote,
  planLines,
  reachNotes,
  runFailure,
  sameFileLine,
  samePathLine,
  stillUploadingNote,
  stopNote,
  throttlingNote,
  totalsLine,
  unansweredNote,
  unchangedLine,
  unencryptedEndpointWarning,
  unencryptedStsWarning,
  unsupportedMessage
} from './report/index.js'
import { redactOutcome, toImageReports, type RunOutcome } from './report/index.js'
import { publish } from './report/index.js'

/** What a test may replace; the action itself runs with the defaults. */
export interface RunOverrides extends SessionOverrides {
  /** After a cancel signal, how long uploads in flight may go on before their connections are cut. */
  cancelGraceMs?: number
  /** VOD's status of the new images (GetImageInfos during the uploads): off for a benchmark's baseline; its clock and waits. */
  vodStatus?: { off?: boolean; clock?: StatusClock; timing?: Partial<StatusTiming> }
  /** How long a service that has not answered yet is waited for (services/first-contact.ts). */
  firstContact?: Partial<FirstContactTiming>
  /** The limit every output stays under, lower than GitHub's to test the cut. */
  outputMaxBytes?: number
  /** Builds the services the run calls in place of createServices: a test's fake port. */
  services?: typeof createServices
}

/** The runner sends SIGINT on cancel, SIGTERM 7.5 s later and kills 2.5 s after that: finish well before. */
const CANCEL_GRACE_MS = 3000
const CANCEL_CLEANUP_MS = 3000
/** Up to this many paths to a file another path holds are named one a line; more get one line for all. */
const SAME_FILE_LINES = 10

/** What every step of one run works with. */
interface RunContext {
  config: Config
  secrets: SecretRegistry
  cancellation: Cancellation
  manifest: RunManifest
  overrides: RunOverrides
}

/** What the uploads, and the deletions after them, came to. */
interface Uploaded {
  results: FileResult[]
  /** The stale manifest entries, each with what became of it. */
  removed: StaleEntry[]
  replaced: Replacement[]
  flow?: FlowStats
  /** How VOD throttled the lookups and deletions, one note per API it throttled. */
  deletionFlows: string[]
}

/** A note for GetImageInfos and DeleteImage each, when VOD throttled them. */
function deletionThrottling(session: UploadSession): string[] {
  const byApi = session.flowStatsByApi()
  return (['GetImageInfos', 'DeleteImage'] as const).flatMap(api => {
    const stats = byApi[api]
    return stats && stats.throttled > 0 ? [throttlingNote(stats, api)] : []
  })
}

export async function run(overrides: RunOverrides = {}): Promise<void> {
  // ali-oss's HTTP client calls url.parse(), which Node 24 reports (DEP0169) on stderr at every run; users can't act on it.
  silenceDeprecations('DEP0169')
  keepHeapSmall()
  const secrets = new SecretRegistry(log.mask)
  const closeGate = gateLibraryOutput({ debug: log.debug, redact: text => secrets.redact(text) })
  const cancellation = onCancelSignal({
    graceMs: overrides.cancelGraceMs ?? CANCEL_GRACE_MS,
    cleanupMs: CANCEL_CLEANUP_MS,
    warn: message => log.warning(message)
  })
  try {
    secrets.add(...proxyCredentials(process.env), ...credentialsToMask())
    const config = readConfig()
    const { credentials } = config
    if (!isOidcRole(credentials)) secrets.add(credentials.accessKeyId, credentials.accessKeySecret, credentials.securityToken)
    startWarnings(config).forEach(warning => log.warning(warning))
    const manifest = await openManifest(config)
    const context: RunContext = { config, secrets, cancellation, manifest, overrides }

    const { files, unsupported } = await discover(context)
    log.info(matchedLine(files.length, unsupported.length))
    if (files.length === 0 && !(await continueWithoutFiles(config, unsupported))) return

    const tasks = await plan(files, context)
    const stale = await manifest.findStale()
    if (config.dryRun) {
      const preview = { stale: manifest.previewStale(stale), replaced: manifest.previewReplaced(tasks), unsupported }
      return await reportDryRun(tasks, preview, { ...config, outputMaxBytes: overrides.outputMaxBytes })
    }

    // From here on images exist in VOD: whatever fails, the report of them still goes out.
    const uploaded = await uploadThenDeleteOld(tasks, stale, context)
    const written = await saveManifest(manifest, { ...uploaded, now: (overrides.now ?? Date.now)() })

    await report(uploaded, { unsupported, written }, context)
  } catch (error) {
    log.fail(secrets.redact(describeError(error)))
  } finally {
    cancellation.dispose()
    closeGate()
  }
}

/** What the run warns of before it starts: the inputs' own warnings, then endpoints that would be sent unencrypted. */
function startWarnings(config: Config): string[] {
  const { credentials } = config
  const sts = isOidcRole(credentials) ? unencryptedStsWarning(credentials.stsEndpoint) : undefined
  return [...config.warnings, unencryptedEndpointWarning(config.endpoint), sts].filter(warning => warning !== undefined)
}

/** The manifest written, or why it was not: never a throw, since the uploads it would record must still be reported. */
async function saveManifest(manifest: RunManifest, change: Parameters<RunManifest['save']>[0]): Promise<ManifestWrite> {
  try {
    return await manifest.save(change)
  } catch (error) {
    return { changed: false, failure: { reason: describeError(error) } }
  }
}

async function discover({ config, manifest }: RunContext): Promise<{ files: ImageFile[]; unsupported: UnsupportedFile[] }> {
  const { files, warnings, unsupported } = await findImages({ ...config, exclude: manifest.exclude })
  warnings.forEach(warning => log.warning(warning))
  const skipped = unsupportedMessage(unsupported, config.ifUnsupported)
  if (skipped) (config.ifUnsupported === 'warn' ? log.warning : log.info)(skipped)
  return { files, unsupported }
}

async function plan(files: ImageFile[], { config, manifest }: RunContext): Promise<UploadTask[]> {
  const { tasks, warnings } = planUploads(files, config, await manifest.previousUploads(files))
  warnings.forEach(warning => log.warning(warning))
  return tasks
}

/** Uploads what changed, then deletes what delete-replaced and delete-removed ask for, over the run's connections. */
async function uploadThenDeleteOld(tasks: UploadTask[], stale: GoneEntry[], context: RunContext): Promise<Uploaded> {
  const { config, cancellation } = context
  const services = (context.overrides.services ?? createServices)(config, {
    secret: (...values) => context.secrets.add(...values),
    debug: message => log.debug(context.secrets.redact(message)),
    // A warning: the uploads' log group is collapsed, and an annotation shows whatever the grouping.
    waiting: message => log.warning(context.secrets.redact(message)),
    firstContact: context.overrides.firstContact
  })
  const session = new UploadSession({ settings: config, services, cancellation, overrides: context.overrides })
  cancellation.cutInFlightWith(() => services.closeConnections())
  const statuses = statusLookup(session, context)
  try {
    // With role-to-assume the role is assumed here: a role that cannot be assumed fails the run before any file is sent.
    const backoff = { ...defaultBackoff(config.retries), ...context.overrides.backoff }
    await retrying(() => services.signIn(), isTransient, { backoff, signal: cancellation.signal })
    if (isOidcRole(config.credentials)) log.info(roleNote(config.credentials))
    const toUpload = tasks.filter(task => !task.unchangedSince && !task.sameAs)
    const sent = await uploadGroup(toUpload, tasks, { context, session, statuses })
    // A VOD that never answered created nothing: no "may hold images" warning for calls it never answered.
    const uploaded = services.answered('vod') ? sent : sent.map(result => ({ ...result, unansweredCreates: 0 }))
    const confirmed = statuses ? await confirmStatuses(uploaded, statuses, session, context) : uploaded
    const flow = session.flowStats()
    if (flow && flow.throttled > 0) log.info(throttlingNote(flow))
    const byPath = new Map(confirmed.map(result => [result.file.relativePath, result]))
    const results = resultsOf(tasks, task => byPath.get(task.file.relativePath) ?? withoutUpload(task))
    const deletion = {
      deleteImages: (ids: readonly string[]) => session.deleteImages(ids),
      getImageInfos: (ids: readonly string[]) => session.getImageInfos(ids),
      signal: cancellation.signal,
      events: deletionEvents(context.secrets)
    }
    const deleted = await context.manifest.deleteOld(results, stale, deletion).catch((error: unknown) => {
      // Only a bug gets here: every service failure is an outcome of its entry. Say what is left where.
      log.warning(deletionStoppedWarning(describeError(error)))
      return { results, removed: [], replaced: [] }
    })
    const deletionFlows = deletionThrottling(session)
    deletionFlows.forEach(note => log.info(note))
    return { ...deleted, flow: session.flowStats(), deletionFlows }
  } finally {
    cancellation.cutInFlightWith(() => undefined)
    services.closeConnections()
  }
}

/** The uploads in one log group, with a line for each file not uploaded; no group when no file matched. */
async function uploadGroup(
  toUpload: UploadTask[],
  tasks: UploadTask[],
  { context, session, statuses }: { context: RunContext; session: UploadSession; statuses: StatusLookup | undefined }
): Promise<FileResult[]> {
  if (tasks.length === 0) return []
  return await log.group(uploadingTitle(toUpload.length, tasks.length, context.config.concurrency), () => {
    notUploadedLines(tasks).forEach(line => log.info(line))
    return session.uploadAll(toUpload, pipelineEvents(context.secrets, statuses))
  })
}

/** The deletions' lines as they settle: a deletion is news, anything else (kept, gone, failed) a warning. */
function deletionEvents(secrets: SecretRegistry): DeletionEvents {
  const say = (deleted: boolean, line: string): void => (deleted ? log.info : log.warning)(secrets.redact(line))
  return {
    allStale: entries => say(false, allStaleWarning(entries)),
    stale: entry => say(entry.outcome.kind === 'deleted', describeStale(entry, false)),
    replaced: entry => say(entry.outcome.kind === 'deleted', describeReplaced(entry))
  }
}

/** One line for the files the manifest shows unchanged, and the paths to a file another path holds: one each when few, else one for all. */
function notUploadedLines(tasks: readonly UploadTask[]): string[] {
  const unchanged = tasks.filter(task => task.unchangedSince).length
  const same = tasks.filter(task => task.sameAs)
  const sameLines =
    same.length > SAME_FILE_LINES ? [sameFileLine(same.length)] : same.map(task => samePathLine(task.file.relativePath, task.sameAs!))
  return [...(unchanged > 0 ? [unchangedLine(unchanged)] : []), ...sameLines]
}

/** The lookups of the new images' status and preview URL, made while the uploads go on; none when a test turns them off. */
function statusLookup(session: UploadSession, { config, cancellation, overrides }: RunContext): StatusLookup | undefined {
  if (overrides.vodStatus?.off) return undefined
  return new StatusLookup({
    lookup: ids => session.getImageInfos(ids, { authTimeoutSeconds: config.previewExpiresInSeconds }),
    clock: overrides.vodStatus?.clock,
    timing: overrides.vodStatus?.timing,
    signal: cancellation.signal
  })
}

/** Each upload with VOD's status of its image; an image VOD marks UploadFail fails its file and is deleted. */
async function confirmStatuses(
  uploaded: FileResult[],
  statuses: StatusLookup,
  session: UploadSession,
  { secrets }: RunContext
): Promise<FileResult[]> {
  const report = await statuses.finish()
  const warning = lookupWarning(report)
  if (warning) log.warning(secrets.redact(warning))
  const confirmed = await withVodStatus(uploaded, report, ids => session.deleteImages(ids))
  const stillUploading = stillUploadingNote(confirmed)
  if (stillUploading) log.info(stillUploading)
  return confirmed
}

async function reportDryRun(
  tasks: UploadTask[],
  found: { stale: StaleEntry[]; replaced: PlannedReplacement[]; unsupported: UnsupportedFile[] },
  config: Config & { outputMaxBytes?: number }
): Promise<void> {
  const { stale, replaced } = found
  planLines(tasks, { stale, replaced, deleteRemoved: config.deleteRemoved }).forEach(line => log.info(line))
  const reports = toImageReports(resultsOf(tasks, withoutUpload), text => text)
  const outcome: RunOutcome = { dryRun: true, stale, plannedReplacements: replaced, manifestChanged: false, unsupported: found.unsupported }
  await publish(reports, config, outcome)
  log.info(totalsLine(reports, outcome))
}

async function report(
  uploaded: Uploaded,
  found: { unsupported: UnsupportedFile[]; written: ManifestWrite },
  { config, secrets, cancellation, overrides }: RunContext
): Promise<void> {
  const cancelled = cancellation.signal.aborted
  const redact = (text: string): string => secrets.redact(text)
  const outcome: RunOutcome = {
    dryRun: false,
    stale: uploaded.removed.map(entry => redactOutcome(entry, redact)),
    manifestChanged: found.written.changed,
    flow: uploaded.flow,
    deletionFlows: uploaded.deletionFlows,
    unsupported: found.unsupported,
    replaced: uploaded.replaced.map(entry => redactOutcome(entry, redact)),
    unreachable: reachNotes(
      uploaded.results.map(result => result.unreachable),
      { endpoint: config.endpoint, endpointFromRegion: config.endpointFromRegion }
    ),
    stopped: stoppedNote(uploaded.results, config, redact)
  }
  const reports = toImageReports(uploaded.results, redact)
  const outputsFailure = await publish(reports, { ...config, outputMaxBytes: overrides.outputMaxBytes }, outcome).then(
    () => undefined,
    (error: unknown) => secrets.redact(outputsProblem(describeError(error)))
  )
  keptAllAtOnceLines(outcome.stale).forEach(line => log.info(line))
  const failure = runFailure(reports, {
    cancelled,
    problems: [manifestWriteProblem(found.written), outputsFailure],
    unreachable: outcome.unreachable,
    stopped: outcome.stopped
  })
  if (unansweredNote(reports)) log.warning(unansweredNote(reports))
  if (failure) log.fail(secrets.redact(failure))
  else if (orphanNote(reports)) log.warning(orphanNote(reports).trim())
  log.info(secrets.redact(totalsLine(reports, outcome)))
}

/** The first refusal no other file could get past, with what to fix; undefined when there was none. */
function stoppedNote(results: readonly FileResult[], config: Config, redact: (text: string) => string): string | undefined {
  const first = results.find(result => result.refused)?.refused
  return first && redact(stopNote(first, { oidc: isOidcRole(config.credentials) }))
}

function pipelineEvents(secrets: SecretRegistry, statuses: StatusLookup | undefined): PipelineEvents {
  return {
    secret: credential => secrets.addTemporary(credential),
    debug: message => {
      if (log.isDebug()) log.debug(secrets.redact(message))
    },
    finished: result => {
      statuses?.add(result)
      const [report] = toImageReports([result], text => secrets.redact(text))
      log.info(finishedLine(report))
    }
  }
}

/** Says that nothing matched; false when the run should stop here (if-no-files-found: error). */
async function continueWithoutFiles(config: Config, unsupported: UnsupportedFile[]): Promise<boolean> {
  const message = noFilesMessage(config.patternsAsWritten, config.workspace, unsupported.length)
  const outcome = { dryRun: config.dryRun, stale: [], manifestChanged: false, unsupported }
  if (config.ifNoFilesFound === 'error') {
    await publish([], config, outcome)
    log.fail(`${message}\n${NO_FILES_REFUSED}`)
    return false
  }
  const say = config.ifNoFilesFound === 'warn' ? log.warning : log.info
  say(`${message}\nNothing was uploaded.`)
  return true
}
