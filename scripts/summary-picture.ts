/**
 * `npm run summary-picture`: the README's picture of the job summary, from a real run. Uploads the
 * demo's sample images through dist/index.js to the emulator (as `npm run demo` does), then renders
 * the summary HTML the run wrote with headless Chromium while the emulator still serves the
 * thumbnails, into docs/job-summary.png. Needs `chromium` on PATH (Debian: apt-get install chromium).
 */
import { spawn } from 'node:child_process'
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startEmulator } from '../emulator/index.js'
import { ROOT } from '../testkit/local-runner.js'
import { uploadSamples } from '../testkit/samples.js'
const PICTURE = path.join(ROOT, 'docs/job-summary.png')

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

async function main(): Promise<number> {
  const emulator = await startEmulator()
  const runnerDir = await fs.mkdtemp(path.join(os.tmpdir(), 'vod-image-upload-picture-'))
  try {
    const run = await uploadSamples(emulator, runnerDir)
    if (run.exitCode !== 0) throw new Error(`the run failed:\n${run.stdout}${run.stderr}`)
    const page = path.join(runnerDir, 'summary.html')
    await fs.writeFile(page, `<!doctype html><meta charset="utf-8"><style>${PAGE_STYLE}</style>\n${run.summary}`)
    await fs.mkdir(path.dirname(PICTURE), { recursive: true })
    await screenshot(page)
    console.log(`Wrote ${path.relative(ROOT, PICTURE)}`)
    return 0
  } finally {
    await emulator.close()
    await fs.rm(runnerDir, { recursive: true, force: true })
  }
}

/** Asynchronous: the emulator in this process must keep serving the thumbnails while Chromium loads them. */
function screenshot(page: string): Promise<void> {
  const args = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--hide-scrollbars',
    '--window-size=1000,600',
    `--screenshot=${PICTURE}`,
    `file://${page}`
  ]
  return new Promise((resolve, reject) => {
    const chromium = spawn('chromium', args, { stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    chromium.stderr.on('data', chunk => (stderr += chunk))
    chromium.on('error', reject)
    chromium.on('exit', code => (code === 0 ? resolve() : reject(new Error(`chromium exited with ${code}: ${stderr}`))))
  })
}

main().then(
  code => process.exit(code),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  }
)
