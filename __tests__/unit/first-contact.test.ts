/** A service's first contact: the waiting note, the shorter first wait, one retry, and what counts as an answer. Fake timers only. */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { ServiceError, type Service } from '../../src/shared/errors.js'
import { FIRST_CONTACT, FirstContact, firstContacts } from '../../src/services/first-contact.js'
import { rejectionOf } from '../helpers/rejection.js'

const TIMING = { noteAfterMs: 5_000, firstAnswerMs: 15_000, tries: 2 }
const URL = 'https://vod.cn-shanghai.aliyuncs.com'

function contact(service: Service = 'vod'): { contact: FirstContact; said: string[] } {
  const said: string[] = []
  const made = new FirstContact({
    service,
    timeoutMs: 60_000,
    timing: TIMING,
    shortFirstWait: service !== 'oss',
    say: line => said.push(line)
  })
  return { contact: made, said }
}

const timeout = (service: Service = 'vod'): ServiceError =>
  new ServiceError({ service, api: 'CreateUploadImage', code: 'RequestTimeout', detail: 'no answer before the timeout', kind: 'transient' })

const refused = new ServiceError({
  service: 'vod',
  api: 'CreateUploadImage',
  code: 'Forbidden.RAM',
  status: 403,
  detail: 'no',
  kind: 'permanent'
})

/** A request that stays in flight until answer() is called. */
function pending<T>(): { promise: Promise<T>; answer: (value: T) => void } {
  let answer!: (value: T) => void
  const promise = new Promise<T>(resolve => {
    answer = resolve
  })
  return { promise, answer }
}

beforeEach(() => {
  jest.useFakeTimers()
})
afterEach(() => {
  jest.useRealTimers()
})

describe('FirstContact', () => {
  it('says once, after noteAfterMs, what it waits for and where; never per request', async () => {
    const { contact: vod, said } = contact()
    const requests = [pending<string>(), pending<string>()]
    const watched = requests.map(request => vod.watch(URL, () => request.promise))
    jest.advanceTimersByTime(4_999)
    expect(said).toEqual([])
    jest.advanceTimersByTime(1)
    expect(said).toHaveLength(1)
    expect(said[0]).toContain(`Waiting for VOD at ${URL}: no answer yet after 5 s (each request may take up to 60 s, input timeout`)
    jest.advanceTimersByTime(60_000)
    expect(said).toHaveLength(1)
    requests.forEach(request => request.answer('ok'))
    await Promise.all(watched)
  })

  it('says nothing when the answer comes first, and then waits the full timeout', async () => {
    const { contact: vod, said } = contact()
    expect(vod.timeoutMs()).toBe(15_000)
    await vod.watch(URL, async () => 'ok')
    jest.advanceTimersByTime(10_000)
    expect(said).toEqual([])
    expect(vod.timeoutMs()).toBe(60_000)
    expect(vod.hasAnswered).toBe(true)
  })

  it('retries the first unanswered timeout (naming the endpoint) and gives up on the second, as a service not reached', async () => {
    const { contact: vod } = contact()
    const first = await rejectionOf(vod.watch(URL, () => Promise.reject(timeout())))
    expect(first).toMatchObject({ kind: 'transient', reach: undefined })
    expect((first as ServiceError).detail).toBe(`${URL} accepted the connection but sent no answer within 15 s`)
    const second = await rejectionOf(vod.watch(URL, () => Promise.reject(timeout())))
    expect(second).toMatchObject({ kind: 'permanent', reach: 'no-answer', code: 'RequestTimeout' })
  })

  it('counts an error answer as an answer: later timeouts stay transient, with the full timeout', async () => {
    const { contact: vod } = contact()
    await rejectionOf(vod.watch(URL, () => Promise.reject(refused)))
    expect(vod.hasAnswered).toBe(true)
    for (let i = 0; i < 3; i++)
      expect(await rejectionOf(vod.watch(URL, () => Promise.reject(timeout())))).toMatchObject({ kind: 'transient', reach: undefined })
    expect(vod.timeoutMs()).toBe(60_000)
  })

  it("leaves another service's failure to that service (STS's timeout inside a VOD call)", async () => {
    const { contact: vod } = contact()
    for (let i = 0; i < 3; i++)
      expect(await rejectionOf(vod.watch(URL, () => Promise.reject(timeout('sts'))))).toMatchObject({ kind: 'transient' })
    expect(vod.hasAnswered).toBe(false)
  })

  it('keeps the full timeout for OSS, whose requests carry the bytes, but still stops after the second unanswered one', async () => {
    const { contact: oss } = contact('oss')
    expect(oss.timeoutMs()).toBe(60_000)
    await rejectionOf(oss.watch(URL, () => Promise.reject(timeout('oss'))))
    expect(await rejectionOf(oss.watch(URL, () => Promise.reject(timeout('oss'))))).toMatchObject({ reach: 'no-answer' })
  })
})

