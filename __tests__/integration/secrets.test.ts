/** No credential shows anywhere a run prints or writes, whatever goes wrong. */
import { describe, expect, it } from '@jest/globals'
import type { FaultKind } from '../../emulator/index.js'
import { png } from '../../testkit/images.js'
import { runInProcess, useEmulator, useWorkspace, imagesOf, FAST_BACKOFF } from '../helpers/action.js'

// Real secrets hold + / = and so change when percent-encoded: the scans look for those forms too,
// built here independently of the action's own list.
function encodedForms(value: string): string[] {
  const upper = (text: string): string => text.replace(/%[0-9a-f]{2}/gi, escape => escape.toUpperCase())
  const lower = (text: string): string => text.replace(/%[0-9a-f]{2}/gi, escape => escape.toLowerCase())
  const once = encodeURIComponent(value)
  const forms = [
    value,
    once,
    encodeURIComponent(once),
    new URLSearchParams({ v: value }).toString().slice(2),
    Buffer.from(value).toString('base64')
  ]
  return [...new Set(forms.flatMap(form => [upper(form), lower(form)]))]
}

const STS_KEY = { id: 'STS.runner+KeyId', secret: 'runner+key/secret=value', securityToken: 'CAIS+runner/security=token+value==' }
const EVERY_FAULT: FaultKind[] = [
  'http503',
  'internalError',
  'throttle',
  'html502',
  'reset',
  'hang',
  'expiredToken',
  'accessDenied',
  'skewed'
]

const emulator = useEmulator({ accessKeys: [STS_KEY] })
const ws = useWorkspace()

/** The n-th image gets fault n on its first request of each kind; a few deletions fail for good. */
function faultsOfEveryKind(): void {
  const seen = new Set<string>()
  const firstTime = (key: string): boolean => !seen.has(key) && seen.add(key) !== undefined
  const faultFor = (title: string | undefined): FaultKind | undefined =>
    title === undefined ? undefined : EVERY_FAULT[Number(title) % EVERY_FAULT.length]
  emulator().setFaults({
    oss: { rule: ctx => (firstTime(`oss:${ctx.image?.imageId}`) ? faultFor(ctx.image?.title) : undefined) },
    vod: {
      rule: ctx => {
        if (ctx.action === 'DeleteImage') return ctx.requestNumber % 3 === 0 ? 'accessDenied' : 'http503'
        return ctx.requestNumber <= EVERY_FAULT.length ? EVERY_FAULT[ctx.requestNumber - 1] : undefined
      }
    }
  })
  emulator().setExpiredCredentials(image => image.title === '4' && firstTime('expired:4'))
}

