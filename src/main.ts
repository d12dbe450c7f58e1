/** One run of the action: read config, find files, plan, upload, report. */
import * as core from '@actions/core'
import { readConfig, type Config } from './config.js'
import { InputError } from './errors.js'
import { findImages, toRelative } from './files.js'
import { uploadAll, type FileResult, type PipelineEvents } from './pipeline.js'
import { planUploads, type UploadTask } from './plan.js'
import { describeFailure, failureMessage, orphanNote, publish, toImageReports } from './report.js'
import { defaultBackoff, type Backoff } from './retry.js'
import { SecretRegistry } from './secrets.js'
import { createServices } from './services.js'

/** What a test may replace; the action itself runs with the defaults. */
export interface RunOverrides {
  backoff?: Partial<Omit<Backoff, 'retries'>>
  now?: () => number
  /** After a cancel signal, how long uploads in flight may go on before their connections are cut. */
  cancelGraceMs?: number
}

/** The runner sends SIGINT on cancel and SIGTERM 7.5 s later: finish well before that. */
const CANCEL_GRACE_MS = 3000

export async function run(overrides: RunOverrides = {}): Promise<void> {
  // ali-oss's HTTP client calls url.parse(), which Node 24 reports on stderr at every run; users can't act on it.
  process.noDeprecation = true
  const secrets = new SecretRegistry(core.setSecret)
  try {
    const config = readConfig()
    secrets.add(config.credentials.accessKeyId, config.credentials.accessKeySecret, config.credentials.securityToken)

    const { files, warnings } = await findImages(config)
    warnings.forEach(warning => core.warning(warning))
    if (files.length === 0) return await finishWithoutFiles(config)

    const plan = planUploads(files, config)
    plan.warnings.forEach(warning => core.warning(warning))

    const { results, cancelled } = await upload(plan.tasks, config, secrets, overrides)

    const reports = await publish(toImageReports(results, text => secrets.redact(text)), config)
    const failure = failureMessage(reports)
    if (cancelled) core.setFailed(`The run was cancelled. ${failure ?? ''}`.trim())
    else if (failure) core.setFailed(failure)
    else if (orphanNote(reports)) core.warning(orphanNote(reports).trim())
  } catch (error) {
    core.setFailed(secrets.redact(describeError(error)))
  }
}

async function upload(
  tasks: UploadTask[],
  config: Config,
  secrets: SecretRegistry,
  overrides: RunOverrides
): Promise<{ results: FileResult[]; cancelled: boolean }> {
  const services = createServices(config)
  const cancellation = onCancelSignal(overrides.cancelGraceMs ?? CANCEL_GRACE_MS, () => services.closeConnections())
  try {
    const title = `Uploading ${tasks.length} image${tasks.length === 1 ? '' : 's'} (${config.concurrency} at a time)`
    const results = await core.group(title, () =>
      uploadAll(tasks, services, pipelineEvents(secrets), {
        concurrency: config.concurrency,
        backoff: { ...defaultBackoff(config.retries), ...overrides.backoff },
        // Enough left for the slowest upload the timeout allows, and a minute to spare.
        renewMarginMs: config.timeoutMs + 60_000,
        now: overrides.now ?? Date.now,
        signal: cancellation.signal
      })
    )
    return { results, cancelled: cancellation.signal.aborted }
  } finally {
    cancellation.dispose()
    services.closeConnections()
  }
}

/**
 * On SIGINT or SIGTERM: abort (no new file starts, nothing more is retried), and after a grace
 * period cut the connections of uploads still in flight so their ImageIds can be deleted in time.
 */
function onCancelSignal(graceMs: number, cutInFlight: () => void): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController()
  let timer: NodeJS.Timeout | undefined
  const cancel = (signal: NodeJS.Signals): void => {
    if (controller.signal.aborted) return
    core.warning(`Received ${signal}: starting no new uploads; cleaning up what is in flight`)
    controller.abort()
    timer = setTimeout(cutInFlight, graceMs)
  }
  process.on('SIGINT', cancel)
  process.on('SIGTERM', cancel)
  return {
    signal: controller.signal,
    dispose: () => {
      clearTimeout(timer)
      process.off('SIGINT', cancel)
      process.off('SIGTERM', cancel)
    }
  }
}

function pipelineEvents(secrets: SecretRegistry): PipelineEvents {
  return {
    secret: (...values) => secrets.add(...values),
    debug: message => core.debug(secrets.redact(message)),
    finished: result => {
      const [report] = toImageReports([result], text => secrets.redact(text))
      core.info(report.status === 'uploaded' ? `✔ ${report.path} → ${report.imageId}` : `✖ ${describeFailure(report)}`)
    }
  }
}

async function finishWithoutFiles(config: Config): Promise<void> {
  const shown = config.patterns.map(p => (p.startsWith('!') ? `!${toRelative(config.workspace, p.slice(1))}` : toRelative(config.workspace, p)))
  const message = `No files matched the path patterns (relative to ${config.workspace}):\n${shown.map(p => `  ${p}`).join('\n')}`
  await publish([], config)
  if (config.ifNoFilesFound === 'error') core.setFailed(`${message}\nNothing was uploaded. Set if-no-files-found to "warn" or "ignore" to allow this.`)
  else if (config.ifNoFilesFound === 'warn') core.warning(`${message}\nNothing was uploaded.`)
  else core.info(`${message}\nNothing was uploaded.`)
}

function describeError(error: unknown): string {
  if (error instanceof InputError) return error.message
  if (error instanceof Error) return `Unexpected ${error.name}: ${error.message}`
  return `Unexpected failure: ${String(error)}`
}
