/**
 * publish(): the report reaches the runner through every output (GITHUB_OUTPUT), the results file and
 * deletions.json (under RUNNER_TEMP) and the job summary (GITHUB_STEP_SUMMARY), the files a runner
 * gives, made fresh for each test. A way that cannot be written is a warning and the others still go
 * out; outputs that cannot be set throw, after the rest is done.
 */
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { publish, type ReportOptions } from '../../src/report/publish.js'
import { NO_OUTCOME, redactOutcome, toImageReports, type ImageReport, type RunOutcome } from '../../src/report/model.js'
import { deletionReports } from '../../src/report/deletion-reports.js'
import { escapeHtml, summaryHtml } from '../../src/report/summary.js'
import type { Replacement } from '../../src/manifest/replaced.js'
import { Outputs } from '../../src/shared/names.js'
import { SecretRegistry } from '../../src/shared/secrets.js'
import type { FileResult } from '../../src/upload/results.js'
import { actionOutputs, parseCommandFile, runnerFiles } from '../../testkit/local-runner.js'
import { imageReport } from '../helpers/image-report.js'
import { withEnv } from '../helpers/swap.js'

const REPORTS: ImageReport[] = [
  imageReport({ path: 'shots/a.png', imageId: 'id-a' }),
  imageReport({
    path: 'shots/b.png',
    status: 'failed',
    imageId: null,
    imageUrl: null,
    fileUrl: null,
    error: { stage: 'upload', code: 'AccessDenied', status: 403, message: 'denied' }
  })
]

const REPLACED: Replacement = { path: 'shots/a.png', imageId: 'f'.repeat(32), newImageId: 'id-a', outcome: { kind: 'deleted' } }
const FACTS: RunOutcome = { dryRun: false, stale: [], manifestChanged: true, replaced: [REPLACED] }

/** The runner's files of one test: GITHUB_OUTPUT and GITHUB_STEP_SUMMARY (empty), and RUNNER_TEMP's path. */
let runner: { dir: string; env: Record<string, string> }
beforeEach(async () => {
  runner = await runnerFiles()
})
afterEach(async () => {
  await fs.rm(runner.dir, { recursive: true, force: true })
})

interface Published {
  /** What publish() resolved to, or undefined when it threw. */
  returned?: ImageReport[]
  thrown?: unknown
  outputs: Record<string, string>
  summary: string
  /** The ::warning:: commands printed, their text. */
  warnings: string[]
  stdout: string
}

interface Setup {
  options?: Partial<ReportOptions>
  /** FACTS unless given; null: publish() is called without them. */
  facts?: RunOutcome | null
  /** Variables that replace the runner's (undefined: unset). */
  env?: Record<string, string | undefined>
}

/** publish() with the runner's files in the environment and stdout captured. */
async function published(reports: ImageReport[], { options = {}, facts = FACTS, env = {} }: Setup = {}): Promise<Published> {
  const reportOptions = { runnerTemp: runner.env.RUNNER_TEMP, summary: true, ...options }
  const call = () => (facts === null ? publish(reports, reportOptions) : publish(reports, reportOptions, facts))
  const { stdout, returned, thrown } = await withEnv({ ...runner.env, ...env }, () => capturingStdout(call))
  return {
    returned,
    thrown,
    outputs: parseCommandFile(await fs.readFile(runner.env.GITHUB_OUTPUT, 'utf8')),
    summary: await fs.readFile(runner.env.GITHUB_STEP_SUMMARY, 'utf8'),
    warnings: stdout
      .split('\n')
      .filter(line => line.startsWith('::warning::'))
      .map(line => line.slice('::warning::'.length)),
    stdout
  }
}

async function capturingStdout<T>(fn: () => Promise<T>): Promise<{ stdout: string; returned?: T; thrown?: unknown }> {
  let stdout = ''
  const realWrite = process.stdout.write.bind(process.stdout)
  process.stdout.write = (chunk: string | Uint8Array) => ((stdout += chunk.toString()), true)
  try {
    const returned = await fn()
    return { stdout, returned }
  } catch (thrown) {
    return { stdout, thrown }
  } finally {
    process.stdout.write = realWrite
  }
}

const readJson = async (file: string): Promise<unknown> => JSON.parse(await fs.readFile(file, 'utf8')) as unknown

/** Every results.json written under RUNNER_TEMP. */
async function resultsFilesUnder(runnerTemp: string): Promise<string[]> {
  const folders = await fs.readdir(runnerTemp).catch(() => [])
  return folders.map(folder => path.join(runnerTemp, folder, 'results.json'))
}

