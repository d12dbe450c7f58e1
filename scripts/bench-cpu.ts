/**
 * The bench's cpu section: the action's CPU per image against the least client's (bench-least-client.ts),
 * measured in the same run, interleaved pair by pair, at each count of small PNGs, with the action's
 * default inputs (the request rate on: auto, 72/s for cn-shanghai) and with `requests-per-second: off`.
 * The least client also runs paced as the action's default is (the same FlowControl, rate and batch
 * window), so that what the rate itself costs is measured apart from what the action adds; and once
 * more with no rate but answers slowed so that the run lasts as long as a paced one: what spreading
 * the same requests over that time costs a client with no pacer at all.
 * Every figure is the child's own user+sys CPU and peak RSS (process.resourceUsage() at exit).
 */
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Emulator } from '../emulator/index.js'
import { FlowLimits } from '../src/shared/service-limits.js'
import { pngOfSize } from '../testkit/images.js'
import { credentials, measuredChild, runWithUsage, uploadedCount, type ThreadsMs } from './bench-scale.js'

export interface CpuOptions {
  counts: number[]
  pairs: number
  concurrency: number
  latencyMs: number
  fileBytes: number
  /** Another bundle of the action (a copy of an earlier dist/) measured beside this one. */
  baseDist?: string
  /**
   * Young-generation sizes to measure the action's default rate with: each N starts Node with N MB
   * semi-spaces (--min- and --max-semi-space-size). The runner starts the action with no flags, and
   * set at run time (shared/heap.ts) the size does not change, so this only shows what a size would cost.
   */
  semiSpacesMb?: number[]
}

interface Sample {
  cpuMs: number
  peakRssMb: number
  ms: number
  uploaded: number
  exitCode: number
  threads?: ThreadsMs
}

interface Variant {
  name: string
  run(workspace: string): Promise<Sample>
}

const LEAST_CLIENT = fileURLToPath(new URL('./bench-least-client.js', import.meta.url))
const LEAST = 'least client'
/** The action's default rate for its default region (cn-shanghai): `auto` (inputs/tuning.ts). */
const DEFAULT_RATE = FlowLimits.fastRegionQps * FlowLimits.autoShare
const PACED_LEAST = `least client, paced as the action (${DEFAULT_RATE}/s, ${FlowLimits.createUploadImageBatchMs} ms rounds)`
/** Each image makes two requests, CreateUploadImage then PutObject: this latency on each makes `concurrency` images in flight go at the rate. */
const latencyAtRate = (concurrency: number, rate: number): number => Math.round((concurrency * 1000) / rate / 2)
const slowedLeast = (concurrency: number): string =>
  `least client, no rate, ${latencyAtRate(concurrency, DEFAULT_RATE)} ms answers (as long as paced)`

async function runLeast(emulator: Emulator, workspace: string, pace: { concurrency: number; rate?: number }): Promise<Sample> {
  let uploaded = NaN
  const run = await measuredChild(LEAST_CLIENT, {
    cwd: workspace,
    env: {
      ...process.env,
      LEAST_ENDPOINT: emulator.vodEndpoint,
      LEAST_KEY_ID: emulator.accessKey.id,
      LEAST_KEY_SECRET: emulator.accessKey.secret,
      LEAST_FOLDER: path.join(workspace, 'img'),
      LEAST_CONCURRENCY: String(pace.concurrency),
      ...(pace.rate && { LEAST_RATE: String(pace.rate) })
    },
    onLine: line => {
      const match = /^uploaded=(\d+)$/.exec(line)
      if (match) uploaded = Number(match[1])
    }
  })
  return { ...run, uploaded }
}

function variants(emulator: Emulator, options: CpuOptions): Variant[] {
  const action = (distDir: string | undefined, rate: 'default' | 'off', nodeArgs: string[] = []): Variant['run'] => {
    return async workspace => {
      const inputs = {
        path: 'img/*.png',
        concurrency: String(options.concurrency),
        ...(rate === 'off' && { 'requests-per-second': 'off' }),
        ...credentials(emulator)
      }
      const run = await runWithUsage(workspace, inputs, distDir, nodeArgs)
      return { ...run, uploaded: uploadedCount(run.outputs) }
    }
  }
  const slowedLatencyMs = latencyAtRate(options.concurrency, DEFAULT_RATE)
  const all: Variant[] = [
    { name: LEAST, run: workspace => runLeast(emulator, workspace, { concurrency: options.concurrency }) },
    { name: PACED_LEAST, run: workspace => runLeast(emulator, workspace, { concurrency: options.concurrency, rate: DEFAULT_RATE }) },
    {
      name: slowedLeast(options.concurrency),
      run: async workspace => {
        emulator.setLatency(slowedLatencyMs)
        try {
          return await runLeast(emulator, workspace, { concurrency: options.concurrency })
        } finally {
          emulator.setLatency(options.latencyMs)
        }
      }
    },
    { name: 'action, default rate', run: action(undefined, 'default') },
    { name: 'action, requests-per-second: off', run: action(undefined, 'off') }
  ]
  if (options.baseDist)
    all.push(
      { name: 'base dist, default rate', run: action(options.baseDist, 'default') },
      { name: 'base dist, requests-per-second: off', run: action(options.baseDist, 'off') }
    )
  for (const mb of options.semiSpacesMb ?? [])
    all.push({
      name: `action, default rate, ${mb} MB semi-spaces`,
      run: action(undefined, 'default', [`--min-semi-space-size=${mb}`, `--max-semi-space-size=${mb}`])
    })
  return all
}

