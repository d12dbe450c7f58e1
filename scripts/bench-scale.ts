/**
 * The benchmark's scale sections: the action's own CPU time, peak RSS and ::add-mask:: lines from
 * a few hundred to tens of thousands of small images; and throughput against VOD's flow control.
 * The action reports its own resource usage at exit through a preloaded hook (process.resourceUsage).
 */
import { spawn } from 'node:child_process'
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import type { Emulator } from '../emulator/index.js'
import { png } from '../testkit/images.js'
import { actionEnv, emulatorInputs, NODE24, ROOT, runnerFiles } from '../testkit/local-runner.js'

interface ScaleOptions {
  counts: number[]
}

interface FlowOptions {
  files: number
  limits: number[]
  concurrencies: number[]
  latencyMs: number
}

interface Usage {
  exitCode: number
  ms: number
  cpuMs: number
  peakRssMb: number
  threads?: ThreadsMs
  addMaskLines: number
  outputs: string
}

/**
 * Peak RSS is VmHWM, the high-water mark of the process's own memory since it started Node. Not
 * getrusage's maxRSS: Linux carries that across fork and exec, so a child reports at least the
 * size of the bench process that spawned it (the emulator's records grow it past 150 MB).
 * The hook also reads each thread's CPU, for the split below.
 */
const USAGE_HOOK = `const fs = require('node:fs')
function threadTicks() {
  const ticks = {}
  for (const task of fs.readdirSync('/proc/self/task')) {
    const name = fs.readFileSync('/proc/self/task/' + task + '/comm', 'utf8').trim()
    const stat = fs.readFileSync('/proc/self/task/' + task + '/stat', 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    ticks[name] = (ticks[name] || 0) + Number(fields[11]) + Number(fields[12])
  }
  return ticks
}
process.on('exit', () => {
  const usage = process.resourceUsage()
  const hwm = /VmHWM:\\s+(\\d+)/.exec(fs.readFileSync('/proc/self/status', 'utf8'))
  const maxRssKb = hwm ? Number(hwm[1]) : usage.maxRSS
  let threadTicksByName
  try { threadTicksByName = threadTicks() } catch {}
  fs.writeFileSync(process.env.BENCH_USAGE_FILE, JSON.stringify({ cpuUs: usage.userCPUTime + usage.systemCPUTime, maxRssKb, threadTicksByName }))
})
`

/**
 * CPU by thread, from /proc/self/task/<tid>/stat at exit (Linux; in clock ticks of 10 ms, USER_HZ):
 * Node's main thread, V8's helper threads (parallel and concurrent garbage collection, background
 * compilation) and libuv's pool (file system calls, crypto jobs). Threads that already ended are not counted.
 */
export interface ThreadsMs {
  main: number
  v8Helpers: number
  libuv: number
}

const TICK_MS = 10

function threadsMs(ticksByName: Record<string, number> | undefined): ThreadsMs | undefined {
  if (!ticksByName) return undefined
  const ms = (name: string): number => (ticksByName[name] ?? 0) * TICK_MS
  return { main: ms('MainThread'), v8Helpers: ms('V8Worker'), libuv: ms('libuv-worker') }
}

/** A Node 24 child with the usage hook preloaded: its wall time, exit code, and CPU (user+sys) and peak RSS as it counted them at exit. */
export async function measuredChild(
  script: string,
  options: { cwd: string; env: NodeJS.ProcessEnv; onLine?: (line: string) => void; nodeArgs?: string[] }
): Promise<{ exitCode: number; ms: number; cpuMs: number; peakRssMb: number; threads?: ThreadsMs }> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'vod-bench-usage-'))
  const hook = path.join(dir, 'usage-hook.cjs')
  const usageFile = path.join(dir, 'usage.json')
  await fs.writeFile(hook, USAGE_HOOK)
  const env: NodeJS.ProcessEnv = { ...options.env, BENCH_USAGE_FILE: usageFile }
  delete env.NODE_OPTIONS
  const started = Date.now()
  const child = spawn(NODE24, [...(options.nodeArgs ?? []), '--require', hook, script], {
    cwd: options.cwd,
    env,
    stdio: ['ignore', 'pipe', 'inherit']
  })
  child.on('error', error => {
    throw error
  })
  const onLine = options.onLine
  if (onLine) createInterface({ input: child.stdout }).on('line', onLine)
  else child.stdout.resume()
  const exitCode = await new Promise<number>(resolve => child.on('close', code => resolve(code ?? 1)))
  const ms = Date.now() - started
  const usage = JSON.parse(await fs.readFile(usageFile, 'utf8')) as {
    cpuUs: number
    maxRssKb: number
    threadTicksByName?: Record<string, number>
  }
  await fs.rm(dir, { recursive: true, force: true })
  return { exitCode, ms, cpuMs: usage.cpuUs / 1000, peakRssMb: usage.maxRssKb / 1024, threads: threadsMs(usage.threadTicksByName) }
}