describe('FirstContact: the note, the counting and the three services', () => {
  it('notes only once in the run, even when a later request waits again', async () => {
    const { contact: vod, said } = contact()
    const first = pending<string>()
    const watched = vod.watch(URL, () => first.promise)
    jest.advanceTimersByTime(5_000)
    const second = vod.watch(`${URL}/second`, () => new Promise<string>(() => undefined))
    jest.advanceTimersByTime(60_000)
    expect(said).toHaveLength(1)
    first.answer('ok')
    await watched
    void second
  })

  it('notes nothing when every request has failed without an answer before the note was due', async () => {
    const { contact: vod, said } = contact()
    const refusedConnection = new ServiceError({
      service: 'vod',
      api: 'CreateUploadImage',
      code: 'ECONNREFUSED',
      detail: 'refused',
      kind: 'transient',
      reach: 'connection-refused'
    })
    expect(await rejectionOf(vod.watch(URL, () => Promise.reject(refusedConnection)))).toBe(refusedConnection)
    jest.advanceTimersByTime(60_000)
    expect(said).toEqual([])
    expect(vod.hasAnswered).toBe(false)
  })

  it("does not take a proxy's refusal, though it has a status, for the service's answer", async () => {
    const { contact: vod } = contact()
    const proxyRefused = new ServiceError({
      service: 'vod',
      api: 'CreateUploadImage',
      code: 'ProxyAuthenticationRequired',
      status: 407,
      detail: 'the proxy wants credentials',
      kind: 'permanent',
      reach: 'proxy-auth'
    })
    await rejectionOf(vod.watch(URL, () => Promise.reject(proxyRefused)))
    expect(vod.hasAnswered).toBe(false)
    expect(vod.timeoutMs()).toBe(15_000)
  })

  it('names a request still waiting, not one that has failed already', async () => {
    const { contact: vod, said } = contact()
    const reset = new ServiceError({ service: 'vod', api: 'DeleteImage', code: 'ECONNRESET', detail: 'reset', kind: 'transient' })
    await rejectionOf(vod.watch(`${URL}/failed`, () => Promise.reject(reset)))
    void vod.watch(`${URL}/waiting`, () => new Promise<string>(() => undefined))
    jest.advanceTimersByTime(5_000)
    expect(said).toHaveLength(1)
    expect(said[0]).toMatch(new RegExp(`^Waiting for VOD at ${URL}/waiting: `))
  })

  it('notes nothing once disposed', () => {
    const { contact: vod, said } = contact()
    void vod.watch(URL, () => new Promise<string>(() => undefined))
    vod.dispose()
    jest.advanceTimersByTime(60_000)
    expect(said).toEqual([])
  })

  it('says the whole waiting line, with the timeout input when it is shorter than the first wait', () => {
    const said: string[] = []
    const sts = new FirstContact({ service: 'sts', timeoutMs: 8_250, timing: TIMING, shortFirstWait: true, say: line => said.push(line) })
    void sts.watch('https://sts.aliyuncs.com', () => new Promise<string>(() => undefined))
    jest.advanceTimersByTime(5_000)
    expect(said).toEqual([
      'Waiting for STS at https://sts.aliyuncs.com: no answer yet after 5 s (each request may take up to 8.3 s, input timeout; until STS first answers, a request gives up after 8.3 s and the run stops after 2 such requests).'
    ])
    expect(sts.timeoutMs()).toBe(8_250)
  })

  it('gives OSS the whole timeout in its waiting line', () => {
    const { contact: oss, said } = contact('oss')
    void oss.watch(URL, () => new Promise<string>(() => undefined))
    jest.advanceTimersByTime(5_000)
    expect(said[0]).toContain('until OSS first answers, a request gives up after 60 s and the run stops after 2 such requests')
  })

  it('says how many went unanswered when it gives up, keeping the cause and the fields', async () => {
    const { contact: vod } = contact()
    const cause = new Error('socket timeout')
    const timedOut = new ServiceError(
      {
        service: 'vod',
        api: 'GetImageInfos',
        code: 'RequestTimeout',
        requestId: 'R',
        detail: 'no answer before the timeout',
        kind: 'transient'
      },
      cause
    )
    const first = await rejectionOf<ServiceError>(vod.watch(URL, () => Promise.reject(timedOut)))
    const second = await rejectionOf<ServiceError>(vod.watch(URL, () => Promise.reject(timedOut)))
    expect(first).toMatchObject({ api: 'GetImageInfos', requestId: 'R', cause })
    expect(second).toMatchObject({
      api: 'GetImageInfos',
      requestId: 'R',
      cause,
      detail: `${URL} accepted the connection but sent no answer within 15 s (2 requests unanswered this run)`
    })
  })

  it('passes on what is not a ServiceError, counting nothing', async () => {
    const { contact: vod } = contact()
    const bug = new TypeError('bug')
    for (let i = 0; i < 3; i++) expect(await rejectionOf(vod.watch(URL, () => Promise.reject(bug)))).toBe(bug)
    expect(await rejectionOf(vod.watch(URL, () => Promise.reject(timeout())))).toMatchObject({ kind: 'transient' })
  })

  it("passes on a proxy's timeout answer, which has a status, as it is: only a request with no answer at all is unanswered", async () => {
    const { contact: vod } = contact()
    const proxyTimedOut = new ServiceError({
      service: 'vod',
      api: 'CreateUploadImage',
      code: 'RequestTimeout',
      status: 504,
      detail: 'the proxy gave up waiting',
      kind: 'transient',
      reach: 'proxy-refused'
    })
    for (let i = 0; i < 3; i++) expect(await rejectionOf(vod.watch(URL, () => Promise.reject(proxyTimedOut)))).toBe(proxyTimedOut)
  })

  it('passes on a failure that is not a timeout as it is', async () => {
    const { contact: vod } = contact()
    const reset = new ServiceError({ service: 'vod', api: 'DeleteImage', code: 'ECONNRESET', detail: 'reset', kind: 'transient' })
    for (let i = 0; i < 3; i++) expect(await rejectionOf(vod.watch(URL, () => Promise.reject(reset)))).toBe(reset)
  })
})

describe('firstContacts', () => {
  it('makes one contact per service: VOD and STS wait less at first, OSS the whole timeout', () => {
    const said: string[] = []
    const contacts = firstContacts(TIMING, { timeoutMs: 60_000, say: line => said.push(line) })
    expect(Object.keys(contacts).sort()).toEqual(['oss', 'sts', 'vod'])
    expect([contacts.vod.timeoutMs(), contacts.sts.timeoutMs(), contacts.oss.timeoutMs()]).toEqual([15_000, 15_000, 60_000])
    for (const service of ['vod', 'oss', 'sts'] as const) void contacts[service].watch(URL, () => new Promise<string>(() => undefined))
    jest.advanceTimersByTime(5_000)
    expect(said.map(line => line.split(' at ')[0])).toEqual(['Waiting for VOD', 'Waiting for OSS', 'Waiting for STS'])
    expect(FIRST_CONTACT).toEqual({ noteAfterMs: 5_000, firstAnswerMs: 15_000, tries: 2 })
  })
})
