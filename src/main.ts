/** One run of the action: read config, find files, plan, upload, report. */
import { readConfig, type Config } from './inputs/config.js'
import { CancelledError, InputError, isTransient } from './shared/errors.js'
import { findImages, type ImageFile } from './files/find.js'
import { uploadAll } from './upload/pipeline.js'
import { withoutUpload, type FileResult } from './upload/results.js'
import type { PipelineEvents } from './upload/pipeline-options.js'
import { planUploads, type UploadTask } from './plan/plan.js'
import { describeFailure, failureMessage, orphanNote, planLines, unansweredNote } from './report/messages.js'
import { publish } from './report/publish.js'
import { toImageReports, type RunOutcome as RunFacts } from './report/model.js'
import { defaultBackoff, retrying, type Backoff } from './upload/retry.js'
import * as log from './shared/log.js'
import { routeLibraryWarnings, silenceDeprecations } from './shared/library-output.js'
import { SecretRegistry } from './shared/secrets.js'
import { unsupportedMessage, type UnsupportedFile } from './files/unsupported.js'
import { reachNotes } from './shared/reachability.js'
import { deleteReplaced, findReplaced, withOrphanedReplacements, type Replacement } from './manifest/replaced.js'
import { onCancelSignal, type Cancellation } from './upload/cancellation.js'
import { FlowControl, paced, throttlingNote, type FlowClock, type FlowStats } from './services/flow-control.js'
import { createServices } from './services/create-services.js'
import { keepHeapSmall } from './shared/heap.js'
import { proxyCredentials, unencryptedEndpointWarning } from './services/transport.js'
import { isThrottling } from './services/vod-client.js'
import {
  describeStale,
  digestAll,
  findStale,
  refuseOutsideFiles,
  loadSync,
  nextManifest,
  removeStale,
  saveManifest,
  type StaleEntry,
  type SyncState
} from './manifest/sync.js'

/** What a test may replace; the action itself runs with the defaults. */
export interface RunOverrides {
  backoff?: Partial<Omit<Backoff, 'retries'>>
  now?: () => number
  /** After a cancel signal, how long uploads in flight may go on before their connections are cut. */
  cancelGraceMs?: number
  /** The clock of the VOD request rate. */
  flowClock?: FlowClock
}

/** The runner sends SIGINT on cancel, SIGTERM 7.5 s later and kills 2.5 s after that: finish well before. */
const CANCEL_GRACE_MS = 3000
const CANCEL_CLEANUP_MS = 3000

export async function run(overrides: RunOverrides = {}): Promise<void> {
  // ali-oss's HTTP client calls url.parse(), which Node 24 reports (DEP0169) on stderr at every run; users can't act on it.
  silenceDeprecations('DEP0169')
  keepHeapSmall()
  const secrets = new SecretRegistry(log.mask)
  routeLibraryWarnings(log.debug, text => secrets.redact(text))
  const cancellation = onCancelSignal({
    graceMs: overrides.cancelGraceMs ?? CANCEL_GRACE_MS,
    cleanupMs: CANCEL_CLEANUP_MS,
    warn: message => log.warning(message)
  })
  try {
    secrets.add(...proxyCredentials(process.env))
    const config = readConfig()
    secrets.add(config.credentials.accessKeyId, config.credentials.accessKeySecret, config.credentials.securityToken)
    const unencrypted = unencryptedEndpointWarning(config.endpoint)
    if (unencrypted) log.warning(unencrypted)
    const sync = await loadSync(config)

    const { files, unsupported } = await discover(config)
    if (files.length === 0 && !(await continueWithoutFiles(config, unsupported))) return

    const tasks = await plan(files, config, sync)
    const stale = sync ? await findStale(sync, config.workspace) : []
    if (config.dryRun) return await reportDryRun(tasks, { stale, unsupported }, config)

    const { results, removed, replaced, flow } = await upload(tasks, stale, sync, config, secrets, overrides, cancellation)
    const written = sync
      ? await saveManifest(sync, nextManifest(sync.loaded.manifest, results, removed, (overrides.now ?? Date.now)(), replaced))
      : { changed: false }

    const unreachable = reachNotes(
      results.map(result => result.unreachable),
      { endpoint: config.endpoint }
    )
    const facts = { dryRun: false, stale: removed, manifestChanged: written.changed, flow, unsupported, replaced, unreachable }
    await report(results, facts, cancellation.signal.aborted, config, secrets, written.problem)
  } catch (error) {
    log.fail(secrets.redact(describeError(error)))
  } finally {
    cancellation.dispose()
  }
}

