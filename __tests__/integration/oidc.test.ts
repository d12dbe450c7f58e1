/** role-to-assume: a keyless run assumes a RAM role over OIDC and keeps its session alive for as long as the run lasts. */
import { describe, expect, it } from '@jest/globals'
import type { Emulator } from '../../emulator/index.js'
import { png } from '../../testkit/images.js'
import { emulatorOidcRun, FAST_BACKOFF, imagesOf, runInProcess, useEmulator, useWorkspace, type ActionRun } from '../helpers/action.js'

// Sessions of 1 s, and 50 ms per request on each service: a run of 30 files one at a time lasts
// at least 3 s, so its sessions end several times whatever the speed of the machine.
const emulator = useEmulator({ sts: { credentialSeconds: 1 }, latencyMs: { vod: 50, oss: 50 } })
const ws = useWorkspace()

function runWithRole(inputs: Record<string, string> = {}, env?: Record<string, string>): Promise<ActionRun> {
  const oidc = emulatorOidcRun(emulator())
  return runInProcess(
    { workspace: ws().dir, inputs: { path: 'shots/*.png', ...oidc.inputs, ...inputs }, env: env ?? oidc.env },
    { backoff: FAST_BACKOFF }
  )
}

function createCalls(e: Emulator): number {
  return e.requests.filter(request => request.action === 'CreateUploadImage').length
}

/** The keys, session tokens and OIDC tokens the emulator handed out that the run shows anywhere (stdout, outputs, summary, results file). */
function leakedSecrets(run: ActionRun, e: Emulator): string[] {
  const visible = run.visible()
  return e.issuedSecrets().filter(secret => [secret, encodeURIComponent(secret)].some(form => visible.includes(form)))
}

/** The run's VOD requests signed with a key the STS side did not mint. */
function signedWithOtherKeys(e: Emulator): string[] {
  const minted = new Set(e.stsCalls.map(call => call.accessKeyId))
  return e.requests
    .filter(request => request.service === 'vod' && !minted.has(request.accessKeyId))
    .map(request => `${request.action} ${request.accessKeyId}`)
}

