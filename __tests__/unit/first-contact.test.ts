/** A service's first contact: the waiting note, the shorter first wait, one retry, and what counts as an answer. Fake timers only. */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { ServiceError, type Service } from '../../src/shared/errors.js'
import { FirstContact } from '../../src/services/first-contact.js'
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
