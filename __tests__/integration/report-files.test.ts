/** The files a run writes besides its outputs: the job summary (only with `summary: true`) and the results file. */
import { describe, expect, it } from '@jest/globals'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { png } from '../../testkit/images.js'
import { emulatorInputs, imagesOf, runInProcess, useEmulator, useWorkspace } from '../helpers/action.js'
import { PER_FILE_OSS_CODE, perFileOssFault } from '../helpers/oss-faults.js'

const emulator = useEmulator()
const ws = useWorkspace({ 'shots/a.png': png(8, 8, 1), 'shots/b.png': png(8, 8, 2) })

function run(inputs: Record<string, string> = {}, env: Record<string, string> = {}) {
  return runInProcess({ workspace: ws().dir, inputs: { path: 'shots/*.png', ...emulatorInputs(emulator()), ...inputs }, env })
}

describe('summary', () => {
  it.each<[string, boolean]>([
    ['true', true],
    ['false', false]
  ])('summary: %s writes the job summary: %s; every output and the results file either way', async (summary, written) => {
    const result = await run({ summary })
    expect(result.exitCode).toBe(0)
    expect(result.summary === '').toBe(!written)
    expect(result.summary.includes('2 matched · 2 uploaded')).toBe(written)
    expect(result.outputs['uploaded-count']).toBe('2')
    expect(result.results).toEqual(imagesOf(result))
  })
})

describe('a results file that cannot be written', () => {
  it('warns, sets results-file empty, and still sets every other output and the summary', async () => {
    const notAFolder = await ws().write('runner-temp', 'a file where RUNNER_TEMP should be a folder')
    const runnerTemp = path.join(notAFolder, 'temp')
    const result = await run({}, { RUNNER_TEMP: runnerTemp })
    expect(result.exitCode).toBe(0)
    const warning = result.stdout.split('\n').filter(line => line.startsWith('::warning::The results file'))
    expect(warning).toEqual([
      `::warning::The results file could not be written under ${runnerTemp} (ENOTDIR); the images output has the same list`
    ])
    expect(result.outputs['results-file']).toBe('')
    expect(imagesOf(result).map(image => image.status)).toEqual(['uploaded', 'uploaded'])
    expect(result.summary).toContain('2 matched · 2 uploaded')
    expect((await fs.stat(notAFolder)).isFile()).toBe(true)
  })
})

// Whatever fails after the uploads, the images made are reported; before, the run failed with "Unexpected Error: EISDIR".
describe('a job summary that cannot be written', () => {
  it('warns, and the outputs, the results file, the per-file failures and the exit code are as they would be', async () => {
    const summaryFolder = path.join(ws().dir, 'summary-is-a-folder')
    await fs.mkdir(summaryFolder)
    emulator().setFaults(perFileOssFault(ctx => Boolean(ctx.key?.endsWith('.png')) && ctx.requestNumber % 2 === 0))
    const result = await run({ summary: 'true', retries: '0' }, { GITHUB_STEP_SUMMARY: summaryFolder })
    const lines = result.stdout.split('\n')
    expect(lines.filter(line => line.startsWith('::warning::The job summary'))).toEqual([
      '::warning::The job summary could not be written (EISDIR); the outputs and the results file have the report'
    ])
    expect(result.stdout).not.toContain('Unexpected')
    expect(result.exitCode).toBe(1)
    const failed = imagesOf(result).filter(image => image.status === 'failed')
    expect(failed).toHaveLength(1)
    expect(lines).toContain(
      `::error::1 of 2 images failed:%0A  - ${failed[0].path}: upload failed: ${PER_FILE_OSS_CODE} (HTTP 400, RequestId ${failed[0].error?.requestId}): ${failed[0].error?.message}`
    )
    expect(result.outputs['failed-count']).toBe('1')
    expect(result.outputs['uploaded-count']).toBe('1')
    expect(result.results).toEqual(imagesOf(result))
    expect(result.summary).toBe('')
  })
})
