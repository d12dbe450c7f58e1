/**
 * The upload queue against a fake port: never more files at once than the concurrency, results in
 * task order, one failure ending only its own file, a cancel starting nothing new, the breaker
 * keeping queued files from starting, and the deadline reporting unfinished files as they stand.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import type { UploadServices } from '../../src/services/port.js'
import type { UploadTask } from '../../src/plan/plan.js'
import { uploadAll } from '../../src/upload/pipeline.js'
import type { PipelineOptions } from '../../src/upload/pipeline-options.js'
import {
  deferred,
  failures,
  fakeUpload,
  imageFolder,
  instantBackoff,
  pipelineOptions,
  recordedEvents,
  ticketId
} from '../helpers/fake-upload.js'

let folder: Awaited<ReturnType<typeof imageFolder>>
beforeEach(async () => {
  folder = await imageFolder()
})
afterEach(() => folder.remove())

async function images(count: number): Promise<UploadTask[]> {
  return Promise.all(Array.from({ length: count }, (_, i) => folder.image(`${i + 1}.png`, 10 + i)))
}

/** Lets the event loop turn (real file reads) until the condition holds. */
async function until(condition: () => boolean): Promise<void> {
  for (let turns = 0; !condition(); turns++) {
    if (turns > 10_000) throw new Error('the condition never held')
    await new Promise(resolve => setImmediate(resolve))
  }
}

const NOT_STARTED = { stage: 'queued', code: 'Cancelled', message: 'the run was cancelled before this file started' }

