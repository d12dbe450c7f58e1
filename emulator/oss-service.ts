/** The OSS endpoint: routes a request, plays faults, authenticates it, runs the object operation. */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { regionOfBucket, type EmulatorConfig } from './config.js'
import { ServiceFault } from './errors.js'
import { asServiceFault, Exchange, type ServiceRuntime } from './exchange.js'
import type { FaultInjector } from './faults.js'
import { discardBody, send } from './http-io.js'
import { ossRequestId } from './ids.js'
import { authenticateOss, parseAuthorization } from './oss-auth.js'
import { OSS_OPERATIONS, type OssAnswer } from './oss-objects.js'
import { parseOssTarget, type OssTarget } from './oss-request.js'
import { xmlDocument } from './oss-xml.js'
import { validAuthKey } from './url-signing.js'

interface OssServiceDeps {
  runtime: Omit<ServiceRuntime, 'service' | 'renderError'>
  config: EmulatorConfig
  buckets: ReadonlySet<string>
  faults: () => FaultInjector
  ossEndpoint: () => string
}

const SERVER_HEADERS = { Server: 'AliyunOSS' }

function ossRuntime(deps: OssServiceDeps): ServiceRuntime {
  const hostId = `${deps.config.bucket}.oss-${deps.config.region}.aliyuncs.com`
  return { ...deps.runtime, service: 'oss', renderError: (exchange, error) => renderOssError(exchange.req, exchange.res, error, hostId) }
}

/** The XML error; an answer to HEAD has no body, so it also goes Base64 in `x-oss-err`, as OSS does. */
function renderOssError(req: IncomingMessage, res: ServerResponse, error: ServiceFault, hostId: string): void {
  const requestId = ossRequestId()
  const xml = xmlDocument('Error', {
    Code: error.code,
    Message: error.message,
    RequestId: error.requestId ?? requestId,
    HostId: hostId,
    ...error.details
  })
  const headers: Record<string, string> = { ...SERVER_HEADERS, 'Content-Type': 'application/xml', 'x-oss-request-id': requestId }
  if (req.method === 'HEAD') headers['x-oss-err'] = Buffer.from(xml, 'utf8').toString('base64')
  send(res, error.status, headers, xml)
}

function sendAnswer(res: ServerResponse, answer: OssAnswer): void {
  send(res, answer.status, { ...SERVER_HEADERS, ...answer.headers, 'x-oss-request-id': ossRequestId() }, answer.body ?? '')
}

export function createOssHandler(deps: OssServiceDeps) {
  const runtime = ossRuntime(deps)
  const { records } = deps.runtime
  return async (req: IncomingMessage, res: ServerResponse, requestNumber: number): Promise<void> => {
    const exchange = new Exchange(runtime, req, res)
    let target: OssTarget
    try {
      target = parseOssTarget(req)
    } catch (error) {
      await discardBody(req)
      return exchange.answerError(asServiceFault(error))
    }
    exchange.record.ossOperation = target.operation
    const signature = signatureVersionOf(req.headers.authorization)
    if (signature) exchange.record.signature = signature
    exchange.record.contentMd5 = req.headers['content-md5'] !== undefined
    const image = records.imageForObject(target.bucket, target.key)
    if (image) exchange.record.imageId = image.imageId
    const fault = deps.faults().decide({
      service: 'oss',
      method: exchange.record.method,
      bucket: target.bucket,
      key: target.key,
      query: target.query,
      ...(image && { image }),
      requestNumber
    })
    if (fault) return exchange.injectFault(fault, deps.faults().answer)
    try {
      const answer = await runOperation(req, target, deps)
      await deps.runtime.delays.wait(deps.runtime.latencyMs())
      sendAnswer(res, answer)
      exchange.log(answer.status)
    } catch (error) {
      await discardBody(req)
      await exchange.answerError(asServiceFault(error))
    }
  }
}

function signatureVersionOf(authorization: string | undefined): 'v1' | 'v4' | undefined {
  if (authorization?.startsWith('OSS4-HMAC-SHA256 ')) return 'v4'
  return authorization?.startsWith('OSS ') ? 'v1' : undefined
}

async function runOperation(req: IncomingMessage, target: OssTarget, deps: OssServiceDeps): Promise<OssAnswer> {
  if (!deps.buckets.has(target.bucket)) throw new ServiceFault(404, 'NoSuchBucket', 'The specified bucket does not exist.')
  if (target.operation === 'Unsupported') {
    throw new ServiceFault(501, 'NotImplemented', 'The emulator serves object put, get, head and multipart upload only.')
  }
  const now = deps.runtime.clock()
  authorize(req, target, deps, now)
  const operation = OSS_OPERATIONS[target.operation]
  return operation({
    req,
    target,
    records: deps.runtime.records,
    now,
    ossEndpoint: deps.ossEndpoint(),
    maxObjectBytes: deps.config.maxObjectBytes
  })
}

/** Objects are public-read: anonymous GET and HEAD pass; anything else needs the object's credential. */
function authorize(req: IncomingMessage, target: OssTarget, deps: OssServiceDeps, now: number): void {
  const method = req.method ?? 'GET'
  const authorization = parseAuthorization(req.headers.authorization)
  if (authorization) {
    const policy = { acceptV1: deps.config.acceptV1Signatures, regionOf: (bucket: string) => regionOfBucket(deps.config, bucket) }
    authenticateOss({ method, headers: req.headers, target, authorization }, deps.runtime.records, now, policy)
    return
  }
  if (method !== 'GET' && method !== 'HEAD') {
    throw new ServiceFault(403, 'AccessDenied', 'You have no right to access this object because of bucket acl.')
  }
  const signing = deps.config.urlSigning
  if (signing && deps.runtime.records.imageForObject(target.bucket, target.key)) {
    const path = new URL(req.url ?? '/', 'http://emulator').pathname
    if (!validAuthKey(path, target.query.auth_key, { key: signing.key, nowMs: now })) {
      throw new ServiceFault(403, 'AccessDenied', 'URL signing is on: the auth_key is missing, wrong or expired.')
    }
  }
}
