/** run() through the uploads, against the fake port: what the log, the outputs, the summary and the exit code say. */
import { describe, expect, it } from '@jest/globals'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { png } from '../../testkit/images.js'
import { summaryText, useWorkspace } from '../helpers/action.js'
import { deferred, failures } from '../helpers/fake-upload.js'
import { ENDPOINT, fakePort, KEY_ID, KEY_SECRET, logLines, fakeRunner } from '../helpers/fake-run.js'
import { run } from '../../src/main.js'
import { ServiceError } from '../../src/shared/errors.js'

const ws = useWorkspace()
const runWithFake = fakeRunner(run)

const ROLE = 'acs:ram::1234567890123456:role/github-vod-upload'
const ROLE_INPUTS = {
  'access-key-id': '',
  'access-key-secret': '',
  'role-to-assume': ROLE,
  'oidc-provider-arn': 'acs:ram::1234567890123456:oidc-provider/github'
}
const ID_TOKEN_ENV = {
  ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.example/id?api-version=2.0',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token'
}

async function twoImages(): Promise<void> {
  await ws().write('shots/a.png', png(8, 8, 1))
  await ws().write('shots/b.png', png(8, 8, 2))
}

describe('a run that uploads', () => {
  it('signs in, uploads each file in a log group, reports them, and closes the connections', async () => {
    await twoImages()
    const fake = fakePort()
    const run = await runWithFake(ws(), fake, { inputs: { concurrency: '1' } })
    expect(run.exitCode).toBe(0)
    expect(logLines(run)).toEqual([
      '2 matched',
      '▼ Uploading 2 of 2 images (1 at a time)',
      '✔ shots/a.png → image-1',
      '✔ shots/b.png → image-2',
      'Done: 2 uploaded, 0 unchanged, 0 failed',
      ''
    ])
    expect(fake.calls[0]).toBe('signIn')
    expect(fake.calls.at(-1)).toBe('closeConnections')
    expect(fake.calls.filter(call => call === 'closeConnections')).toHaveLength(1)
    expect(fake.made).toHaveLength(1)
    expect(fake.made[0].config).toEqual(expect.objectContaining({ endpoint: ENDPOINT, concurrency: 1 }))
    expect(run.outputs['uploaded-count']).toBe('2')
    expect(run.outputs['failed-count']).toBe('0')
    expect(JSON.parse(run.outputs['image-ids'])).toEqual(['image-1', 'image-2'])
    expect(summaryText(run.summary)).toContain('2 matched · 2 uploaded · 0 unchanged · 0 failed')
  })

  it("masks the keys, the security token and each ticket's credential, and none of them is visible", async () => {
    await twoImages()
    const run = await runWithFake(ws(), fakePort(), { inputs: { 'security-token': 'the-security-token' } })
    for (const value of [KEY_ID, KEY_SECRET, 'the-security-token', 'secret-1', 'token-1', 'secret-2', 'token-2'])
      expect(run.stdout).toContain(`::add-mask::${value}\n`)
    expect(run.visible()).not.toMatch(/secret-1|the-security-token/)
  })

  it('the title counts the paths to a file another path holds, and names them', async () => {
    const original = await ws().write('shots/a.png', png(8, 8, 1))
    await fs.link(original, path.join(ws().dir, 'shots/copy.png'))
    const fake = fakePort()
    const run = await runWithFake(ws(), fake, { inputs: { concurrency: '3' } })
    expect(logLines(run).slice(1, 4)).toEqual([
      '▼ Uploading 1 of 2 images (3 at a time)',
      '↪ shots/copy.png is the same file as shots/a.png: one image for both',
      '✔ shots/a.png → image-1'
    ])
    expect(fake.creates).toHaveLength(1)
  })

  it.each([
    [10, 'one line each'],
    [11, 'one line for all']
  ])('%i hard links to one file: %s', async (copies, _how) => {
    const original = await ws().write('shots/a.png', png(8, 8, 1))
    for (let i = 0; i < copies; i++) await fs.link(original, path.join(ws().dir, `shots/copy-${String(i).padStart(2, '0')}.png`))
    const lines = logLines(await runWithFake(ws(), fakePort()))
    const same = lines.filter(line => line.startsWith('↪'))
    const expected =
      copies > 10
        ? [`↪ ${copies} paths are the same file as another matched path: one image each, nothing sent for them`]
        : Array.from(
            { length: copies },
            (_, i) => `↪ shots/copy-${String(i).padStart(2, '0')}.png is the same file as shots/a.png: one image for both`
          )
    expect(same).toEqual(expected)
  })

  it('debug lines of the pipeline are written, redacted, only with step debug on', async () => {
    await ws().write('shots/a.png', png(8, 8, 1))
    const quiet = await runWithFake(ws(), fakePort())
    expect(quiet.stdout).not.toContain('::debug::')
    const debug = await runWithFake(ws(), fakePort(), { env: { RUNNER_DEBUG: '1' } })
    expect(debug.stdout).toContain('::debug::')
    expect(debug.visible()).not.toContain('secret-1')
  })
})

