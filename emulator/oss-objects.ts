/** The OSS object operations: simple put, get/head, and multipart upload. */
import { createHash } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import { ServiceFault } from './errors.js'
import { headerValue, readBody, type ReceivedBody } from './http-io.js'
import { hex32 } from './ids.js'
import type { OssOperation, OssTarget } from './oss-request.js'
import { parseCompleteMultipartUpload, xmlDocument, type CompletedPart } from './oss-xml.js'
import type { MultipartUpload, Records, UploadedPart } from './records.js'
import type { StoredObject } from './types.js'

const MIN_PART_BYTES = 100 * 1024
const MAX_PART_NUMBER = 10_000
const MAX_COMPLETE_BODY_BYTES = 4 * 1024 * 1024

export interface OssAnswer {
  status: number
  headers: Record<string, string | number>
  body?: string | Buffer
}

interface OssOperationContext {
  req: IncomingMessage
  target: OssTarget
  records: Records
  now: number
  ossEndpoint: string
  maxObjectBytes: number
}

type Operation = (ctx: OssOperationContext) => Promise<OssAnswer>

export const OSS_OPERATIONS: Readonly<Record<Exclude<OssOperation, 'Unsupported'>, Operation>> = {
  PutObject: putObject,
  // Node sends no body in an answer to HEAD, so both are one operation.
  GetObject: ctx => Promise.resolve(readObject(ctx)),
  HeadObject: ctx => Promise.resolve(readObject(ctx)),
  InitiateMultipartUpload: ctx => Promise.resolve(initiateMultipartUpload(ctx)),
  UploadPart: uploadPart,
  CompleteMultipartUpload: completeMultipartUpload,
  AbortMultipartUpload: ctx => Promise.resolve(abortMultipartUpload(ctx))
}

function md5(body: Buffer): Buffer {
  return createHash('md5').update(body).digest()
}

function quoted(etag: string): string {
  return `"${etag}"`
}

/** Refuses what a client may not do on the emulator before its body is read. */
function refuseUnsupportedHeaders(req: IncomingMessage): void {
  if (headerValue(req, 'x-oss-callback') !== undefined) {
    throw new ServiceFault(501, 'NotImplemented', 'The emulator does not make upload callbacks (x-oss-callback).')
  }
}

async function receiveBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = declaredLength(req)
  if (declared !== undefined && declared > maxBytes) throw entityTooLarge()
  const received = await readBody(req, maxBytes)
  if (received.overLimit) throw entityTooLarge()
  checkReceivedLength(received, declared)
  verifyContentMd5(headerValue(req, 'content-md5'), received.body)
  return received.body
}

function declaredLength(req: IncomingMessage): number | undefined {
  const header = headerValue(req, 'content-length')
  return header === undefined ? undefined : Number(header)
}

function checkReceivedLength(received: ReceivedBody, declared: number | undefined): void {
  if (!received.complete || (declared !== undefined && declared !== received.bytes)) {
    throw new ServiceFault(400, 'IncompleteBody', 'You did not provide the number of bytes specified by the Content-Length HTTP header.')
  }
}

function entityTooLarge(): ServiceFault {
  return new ServiceFault(400, 'EntityTooLarge', 'Your proposed upload exceeds the maximum allowed size.')
}

/** Content-MD5 is the Base64 of the MD5 of the body. */
function verifyContentMd5(header: string | undefined, body: Buffer): void {
  if (header === undefined) return
  if (header !== md5(body).toString('base64')) {
    throw new ServiceFault(400, 'InvalidDigest', 'The Content-MD5 you specified is not valid.')
  }
}

function refuseOverwrite(ctx: OssOperationContext): void {
  const forbidden = headerValue(ctx.req, 'x-oss-forbid-overwrite')?.toLowerCase() === 'true'
  if (forbidden && ctx.records.getObject(ctx.target.bucket, ctx.target.key)) {
    throw new ServiceFault(409, 'FileAlreadyExists', 'The object you specified already exists and can not be overwritten.')
  }
}

function contentTypeOf(req: IncomingMessage): { contentType?: string } {
  const contentType = req.headers['content-type']
  return contentType === undefined ? {} : { contentType }
}

async function putObject(ctx: OssOperationContext): Promise<OssAnswer> {
  refuseUnsupportedHeaders(ctx.req)
  const body = await receiveBody(ctx.req, ctx.maxObjectBytes)
  refuseOverwrite(ctx)
  const digest = md5(body)
  const object: StoredObject = {
    bucket: ctx.target.bucket,
    key: ctx.target.key,
    body,
    ...contentTypeOf(ctx.req),
    contentMd5Sent: headerValue(ctx.req, 'content-md5') !== undefined,
    etag: digest.toString('hex').toUpperCase(),
    multipart: false,
    uploadedAt: ctx.now
  }
  ctx.records.putObject(object)
  return { status: 200, headers: { ETag: quoted(object.etag), 'Content-MD5': digest.toString('base64') } }
}

function readObject(ctx: OssOperationContext): OssAnswer {
  const object = ctx.records.getObject(ctx.target.bucket, ctx.target.key)
  if (!object) throw new ServiceFault(404, 'NoSuchKey', 'The specified key does not exist.')
  const headers = {
    'Content-Type': object.contentType ?? 'application/octet-stream',
    ETag: quoted(object.etag),
    'Last-Modified': new Date(object.uploadedAt).toUTCString(),
    'x-oss-object-type': object.multipart ? 'Multipart' : 'Normal'
  }
  return { status: 200, headers, body: object.body }
}