async function discover(config: Config): Promise<{ files: ImageFile[]; unsupported: UnsupportedFile[] }> {
  const { files, warnings, unsupported } = await findImages({ ...config, exclude: config.manifest ? [config.manifest] : [] })
  warnings.forEach(warning => log.warning(warning))
  const skipped = unsupportedMessage(unsupported, config.ifUnsupported)
  if (skipped) (config.ifUnsupported === 'warn' ? log.warning : log.info)(skipped)
  return { files, unsupported }
}

async function plan(files: ImageFile[], config: Config, sync: SyncState | undefined): Promise<UploadTask[]> {
  if (sync) refuseOutsideFiles(files, sync, config.workspace)
  const known = sync ? { digests: await digestAll(files, config.multipartThreshold), byPath: sync.loaded.manifest.images } : undefined
  const { tasks, warnings } = planUploads(files, config, known)
  warnings.forEach(warning => log.warning(warning))
  return tasks
}

async function upload(
  tasks: UploadTask[],
  stale: StaleEntry[],
  sync: SyncState | undefined,
  config: Config,
  secrets: SecretRegistry,
  overrides: RunOverrides,
  cancellation: Cancellation
): Promise<{ results: FileResult[]; removed: StaleEntry[]; replaced: Replacement[]; flow?: FlowStats }> {
  const backoff = { ...defaultBackoff(config.retries), ...overrides.backoff }
  const services = createServices(config)
  // Past this with no VOD call succeeding, throttling is treated as a service that is down.
  const stallMs = config.timeoutMs * (config.retries + 1)
  const flow =
    config.requestsPerSecond > 0
      ? new FlowControl({ ratePerSecond: config.requestsPerSecond, stallMs, clock: overrides.flowClock })
      : undefined
  cancellation.onCut(() => services.closeConnections())
  try {
    const toUpload = tasks.filter(task => !task.unchangedSince)
    const title = `Uploading ${toUpload.length} of ${tasks.length} image${tasks.length === 1 ? '' : 's'} (${config.concurrency} at a time)`
    const uploaded = await log.group(title, () => {
      tasks
        .filter(task => task.unchangedSince)
        .forEach(task => log.info(`⏭️ ${task.file.relativePath} unchanged → ${task.unchangedSince!.imageId}`))
      return uploadAll(toUpload, services, pipelineEvents(secrets), {
        concurrency: config.concurrency,
        backoff,
        // Enough left for the slowest upload the timeout allows, and a minute to spare.
        renewMarginMs: config.timeoutMs + 60_000,
        multipartThreshold: config.multipartThreshold,
        now: overrides.now ?? Date.now,
        signal: cancellation.signal,
        deadline: cancellation.deadline,
        flow
      })
    })
    if (flow && flow.stats().throttled > 0) log.info(throttlingNote(flow.stats()))
    const byPath = new Map(uploaded.map(result => [result.file.relativePath, result]))
    const results = tasks.map(task => byPath.get(task.file.relativePath) ?? withoutUpload(task))
    // A cancel during these deletions stops them: the entries not done stay for the next run.
    const deleteImages = (ids: readonly string[]): Promise<void> =>
      cancellation.signal.aborted
        ? Promise.reject(new CancelledError())
        : retrying(
            () =>
              paced(flow, () => services.deleteImages(ids), {
                isThrottled: isThrottling,
                signal: cancellation.signal,
                stalledError: error => error
              }),
            isTransient,
            {
              backoff,
              signal: cancellation.signal
            }
          )
    const replaced =
      sync && config.deleteReplaced && !cancellation.signal.aborted
        ? await deleteReplaced(findReplaced(results, sync.loaded.manifest), sync.loaded.manifest, deleteImages, {
            info: log.info,
            warning: log.warning
          })
        : []
    const removed =
      sync && config.deleteRemoved && !cancellation.signal.aborted
        ? await removeStale(stale, sync.loaded.manifest, deleteImages, { info: log.info, warning: log.warning })
        : stale
    return { results: withOrphanedReplacements(results, replaced), removed, replaced, flow: flow?.stats() }
  } finally {
    cancellation.onCut(() => undefined)
    services.closeConnections()
  }
}