describe('uploadAll', () => {
  it.each([1, 3, 8])('never has more than %i files under way, and reaches that many', async concurrency => {
    const tasks = await images(12)
    const events = recordedEvents()
    const started = new Set<string>()
    const running = (): number => started.size - events.finishedResults.length
    const held: Array<() => void> = []
    const base = fakeUpload({
      put: Array.from({ length: 12 }, () => () => new Promise(resolve => held.push(() => resolve({}))))
    })
    let mostRunning = 0
    const checkBound = (): void => {
      mostRunning = Math.max(mostRunning, running())
      expect(running()).toBeLessThanOrEqual(concurrency)
    }
    const services: UploadServices = {
      ...base,
      createUploadImage: params => {
        started.add(params.Title ?? '')
        checkBound()
        return base.createUploadImage(params)
      },
      putObject: (...args) => {
        checkBound()
        return base.putObject(...args)
      }
    }
    const all = uploadAll(tasks, services, events, pipelineOptions({ concurrency }))
    for (let released = 0; released < 12; released++) {
      await until(() => held.length > 0 && held.length >= Math.min(concurrency, 12 - released))
      held.shift()?.()
    }
    const results = await all
    expect(results.map(result => result.status)).toEqual(tasks.map(() => 'uploaded'))
    expect(mostRunning).toBe(concurrency)
  })

  it('gives the results in task order, whatever order the files finish in; each file is reported once as it finishes', async () => {
    const tasks = await images(3)
    const gates = [deferred<object>(), deferred<object>(), deferred<object>()]
    const services = fakeUpload({ put: gates.map(gate => () => gate.promise) })
    const events = recordedEvents()
    const all = uploadAll(tasks, services, events, pipelineOptions({ concurrency: 3 }))
    await until(() => services.puts.length === 3)
    const byImage = new Map(services.puts.map((put, i) => [put.imageId, gates[i]]))
    for (const n of [3, 1, 2]) {
      const imageId = services.puts.find(put => put.object.bytes === 9 + n)?.imageId ?? ''
      byImage.get(imageId)?.resolve({})
      await until(() => events.finishedResults.length === [3, 1, 2].indexOf(n) + 1)
    }
    const results = await all
    expect(results.map(result => result.file)).toEqual(tasks.map(task => task.file))
    expect(events.finishedResults.map(result => result.file.relativePath)).toEqual(['shots/3.png', 'shots/1.png', 'shots/2.png'])
    expect(results.map(result => result.status)).toEqual(['uploaded', 'uploaded', 'uploaded'])
  })

  it('a file that fails ends alone: the others go on', async () => {
    const tasks = await images(4)
    const services = fakeUpload({ create: [undefined, failures.permanent()] })
    const results = await uploadAll(tasks, services, recordedEvents(), pipelineOptions({ concurrency: 1 }))
    expect(results.map(result => result.status)).toEqual(['uploaded', 'failed', 'uploaded', 'uploaded'])
    expect(results[1].error).toMatchObject({ stage: 'create', code: 'InvalidParameter' })
    expect(results.map(result => result.imageId)).toEqual([ticketId(1), undefined, ticketId(3), ticketId(4)])
  })

  it('a cancel starts no new file: the ones not started are reported so', async () => {
    const tasks = await images(3)
    const controller = new AbortController()
    const cancelDuringPut = async () => {
      controller.abort()
      return {}
    }
    const services = fakeUpload({ put: [cancelDuringPut] })
    const events = recordedEvents()
    const results = await uploadAll(tasks, services, events, pipelineOptions({ concurrency: 1, signal: controller.signal }))
    expect(results[0]).toMatchObject({ status: 'uploaded', imageId: ticketId(1) })
    expect(results.slice(1).map(result => result.error)).toEqual([NOT_STARTED, NOT_STARTED])
    expect(results.slice(1).map(result => result.status)).toEqual(['failed', 'failed'])
    expect(services.calls).toEqual(['CreateUploadImage', 'PutObject'])
    expect(events.finishedResults).toHaveLength(1)
  })

  it('cancelled before it starts: nothing is called', async () => {
    const tasks = await images(2)
    const services = fakeUpload()
    const results = await uploadAll(tasks, services, recordedEvents(), pipelineOptions({ signal: AbortSignal.abort() }))
    expect(results.map(result => result.error)).toEqual([NOT_STARTED, NOT_STARTED])
    expect(services.calls).toEqual([])
  })

  it.each([
    ['with retries, one file without an answer opens it', 1, 1],
    ['without retries, two files without an answer open it', 0, 2]
  ])('the breaker: %s, and the files still queued do not start', async (_name, retries, failedFiles) => {
    const tasks = await images(4)
    const services = fakeUpload({ create: Array.from({ length: 10 }, () => failures.noAnswer()) })
    const options: Partial<PipelineOptions> = { concurrency: 1, backoff: instantBackoff(retries) }
    const results = await uploadAll(tasks, services, recordedEvents(), pipelineOptions(options))
    const reason = `not attempted: VOD gave no answer to shots/${failedFiles}.png (RequestTimeout) after every retry`
    expect(results.slice(0, failedFiles).map(result => result.error?.code)).toEqual(Array(failedFiles).fill('RequestTimeout'))
    expect(results.slice(failedFiles).map(result => result.error)).toEqual(
      Array(4 - failedFiles).fill({ stage: 'queued', code: 'NotAttempted', message: reason })
    )
    expect(services.creates).toHaveLength(failedFiles * (retries + 1))
  })

  it('the breaker: a refusal keeps every queued file from starting', async () => {
    const tasks = await images(3)
    const services = fakeUpload({ create: [failures.refused()] })
    const results = await uploadAll(tasks, services, recordedEvents(), pipelineOptions({ concurrency: 1 }))
    expect(results[0].refused).toMatchObject({ refusal: 'permission' })
    expect(results.slice(1).map(result => result.error?.code)).toEqual(['NotAttempted', 'NotAttempted'])
    expect(services.calls).toEqual(['CreateUploadImage'])
  })

  it('at the deadline it stops waiting: a file in flight is reported with the ImageId it holds, the rest as not started', async () => {
    const tasks = await images(3)
    const signal = new AbortController()
    const deadline = new AbortController()
    const never = deferred<object>()
    const services = fakeUpload({ put: [undefined, () => never.promise] })
    const events = recordedEvents()
    const all = uploadAll(tasks, services, events, pipelineOptions({ concurrency: 1, signal: signal.signal, deadline: deadline.signal }))
    await until(() => services.puts.length === 2)
    signal.abort()
    deadline.abort()
    const results = await all
    expect(results[0]).toMatchObject({ status: 'uploaded', imageId: ticketId(1), orphanedImageIds: [] })
    expect(results[1]).toMatchObject({
      status: 'failed',
      orphanedImageIds: [ticketId(2)],
      error: { stage: 'upload', code: 'Cancelled', message: 'the run was cancelled and had to stop before this file finished' }
    })
    expect(results[2].error).toEqual(NOT_STARTED)
    expect(events.finishedResults).toHaveLength(1)
  })
})