async function imagesOfSize(count: number, bytes: number): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'vod-bench-cpu-'))
  await fs.mkdir(path.join(dir, 'img'))
  for (let i = 0; i < count; i++) await fs.writeFile(path.join(dir, 'img', `${String(i).padStart(6, '0')}.png`), pngOfSize(bytes, i + 1))
  return dir
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** Each pair runs every variant at every count; the order of the variants turns by one from pair to pair. */
export async function cpuAgainstLeast(emulator: Emulator, options: CpuOptions): Promise<void> {
  const { counts, pairs } = options
  console.log(
    `\n### CPU per image against the least client: ${counts.join(' and ')} PNGs of ${options.fileBytes / 1000} KB, concurrency ${options.concurrency}, ${options.latencyMs} ms latency, ${pairs} pairs\n`
  )
  const all = variants(emulator, options)
  const workspaces = new Map<number, string>()
  for (const count of counts) workspaces.set(count, await imagesOfSize(count, options.fileBytes))
  // samples[variant][pair][count index]
  const samples = new Map<string, Sample[][]>(all.map(variant => [variant.name, []]))
  emulator.setLatency(options.latencyMs)
  emulator.setFlowControl(undefined)
  console.log('| pair | what | images | wall time (s) | CPU user+sys (s) | peak RSS (MB) | uploaded | exit |')
  console.log('|---:|---|---:|---:|---:|---:|---:|---:|')
  try {
    for (let pair = 0; pair < pairs; pair++) {
      const order = all.map((_, i) => all[(i + pair) % all.length])
      for (const variant of order) {
        const runs: Sample[] = []
        for (const count of counts) {
          emulator.reset()
          const sample = await variant.run(workspaces.get(count)!)
          runs.push(sample)
          console.log(
            `| ${pair + 1} | ${variant.name} | ${count} | ${(sample.ms / 1000).toFixed(2)} | ${(sample.cpuMs / 1000).toFixed(2)} | ${sample.peakRssMb.toFixed(0)} | ${sample.uploaded} | ${sample.exitCode} |`
          )
        }
        samples.get(variant.name)!.push(runs)
      }
    }
  } finally {
    for (const dir of workspaces.values()) await fs.rm(dir, { recursive: true, force: true })
  }
  summarize(samples, counts, [
    { name: LEAST, column: 'least client' },
    { name: PACED_LEAST, column: 'paced least client' },
    { name: slowedLeast(options.concurrency), column: 'slowed least client' }
  ])
}

/** The runs every variant's CPU is a ratio of, in the same pair, and the column each ratio goes in. */
interface Baseline {
  name: string
  column: string
}

/** CPU per extra image between the first and the last count, per pair, and its ratio to each baseline's in the same pair. */
function summarize(samples: Map<string, Sample[][]>, counts: number[], baselines: Baseline[]): void {
  const first = 0
  const last = counts.length - 1
  const extra = counts[last] - counts[first]
  const perExtra = (runs: Sample[]): number => (runs[last].cpuMs - runs[first].cpuMs) / extra
  const baselineCosts = baselines.map(baseline => samples.get(baseline.name)!.map(perExtra))
  const ratioColumns = (cost: number[], baseline: number[]): string => {
    const ratios = cost.map((value, pair) => value / baseline[pair])
    return `${ratios.map(value => value.toFixed(2)).join(', ')} | **${median(ratios).toFixed(2)}**`
  }
  const ratioHeads = baselines.map(baseline => `× ${baseline.column} (each pair) | median`).join(' | ')
  console.log(
    `\n| what | CPU per extra image, ${counts[first]} → ${counts[last]} (ms, each pair) | median | ${ratioHeads} | peak RSS at ${counts[last]} (MB, median) |`
  )
  console.log(`|---|---|---:|${'---|---:|'.repeat(baselines.length)}---:|`)
  for (const [name, pairs] of samples) {
    const cost = pairs.map(perExtra)
    const ratios = baselineCosts.map(baseline => ratioColumns(cost, baseline)).join(' | ')
    console.log(
      `| ${name} | ${cost.map(value => value.toFixed(2)).join(', ')} | **${median(cost).toFixed(2)}** | ${ratios} | ${median(pairs.map(runs => runs[last].peakRssMb)).toFixed(0)} |`
    )
  }
  threadSplit(samples, counts[last], last)
}

/** At the last count, each variant's CPU by thread (medians over pairs): where the difference to the least client sits. */
function threadSplit(samples: Map<string, Sample[][]>, count: number, last: number): void {
  const split = (runs: Sample[]): ThreadsMs | undefined => runs[last].threads
  if ([...samples.values()].some(pairs => pairs.some(runs => !split(runs)))) return
  console.log(
    `\n| what, ${count} images | CPU user+sys (s) | main thread (s) | V8 helper threads: GC, compilation (s) | libuv pool: files (s) |`
  )
  console.log('|---|---:|---:|---:|---:|')
  for (const [name, pairs] of samples) {
    const seconds = (value: (runs: Sample[]) => number): string => (median(pairs.map(value)) / 1000).toFixed(2)
    console.log(
      `| ${name} | ${seconds(runs => runs[last].cpuMs)} | ${seconds(runs => split(runs)!.main)} | ${seconds(runs => split(runs)!.v8Helpers)} | ${seconds(runs => split(runs)!.libuv)} |`
    )
  }
}