async function reportDryRun(
  tasks: UploadTask[],
  found: { stale: StaleEntry[]; unsupported: UnsupportedFile[] },
  config: Config
): Promise<void> {
  planLines(tasks, found.stale, config.deleteRemoved, config.deleteReplaced).forEach(line => log.info(line))
  await publish(
    toImageReports(tasks.map(withoutUpload), text => text),
    config,
    { dryRun: true, stale: found.stale, manifestChanged: false, unsupported: found.unsupported }
  )
}

async function report(
  results: FileResult[],
  facts: RunFacts,
  cancelled: boolean,
  config: Config,
  secrets: SecretRegistry,
  manifestProblem?: string
): Promise<void> {
  const reports = await publish(
    toImageReports(results, text => secrets.redact(text)),
    config,
    facts
  )
  facts.stale
    .filter(entry => entry.deleted === undefined && entry.kept === undefined)
    .forEach(entry => log.info(describeStale(entry, false)))
  const failure = [cancelled ? 'The run was cancelled.' : undefined, manifestProblem, ...(facts.unreachable ?? []), failureMessage(reports)]
    .filter(Boolean)
    .join('\n')
  if (unansweredNote(reports)) log.warning(unansweredNote(reports))
  if (failure) log.fail(failure)
  else if (orphanNote(reports)) log.warning(orphanNote(reports).trim())
}

function pipelineEvents(secrets: SecretRegistry): PipelineEvents {
  return {
    secret: credential => secrets.addTemporary(credential),
    debug: message => {
      if (log.isDebug()) log.debug(secrets.redact(message))
    },
    finished: result => {
      const [report] = toImageReports([result], text => secrets.redact(text))
      log.info(report.status === 'uploaded' ? `✔ ${report.path} → ${log.shown(report.imageId ?? '')}` : `✖ ${describeFailure(report)}`)
    }
  }
}

/** Says that nothing matched; false when the run should stop here (if-no-files-found: error). */
async function continueWithoutFiles(config: Config, unsupported: UnsupportedFile[]): Promise<boolean> {
  const shown = config.patternsAsWritten.map(line => log.shown(line))
  const what =
    unsupported.length > 0 ? `Only files that are not images VOD accepts (${unsupported.length}, skipped) matched` : 'No files matched'
  const message = `${what} the path patterns (relative to ${config.workspace}):\n${shown.map(p => `  ${p}`).join('\n')}`
  const facts = { dryRun: config.dryRun, stale: [], manifestChanged: false, unsupported }
  if (config.ifNoFilesFound === 'error') {
    await publish([], config, facts)
    log.fail(`${message}\nNothing was uploaded. Set if-no-files-found to "warn" or "ignore" to allow this.`)
    return false
  }
  if (config.ifNoFilesFound === 'warn') log.warning(`${message}\nNothing was uploaded.`)
  else log.info(`${message}\nNothing was uploaded.`)
  return true
}

function describeError(error: unknown): string {
  if (error instanceof InputError) return error.message
  if (error instanceof Error) return `Unexpected ${error.name}: ${error.message}`
  return `Unexpected failure: ${String(error)}`
}
