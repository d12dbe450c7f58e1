/** One run of the action: read config, find files, plan, upload, report. */
import * as core from '@actions/core'
import { readConfig, type Config } from './config.js'
import { InputError } from './errors.js'
import { findImages, toRelative } from './files.js'
import { uploadAll, type FileResult, type PipelineEvents } from './pipeline.js'
import { planUploads } from './plan.js'
import { describeFailure, failureMessage, publish, toImageReports } from './report.js'
import { SecretRegistry } from './secrets.js'
import { createServices } from './services.js'

export async function run(): Promise<void> {
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

    const results = await upload(plan.tasks, config, secrets)

    const reports = await publish(toImageReports(results, text => secrets.redact(text)), config)
    const failure = failureMessage(reports)
    if (failure) core.setFailed(failure)
  } catch (error) {
    core.setFailed(secrets.redact(describeError(error)))
  }
}

async function upload(tasks: Parameters<typeof uploadAll>[0], config: Config, secrets: SecretRegistry): Promise<FileResult[]> {
  const services = createServices(config)
  try {
    return await core.group(`Uploading ${tasks.length} image${tasks.length === 1 ? '' : 's'} (${config.concurrency} at a time)`, () =>
      uploadAll(tasks, services, pipelineEvents(secrets), config.concurrency)
    )
  } finally {
    services.close()
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
