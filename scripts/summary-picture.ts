/**
 * `npm run summary-picture`: the README's picture of the job summary, from a real run. Uploads the
 * demo's sample images through dist/index.js to the emulator (as `npm run demo` does), then renders
 * the summary HTML the run wrote with headless Chromium while the emulator still serves the
 * thumbnails, into docs/job-summary.png. Needs Chromium: `chromium`, `chromium-browser` or `google-chrome`
 * on PATH, or CHROMIUM=/path/to/it (Debian: apt-get install chromium); without it, exits 1 before any run.
 * The status column's ✅ needs an emoji font (Debian: fonts-noto-color-emoji), else it shows as a box.
 */
import { spawn } from 'node:child_process'
import { existsSync, promises as fs, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startEmulator } from '../emulator/index.js'
import { ROOT } from '../testkit/local-runner.js'
import { uploadSamples } from '../testkit/samples.js'
const PICTURE = path.join(ROOT, 'docs/job-summary.png')
const CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome']
/** Once the thumbnails are in, the size of the whole page, for the second pass to take it all. */
const MEASURE = `<script>addEventListener('load', () => {
  document.body.dataset.size = document.documentElement.scrollWidth + ',' + document.documentElement.scrollHeight
})</script>`
const MIN_WIDTH = 1200
/** Chromium renders in a few seconds; one that hangs (a sandbox or GPU problem) must not hang the script. */
const CHROMIUM_TIMEOUT_MS = 120_000

/** Close to GitHub's rendering of a job summary: its font stack, table borders and spacing. */
const PAGE_STYLE = `
  body { font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif;
         font-size: 14px; line-height: 1.5; color: #1f2328; margin: 0; padding: 16px 24px; background: #fff; }
  h2, h3 { font-weight: 600; border-bottom: 1px solid #d1d9e0; padding-bottom: .3em; }
  table { border-collapse: collapse; margin: 8px 0 16px; }
  th, td { border: 1px solid #d1d9e0; padding: 6px 13px; }
  tr:nth-child(2n) { background: #f6f8fa; }
  img { max-height: 48px; }
  code { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 85%; }`

/** The Chromium to run: CHROMIUM if set, else the first of CHROMIUM_NAMES found on PATH. */
function findChromium(): string | undefined {
  if (process.env.CHROMIUM) return existsSync(process.env.CHROMIUM) ? process.env.CHROMIUM : undefined
  const suffixes = process.platform === 'win32' ? ['.exe', ''] : ['']
  const dirs = (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)
  const candidates = dirs.flatMap(dir => CHROMIUM_NAMES.flatMap(name => suffixes.map(suffix => path.join(dir, name + suffix))))
  return candidates.find(candidate => existsSync(candidate))
}

async function main(): Promise<number> {
  const chromium = findChromium()
  if (chromium === undefined) {
    const looked = process.env.CHROMIUM
      ? `CHROMIUM=${process.env.CHROMIUM} does not exist`
      : `none of ${CHROMIUM_NAMES.join(', ')} is on PATH`
    console.error(
      `summary-picture: needs Chromium to render ${path.relative(ROOT, PICTURE)}, and ${looked}.\n` +
        'Install it (Debian/Ubuntu: apt-get install chromium) or set CHROMIUM to its path.'
    )
    return 1
  }
  const emulator = await startEmulator()
  const runnerDir = await fs.mkdtemp(path.join(os.tmpdir(), 'vod-image-upload-picture-'))
  try {
    const run = await uploadSamples(emulator, runnerDir)
    if (run.exitCode !== 0) throw new Error(`the run failed:\n${run.stdout}${run.stderr}`)
    const page = path.join(runnerDir, 'summary.html')
    await fs.writeFile(page, `<!doctype html><meta charset="utf-8"><style>${PAGE_STYLE}</style>\n${run.summary}\n${MEASURE}`)
    await fs.mkdir(path.dirname(PICTURE), { recursive: true })
    const rendered = path.join(runnerDir, 'job-summary.png')
    const size = await pageSize(chromium, page)
    await screenshot(chromium, page, { picture: rendered, size })
    await fs.copyFile(rendered, PICTURE)
    console.log(`Wrote ${path.relative(ROOT, PICTURE)}`)
    return 0
  } finally {
    await emulator.close()
    await fs.rm(runnerDir, { recursive: true, force: true })
  }
}

/** The page's size as laid out in a window MIN_WIDTH wide: Chromium's DOM after the load event. */
async function pageSize(chromium: string, page: string): Promise<string> {
  const dom = await runChromium(chromium, [`--window-size=${MIN_WIDTH},600`, '--dump-dom', `file://${page}`])
  const size = /data-size="(\d+),(\d+)"/.exec(dom)
  if (!size) throw new Error(`${chromium} --dump-dom gave no page size (did the page load?):\n${dom.slice(0, 500)}`)
  return `${Math.max(MIN_WIDTH, Number(size[1]))},${size[2]}`
}

/** Renders into a file of its own, copied over the picture by the caller only when it is a PNG. */
async function screenshot(chromium: string, page: string, into: { picture: string; size: string }): Promise<void> {
  await runChromium(chromium, [`--window-size=${into.size}`, `--screenshot=${into.picture}`, `file://${page}`])
  if (!existsSync(into.picture) || !readPngSignature(into.picture)) throw new Error(`${chromium} wrote no PNG at ${into.picture}`)
}

/**
 * Headless, no sandbox (a container's root), no GPU. Asynchronous: the emulator in this process must
 * keep serving the thumbnails while Chromium loads them. Resolves with its stdout.
 */
function runChromium(chromium: string, args: string[]): Promise<string> {
  const all = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--hide-scrollbars', ...args]
  return new Promise((resolve, reject) => {
    const child = spawn(chromium, all, { stdio: ['ignore', 'pipe', 'pipe'], timeout: CHROMIUM_TIMEOUT_MS })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', chunk => (stdout += chunk))
    child.stderr.on('data', chunk => (stderr += chunk))
    child.on('error', error => reject(new Error(`${chromium} could not be started: ${error.message}`)))
    child.on('close', (code, signal) =>
      code === 0 ? resolve(stdout) : reject(new Error(`${chromium} ${args.join(' ')} exited with ${signal ?? code}:\n${stderr}`))
    )
  })
}

function readPngSignature(file: string): boolean {
  return readFileSync(file)
    .subarray(0, 8)
    .equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
}

main().then(
  code => process.exit(code),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  }
)
