/**
 * The upload pipeline: for each planned image, hash it, create its VOD upload ticket, put the bytes
 * on OSS. One failing file never stops the others; each ends as a typed FileResult.
 */
import { toFileFailure, type FileFailure, type Stage } from './errors.js'
import type { ImageFile } from './files.js'
import { digestFile, type FileDigest } from './hash.js'
import type { LocalObject, PutResult } from './oss-upload.js'
import type { UploadTask, CreateUploadImageParams } from './plan.js'
import { mapConcurrent } from './pool.js'
import type { UploadTicket } from './vod-client.js'

export type FileStatus = 'uploaded' | 'failed'

export interface FileResult {
  file: ImageFile
  status: FileStatus
  title: string
  tags: string[]
  sha256?: string
  imageId?: string
  imageUrl?: string
  fileUrl?: string
  error?: FileFailure
  /** An ImageId that could not be deleted after its upload failed. */
  orphanedImageId?: string
}

export interface UploadServices {
  createUploadImage(params: CreateUploadImageParams): Promise<UploadTicket>
  deleteImages(imageIds: readonly string[]): Promise<void>
  putObject(ticket: UploadTicket, object: LocalObject): Promise<PutResult>
  digest?(file: ImageFile): Promise<FileDigest>
}

export interface PipelineEvents {
  /** A credential arrived: mask it before anything could print it. */
  secret(...values: string[]): void
  /** One image is done, either way. */
  finished(result: FileResult): void
  debug(message: string): void
}

export async function uploadAll(
  tasks: readonly UploadTask[],
  services: UploadServices,
  events: PipelineEvents,
  concurrency: number
): Promise<FileResult[]> {
  return mapConcurrent(tasks, concurrency, async task => {
    const result = await uploadOne(task, services, events)
    events.finished(result)
    return result
  })
}

class StageError extends Error {
  constructor(
    readonly stage: Stage,
    readonly reason: unknown
  ) {
    super(stage)
  }
}

async function stage<T>(name: Stage, action: () => Promise<T>): Promise<T> {
  try {
    return await action()
  } catch (error) {
    throw new StageError(name, error)
  }
}

async function uploadOne(task: UploadTask, services: UploadServices, events: PipelineEvents): Promise<FileResult> {
  const base: FileResult = { file: task.file, status: 'failed', title: task.title, tags: task.tags }
  let ticket: UploadTicket | undefined
  try {
    const digest = await stage('read', () => (services.digest ?? defaultDigest)(task.file))
    base.sha256 = digest.sha256Hex
    const issued = await stage('create', () => services.createUploadImage(task.params))
    ticket = issued
    events.secret(issued.auth.accessKeySecret, issued.auth.securityToken, ...issued.rawSecrets)
    events.debug(`${task.file.relativePath}: ImageId ${issued.imageId}, object ${issued.address.bucket}/${issued.address.fileName}, RequestId ${issued.requestId}`)
    const put = await stage('upload', () => services.putObject(issued, { absolutePath: task.file.absolutePath, md5Base64: digest.md5Base64 }))
    events.debug(`${task.file.relativePath}: stored, OSS RequestId ${put.requestId ?? 'none'}`)
    return { ...base, status: 'uploaded', imageId: issued.imageId, imageUrl: issued.imageUrl, fileUrl: issued.fileUrl }
  } catch (error) {
    if (!(error instanceof StageError)) throw error
    const failed: FileResult = { ...base, error: toFileFailure(error.stage, error.reason) }
    if (ticket) await abandon(ticket.imageId, services, failed, events)
    return failed
  }
}

/** Deletes an ImageId whose bytes never arrived, so a failed file leaves nothing in VOD. */
async function abandon(imageId: string, services: UploadServices, result: FileResult, events: PipelineEvents): Promise<void> {
  try {
    await services.deleteImages([imageId])
    events.debug(`${result.file.relativePath}: deleted the unfinished ImageId ${imageId}`)
  } catch (error) {
    result.orphanedImageId = imageId
    const failure = toFileFailure('delete', error)
    events.debug(`${result.file.relativePath}: could not delete ImageId ${imageId}: ${failure.code} ${failure.message}`)
  }
}

function defaultDigest(file: ImageFile): Promise<FileDigest> {
  return digestFile(file.absolutePath, file.relativePath)
}