describe('what the services tell the run', () => {
  it('a secret is masked and redacted from then on; a debug line and a waiting line are redacted', async () => {
    await ws().write('shots/a.png', png(8, 8, 1))
    const firstContact = { noteAfterMs: 5 }
    const fake = fakePort({
      put: [
        async () => {
          const { edges } = fake.made[0]
          edges!.secret('a-service-secret')
          edges!.debug!('debug a-service-secret')
          edges!.waiting!('waiting for a-service-secret')
          return {}
        }
      ]
    })
    const run = await runWithFake(ws(), fake, { env: { RUNNER_DEBUG: '1' }, overrides: { firstContact } })
    expect(run.stdout).toContain('::add-mask::a-service-secret\n')
    expect(run.stdout).toContain('::debug::debug ***\n')
    expect(run.stdout).toContain('::warning::waiting for ***\n')
    expect(fake.made[0].edges!.firstContact).toBe(firstContact)
  })

  it("the libraries' output is redacted: their stderr and console lines, and their warnings in the debug log", async () => {
    await ws().write('shots/a.png', png(8, 8, 1))
    const fake = fakePort({
      put: [
        async () => {
          process.stderr.write(`library line ${KEY_SECRET}\n`)
          console.warn(`library warning ${KEY_SECRET}`)
          return {}
        }
      ]
    })
    const run = await runWithFake(ws(), fake, { env: { RUNNER_DEBUG: '1' } })
    expect(run.stderr).toContain('library line ***\n')
    expect(run.stdout).toContain('::debug::library warning: library warning ***\n')
    expect(run.visible()).not.toContain(KEY_SECRET)
  })

  it('a sign-in that gets no answer is retried, and the uploads go on', async () => {
    await ws().write('shots/a.png', png(8, 8, 1))
    const fake = fakePort({ signIn: [failures.noAnswer('RequestTimeout', 'AssumeRoleWithOIDC', 'sts')] })
    const run = await runWithFake(ws(), fake)
    expect(run.exitCode).toBe(0)
    expect(fake.calls.slice(0, 3)).toEqual(['signIn', 'signIn', 'CreateUploadImage'])
  })

  it('a sign-in refused fails the run before any file is sent, its text redacted', async () => {
    await ws().write('shots/a.png', png(8, 8, 1))
    const refused = new ServiceError({
      service: 'sts',
      api: 'AssumeRoleWithOIDC',
      code: 'NoPermission',
      status: 403,
      requestId: 'STS-REQ',
      detail: `not for ${KEY_SECRET}`,
      kind: 'permanent'
    })
    const fake = fakePort({ signIn: [refused] })
    const run = await runWithFake(ws(), fake, { inputs: { retries: '2' } })
    expect(run.exitCode).toBe(1)
    expect(fake.calls).toEqual(['signIn', 'closeConnections'])
    expect(logLines(run)).toContainEqual(
      expect.stringMatching(/^Error: No credentials for role-to-assume: .*not for \*\*\*.* \(request id STS-REQ\)$/)
    )
    expect(run.visible()).not.toContain(KEY_SECRET)
  })

  it('a VOD that never answered created nothing: no note about unanswered calls', async () => {
    await ws().write('shots/a.png', png(8, 8, 1))
    const noAnswer = { create: [failures.noAnswer()] }
    const answered = await runWithFake(ws(), fakePort(noAnswer))
    expect(logLines(answered)).toContainEqual(expect.stringMatching(/^Warning: 1 CreateUploadImage call got no answer/))
    expect(JSON.parse(answered.outputs.images)[0].unansweredCreates).toBe(1)
    const silent = await runWithFake(ws(), fakePort({ ...noAnswer, answered: { vod: false } }))
    expect(silent.stdout).not.toContain('got no answer')
    expect(JSON.parse(silent.outputs.images)[0].unansweredCreates).toBe(0)
  })
})