describe('role-to-assume', () => {
  it('uploads through sessions that expire several times during the run: renewed each time, with a fresh OIDC token, no file failed', async () => {
    for (let i = 0; i < 30; i++) await ws().write(`shots/${String(i).padStart(2, '0')}.png`, png(8, 8, i + 1))
    // Besides the real expiries, VOD says the session expired on every 6th CreateUploadImage: renewed at once, the call sent again.
    // Never right after an Expired answer (one file at a time: the next CreateUploadImage is that call's one retry, with a fresh
    // session, which a real VOD accepts).
    const afterExpired = (): boolean =>
      emulator().requests.findLast(request => request.action === 'CreateUploadImage')?.code === 'InvalidSecurityToken.Expired'
    emulator().setFaults({
      vod: {
        rule: ctx => (ctx.action === 'CreateUploadImage' && ctx.requestNumber % 6 === 0 && !afterExpired() ? 'expiredToken' : undefined)
      }
    })

    const run = await runWithRole({ concurrency: '1' })

    expect(run.exitCode).toBe(0)
    expect([run.outputs['uploaded-count'], run.outputs['failed-count']]).toEqual(['30', '0'])
    expect(imagesOf(run).every(image => image.status === 'uploaded')).toBe(true)
    const calls = emulator().stsCalls
    expect(calls.length).toBeGreaterThanOrEqual(4)
    expect(calls.every(call => call.status === 200 && call.roleSessionName === 'gh-docs-site' && call.durationSeconds === '3600')).toBe(
      true
    )
    expect(emulator().idTokenRequests.map(request => [request.audience, request.status])).toEqual(
      calls.map(() => ['sts.aliyuncs.com', 200])
    )
    expect(emulator().requests.filter(request => request.code === 'InvalidSecurityToken.Expired').length).toBeGreaterThan(0)
    // Each session was new, and every VOD request was signed with one the STS side minted: none with a key of its own.
    expect(new Set(calls.map(call => call.accessKeyId)).size).toBe(calls.length)
    expect(signedWithOtherKeys(emulator())).toEqual([])
    expect(leakedSecrets(run, emulator())).toEqual([])
  })

  it('retries a call whose session really ended (no fault injected) with a new session: VOD answered Expired, the retry succeeded', async () => {
    for (let i = 0; i < 30; i++) await ws().write(`shots/${String(i).padStart(2, '0')}.png`, png(8, 8, i + 1))
    // Sessions of 1 s are renewed no sooner than MIN_RENEWAL_INTERVAL_MS (10 s) after the last: the
    // run outlives each before renewing it, and VOD refuses the key on the emulator's clock.
    const run = await runWithRole({ concurrency: '1' })

    expect(run.exitCode).toBe(0)
    expect([run.outputs['uploaded-count'], run.outputs['failed-count']]).toEqual(['30', '0'])
    const creates = emulator().requests.filter(request => request.action === 'CreateUploadImage')
    const expired = creates.flatMap((request, index) => (request.code === 'InvalidSecurityToken.Expired' ? [index] : []))
    expect(expired.length).toBeGreaterThan(0)
    expect(emulator().requests.every(request => request.fault === undefined)).toBe(true)
    for (const index of expired) {
      // One call at a time: the next CreateUploadImage is the retry of the refused one.
      const [refused, retry] = [creates[index], creates[index + 1]]
      expect(retry.status).toBe(200)
      expect(retry.accessKeyId).not.toBe(refused.accessKeyId)
    }
    expect(emulator().stsCalls.length).toBeGreaterThan(1)
    expect(signedWithOtherKeys(emulator())).toEqual([])
    expect(leakedSecrets(run, emulator())).toEqual([])
  })

  it.each<[string, Record<string, string>, string]>([
    [
      'an unknown role',
      { 'role-to-assume': 'acs:ram::1234567890123456:role/nope' },
      'EntityNotExist.Role (HTTP 404): the account has no such RAM role: check role-to-assume'
    ],
    [
      'an audience the provider does not list',
      { audience: 'https://github.com/octo-org' },
      "AuthenticationFail.OIDCToken.AudienceNotMatch (HTTP 401): the OIDC token's audience is not a Client ID of the OIDC provider: set audience to"
    ],
    [
      "a duration over the role's maximum",
      { 'role-duration-seconds': '7200' },
      "InvalidParameter.DurationSeconds (HTTP 400): the session would outlast the role's maximum session duration: lower role-duration-seconds"
    ],
    [
      'an unknown OIDC provider',
      { 'oidc-provider-arn': 'acs:ram::1234567890123456:oidc-provider/nope' },
      'AuthenticationFail.NoPermission (HTTP 401): the OIDC provider is not registered'
    ]
  ])('fails before any upload on %s, naming the input to fix', async (_name, inputs, message) => {
    await ws().write('shots/a.png', png(8, 8, 1))
    const run = await runWithRole(inputs)
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain(`::error::No credentials for role-to-assume: AssumeRoleWithOIDC failed: ${message}`)
    expect(emulator().stsCalls).toHaveLength(1)
    expect(createCalls(emulator())).toBe(0)
    expect(emulator().idTokenRequests.map(request => request.status)).toEqual([200])
    expect(leakedSecrets(run, emulator())).toEqual([])
  })

  it('fails before any upload when the runner refuses the OIDC token request', async () => {
    await ws().write('shots/a.png', png(8, 8, 1))
    const env = { ...emulator().idTokenEnv(), ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'not-the-request-token' }
    const run = await runWithRole({}, env)
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain(
      '::error::No credentials for role-to-assume: GetIDToken failed: IdTokenUnavailable: the runner did not hand out an OIDC token'
    )
    // Transient, as any failure of the token endpoint: asked again retries (3) times before the run fails.
    expect(emulator().idTokenRequests.map(request => request.status)).toEqual([401, 401, 401, 401])
    expect([emulator().stsCalls.length, createCalls(emulator())]).toEqual([0, 0])
    expect(leakedSecrets(run, emulator())).toEqual([])
  })

  it('fails before any request when the job may not ask for an OIDC token', async () => {
    await ws().write('shots/a.png', png(8, 8, 1))
    const run = await runWithRole({}, {})
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain('needs an OIDC token from the runner, and this job may not ask for one')
    expect(run.stdout).toContain('add `permissions: id-token: write` to the job')
    expect([emulator().idTokenRequests.length, emulator().stsCalls.length, emulator().requests.length]).toEqual([0, 0, 0])
  })
})