describe('publish: everything written', () => {
  it('sets every output of action.yml, writes the results file and deletions.json, appends the summary, and returns the reports', async () => {
    const run = await published(REPORTS)
    expect(run.thrown).toBeUndefined()
    expect(run.returned).toBe(REPORTS)
    expect(Object.keys(run.outputs).sort()).toEqual(actionOutputs().sort())
    expect(JSON.parse(run.outputs[Outputs.Images])).toEqual(REPORTS)
    expect(run.outputs[Outputs.ManifestChanged]).toBe('true')

    const resultsFile = run.outputs[Outputs.ResultsFile]
    expect(await resultsFilesUnder(runner.env.RUNNER_TEMP)).toEqual([resultsFile])
    expect(await readJson(resultsFile)).toEqual(REPORTS)
    const deletions = await readJson(path.join(path.dirname(resultsFile), 'deletions.json'))
    expect(deletions).toEqual(deletionReports(FACTS))
    expect(JSON.parse(run.outputs[Outputs.Deletions])).toEqual(deletions)

    expect(run.summary).toBe(summaryHtml(REPORTS, FACTS, { resultsFile, cutOutputs: [] }))
    expect(run.warnings).toEqual([])
  })

  it('writes no summary when the summary is off, and everything else', async () => {
    const run = await published(REPORTS, { options: { summary: false } })
    expect(run.summary).toBe('')
    expect(await readJson(run.outputs[Outputs.ResultsFile])).toEqual(REPORTS)
    expect(run.warnings).toEqual([])
  })

  it('reports a run without facts as nothing deleted and the manifest unchanged', async () => {
    const run = await published(REPORTS, { facts: null })
    expect(run.returned).toBe(REPORTS)
    expect(run.outputs[Outputs.ManifestChanged]).toBe('false')
    expect(JSON.parse(run.outputs[Outputs.Deletions])).toEqual([])
    expect(run.summary).toBe(summaryHtml(REPORTS, NO_OUTCOME, { resultsFile: run.outputs[Outputs.ResultsFile], cutOutputs: [] }))
  })
})

describe('publish: a way that cannot be written', () => {
  it.each<[string, (file: string) => string, string]>([
    ['RUNNER_TEMP is a file', file => file, 'EEXIST'],
    ['RUNNER_TEMP is under a file', file => path.join(file, 'temp'), 'ENOTDIR']
  ])(
    'the results file (%s): one warning naming the folder and the code; the outputs and summary go out without it',
    async (_name, temp, code) => {
      const blocker = path.join(runner.dir, 'not-a-folder')
      await fs.writeFile(blocker, '')
      const runnerTemp = temp(blocker)
      const run = await published(REPORTS, { options: { runnerTemp } })
      expect(run.returned).toBe(REPORTS)
      expect(run.warnings).toHaveLength(1)
      expect(run.warnings[0]).toContain(runnerTemp)
      expect(run.warnings[0]).toContain(`(${code})`)
      expect(run.outputs[Outputs.ResultsFile]).toBe('')
      expect(JSON.parse(run.outputs[Outputs.Images])).toEqual(REPORTS)
      expect(run.summary).toBe(summaryHtml(REPORTS, FACTS, { resultsFile: '', cutOutputs: [] }))
    }
  )

  it('the summary (GITHUB_STEP_SUMMARY is a folder): one warning with the code; the outputs and the results file are written', async () => {
    const folder = path.join(runner.dir, 'summary-folder')
    await fs.mkdir(folder)
    const run = await published(REPORTS, { env: { GITHUB_STEP_SUMMARY: folder } })
    expect(run.thrown).toBeUndefined()
    expect(run.returned).toBe(REPORTS)
    expect(run.warnings).toHaveLength(1)
    expect(run.warnings[0]).toContain('(EISDIR)')
    expect(await readJson(run.outputs[Outputs.ResultsFile])).toEqual(REPORTS)
    expect(JSON.parse(run.outputs[Outputs.Images])).toEqual(REPORTS)
  })

  it('no summary at all when the runner gives no GITHUB_STEP_SUMMARY, and no warning', async () => {
    const run = await published(REPORTS, { env: { GITHUB_STEP_SUMMARY: undefined } })
    expect(run.returned).toBe(REPORTS)
    expect(run.summary).toBe('')
    expect(run.warnings).toEqual([])
    expect(await readJson(run.outputs[Outputs.ResultsFile])).toEqual(REPORTS)
  })

  it('the outputs (GITHUB_OUTPUT is missing): throws their error, after the results file and the summary are written', async () => {
    const missing = path.join(runner.dir, 'gone', 'output.txt')
    const run = await published(REPORTS, { env: { GITHUB_OUTPUT: missing } })
    expect(run.returned).toBeUndefined()
    expect(run.thrown).toBeInstanceOf(Error)
    expect((run.thrown as Error).message).toContain(missing)
    const [resultsFile] = await resultsFilesUnder(runner.env.RUNNER_TEMP)
    expect(await readJson(resultsFile)).toEqual(REPORTS)
    expect(run.summary).toBe(summaryHtml(REPORTS, FACTS, { resultsFile, cutOutputs: [] }))
    expect(run.warnings).toEqual([])
  })
})

