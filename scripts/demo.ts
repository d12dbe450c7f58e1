/**
 * `npm run demo`: uploads the sample images in samples/ through the committed dist/index.js, run as
 * the GitHub runner runs it, to the embedded VOD/OSS emulator; then prints the outputs, checks the
 * stored objects against the files, and says where the job summary was written.
 */
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startEmulator } from '../emulator/index.js'
import { outputsText, renderLog, ROOT, summaryText } from '../testkit/local-runner.js'
import { SAMPLE_PATTERNS, uploadSamples } from '../testkit/samples.js'

async function main(): Promise<number> {
  const emulator = await startEmulator()
  const runnerDir = await fs.mkdtemp(path.join(os.tmpdir(), 'vod-image-upload-demo-'))
  try {
    console.log(`Emulator: VOD ${emulator.vodEndpoint}, OSS ${emulator.ossEndpoint}, STS and OIDC tokens ${emulator.stsEndpoint}`)
    console.log(`Running dist/index.js on ${SAMPLE_PATTERNS.join(', ')}, keyless: role-to-assume ${emulator.oidcRole.roleArn}\n`)
    const run = await uploadSamples(emulator, runnerDir)
    console.log('--- the step log, as the runner shows it ---')
    console.log(renderLog(run.stdout))
    process.stderr.write(run.stderr)
    console.log(`--- exit code ${run.exitCode} ---\n`)
    console.log('Outputs:')
    console.log(outputsText(run.outputs))
    const sessions = emulator.stsCalls.filter(call => call.status === 200).length
    console.log(`\nAssumeRoleWithOIDC calls: ${sessions} (one per session; no access key was given).`)
    const verified = await verifyObjects(emulator, run.results ?? [])
    console.log(`\nThe emulator holds ${verified} uploaded object(s), each identical to its file.`)
    const summaryFile = path.join(runnerDir, 'summary.md')
    console.log(`\n--- the job summary, as text ---\n${summaryText(await fs.readFile(summaryFile, 'utf8'))}`)
    console.log(`\nJob summary (HTML, as GitHub renders it): ${summaryFile}`)
    return run.exitCode
  } finally {
    await emulator.close()
  }
}

async function verifyObjects(emulator: Awaited<ReturnType<typeof startEmulator>>, results: unknown[]): Promise<number> {
  let count = 0
  for (const entry of results as Array<{ path: string; imageId: string | null }>) {
    if (!entry.imageId) continue
    const stored = emulator.objectForImage(entry.imageId)
    const local = await fs.readFile(path.join(ROOT, entry.path))
    if (!stored || !stored.body.equals(local))
      throw new Error(`${entry.path}: the emulator's object for ImageId ${entry.imageId} differs from the file`)
    count++
  }
  return count
}

process.exitCode = await main()
