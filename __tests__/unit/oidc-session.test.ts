import { describe, expect, it } from '@jest/globals'
import {
  MIN_RENEWAL_INTERVAL_MS,
  OidcSession,
  RENEWAL_BACKOFF_MS,
  renewalMargin,
  STILL_USABLE_MS
} from '../../src/services/oidc-session.js'
import { ServiceError } from '../../src/shared/errors.js'
import type { AssumedRole } from '../../src/services/sts-client.js'
import { rejectionOf } from '../helpers/rejection.js'

/** A fake STS and token endpoint on a fake clock: each assume mints keys numbered in order, living lifetimeMs. */
function fakeRole(lifetimeMs = 3_600_000, stillUsableMs?: number) {
  const clock = { time: 1_000_000 }
  const events: string[] = []
  let tokens = 0
  let sessions = 0
  const pending: Array<() => void> = []
  const fake = {
    clock,
    events,
    /** When true, each assume waits until release() is called. */
    hold: false,
    failNext: undefined as Error | undefined,
    /** When set, every assume fails with it. */
    failing: undefined as Error | undefined,
    /** The debug lines of renewals that failed while the session went on. */
    debugLines: [] as string[],
    release: () => pending.splice(0).forEach(resume => resume()),
    session: new OidcSession({
      now: () => clock.time,
      fetchIdToken: () => Promise.resolve(`jwt-${++tokens}`),
      assume: async (token): Promise<AssumedRole> => {
        events.push(`assume with ${token}`)
        if (fake.hold) await new Promise<void>(resolve => pending.push(resolve))
        if (fake.failing) throw fake.failing
        if (fake.failNext) {
          const error = fake.failNext
          fake.failNext = undefined
          throw error
        }
        const n = ++sessions
        return { credentials: { accessKeyId: `STS.id${n}`, accessKeySecret: `secret${n}`, securityToken: `token${n}` }, lifetimeMs }
      },
      secret: (...values) => events.push(`secret ${values.join(' ')}`),
      renewalFailed: message => fake.debugLines.push(message),
      ...(stillUsableMs !== undefined && { stillUsableMs })
    })
  }
  return fake
}

const settle = async (): Promise<void> => {
  for (let i = 0; i < 20; i++) await Promise.resolve()
}

