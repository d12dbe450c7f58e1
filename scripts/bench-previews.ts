/**
 * What the status and preview lookups (GetImageInfos during the uploads) cost a large run: the same
 * run of run() in this process, with the lookups on and off (the test-only override), in pairs
 * (on, off; off, on; …) so that drift of the machine's speed hits both alike, against the emulator with
 * VOD's documented per-API limits on and the action's default inputs. Each image stays Uploading for
 * --processing ms after its object is stored (the emulator's processingDelayMs), as on real VOD, so the
 * lookups' re-asks and the end-of-run wait are part of what is measured. Prints each pair and the
 * median ratio on/off. BENCHMARKS.md records a run.
 *
 *   npm run --silent tools && node .build/scripts/bench-previews.js [--files=2000] [--pairs=3] [--latency=20] [--processing=1000]
 */
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { DOCUMENTED_FLOW_LIMITS, startEmulator, type Emulator } from '../emulator/index.js'
import { png } from '../testkit/images.js'
import { actionEnv, emulatorInputs, isScrubbedFromRuns, parseCommandFile, runnerFiles } from '../testkit/local-runner.js'
import { run, type RunOverrides } from '../src/main.js'

const args = new Map(process.argv.slice(2).map(arg => arg.replace(/^--/, '').split('=') as [string, string]))
const FILES = Number(args.get('files') ?? 2000)
const PAIRS = Number(args.get('pairs') ?? 3)
const LATENCY_MS = Number(args.get('latency') ?? 20)
const PROCESSING_MS = Number(args.get('processing') ?? 1000)

interface Timed {
  ms: number
  /** CPU of this process (the action and the emulator both) during the run. */
  cpuMs: number
  /** From the last PutObject's arrival to the end of the run: what the run adds after its uploads. */
  tailMs: number
  uploaded: string
  lookups: number
  statuses: string
}

/** One run of run() in this process, its log thrown away; the emulator reset before. */
async function timedRun(emulator: Emulator, workspace: string, overrides: RunOverrides): Promise<Timed> {
  emulator.reset()
  const { dir, env: files } = await runnerFiles()
  const saved = { ...process.env }
  for (const name of Object.keys(process.env)) if (isScrubbedFromRuns(name)) delete process.env[name]
  Object.assign(process.env, actionEnv({ workspace, inputs: { path: 'img/*.png', summary: 'false', ...emulatorInputs(emulator) } }, files))
  const write = process.stdout.write.bind(process.stdout)
  process.stdout.write = () => true
  const started = performance.now()
  const cpuBefore = process.cpuUsage()
  try {
    await run(overrides)
  } finally {
    process.stdout.write = write
    process.env = saved
  }
  const ms = performance.now() - started
  const cpu = process.cpuUsage(cpuBefore)
  const ended = Date.now()
  process.exitCode = undefined
  const outputs = parseCommandFile(await fs.readFile(files.GITHUB_OUTPUT, 'utf8'))
  await fs.rm(dir, { recursive: true, force: true })
  const statuses = new Map<string, number>()
  for (const image of JSON.parse(outputs.images ?? '[]') as Array<{ vodStatus: string | null }>)
    statuses.set(String(image.vodStatus), (statuses.get(String(image.vodStatus)) ?? 0) + 1)
  const lastPut = Math.max(...emulator.requests.filter(request => request.ossOperation === 'PutObject').map(request => request.at))
  return {
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    tailMs: ended - lastPut,
    uploaded: outputs['uploaded-count'] ?? '?',
    lookups: emulator.requests.filter(request => request.action === 'GetImageInfos').length,
    statuses: [...statuses].map(([status, count]) => `${status} ${count}`).join(', ')
  }
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

async function main(): Promise<void> {
  const workspace = await fs.mkdtemp(path.join(os.tmpdir(), 'vod-bench-previews-'))
  await fs.mkdir(path.join(workspace, 'img'))
  for (let i = 0; i < FILES; i++) await fs.writeFile(path.join(workspace, 'img', `${String(i).padStart(6, '0')}.png`), png(2, 2, i + 1))
  const emulator = await startEmulator({
    latencyMs: LATENCY_MS,
    flowControl: { limits: DOCUMENTED_FLOW_LIMITS },
    processingDelayMs: PROCESSING_MS
  })
  try {
    console.log(
      `### Previews: ${FILES} images, default inputs, documented per-API limits on (CreateUploadImage 80/s, GetImageInfos 10/s), ${LATENCY_MS} ms latency, each image Uploading ${PROCESSING_MS} ms after its object is stored\n`
    )
    console.log(
      '| pair | first | on (s) | off (s) | on/off | CPU on / off (s) | after the last upload: on / off (s) | uploaded on / off | GetImageInfos calls on | vodStatus on |'
    )
    console.log('|---:|---|---:|---:|---:|---:|---:|---|---:|---|')
    // One run untimed: the first run of the process also pays for loading and compiling the code.
    await timedRun(emulator, workspace, {})
    const ratios: number[] = []
    for (let pair = 1; pair <= PAIRS; pair++) {
      // Which goes first alternates (on, off; off, on; …): the second run of a pair inherits the first's heap and sockets.
      const onFirst = pair % 2 === 1
      const first = await timedRun(emulator, workspace, onFirst ? {} : { vodStatus: { off: true } })
      const second = await timedRun(emulator, workspace, onFirst ? { vodStatus: { off: true } } : {})
      const [on, off] = onFirst ? [first, second] : [second, first]
      ratios.push(on.ms / off.ms)
      console.log(
        `| ${pair} | ${onFirst ? 'on' : 'off'} | ${(on.ms / 1000).toFixed(2)} | ${(off.ms / 1000).toFixed(2)} | ${(on.ms / off.ms).toFixed(3)} | ${(on.cpuMs / 1000).toFixed(2)} / ${(off.cpuMs / 1000).toFixed(2)} | ${(on.tailMs / 1000).toFixed(2)} / ${(off.tailMs / 1000).toFixed(2)} | ${on.uploaded} / ${off.uploaded} | ${on.lookups} | ${on.statuses} |`
      )
    }
    console.log(
      `\nMedian on/off: ${median(ratios).toFixed(3)} (min ${Math.min(...ratios).toFixed(3)}, max ${Math.max(...ratios).toFixed(3)})`
    )
  } finally {
    await emulator.close()
    await fs.rm(workspace, { recursive: true, force: true })
  }
}

await main()