describe('publish: outputs cut to fit', () => {
  const many = Array.from({ length: 40 }, (_, i) => imageReport({ path: `shots/${i}.png`, imageId: `id-${i}` }))

  it('warns once, says the same in the summary, and still sets every output within the limit', async () => {
    const maxBytes = 2000
    const run = await published(many, { options: { outputMaxBytes: maxBytes } })
    expect(run.warnings).toHaveLength(1)
    const [note] = run.warnings
    for (const name of [Outputs.Images, Outputs.ImageIds, Outputs.ImageUrls]) expect(note).toContain(name)
    expect(run.summary).toContain(escapeHtml(note))
    expect(run.summary).toBe(summaryHtml(many, FACTS, { resultsFile: run.outputs[Outputs.ResultsFile], cutOutputs: cutsIn(run) }))
    const images = JSON.parse(run.outputs[Outputs.Images]) as ImageReport[]
    expect(images.length).toBeGreaterThan(0)
    expect(images.length).toBeLessThan(many.length)
    expect(await readJson(run.outputs[Outputs.ResultsFile])).toEqual(many)
  })

  it('no note when nothing was cut', async () => {
    const run = await published(many)
    expect(run.warnings).toEqual([])
    expect(JSON.parse(run.outputs[Outputs.Images])).toHaveLength(many.length)
  })
})

/** The cuts a run made, read back from its outputs: each list output that holds fewer entries than the whole list. */
function cutsIn(run: Published): Array<{ name: string; holds: number; of: number }> {
  const count = (name: string): number => (JSON.parse(run.outputs[name]) as unknown[]).length
  const markdownRows = (run.outputs[Outputs.Markdown].match(/!\[/g) ?? []).length
  const whole = 40
  return [
    { name: Outputs.ImageIds, holds: count(Outputs.ImageIds), of: whole },
    { name: Outputs.ImageUrls, holds: count(Outputs.ImageUrls), of: whole },
    { name: Outputs.Images, holds: count(Outputs.Images), of: whole },
    { name: Outputs.Markdown, holds: markdownRows, of: whole }
  ].filter(cut => cut.holds < cut.of)
}

describe('publish: masking before output', () => {
  it('a secret the registry knows, redacted when the reports and outcomes are made, reaches no output, file, summary or log line', async () => {
    const secret = 'STS.s3cr3t-token-value'
    const secrets = new SecretRegistry()
    secrets.add(secret)
    const redact = (text: string): string => secrets.redact(text)
    const result: FileResult = {
      file: { absolutePath: '/ws/shots/a.png', relativePath: 'shots/a.png', bytes: 10, format: 'png', identity: { dev: 1, ino: 2 } },
      status: 'failed',
      title: 'a',
      tags: [],
      error: { stage: 'upload', code: `E${secret}`, status: 403, requestId: `R-${secret}`, message: `echoed ${secret}` },
      orphanedImageIds: [],
      unansweredCreates: 0,
      throttledCalls: 0,
      previewUrl: `https://cdn.example/a.png?auth_key=${secret}`
    }
    const failedDeletion: Replacement = {
      ...REPLACED,
      outcome: { kind: 'failed', error: { stage: 'delete', code: 'Forbidden', message: `token ${secret} refused` } }
    }
    const facts: RunOutcome = { ...FACTS, replaced: [redactOutcome(failedDeletion, redact)] }
    const run = await published(toImageReports([result], redact), { facts })
    const resultsFolder = path.dirname(run.outputs[Outputs.ResultsFile])
    const written = [
      await fs.readFile(runner.env.GITHUB_OUTPUT, 'utf8'),
      run.summary,
      run.stdout,
      await fs.readFile(path.join(resultsFolder, 'results.json'), 'utf8'),
      await fs.readFile(path.join(resultsFolder, 'deletions.json'), 'utf8')
    ]
    for (const text of written) expect(text).not.toContain(secret)
    expect(JSON.parse(run.outputs[Outputs.Images])).toHaveLength(1)
  })

  it('a runner folder holding a line break and a workflow command prints no line that starts a command', async () => {
    const blocker = path.join(runner.dir, 'not-a-folder')
    await fs.writeFile(blocker, '')
    const runnerTemp = path.join(blocker, 'x\n::error::injected')
    const run = await published(REPORTS, { options: { runnerTemp } })
    expect(run.warnings).toHaveLength(1)
    const commands = run.stdout.split('\n').filter(line => line.trimStart().startsWith('::'))
    expect(commands.map(line => line.split('::')[1])).toEqual(['warning'])
  })
})
