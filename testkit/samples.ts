/** The sample images of samples/ uploaded through dist/index.js to an emulator: the demo and the README picture. */
import type { Emulator } from '../emulator/index.js'
import { emulatorOidcRun, ROOT, runDist, type ActionRun } from './local-runner.js'

export const SAMPLE_PATTERNS = ['samples/screenshots/**/*', '!samples/screenshots/drafts/**']

/**
 * Keyless, as the README's one-step OIDC workflow: the action assumes the emulator's role with an
 * OIDC token from its token endpoint. Keeps GITHUB_OUTPUT, GITHUB_STEP_SUMMARY (summary.md) and
 * RUNNER_TEMP in runnerDir.
 */
export function uploadSamples(emulator: Emulator, runnerDir: string): Promise<ActionRun> {
  const oidc = emulatorOidcRun(emulator)
  return runDist({
    workspace: ROOT,
    keepRunnerFilesIn: runnerDir,
    inputs: {
      path: SAMPLE_PATTERNS.join('\n'),
      ...oidc.inputs,
      title: '{repo} {name}',
      tags: 'demo, screenshots'
    },
    env: oidc.env
  })
}
