/**
 * The upload queue: the planned images go through their FileUpload (file-upload.ts) `concurrency`
 * at a time. A permanent failure ends only its own file; the breaker keeps queued files from
 * starting once a service is known not to answer. Each file ends as a FileResult.
 */
import { whenAborted } from './cancellation.js'
import { mapConcurrent, type FileFailure } from '../shared/index.js'
import type { UploadServices } from '../services/index.js'
import type { UploadTask } from '../plan/index.js'
import { failedResult, type FileResult } from './results.js'
import type { PipelineEvents, PipelineOptions } from './pipeline-options.js'
import { Breaker } from './breaker.js'
import { FileUpload } from './file-upload.js'

export async function uploadAll(
  tasks: readonly UploadTask[],
  services: UploadServices,
  events: PipelineEvents,
  options: PipelineOptions
): Promise<FileResult[]> {
  const uploads = new Map<number, FileUpload>()
  const finished = new Map<number, FileResult>()
  // With retries, one file that never got an answer through every attempt is evidence enough.
  const breaker = new Breaker(options.backoff.retries > 0 ? 1 : 2)
  const pool = mapConcurrent(
    tasks,
    options.concurrency,
    async (task, index) => {
      const upload = new FileUpload(task, services, events, options, breaker)
      uploads.set(index, upload)
      const result = await upload.run()
      finished.set(index, result)
      // Only unfinished uploads are needed (at the deadline): a finished one lets its ticket go.
      uploads.delete(index)
      events.finished(result)
    },
    () => !options.signal?.aborted && !breaker.reason
  )
  // At the deadline the run stops waiting: what is unfinished is reported as it stands.
  await (options.deadline ? Promise.race([pool, whenAborted(options.deadline)]) : pool)
  return tasks.map((task, index) => finished.get(index) ?? uploads.get(index)?.interrupted() ?? notStarted(task, breaker.reason))
}

function notStarted(task: UploadTask, breakerReason: string | undefined): FileResult {
  const error: FileFailure = breakerReason
    ? { stage: 'queued', code: 'NotAttempted', message: breakerReason }
    : { stage: 'queued', code: 'Cancelled', message: 'the run was cancelled before this file started' }
  return { ...failedResult(task), error }
}
