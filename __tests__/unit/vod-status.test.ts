/**
 * VOD's status of the new images: GetImageInfos in batches of 20 while the uploads go on, the images
 * still Uploading asked again a bounded number of times, UploadFail failing its file (deleted, or
 * orphaned), a failed lookup failing no file. A fake port and a fake clock: no real wait, no timing.
 */
import { describe, expect, it } from '@jest/globals'
import { CancelledError, ServiceError } from '../../src/shared/errors.js'
import type { ImageFile } from '../../src/files/find.js'
import type { ImageInfos } from '../../src/services/port.js'
import type { FileResult } from '../../src/upload/results.js'
import { StatusLookup, withVodStatus, type StatusReport } from '../../src/upload/vod-status.js'
import { lookupWarning } from '../../src/report/messages.js'
import { FakeClock, settle } from '../helpers/fake-clock.js'

const idOf = (n: number): string => n.toString(16).padStart(32, '0')

function uploaded(n: number, status: FileResult['status'] = 'uploaded'): FileResult {
  const file = { relativePath: `shots/${n}.png`, bytes: 10, format: 'png' } as ImageFile
  return {
    file,
    status,
    title: `${n}`,
    tags: [],
    imageId: status === 'failed' ? undefined : idOf(n),
    imageUrl: `https://img.example.com/${n}.png`,
    fileUrl: `https://oss.example.com/${n}.png`,
    orphanedImageIds: [],
    unansweredCreates: 0,
    throttledCalls: 0
  }
}

/** A fake GetImageInfos: each id's Status from statusOf (called once per question), URL signed-looking; every call recorded. */
function fakeLookup(statusOf: (id: string, asked: number) => string | undefined = () => 'Normal') {
  const calls: string[][] = []
  const asked = new Map<string, number>()
  const lookup = async (ids: readonly string[]): Promise<ImageInfos> => {
    calls.push([...ids])
    const infos = ids.flatMap(id => {
      const times = (asked.get(id) ?? 0) + 1
      asked.set(id, times)
      const status = statusOf(id, times)
      return status === undefined
        ? []
        : [{ imageId: id, tags: [], title: '', status, url: `https://cdn.example.com/${id}.png?auth_key=1-0-0-x`, appId: '' }]
    })
    return { infos, nonExistImageIds: ids.filter(id => statusOf(id, asked.get(id) ?? 0) === undefined) }
  }
  return { calls, lookup }
}

const FORBIDDEN = new ServiceError({
  service: 'vod',
  api: 'GetImageInfos',
  code: 'Forbidden.RAM',
  status: 403,
  detail: 'no',
  kind: 'permanent'
})

