/**
 * `npm run try -- <folder> [<glob>]`: runs the committed dist/index.js, as the GitHub runner runs it, on
 * the images in a folder you name, against an embedded VOD/OSS emulator (nothing reaches Alibaba Cloud).
 * Prints the step log, the outputs and where the job summary and the results file are. Files that are
 * not images are skipped with a warning (`if-unsupported: warn`), as are hidden ones.
 */
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startEmulator } from '../emulator/index.js'
import { emulatorInputs, outputsText, renderLog, runDist, summaryText } from '../testkit/local-runner.js'

const USAGE = 'Usage: npm run try -- <folder> [<glob>]   (the glob is relative to the folder; default **/*)'

/** npm runs scripts in the package's folder; INIT_CWD is where `npm run` was typed. */
async function folderNamed(name: string): Promise<string | undefined> {
  const folder = path.resolve(process.env.INIT_CWD ?? process.cwd(), name)
  const stats = await fs.stat(folder).catch(() => undefined)
  return stats?.isDirectory() ? folder : undefined
}

async function main(args: string[]): Promise<number> {
  const [name, pattern = '**/*'] = args
  if (name === undefined || name.startsWith('-') || args.length > 2) {
    console.error(USAGE)
    return 2
  }
  const folder = await folderNamed(name)
  if (folder === undefined) {
    console.error(`try: ${name} is not a folder.\n${USAGE}`)
    return 2
  }
  const emulator = await startEmulator()
  const runnerDir = await fs.mkdtemp(path.join(os.tmpdir(), 'vod-image-upload-try-'))
  try {
    console.log(`Running dist/index.js on ${pattern} in ${folder}, against an emulator (VOD ${emulator.vodEndpoint})\n`)
    const run = await runDist({
      workspace: folder,
      keepRunnerFilesIn: runnerDir,
      inputs: { path: pattern, 'if-unsupported': 'warn', ...emulatorInputs(emulator) }
    })
    console.log(renderLog(run.stdout))
    process.stderr.write(run.stderr)
    console.log(`--- exit code ${run.exitCode} ---\n\nOutputs:\n${outputsText(run.outputs)}`)
    const summaryFile = path.join(runnerDir, 'summary.md')
    console.log(`\n--- the job summary, as text ---\n${summaryText(await fs.readFile(summaryFile, 'utf8'))}`)
    console.log(`\nJob summary (HTML, as GitHub renders it; its thumbnails were served by the emulator): ${summaryFile}`)
    return run.exitCode
  } finally {
    await emulator.close()
  }
}

process.exitCode = await main(process.argv.slice(2))