describe('a run that fails', () => {
  it('a failed file fails the run, named with its failure, redacted everywhere', async () => {
    await twoImages()
    const secretDetail = new ServiceError({
      service: 'vod',
      api: 'CreateUploadImage',
      code: 'InvalidParameter',
      status: 400,
      requestId: 'REQ-400',
      detail: `bad ${KEY_SECRET}`,
      kind: 'permanent'
    })
    const run = await runWithFake(ws(), fakePort({ create: [secretDetail] }), { inputs: { concurrency: '1' } })
    expect(run.exitCode).toBe(1)
    const lines = logLines(run)
    expect(lines).toContain('✖ shots/a.png: create failed: InvalidParameter (HTTP 400, RequestId REQ-400): bad ***')
    expect(lines).toContain('Error: 1 of 2 images failed:')
    expect(lines).toContain('  - shots/a.png: create failed: InvalidParameter (HTTP 400, RequestId REQ-400): bad ***')
    expect(lines.at(-2)).toBe('Done: 1 uploaded, 0 unchanged, 1 failed')
    expect(run.outputs['failed-count']).toBe('1')
    expect(run.visible()).not.toContain(KEY_SECRET)
  })

  it.each([
    [{}, {}, 'RAM user whose key this is'],
    [ROLE_INPUTS, ID_TOKEN_ENV, `RAM role in role-to-assume`]
  ])('a refusal no other file gets past stops the run with what to fix (%#)', async (inputs, env, fix) => {
    await twoImages()
    const fake = fakePort({ create: [failures.refused()] })
    const run = await runWithFake(ws(), fake, { inputs: { ...inputs, concurrency: '1' }, env })
    expect(run.exitCode).toBe(1)
    const error = logLines(run).find(line => line.startsWith('Error: '))
    expect(error).toMatch(/^Error: Stopped after VOD's first refusal of CreateUploadImage \(Forbidden\.RAM, HTTP 403\)/)
    expect(error).toContain(fix)
    expect(fake.creates).toHaveLength(1)
  })

  it.each([
    [{}, 'check the endpoint input'],
    [{ endpoint: '' }, 'check the region input (the endpoint is made from it)']
  ])('an unreachable VOD is said once, with what to check (%j)', async (inputs, check) => {
    await twoImages()
    const run = await runWithFake(ws(), fakePort({ create: [failures.unreachable(), failures.unreachable()] }), { inputs })
    expect(run.exitCode).toBe(1)
    const notes = logLines(run).filter(line => line.includes('does not resolve'))
    expect(notes).toHaveLength(1)
    expect(notes[0]).toContain(`The host name of the VOD endpoint ${ENDPOINT} does not resolve: ${check}`)
  })

  it('an input problem fails the run before the services exist', async () => {
    await ws().write('shots/a.png', png(8, 8, 1))
    const fake = fakePort()
    const run = await runWithFake(ws(), fake, { inputs: { concurrency: 'many' } })
    expect(run.exitCode).toBe(1)
    expect(logLines(run)).toContain('  - Input "concurrency": must be an integer from 1 to 100; got "many"')
    expect(fake.made).toEqual([])
  })

  it('a cancel stops the run: no new upload, the connections cut after the grace period, the run failed as cancelled', async () => {
    await twoImages()
    const listeners = process.listenerCount('SIGINT')
    // The upload in flight ends only when the connections are cut.
    const cut = deferred()
    const fake = fakePort({
      onCall: api => {
        if (api === 'PutObject') process.emit('SIGINT', 'SIGINT')
        if (api === 'closeConnections') cut.resolve()
      },
      put: [() => cut.promise.then(() => Promise.reject(failures.noAnswer('ECONNRESET', 'PutObject', 'oss')))]
    })
    const run = await runWithFake(ws(), fake, { inputs: { concurrency: '1' }, overrides: { cancelGraceMs: 0 } })
    expect(run.exitCode).toBe(1)
    const lines = logLines(run)
    expect(lines).toContain('Warning: Received SIGINT: starting no new uploads; cleaning up what is in flight')
    expect(lines).toContain('Error: The run was cancelled.')
    expect(fake.creates).toHaveLength(1)
    expect(fake.calls.filter(call => call === 'closeConnections')).toHaveLength(2)
    expect(process.listenerCount('SIGINT')).toBe(listeners)
  })
})

describe('notes and warnings of the run', () => {
  it('VOD throttling CreateUploadImage is noted once after the uploads', async () => {
    await twoImages()
    const run = await runWithFake(ws(), fakePort({ create: [failures.throttled(10)] }))
    expect(run.exitCode).toBe(0)
    const lines = logLines(run)
    const note = lines.findIndex(line => line.startsWith('VOD throttled 1 of 3 calls (33.3%)'))
    expect(note).toBeGreaterThan(lines.indexOf('::endgroup::'))
    expect(lines.filter(line => line.startsWith('VOD throttled'))).toHaveLength(1)
  })

  it('an ImageId abandoned and not deleted, in a run that did not fail, is a warning with what to do', async () => {
    await ws().write('shots/a.png', png(8, 8, 1))
    const fake = fakePort({ put: [failures.expired()], delete: [failures.permanent('DeleteImage')] })
    const run = await runWithFake(ws(), fake)
    expect(run.exitCode).toBe(0)
    expect(logLines(run)).toContain(
      'Warning: 1 abandoned ImageId could not be deleted (orphaned): image-1. Delete them with DeleteImage (DeleteImageType=ImageId).'
    )
    expect(JSON.parse(run.outputs['orphaned-image-ids'])).toEqual(['image-1'])
  })

  it('no note without throttling, nor with requests-per-second off', async () => {
    await twoImages()
    expect((await runWithFake(ws(), fakePort())).stdout).not.toContain('throttled')
    const off = await runWithFake(ws(), fakePort({ create: [failures.throttled(10)] }), { inputs: { 'requests-per-second': 'off' } })
    expect(off.stdout).not.toContain('VOD throttled')
  })

  it("the inputs' warnings, then a plain http:// endpoint's, before anything else", async () => {
    await ws().write('shots/a.png', png(8, 8, 1))
    const run = await runWithFake(ws(), fakePort(), { inputs: { endpoint: 'http://vod.example.com', titel: 'x' } })
    const lines = logLines(run)
    expect(lines[0]).toMatch(/^Warning: The input `titel` is not an input of this action/)
    expect(lines[1]).toBe(
      'Warning: The endpoint http://vod.example.com uses http://: requests, their signatures and the upload credentials VOD returns travel unencrypted. Use https:// unless this is a test service on a network you trust.'
    )
    expect(lines[2]).toBe('1 matched')
  })

  it('with role-to-assume: a plain http:// STS endpoint is warned of, the keys are no secrets, and the role is noted after sign-in', async () => {
    await ws().write('shots/a.png', png(8, 8, 1))
    const fake = fakePort()
    const run = await runWithFake(ws(), fake, { inputs: { ...ROLE_INPUTS, 'sts-endpoint': 'http://sts.example.com' }, env: ID_TOKEN_ENV })
    expect(run.exitCode).toBe(0)
    const lines = logLines(run)
    expect(lines[0]).toMatch(/^Warning: The sts-endpoint http:\/\/sts\.example\.com uses http:\/\//)
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^🔑 Assumed ${ROLE} over OIDC \\(session gh-`)))
    expect(run.stdout.match(/::add-mask::/g)).toHaveLength(2)
  })

  it('no role note with keys', async () => {
    await ws().write('shots/a.png', png(8, 8, 1))
    expect((await runWithFake(ws(), fakePort())).stdout).not.toContain('Assumed')
  })

  it("a proxy's credentials are masked", async () => {
    await ws().write('shots/a.png', png(8, 8, 1))
    const run = await runWithFake(ws(), fakePort(), { env: { HTTPS_PROXY: 'http://proxy-user:proxy-password@proxy.example:3128' } })
    expect(run.stdout).toContain('::add-mask::proxy-password\n')
  })
})