describe('StatusLookup', () => {
  it('asks 20 ImageIds a call as soon as 20 wait, while the uploads go on; the rest after a short wait', async () => {
    const clock = new FakeClock()
    const { calls, lookup } = fakeLookup()
    const statuses = new StatusLookup({ lookup, clock, timing: { batchWaitMs: 500 } })
    for (let n = 1; n <= 45; n++) statuses.add(uploaded(n))
    await settle()
    expect(calls.map(ids => ids.length)).toEqual([20, 20])
    await clock.advance(499)
    expect(calls).toHaveLength(2)
    await clock.advance(1)
    expect(calls.map(ids => ids.length)).toEqual([20, 20, 5])
    const report = await statuses.finish()
    expect(calls).toHaveLength(3)
    expect(report.states.size).toBe(45)
    expect(report.states.get(idOf(45))).toEqual({
      vodStatus: 'Normal',
      previewUrl: `https://cdn.example.com/${idOf(45)}.png?auth_key=1-0-0-x`
    })
    expect(report.failure).toBeUndefined()
  })

  it('by default waits for 20 or for the end of the uploads, never for a clock: the same requests in the same order every run', async () => {
    const clock = new FakeClock()
    const { calls, lookup } = fakeLookup()
    const statuses = new StatusLookup({ lookup, clock })
    for (let n = 1; n <= 25; n++) statuses.add(uploaded(n))
    await clock.advance(3_600_000)
    expect(calls.map(ids => ids.length)).toEqual([20])
    await statuses.finish()
    expect(calls.map(ids => ids.length)).toEqual([20, 5])
  })

  it('has one lookup in flight at a time, the next batch sent when it is answered', async () => {
    const answers: Array<() => void> = []
    const calls: string[][] = []
    const statuses = new StatusLookup({
      lookup: ids => {
        calls.push([...ids])
        return new Promise(resolve => answers.push(() => resolve({ infos: [], nonExistImageIds: [...ids] })))
      },
      clock: new FakeClock()
    })
    for (let n = 1; n <= 40; n++) statuses.add(uploaded(n))
    await settle()
    expect(calls).toHaveLength(1)
    answers[0]()
    await settle()
    expect(calls).toHaveLength(2)
    answers[1]()
    await statuses.finish()
  })

  it('sends what waits at once when the uploads are over, without waiting for the timer', async () => {
    const clock = new FakeClock()
    const { calls, lookup } = fakeLookup()
    const statuses = new StatusLookup({ lookup, clock })
    for (let n = 1; n <= 3; n++) statuses.add(uploaded(n))
    const report = await statuses.finish()
    expect(calls).toEqual([[idOf(1), idOf(2), idOf(3)]])
    expect([...report.states.values()].map(state => state.vodStatus)).toEqual(['Normal', 'Normal', 'Normal'])
  })

  it('asks only about new images: not unchanged, failed or repeated ones', async () => {
    const { calls, lookup } = fakeLookup()
    const statuses = new StatusLookup({ lookup, clock: new FakeClock() })
    statuses.add(uploaded(1, 'skipped'))
    statuses.add(uploaded(2, 'failed'))
    statuses.add(uploaded(3))
    statuses.add(uploaded(3))
    await statuses.finish()
    expect(calls).toEqual([[idOf(3)]])
  })

  const previewOf = (n: number): string => `https://cdn.example.com/${idOf(n)}.png?auth_key=1-0-0-x`

  it.each<[string, (id: string, asked: number) => string | undefined, number, string, string | undefined]>([
    ['Normal at once: asked once', () => 'Normal', 1, 'Normal', previewOf(1)],
    ['Uploading, then Normal: asked until Normal', (_id, asked) => (asked < 3 ? 'Uploading' : 'Normal'), 3, 'Normal', previewOf(1)],
    [
      'Uploading throughout: asked 1 + 3 times (waits 1, 1.5, 2.25 s: 4.75 s in all), then reported Uploading',
      () => 'Uploading',
      4,
      'Uploading',
      previewOf(1)
    ],
    ['UploadFail: final at once', () => 'UploadFail', 1, 'UploadFail', previewOf(1)],
    ['a Status VOD does not document: unknown', () => 'Transcoding', 1, 'unknown', previewOf(1)],
    ['in NonExistImageIds: unknown, with no preview', () => undefined, 1, 'unknown', undefined]
  ])('%s', async (_name, statusOf, questions, vodStatus, previewUrl) => {
    const clock = new FakeClock()
    const { calls, lookup } = fakeLookup(statusOf)
    const statuses = new StatusLookup({ lookup, clock, timing: { finalRecheckMs: 1000, finalWaitCapMs: 4750 } })
    statuses.add(uploaded(1))
    const finished = statuses.finish()
    await clock.advance(60_000)
    const report = await finished
    expect(calls).toHaveLength(questions)
    expect(report.states.get(idOf(1))).toEqual({ vodStatus, ...(previewUrl && { previewUrl }) })
  })

  it('re-asks the images still Uploading after each wait, 20 a call, and only those', async () => {
    const clock = new FakeClock()
    const stillUploading = new Set([idOf(2), idOf(30)])
    const { calls, lookup } = fakeLookup(id => (stillUploading.has(id) ? 'Uploading' : 'Normal'))
    const statuses = new StatusLookup({ lookup, clock, timing: { finalRecheckMs: 1000, finalWaitCapMs: 1000 } })
    for (let n = 1; n <= 30; n++) statuses.add(uploaded(n))
    const finished = statuses.finish()
    await clock.advance(999)
    expect(calls.map(ids => ids.length)).toEqual([20, 10])
    await clock.advance(1)
    const report = await finished
    expect(calls.slice(2)).toEqual([[idOf(2), idOf(30)]])
    expect(report.states.get(idOf(30))?.vodStatus).toBe('Uploading')
  })

  it('while the uploads go on, an image said Uploading joins a later batch after recheckAfterMs, the wait doubling each time', async () => {
    const clock = new FakeClock()
    const { calls, lookup } = fakeLookup((id, asked) => (id === idOf(1) && asked < 3 ? 'Uploading' : 'Normal'))
    const statuses = new StatusLookup({ lookup, clock, timing: { recheckAfterMs: 1000, recheckMaxMs: 8000 } })
    let next = 1
    const addMore = async (count: number): Promise<void> => {
      for (const end = next + count; next < end; next++) statuses.add(uploaded(next))
      await settle()
    }
    await addMore(20)
    await clock.advance(999)
    await addMore(20)
    expect(calls[1]).not.toContain(idOf(1))
    await clock.advance(1)
    await addMore(19)
    expect(calls[2]).toEqual([idOf(1), ...Array.from({ length: 19 }, (_, i) => idOf(41 + i))])
    await clock.advance(1999)
    await addMore(20)
    expect(calls[3]).not.toContain(idOf(1))
    await clock.advance(1)
    await addMore(19)
    expect(calls[4]).toContain(idOf(1))
    const report = await statuses.finish()
    expect(calls).toHaveLength(5)
    expect(report.states.get(idOf(1))?.vodStatus).toBe('Normal')
  })

  it('at the end re-asks after 250 ms, each wait half as long again, and waits 3 s in all at most by default', async () => {
    const clock = new FakeClock()
    const { calls, lookup } = fakeLookup(() => 'Uploading')
    const statuses = new StatusLookup({ lookup, clock })
    statuses.add(uploaded(1))
    let report: StatusReport | undefined
    const finished = statuses.finish().then(done => (report = done))
    const asked: number[] = []
    for (const wait of [0, 250, 375, 563, 845, 967]) {
      await clock.advance(wait)
      asked.push(calls.length)
    }
    expect(asked).toEqual([1, 2, 3, 4, 5, 6])
    expect(report?.states.get(idOf(1))?.vodStatus).toBe('Uploading')
    await finished
  })

  /** Twenty images still Uploading, after the first lookup: the wait before the next one is under way. */
  async function waitingToAskAgain(finishFirst: boolean) {
    const clock = new FakeClock()
    const cancel = new AbortController()
    const { calls, lookup } = fakeLookup(() => 'Uploading')
    const statuses = new StatusLookup({ lookup, clock, signal: cancel.signal })
    for (let n = 1; n <= 20; n++) statuses.add(uploaded(n))
    const finished = { report: undefined as StatusReport | undefined }
    if (finishFirst) void statuses.finish().then(done => (finished.report = done))
    await settle()
    expect(calls).toHaveLength(1)
    expect(clock.pendingSleeps).toBe(1)
    return { clock, cancel, calls, statuses, finished }
  }

  it('a cancel during the wait at the end: finish() ends at once with the images Uploading, and no further lookup', async () => {
    const { clock, cancel, calls, finished } = await waitingToAskAgain(true)
    cancel.abort()
    await settle()
    expect(clock.pendingSleeps).toBe(0)
    expect(finished.report?.states.get(idOf(1))?.vodStatus).toBe('Uploading')
    await clock.advance(60_000)
    expect(calls).toHaveLength(1)
    expect(finished.report?.states.size).toBe(20)
  })

  it('a cancel during a wait while the uploads go on: no further lookup', async () => {
    const { clock, cancel, calls, statuses } = await waitingToAskAgain(false)
    cancel.abort()
    await settle()
    const report = await statuses.finish()
    await clock.advance(60_000)
    expect(calls).toHaveLength(1)
    expect(report.states.size).toBe(20)
  })

  it('after a failed lookup asks nothing more: those images are unknown, and the run gets one warning naming the RAM action', async () => {
    const clock = new FakeClock()
    const calls: string[][] = []
    const statuses = new StatusLookup({
      lookup: ids => {
        calls.push([...ids])
        return Promise.reject(FORBIDDEN)
      },
      clock
    })
    for (let n = 1; n <= 40; n++) statuses.add(uploaded(n))
    await settle()
    for (let n = 41; n <= 45; n++) statuses.add(uploaded(n))
    const report = await statuses.finish()
    expect(calls.map(ids => ids.length)).toEqual([20])
    expect(new Set([...report.states.values()].map(state => state.vodStatus))).toEqual(new Set(['unknown']))
    expect(report.failure).toBe(FORBIDDEN)
    const warning = lookupWarning(report)
    expect(warning).toContain('vod:GetImageInfos')
    expect(warning).toContain('Forbidden.RAM')
    const results = await withVodStatus([uploaded(1)], report, () => Promise.reject(new Error('not called')))
    expect(results[0]).toMatchObject({ status: 'uploaded', imageId: idOf(1), vodStatus: 'unknown' })
    expect(results[0].previewUrl).toBeUndefined()
  })

  const failure = (code: string, status?: number): ServiceError =>
    new ServiceError({ service: 'vod', api: 'GetImageInfos', code, status, requestId: 'REQ-1', detail: 'no', kind: 'permanent' })

  it.each<[string, unknown, string[], boolean]>([
    [
      'Forbidden.RAM, HTTP 403: the permission',
      failure('Forbidden.RAM', 403),
      ['refused (Forbidden.RAM, HTTP 403, request id REQ-1)'],
      true
    ],
    [
      'a NoPermission code without a status: the permission',
      failure('NoPermission.Image'),
      ['refused (NoPermission.Image, request id REQ-1)'],
      true
    ],
    ['a Forbidden code without a status: the permission', failure('Forbidden.RAM'), ['refused (Forbidden.RAM, request id REQ-1)'], true],
    [
      'no status, no request id',
      new ServiceError({ service: 'vod', api: 'GetImageInfos', code: 'InternalError', detail: 'no', kind: 'transient' }),
      ['GetImageInfos failed (InternalError): '],
      false
    ],
    ['HTTP 403 with another code: the permission', failure('AccessDenied', 403), ['AccessDenied, HTTP 403'], true],
    [
      'throttled: the code and request id, no permission',
      failure('Throttling.User', 503),
      ['failed (Throttling.User, HTTP 503, request id REQ-1)'],
      false
    ],
    ['a server error: the code, no permission', failure('InternalError', 500), ['failed (InternalError, HTTP 500'], false],
    ['not from VOD: no permission', new Error('socket hang up'), ['failed (an unexpected error)'], false]
  ])('the lookup warning for %s', (_name, error, says, namesPermission) => {
    const warning = lookupWarning({ states: new Map(), failure: error }) ?? ''
    for (const text of says) expect(warning).toContain(text)
    expect(warning).toContain('No file failed for this')
    expect(warning.includes('vod:GetImageInfos')).toBe(namesPermission)
    expect(warning).not.toContain('socket hang up')
  })

  it('no warning when every lookup worked', () => {
    expect(lookupWarning({ states: new Map() })).toBeUndefined()
  })
})