describe('secrets', () => {
  it('appear nowhere the run printed or wrote, through faults of every kind with step debug on', async () => {
    for (let i = 0; i < 18; i++) await ws().write(`shots/${i}.png`, png(8, 8, i + 1))
    faultsOfEveryKind()
    const result = await runInProcess(
      {
        workspace: ws().dir,
        inputs: {
          path: 'shots/*.png',
          endpoint: emulator().vodEndpoint,
          'upload-hosts': new URL(emulator().ossEndpoint).host,
          'access-key-id': STS_KEY.id,
          'access-key-secret': STS_KEY.secret,
          'security-token': STS_KEY.securityToken,
          timeout: '1',
          retries: '2'
        },
        env: { ACTIONS_STEP_DEBUG: 'true', RUNNER_DEBUG: '1' }
      },
      { backoff: FAST_BACKOFF }
    )
    expect(result.exitCode).toBe(1)
    expect(
      emulator()
        .requests.filter(r => r.fault)
        .map(r => r.fault)
    ).toEqual(expect.arrayContaining(EVERY_FAULT))

    const secrets = [STS_KEY.id, STS_KEY.secret, STS_KEY.securityToken, ...emulator().issuedSecrets()].flatMap(encodedForms)
    expect(emulator().issuedSecrets().length).toBeGreaterThanOrEqual(emulator().images.size * 3)
    const visible = result.visible()
    expect(visible).toContain('::debug::')
    expect(secrets.filter(secret => visible.includes(secret))).toEqual([])

    const masked = result.stdout
      .split('\n')
      .filter(line => line.startsWith('::add-mask::'))
      .map(line => line.slice('::add-mask::'.length))
    expect(masked).toEqual(expect.arrayContaining([STS_KEY.id, STS_KEY.secret, STS_KEY.securityToken]))
    // Each image's key secret and token are masked before anything could print them: two commands per image.
    const issued = [...emulator().images.values()].map(record => record.credential)
    expect(masked).toEqual(expect.arrayContaining(issued.flatMap(credential => [credential.accessKeySecret, credential.securityToken])))
    const longLived = [STS_KEY.id, STS_KEY.secret, STS_KEY.securityToken].flatMap(encodedForms)
    // The command escapes % as %25: compare the values the runner reads.
    const unescaped = masked.map(value => value.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%'))
    expect(unescaped.filter(value => !longLived.includes(value)).length).toBeLessThanOrEqual(2 * issued.length)
  })

  it('do not show when VOD echoes the string to sign on SignatureDoesNotMatch', async () => {
    await ws().write('shots/a.png', png())
    const wrongSecret = 'wrong+secret/value='
    const result = await runInProcess({
      workspace: ws().dir,
      inputs: {
        path: 'shots/*.png',
        endpoint: emulator().vodEndpoint,
        'access-key-id': STS_KEY.id,
        'access-key-secret': wrongSecret,
        'security-token': STS_KEY.securityToken
      }
    })
    const [image] = imagesOf(result)
    expect(image.error).toMatchObject({
      code: 'SignatureDoesNotMatch',
      message: 'Specified signature is not matched with our calculation.'
    })
    const visible = result.visible()
    expect([STS_KEY.securityToken, wrongSecret].flatMap(encodedForms).filter(form => visible.includes(form))).toEqual([])
    expect(visible).not.toMatch(/string to sign/i)
  })

  it.each([
    ['the access-key-secret input', { 'access-key-secret': 'input+secret/value=' }, {}],
    ['ALIBABA_CLOUD_ACCESS_KEY_SECRET', {}, { ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'env+secret/value=' }],
    [
      'ALICLOUD_SECURITY_TOKEN, unused beside an access-key-id input',
      { 'access-key-id': STS_KEY.id },
      { ALICLOUD_SECURITY_TOKEN: 'unused+token=' }
    ]
  ])('do not show when an input error quotes a value that is %s', async (_source, credentialInputs, env) => {
    const secret = [...Object.values(credentialInputs), ...Object.values(env)].find(value => value !== STS_KEY.id) as string
    const result = await runInProcess({
      workspace: ws().dir,
      inputs: { path: 'shots/*.png', endpoint: emulator().vodEndpoint, ...credentialInputs, concurrency: secret },
      env
    })
    expect(result.exitCode).toBe(1)
    expect(emulator().requests).toEqual([])
    expect(result.visible()).toMatch(/concurrency.*got "\*\*\*"/)
    expect(encodedForms(secret).filter(form => result.visible().includes(form))).toEqual([])
  })

  it.each([
    ['requests-per-second, which compares it lowercased', 'requests-per-second'],
    ["user-data, whose JSON error quotes the value's first characters", 'user-data']
  ])('do not show, even in part, when pasted into %s', async (_name, input) => {
    const secret = 'AbCdEfGhIjKlMnOpQrStUvWx0123'
    const result = await runInProcess({
      workspace: ws().dir,
      inputs: {
        path: 'shots/*.png',
        endpoint: emulator().vodEndpoint,
        'access-key-id': STS_KEY.id,
        'access-key-secret': secret,
        [input]: secret
      }
    })
    expect(result.exitCode).toBe(1)
    expect(result.visible()).toContain(`Input "${input}"`)
    const pieces = [secret.toLowerCase(), secret.slice(0, 10), secret.slice(0, 8)]
    expect(pieces.filter(piece => result.visible().includes(piece))).toEqual([])
  })
})
