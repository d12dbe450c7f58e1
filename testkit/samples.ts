/** The sample images of samples/ uploaded through dist/index.js to an emulator: the demo and the README picture. */
import type { Emulator } from '../emulator/index.js'
import { emulatorInputs, ROOT, runDist, type ActionRun } from './local-runner.js'

export const SAMPLE_PATTERNS = ['samples/screenshots/**/*', '!samples/screenshots/drafts/**']

/** Keeps GITHUB_OUTPUT, GITHUB_STEP_SUMMARY (summary.md) and RUNNER_TEMP in runnerDir. */
export function uploadSamples(emulator: Emulator, runnerDir: string): Promise<ActionRun> {
  return runDist({
    workspace: ROOT,
    keepRunnerFilesIn: runnerDir,
    inputs: {
      path: SAMPLE_PATTERNS.join('\n'),
      ...emulatorInputs(emulator),
      title: '{repo} {name}',
      tags: 'demo, screenshots'
    }
  })
}