function initiateMultipartUpload(ctx: OssOperationContext): OssAnswer {
  refuseUnsupportedHeaders(ctx.req)
  const upload: MultipartUpload = {
    uploadId: hex32().toUpperCase(),
    bucket: ctx.target.bucket,
    key: ctx.target.key,
    ...contentTypeOf(ctx.req),
    parts: new Map()
  }
  ctx.records.multipartUploads.set(upload.uploadId, upload)
  const fields = { Bucket: upload.bucket, Key: upload.key, UploadId: upload.uploadId }
  return xmlAnswer(200, 'InitiateMultipartUploadResult', fields)
}

function xmlAnswer(status: number, root: string, fields: Record<string, string>, headers: Record<string, string> = {}): OssAnswer {
  return { status, headers: { 'Content-Type': 'application/xml', ...headers }, body: xmlDocument(root, fields) }
}

function uploadOf(ctx: OssOperationContext): MultipartUpload {
  const upload = ctx.records.multipartUploads.get(ctx.target.query.uploadId ?? '')
  if (!upload || upload.bucket !== ctx.target.bucket || upload.key !== ctx.target.key) {
    throw new ServiceFault(
      404,
      'NoSuchUpload',
      'The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.'
    )
  }
  return upload
}

function partNumberOf(ctx: OssOperationContext): number {
  const text = ctx.target.query.partNumber ?? ''
  const partNumber = /^\d+$/.test(text) ? Number(text) : Number.NaN
  if (!(partNumber >= 1 && partNumber <= MAX_PART_NUMBER)) {
    throw new ServiceFault(400, 'InvalidArgument', `Part number must be an integer between 1 and ${MAX_PART_NUMBER}, inclusive.`)
  }
  return partNumber
}

async function uploadPart(ctx: OssOperationContext): Promise<OssAnswer> {
  const upload = uploadOf(ctx)
  const partNumber = partNumberOf(ctx)
  const body = await receiveBody(ctx.req, ctx.maxObjectBytes)
  const digest = md5(body)
  const part: UploadedPart = { body, md5: digest.toString('hex').toUpperCase(), md5Sent: headerValue(ctx.req, 'content-md5') !== undefined }
  upload.parts.set(partNumber, part)
  return { status: 200, headers: { ETag: quoted(part.md5), 'Content-MD5': digest.toString('base64') } }
}

async function completeMultipartUpload(ctx: OssOperationContext): Promise<OssAnswer> {
  refuseUnsupportedHeaders(ctx.req)
  const upload = uploadOf(ctx)
  const listed = parseCompleteMultipartUpload((await receiveBody(ctx.req, MAX_COMPLETE_BODY_BYTES)).toString('utf8'))
  const parts = partsInOrder(upload, listed)
  const body = Buffer.concat(parts.map(part => part.body))
  if (body.length > ctx.maxObjectBytes) throw entityTooLarge()
  refuseOverwrite(ctx)
  const object: StoredObject = {
    bucket: upload.bucket,
    key: upload.key,
    body,
    ...(upload.contentType !== undefined && { contentType: upload.contentType }),
    contentMd5Sent: parts.every(part => part.md5Sent),
    etag: multipartEtag(parts),
    multipart: true,
    uploadedAt: ctx.now
  }
  ctx.records.putObject(object)
  ctx.records.multipartUploads.delete(upload.uploadId)
  const fields = {
    Location: `${ctx.ossEndpoint}/${object.bucket}/${object.key}`,
    Bucket: object.bucket,
    Key: object.key,
    ETag: quoted(object.etag)
  }
  return xmlAnswer(200, 'CompleteMultipartUploadResult', fields, { ETag: quoted(object.etag) })
}

/** The listed parts must be ascending, uploaded with those ETags, and all but the last at least 100 KiB. */
function partsInOrder(upload: MultipartUpload, listed: CompletedPart[]): UploadedPart[] {
  listed.forEach((part, index) => {
    const previous = listed[index - 1]
    if (previous && part.partNumber <= previous.partNumber) {
      throw new ServiceFault(400, 'InvalidPartOrder', 'The list of parts was not in ascending order.')
    }
  })
  const parts = listed.map(listedPart => {
    const part = upload.parts.get(listedPart.partNumber)
    if (!part || normalizeEtag(listedPart.etag) !== part.md5) {
      throw new ServiceFault(400, 'InvalidPart', `Part ${listedPart.partNumber} was not uploaded or its ETag does not match.`)
    }
    return part
  })
  if (parts.slice(0, -1).some(part => part.body.length < MIN_PART_BYTES)) {
    throw new ServiceFault(400, 'EntityTooSmall', 'Your proposed upload is smaller than the minimum allowed size.')
  }
  return parts
}

function normalizeEtag(etag: string): string {
  return etag.replace(/^"|"$/g, '').toUpperCase()
}

/** Like OSS: the MD5 of the parts' binary MD5s, then `-<part count>`. */
function multipartEtag(parts: UploadedPart[]): string {
  const digests = Buffer.concat(parts.map(part => Buffer.from(part.md5, 'hex')))
  return `${md5(digests).toString('hex').toUpperCase()}-${parts.length}`
}

function abortMultipartUpload(ctx: OssOperationContext): OssAnswer {
  const upload = uploadOf(ctx)
  ctx.records.multipartUploads.delete(upload.uploadId)
  return { status: 204, headers: {} }
}