describe('withVodStatus', () => {
  const report = (states: Record<string, string>): StatusReport => ({
    states: new Map(
      Object.entries(states).map(([id, vodStatus]) => [
        id,
        { vodStatus: vodStatus as 'Normal', previewUrl: `https://cdn.example.com/${id}` }
      ])
    )
  })

  it('gives each new image its status and preview URL, and leaves the others as they were', async () => {
    const skipped = uploaded(3, 'skipped')
    const results = await withVodStatus([uploaded(1), uploaded(2), skipped], report({ [idOf(1)]: 'Normal', [idOf(2)]: 'Uploading' }), () =>
      Promise.reject(new Error('not called'))
    )
    expect(results[0]).toMatchObject({ status: 'uploaded', vodStatus: 'Normal', previewUrl: `https://cdn.example.com/${idOf(1)}` })
    expect(results[1]).toMatchObject({ status: 'uploaded', vodStatus: 'Uploading' })
    expect(results[2]).toBe(skipped)
  })

  it.each<[string, ((ids: readonly string[]) => Promise<void>) | 'ok', string[], string]>([
    ['deleted: the file fails, nothing is orphaned', 'ok', [], 'it was deleted'],
    [
      'the deletion fails: the file fails and its ImageId is orphaned',
      () =>
        Promise.reject(new ServiceError({ service: 'vod', api: 'DeleteImage', code: 'Forbidden.RAM', detail: 'no', kind: 'permanent' })),
      [idOf(1)],
      'deleting it failed (Forbidden.RAM): it is orphaned'
    ]
  ])('UploadFail: %s', async (_name, deleter, orphaned, fate) => {
    const deletions: string[][] = []
    const deleteImages = async (ids: readonly string[]): Promise<void> => {
      deletions.push([...ids])
      if (deleter !== 'ok') await deleter(ids)
    }
    const [result] = await withVodStatus([uploaded(1)], report({ [idOf(1)]: 'UploadFail' }), deleteImages)
    expect(deletions).toEqual([[idOf(1)]])
    expect(result).toMatchObject({ status: 'failed', vodStatus: 'UploadFail', orphanedImageIds: orphaned })
    expect(result.error).toMatchObject({ stage: 'confirm', code: 'UploadFail' })
    expect(result.error?.message).toContain(fate)
    // Not recorded as uploaded: the result names no image the manifest could keep.
    expect(result.imageId).toBeUndefined()
    expect(result.imageUrl).toBeUndefined()
  })

  it.each([
    ['a cancel', new CancelledError(), 'deleting it failed (Cancelled): it is orphaned'],
    ['an unexpected error', new TypeError('boom'), 'deleting it failed (UnexpectedError): it is orphaned']
  ])('UploadFail whose deletion ends in %s: the file says so by its code', async (_name, error, fate) => {
    const [result] = await withVodStatus([uploaded(1)], report({ [idOf(1)]: 'UploadFail' }), () => Promise.reject(error))
    expect(result.error?.message).toContain(fate)
    expect(result.error?.message).not.toContain('boom')
  })

  it('deletes nothing when no image is UploadFail', async () => {
    const deletions: string[][] = []
    await withVodStatus([uploaded(1), uploaded(2)], report({ [idOf(1)]: 'Normal', [idOf(2)]: 'Uploading' }), async ids => {
      deletions.push([...ids])
    })
    expect(deletions).toEqual([])
  })

  it('deletes the UploadFail images 20 a call', async () => {
    const ids = Array.from({ length: 45 }, (_, i) => idOf(i + 1))
    const deletions: number[] = []
    await withVodStatus(
      ids.map((_, i) => uploaded(i + 1)),
      report(Object.fromEntries(ids.map(id => [id, 'UploadFail']))),
      async batch => void deletions.push(batch.length)
    )
    expect(deletions).toEqual([20, 20, 5])
  })
})