/** dist/index.js (or another bundle of the action) as the runner starts it; CPU (user+sys) and peak RSS as the process itself counted them at exit. */
export async function runWithUsage(
  workspace: string,
  inputs: Record<string, string>,
  distDir = path.join(ROOT, 'dist'),
  nodeArgs: string[] = []
): Promise<Usage> {
  const { dir, env: files } = await runnerFiles()
  let addMaskLines = 0
  const run = await measuredChild(path.join(distDir, 'index.js'), {
    cwd: workspace,
    env: { ...process.env, ...actionEnv({ workspace, inputs }, files) },
    nodeArgs,
    onLine: line => {
      if (line.startsWith('::add-mask::')) addMaskLines++
    }
  })
  const outputs = await fs.readFile(files.GITHUB_OUTPUT, 'utf8')
  await fs.rm(dir, { recursive: true, force: true })
  return { ...run, addMaskLines, outputs }
}

export async function smallImages(count: number): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'vod-bench-scale-'))
  await fs.mkdir(path.join(dir, 'img'))
  for (let i = 0; i < count; i++) await fs.writeFile(path.join(dir, 'img', `${String(i).padStart(6, '0')}.png`), png(2, 2, i + 1))
  return dir
}

export function credentials(emulator: Emulator): Record<string, string> {
  return emulatorInputs(emulator)
}

/** Counts one output's JSON array entries of a status without parsing the others. */
export function uploadedCount(outputs: string): number {
  const match = /^uploaded-count<<(.+)\n([0-9]+)\n/m.exec(outputs) ?? /^uploaded-count=([0-9]+)$/m.exec(outputs)
  return match ? Number(match[match.length - 1]) : NaN
}

/** CPU, peak RSS and mask commands at each count; no latency, no flow control: the action's own cost. */
export async function scale(emulator: Emulator, options: ScaleOptions): Promise<void> {
  console.log(`\n### Scale: the action's own cost for ${options.counts.join(', ')} small images (no latency, no flow control)\n`)
  console.log(
    '| images | wall time (s) | CPU user+sys (s) | CPU per extra image (ms) | peak RSS (MB) | `::add-mask::` lines | per image | uploaded | exit |'
  )
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|')
  emulator.setLatency(0)
  emulator.setFlowControl(undefined)
  let previous: { count: number; cpuMs: number } | undefined
  for (const count of options.counts) {
    const workspace = await smallImages(count)
    emulator.reset()
    // requests-per-second off: the emulator has no limit, and the action's cost is what is measured.
    const run = await runWithUsage(workspace, {
      path: 'img/*.png',
      concurrency: '32',
      'requests-per-second': 'off',
      ...credentials(emulator)
    })
    const perExtra = previous ? ((run.cpuMs - previous.cpuMs) / (count - previous.count)).toFixed(2) : ''
    console.log(
      `| ${count} | ${(run.ms / 1000).toFixed(2)} | ${(run.cpuMs / 1000).toFixed(2)} | ${perExtra} | ${run.peakRssMb.toFixed(0)} | ${run.addMaskLines} | ${(run.addMaskLines / count).toFixed(2)} | ${uploadedCount(run.outputs)} | ${run.exitCode} |`
    )
    previous = { count, cpuMs: run.cpuMs }
    await fs.rm(workspace, { recursive: true, force: true })
  }
}

/** Wall time against N / limit and the share of calls throttled, with the action's default rate. */
export async function flowThroughput(emulator: Emulator, options: FlowOptions): Promise<void> {
  console.log(
    `\n### Flow control: ${options.files} small images against an emulator limit, ${options.latencyMs} ms latency, default requests-per-second (auto: 72 for cn-shanghai)\n`
  )
  console.log(
    '| emulator limit (calls/s) | concurrency | wall time (s) | N / limit (s) | ratio | VOD calls | throttled | % throttled | uploaded | exit |'
  )
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|')
  const workspace = await smallImages(options.files)
  emulator.setLatency(options.latencyMs)
  try {
    for (const limit of options.limits) {
      for (const concurrency of options.concurrencies) {
        emulator.reset()
        emulator.setFlowControl({ callsPerSecond: limit })
        const run = await runWithUsage(workspace, {
          path: 'img/*.png',
          concurrency: String(concurrency),
          summary: 'false',
          ...credentials(emulator)
        })
        const calls = emulator.requests.filter(r => r.service === 'vod').length
        const throttled = emulator.stats().throttledCalls
        const ideal = options.files / limit
        console.log(
          `| ${limit} | ${concurrency} | ${(run.ms / 1000).toFixed(2)} | ${ideal.toFixed(2)} | ${(run.ms / 1000 / ideal).toFixed(2)} | ${calls} | ${throttled} | ${((throttled * 100) / Math.max(calls, 1)).toFixed(1)} | ${uploadedCount(run.outputs)} | ${run.exitCode} |`
        )
      }
    }
  } finally {
    emulator.setFlowControl(undefined)
    await fs.rm(workspace, { recursive: true, force: true })
  }
}
