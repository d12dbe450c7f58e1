/**
 * run() in process against the fake port (fake-upload.ts) instead of the real clients: no network,
 * no real wait. Every clock the run reads jumps instead of sleeping (flow control, VOD status lookups,
 * retries), and the manifest's clock is fixed.
 */
import { jumpingClock } from './fake-clock.js'
import { renderLog, runInProcess, type ActionRun, type Workspace } from './action.js'
import { fakeServices, type FakeServices, type FakeServicesOptions } from './fake-upload.js'
import type { RunOverrides } from '../../src/main.js'

export const ENDPOINT = 'https://vod.cn-shanghai.aliyuncs.com'
export const KEY_ID = 'LTAIfakeRunKeyId'
export const KEY_SECRET = 'fake-run-key-secret-value'
export const NOW = Date.parse('2026-11-24T10:00:00Z')

/** The fake port, its tickets received at the run's NOW. */
export function fakePort(options: FakeServicesOptions = {}): FakeServices {
  return fakeServices({ now: () => NOW, ...options })
}

export interface FakeRunOptions {
  inputs?: Record<string, string>
  env?: Record<string, string>
  overrides?: RunOverrides
}

/**
 * One run over the workspace with the fake's port: path shots/** and keys unless the inputs say otherwise.
 * A test file passes run() in, imported itself: that static import is what ties the file to main.ts for
 * jest --findRelatedTests, which the mutation run uses to find the tests of the module it mutates.
 */
export function fakeRunner(
  run: (overrides: RunOverrides) => Promise<void>
): (workspace: Workspace, fake: FakeServices, options?: FakeRunOptions) => Promise<ActionRun> {
  return (workspace, fake, options = {}) => {
    const clock = jumpingClock(NOW)
    return runInProcess(
      {
        workspace: workspace.dir,
        inputs: { path: 'shots/**', endpoint: ENDPOINT, 'access-key-id': KEY_ID, 'access-key-secret': KEY_SECRET, ...options.inputs },
        env: options.env
      },
      {
        services: (config, edges) => fake.create(config, edges),
        backoff: { sleep: async () => undefined },
        flowClock: clock,
        vodStatus: { clock },
        now: () => NOW,
        ...options.overrides
      },
      run
    )
  }
}

/** The log as the user sees it, one entry a line (a multi-line annotation spans several). */
export function logLines(run: ActionRun): string[] {
  return renderLog(run.stdout).split('\n')
}