describe('OidcSession', () => {
  it('assumes the role with a fresh OIDC token, registering the token and each credential as secrets before handing them out', async () => {
    const role = fakeRole()
    const credentials = await role.session.current()
    expect(credentials).toEqual({ accessKeyId: 'STS.id1', accessKeySecret: 'secret1', securityToken: 'token1' })
    expect(role.events).toEqual(['secret jwt-1', 'assume with jwt-1', 'secret STS.id1 secret1 token1'])
  })

  it.each([
    ['an hour', 3_600_000, 300_000, 3_300_000],
    ['15 minutes', 900_000, 180_000, 720_000],
    ['20 seconds', 20_000, 4_000, 16_000],
    ['2 seconds (a test): not before the minimum interval', 2_000, 400, MIN_RENEWAL_INTERVAL_MS],
    ['1 ms (a broken answer): not before the minimum interval', 1, 0.2, MIN_RENEWAL_INTERVAL_MS]
  ])('renews a session of %s a margin before its end, with a new token', async (_name, lifetimeMs, margin, renewsAfter) => {
    expect(renewalMargin(lifetimeMs)).toBe(margin)
    const role = fakeRole(lifetimeMs)
    const first = await role.session.current()
    role.clock.time += renewsAfter - 1
    expect(await role.session.current()).toBe(first)
    role.clock.time += 1
    expect((await role.session.current()).accessKeyId).toBe('STS.id2')
    expect(role.events.filter(event => event.startsWith('assume'))).toEqual(['assume with jwt-1', 'assume with jwt-2'])
  })

  it('makes one AssumeRoleWithOIDC call for many calls that need a session at once', async () => {
    const role = fakeRole()
    role.hold = true
    const calls = Array.from({ length: 10 }, () => role.session.current())
    await settle()
    role.release()
    const credentials = await Promise.all(calls)
    expect(new Set(credentials.map(c => c.accessKeyId))).toEqual(new Set(['STS.id1']))
    expect(role.events.filter(event => event.startsWith('assume'))).toHaveLength(1)
  })

  it('renews once after VOD found the session expired, however many calls signed with it say so', async () => {
    const role = fakeRole()
    const used = await role.session.current()
    role.hold = true
    const reports = Array.from({ length: 5 }, () => role.session.renewAfterExpired(used))
    await settle()
    role.hold = false
    role.release()
    expect(await Promise.all(reports)).toEqual([true, true, true, true, true])
    // A report that comes after the renewal, about the old session, starts none.
    expect(await role.session.renewAfterExpired(used)).toBe(true)
    expect((await role.session.current()).accessKeyId).toBe('STS.id2')
    expect(role.events.filter(event => event.startsWith('assume'))).toEqual(['assume with jwt-1', 'assume with jwt-2'])
    // The renewed session expiring too renews again.
    expect(await role.session.renewAfterExpired(await role.session.current())).toBe(true)
    expect((await role.session.current()).accessKeyId).toBe('STS.id3')
  })

  it('passes a failed assume on to the calls waiting for it, and tries again on the next call', async () => {
    const role = fakeRole()
    role.failNext = new Error('STS refused')
    expect((await rejectionOf(role.session.current())).message).toBe('STS refused')
    expect((await role.session.current()).accessKeyId).toBe('STS.id1')
  })

  it('keeps a session whose early renewal failed while it has time left: one debug line, no secret, the next try after a pause', async () => {
    const role = fakeRole(3_600_000)
    const first = await role.session.current()
    role.clock.time += 3_300_000
    role.failing = new ServiceError({
      service: 'sts',
      api: 'AssumeRoleWithOIDC',
      code: 'ServiceUnavailable',
      status: 503,
      detail: 'busy',
      kind: 'transient'
    })
    const calls = await Promise.all(Array.from({ length: 5 }, () => role.session.current()))
    expect(calls.every(credentials => credentials === first)).toBe(true)
    expect(role.debugLines).toEqual([
      'renewing the role session failed (AssumeRoleWithOIDC failed: ServiceUnavailable (HTTP 503)): the session in use goes on (300 s left)'
    ])
    const assumes = (): number => role.events.filter(event => event.startsWith('assume')).length
    expect(assumes()).toBe(2)
    role.clock.time += RENEWAL_BACKOFF_MS - 1
    expect(await role.session.current()).toBe(first)
    expect(assumes()).toBe(2)
    role.failing = undefined
    role.clock.time += 1
    expect((await role.session.current()).accessKeyId).toBe('STS.id2')
    expect(assumes()).toBe(3)
  })

  it('fails the calls once a renewal fails with too little of the session left, and while none was ever had', async () => {
    const role = fakeRole(3_600_000)
    role.failing = new Error('token endpoint down')
    expect((await rejectionOf(role.session.current())).message).toBe('token endpoint down')
    role.failing = undefined
    const first = await role.session.current()
    role.failing = new Error('token endpoint down')
    role.clock.time += 3_600_000 - STILL_USABLE_MS
    expect(await role.session.current()).toBe(first)
    role.clock.time += 1
    expect(await role.session.current()).toBe(first)
    role.clock.time += RENEWAL_BACKOFF_MS
    expect((await rejectionOf(role.session.current())).message).toBe('token endpoint down')
    expect(role.debugLines).toHaveLength(1)
    expect(role.debugLines.join('\n')).not.toMatch(/secret|token1|jwt/)
  })

  it("keeps the session after a failed renewal only while a request's timeout still fits in it (stillUsableMs)", async () => {
    const role = fakeRole(3_600_000, 120_000)
    const first = await role.session.current()
    role.failing = new Error('token endpoint down')
    role.clock.time += 3_600_000 - 120_000
    expect(await role.session.current()).toBe(first)
    role.clock.time += RENEWAL_BACKOFF_MS
    // 110 s left: more than STILL_USABLE_MS, less than a 120 s request timeout.
    expect((await rejectionOf(role.session.current())).message).toBe('token endpoint down')
  })

  it('does not renew on every call when STS gives a tiny lifetime', async () => {
    const role = fakeRole(1)
    await role.session.current()
    for (let i = 0; i < 50; i++) {
      role.clock.time += 100
      await role.session.current()
    }
    // 5 s on the clock: within the minimum interval, the one session is handed out; VOD saying it expired renews it (renewAfterExpired).
    expect(role.events.filter(event => event.startsWith('assume'))).toHaveLength(1)
  })
})

