/** Test helpers: temporary workspaces, and run() driven in-process through the runner's contract. */
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import tls from 'node:tls'
import { formatWithOptions } from 'node:util'
import { afterAll, afterEach, beforeAll, beforeEach } from '@jest/globals'
import { startEmulator, type Emulator, type EmulatorOptions } from '../../emulator/index.js'
import { exclusively } from './swap.js'
import type { RunOverrides } from '../../src/main.js'
import type { ImageReport } from '../../src/report/model.js'
import {
  actionEnv,
  collect,
  emulatorInputs,
  isScrubbedFromRuns,
  runDist as runDistUnchecked,
  runnerFiles,
  unintendedCommands,
  type ActionRun,
  type RunOptions
} from '../../testkit/local-runner.js'

export * from '../../testkit/local-runner.js'

export interface Workspace {
  dir: string
  write(relativePath: string, content: Buffer | string): Promise<string>
  remove(): Promise<void>
}

export async function makeWorkspace(files: Record<string, Buffer | string> = {}): Promise<Workspace> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'vod-ws-'))
  const workspace: Workspace = {
    dir,
    async write(relativePath, content) {
      const file = path.join(dir, relativePath)
      await fs.mkdir(path.dirname(file), { recursive: true })
      await fs.writeFile(file, content)
      return file
    },
    remove: () => fs.rm(dir, { recursive: true, force: true })
  }
  for (const [name, content] of Object.entries(files)) await workspace.write(name, content)
  return workspace
}

/** A backoff of 1 to 5 ms: retries run without the real waits. */
export const FAST_BACKOFF = { baseDelayMs: 1, maxDelayMs: 5 }

/**
 * Runs src/main.ts's run() in this process, with process.env and stdout swapped for the call: the
 * environment holds only what the options give (isScrubbedFromRuns removes the developer's proxies,
 * debug switch and runner leftovers). One run at a time per test file (exclusively).
 */
export function runInProcess(options: RunOptions, overrides: RunOverrides = {}, main?: Main): Promise<ActionRun> {
  return exclusively('runInProcess', () => runSwapped(options, overrides, main))
}

/** run() itself, when the test file imported it (its default: imported here). */
type Main = (overrides: RunOverrides) => Promise<void>

async function runSwapped(options: RunOptions, overrides: RunOverrides, main?: Main): Promise<ActionRun> {
  const { dir, env: files } = await runnerFiles()
  const env = actionEnv(options, files)
  const saved = { ...process.env }
  for (const name of Object.keys(process.env)) if (isScrubbedFromRuns(name)) delete process.env[name]
  Object.assign(process.env, env)
  const writes = { stdout: '', stderr: '' }
  const realStdout = process.stdout.write.bind(process.stdout)
  const realStderr = process.stderr.write.bind(process.stderr)
  process.stdout.write = (chunk: string | Uint8Array) => ((writes.stdout += chunk.toString()), true)
  process.stderr.write = (chunk: string | Uint8Array) => ((writes.stderr += chunk.toString()), true)
  // Jest replaces console with its own; on the runner, libraries' console output lands in the log too.
  const realConsole = { log: console.log, info: console.info, debug: console.debug, warn: console.warn, error: console.error }
  const toStdout = (...args: unknown[]): void => void (writes.stdout += `${formatWithOptions({}, ...args)}\n`)
  const toStderr = (...args: unknown[]): void => void (writes.stderr += `${formatWithOptions({}, ...args)}\n`)
  Object.assign(console, { log: toStdout, info: toStdout, debug: toStdout, warn: toStderr, error: toStderr })
  let exitCode: number
  try {
    const run = main ?? (await import('../../src/main.js')).run
    await run(overrides)
  } finally {
    process.stdout.write = realStdout
    process.stderr.write = realStderr
    Object.assign(console, realConsole)
    exitCode = Number(process.exitCode ?? 0)
    process.exitCode = undefined
    for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name]
    Object.assign(process.env, saved)
  }
  return checked(await collect(dir, env, exitCode, writes.stdout, writes.stderr))
}

/** run() in process against the emulator: its endpoint and key under the options' inputs, retries without real waits. */
export function runAgainst(emulator: Emulator, options: RunOptions, overrides: RunOverrides = {}): Promise<ActionRun> {
  return runInProcess({ ...options, inputs: { ...emulatorInputs(emulator), ...options.inputs } }, { backoff: FAST_BACKOFF, ...overrides })
}

/** Runs the committed dist/index.js as the runner does; the stdout scan of checked() applies. */
export async function runDist(options: RunOptions): Promise<ActionRun> {
  return checked(await runDistUnchecked(options))
}

/** Every integration test's run: fails when stdout holds a workflow command the action did not mean to send. */
function checked(run: ActionRun): ActionRun {
  const injected = unintendedCommands(run.stdout)
  if (injected.length > 0)
    throw new Error(`stdout holds workflow commands the action did not send:\n${injected.map(line => JSON.stringify(line)).join('\n')}`)
  return run
}

/** The run's `images` output, parsed: one entry per file, as the action reports it. */
export function imagesOf(run: Pick<ActionRun, 'outputs'>): ImageReport[] {
  const text = run.outputs.images
  if (text === undefined) throw new Error('the run set no images output')
  return JSON.parse(text) as ImageReport[]
}

/**
 * The in-process equivalent of NODE_EXTRA_CA_CERTS (which Node reads only at start): the CA joins the
 * default trust store of every later TLS client in this process. Certificate checks stay on. Returns
 * the undo.
 */
export function trustCa(ca: string): () => void {
  const before = tls.getCACertificates('default')
  tls.setDefaultCACertificates([...before, ca])
  return () => tls.setDefaultCACertificates(before)
}

/**
 * One emulator for a test file, started before its first test and closed after its last. Each test
 * starts from a clean emulator: no records, no faults, no expired credentials, and the flow
 * control and UploadAuth omissions the options gave (none by default). With `tls`, its CA is trusted in this process
 * meanwhile (trustCa).
 */
export function useEmulator(options: EmulatorOptions = {}): () => Emulator {
  let emulator: Emulator | undefined
  let untrust = (): void => undefined
  beforeAll(async () => {
    emulator = await startEmulator(options)
    if (emulator.ca) untrust = trustCa(emulator.ca)
  })
  afterAll(async () => {
    untrust()
    await emulator?.close()
  })
  beforeEach(() => {
    emulator!.reset()
    emulator!.setFaults(undefined)
    emulator!.setExpiredCredentials(undefined)
    emulator!.setFlowControl(options.flowControl)
    emulator!.setUploadAuthOmits(options.uploadAuthOmits)
  })
  return () => emulator!
}

/** A new temporary workspace for each test, holding these files; removed after the test. */
export function useWorkspace(files: Record<string, Buffer | string> = {}): () => Workspace {
  let workspace: Workspace | undefined
  beforeEach(async () => {
    workspace = await makeWorkspace(files)
  })
  afterEach(async () => {
    await workspace?.remove()
  })
  return () => workspace!
}

/**
 * The runner's cancel (SIGINT) sent while the first OSS request of the next run is being answered,
 * as a user's cancel during an upload; that upload may still finish. Returns whether it was sent.
 */
export function cancelDuringFirstUpload(emulator: Emulator): () => boolean {
  let signalled = false
  emulator.setFaults({
    oss: {
      rule: () => {
        if (!signalled) process.emit('SIGINT', 'SIGINT')
        signalled = true
        return undefined
      }
    }
  })
  return () => signalled
}
