/**
 * A service that accepts connections and never answers: the run says within seconds what it waits
 * for, gives up after a first-answer deadline and one retry instead of timeout × (retries + 1) per
 * file, and names the endpoint. The first-contact timing is shortened through RunOverrides: nothing
 * here measures time.
 */
import { describe, expect, it } from '@jest/globals'
import { png } from '../../testkit/images.js'
import { emulatorInputs, FAST_BACKOFF, imagesOf, runInProcess, useEmulator, useWorkspace, type ActionRun } from '../helpers/action.js'

const emulator = useEmulator({ seed: 5 })
const ws = useWorkspace()

const FIRST_CONTACT = { noteAfterMs: 50, firstAnswerMs: 400 }

async function run(files: number, inputs: Record<string, string>): Promise<ActionRun> {
  for (let i = 0; i < files; i++) await ws().write(`shots/${i}.png`, png(8, 8, i + 1))
  return runInProcess(
    { workspace: ws().dir, inputs: { ...emulatorInputs(emulator()), path: 'shots/*.png', ...inputs } },
    { backoff: FAST_BACKOFF, firstContact: FIRST_CONTACT }
  )
}

const creates = (): number => emulator().requests.filter(request => request.action === 'CreateUploadImage').length

describe('a VOD endpoint that never answers', () => {
  it('is said to be waited for in a warning (seen outside the collapsed uploads group), fails after one retry per file in flight, names the endpoint, and warns of no images', async () => {
    emulator().setFaults({ vod: { rule: () => 'hang' } })
    // The default timeout (60 s) and retries (3): without the first-contact rule, 4 tries of 60 s per file.
    const result = await run(6, { concurrency: '2' })
    const endpoint = emulator().vodEndpoint

    const waiting = result.stdout.split('\n').filter(line => line.startsWith('::warning::Waiting for VOD'))
    expect(waiting).toHaveLength(1)
    expect(waiting[0]).toContain(
      `Waiting for VOD at ${endpoint}: no answer yet after 0.1 s (each request may take up to 60 s, input timeout`
    )

    expect(result.exitCode).toBe(1)
    const errorLine = result.stdout.split('\n').find(line => line.startsWith('::error::'))!
    expect(errorLine).toContain(`The VOD endpoint ${endpoint} accepted connections but never answered this run`)
    // Two files in flight, each tried at most twice; the other four not attempted.
    expect(creates()).toBeLessThanOrEqual(4)
    const codes = imagesOf(result).map(image => image.error?.code)
    expect(codes.filter(code => code === 'NotAttempted')).toHaveLength(4)
    expect(result.stdout).not.toContain('may hold up to')
    expect(result.summary).not.toContain('may hold up to')
  })

  it('keeps the "may hold" warning when VOD answered other calls before it went silent', async () => {
    let calls = 0
    emulator().setFaults({ vod: { rule: ctx => (ctx.action === 'CreateUploadImage' && ++calls > 1 ? 'hang' : undefined) } })
    const result = await run(2, { concurrency: '1', timeout: '1', retries: '0' })
    expect(imagesOf(result).map(image => image.status)).toEqual(['uploaded', 'failed'])
    expect(result.stdout).toContain('VOD may hold up to 1 image whose ImageId never arrived')
    expect(result.stdout).not.toContain('Waiting for VOD')
  })
})

describe('an OSS upload host that never answers', () => {
  it('is said to be waited for in a warning, named in the failure, and stops the run after its second unanswered request', async () => {
    emulator().setFaults({ oss: { rule: () => 'hang' } })
    const result = await run(6, { concurrency: '1', timeout: '1', retries: '3' })
    const host = new URL(emulator().ossEndpoint).host

    const waiting = result.stdout.split('\n').filter(line => line.startsWith('::warning::Waiting for OSS'))
    expect(waiting).toHaveLength(1)
    expect(waiting[0]).toContain(`${host}: no answer yet after 0.1 s`)
    expect(result.exitCode).toBe(1)
    // Two PUTs (the first and its one retry), not retries + 1 = 4 per file.
    expect(emulator().requests.filter(request => request.service === 'oss')).toHaveLength(2)
    const images = imagesOf(result)
    expect(images[0].error?.message).toContain(
      `${host} accepted the connection but sent no answer within 1 s (2 requests unanswered this run)`
    )
    expect(images.slice(1).map(image => image.error?.code)).toEqual(Array(5).fill('NotAttempted'))
    expect(result.stdout.split('\n').find(line => line.startsWith('::error::'))).toContain(
      'The OSS host VOD gave for the upload accepted connections but never answered'
    )
  })
})