describe('OidcSession: the debug line of a failed renewal, and renewals under way', () => {
  const renewalFailureLine = async (error: unknown): Promise<string | undefined> => {
    const role = fakeRole(3_600_000)
    await role.session.current()
    role.clock.time += 3_300_000 + 400
    role.failing = error as Error
    await role.session.current()
    return role.debugLines[0]
  }

  it.each<[string, unknown, string]>([
    [
      'a ServiceError without a status',
      new ServiceError({ service: 'sts', api: 'GetIDToken', code: 'IdTokenUnavailable', detail: 'jwt-secret', kind: 'transient' }),
      'GetIDToken failed: IdTokenUnavailable'
    ],
    ['another Error: its name only', Object.assign(new Error('secret1 in the message'), { name: 'FetchError' }), 'FetchError'],
    ['not an Error', 'secret1', 'unknown error']
  ])('names %s, never its message', async (_name, error, named) => {
    expect(await renewalFailureLine(error)).toBe(`renewing the role session failed (${named}): the session in use goes on (300 s left)`)
  })

  it('rounds the seconds left', async () => {
    const role = fakeRole(3_600_000)
    await role.session.current()
    role.clock.time += 3_300_000 + 1_600
    role.failing = new Error('down')
    await role.session.current()
    expect(role.debugLines[0]).toContain('(298 s left)')
  })

  it('hands out the last of a session while a renewal fails, and fails the calls once it has ended', async () => {
    const role = fakeRole(3_600_000, 1_000)
    const first = await role.session.current()
    role.failing = new Error('down')
    role.clock.time += 3_600_000 - 5_000
    expect(await role.session.current()).toBe(first)
    role.clock.time += 4_999
    expect(await role.session.current()).toBe(first)
    role.clock.time += 1
    expect((await rejectionOf(role.session.current())).message).toBe('down')
  })

  it('a report of an expired session while a renewal is under way waits for it and starts no other', async () => {
    const role = fakeRole()
    const used = await role.session.current()
    role.clock.time += 3_300_000
    role.hold = true
    const renewing = role.session.current()
    await settle()
    const report = role.session.renewAfterExpired(used)
    role.release()
    expect(await report).toBe(true)
    expect((await renewing).accessKeyId).toBe('STS.id2')
    expect(role.events.filter(event => event.startsWith('assume'))).toHaveLength(2)
  })

  it('a report before any session assumes one', async () => {
    const role = fakeRole()
    expect(await role.session.renewAfterExpired({ accessKeyId: 'x', accessKeySecret: 'y' })).toBe(true)
    expect(role.events.filter(event => event.startsWith('assume'))).toEqual(['assume with jwt-1'])
  })
})

describe('OidcSession without a debug log', () => {
  it('keeps the session after a failed renewal all the same', async () => {
    let time = 0
    let fail = false
    const session = new OidcSession({
      now: () => time,
      fetchIdToken: () => Promise.resolve('jwt'),
      assume: () =>
        fail
          ? Promise.reject(new Error('down'))
          : Promise.resolve({ credentials: { accessKeyId: 'STS.id', accessKeySecret: 's', securityToken: 't' }, lifetimeMs: 3_600_000 }),
      secret: () => undefined
    })
    const first = await session.current()
    fail = true
    time = 3_300_000
    expect(await session.current()).toBe(first)
  })
})
