/** The VOD RPC endpoint: parses a request, plays faults, authenticates, runs the action, answers JSON. */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { EmulatorConfig } from './config.js'
import { ServiceFault } from './errors.js'
import { asServiceFault, Exchange, type ServiceRuntime } from './exchange.js'
import type { FaultInjector } from './faults.js'
import type { FlowGate } from './flow-control.js'
import { readBody, send } from './http-io.js'
import { vodRequestId } from './ids.js'
import type { AccessKey, ImageRecord, UploadAuthField } from './types.js'
import { VOD_ACTIONS, imageConcerned, type ActionContext } from './vod-actions.js'
import { authenticateRpcRequest } from './vod-auth.js'
import { authenticateV3Request, isV3Request } from './vod-auth-v3.js'
import { parseAcs3Authorization } from './rpc-signature-v3.js'

const MAX_BODY_BYTES = 1024 * 1024

interface VodServiceDeps {
  runtime: Omit<ServiceRuntime, 'service' | 'renderError'>
  config: EmulatorConfig
  faults: () => FaultInjector
  /** Flow control comes before faults and authentication: a call over the limit is not looked at. */
  flow?: FlowGate
  ossEndpoint: () => string
  credentialExpired: (image: ImageRecord) => boolean
  /** The UploadAuth fields to leave out (none unless a test asks). */
  uploadAuthOmits?: () => readonly UploadAuthField[]
  /** Keys the STS side minted, accepted besides the configured ones until they expire. */
  stsKeys?: () => readonly AccessKey[]
}

function vodRuntime(deps: VodServiceDeps): ServiceRuntime {
  const hostId = `vod.${deps.config.region}.aliyuncs.com`
  return { ...deps.runtime, service: 'vod', renderError: (exchange, error) => renderVodError(exchange.res, error, hostId) }
}

function renderVodError(res: ServerResponse, error: ServiceFault, hostId: string): void {
  const requestId = vodRequestId()
  const body = {
    RequestId: error.requestId ?? requestId,
    HostId: hostId,
    Code: error.code,
    Message: error.message,
    Recommend: `https://api.aliyun.com/troubleshoot?q=${encodeURIComponent(error.code)}&product=Vod&requestId=${requestId}`
  }
  send(res, error.status, { 'Content-Type': 'application/json;charset=utf-8', 'x-acs-request-id': requestId }, JSON.stringify(body))
}

/** GET takes the parameters from the query; POST from the form body (plus any in the query). */
function parseRpcParams(url: string | undefined, body: Buffer): Record<string, string> {
  const params: Record<string, string> = Object.create(null) as Record<string, string>
  const addFirst = (search: URLSearchParams): void => {
    for (const [name, value] of search) if (!Object.hasOwn(params, name)) params[name] = value
  }
  addFirst(new URL(url ?? '/', 'http://emulator').searchParams)
  addFirst(new URLSearchParams(body.toString('utf8')))
  return params
}

export function createVodHandler(deps: VodServiceDeps) {
  const runtime = vodRuntime(deps)
  return async (req: IncomingMessage, res: ServerResponse, requestNumber: number): Promise<void> => {
    const exchange = new Exchange(runtime, req, res)
    const received = await readBody(req, MAX_BODY_BYTES)
    if (!received.complete) return exchange.log(0)
    if (received.overLimit) return exchange.answerError(new ServiceFault(400, 'InvalidParameter', 'The request body is too large.'))
    const params = parseRpcParams(req.url, received.body)
    const signed = signedRequestOf(req, params, received.body)
    if (signed.signature) exchange.record.signature = signed.signature
    const actionName = signed.action
    if (actionName) exchange.record.action = actionName
    const accessKeyId = signingKeyId(signed)
    if (accessKeyId) exchange.record.accessKeyId = accessKeyId
    const throttled = deps.flow?.check(actionName ?? '', deps.runtime.clock())
    if (throttled) {
      for (const [name, value] of Object.entries(throttled.headers)) res.setHeader(name, value)
      return exchange.answerError(throttled.error)
    }
    const image = imageConcerned(actionName, params, deps.runtime.records)
    if (image) exchange.record.imageId = image.imageId
    const fault = deps.faults().decide({
      service: 'vod',
      method: exchange.record.method,
      ...(actionName !== undefined && { action: actionName }),
      ...(image && { image }),
      requestNumber
    })
    if (fault && fault !== 'lostAnswer') return exchange.injectFault(fault, deps.faults().answer)
    try {
      await answerAction(exchange, signed, deps, fault === 'lostAnswer')
    } catch (error) {
      await exchange.answerError(asServiceFault(error))
    }
  }
}

/** A VOD request as authentication sees it: V3 names its action in x-acs-action, V2 in a parameter. */
interface SignedRequest {
  signature?: 'v2' | 'v3'
  action?: string
  method: string
  /** From the query and a form body. */
  params: Record<string, string>
  /** From the query only: what a V3 signature covers (the body counts by its hash). */
  query: Record<string, string>
  headers: Record<string, string>
  body: Buffer
}

function signedRequestOf(req: IncomingMessage, params: Record<string, string>, body: Buffer): SignedRequest {
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(req.headers))
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(',') : value
  const method = req.method ?? 'GET'
  const query = Object.fromEntries(new URL(req.url ?? '/', 'http://emulator').searchParams)
  const request = { method, params, query, headers, body }
  if (isV3Request(req.headers, params)) return { ...request, signature: 'v3', action: headers['x-acs-action'] }
  return { ...request, ...(params.Signature !== undefined && { signature: 'v2' }), action: params.Action }
}

/** The AccessKeyId a V3 Authorization header or a V2 parameter names. */
function signingKeyId(request: SignedRequest): string | undefined {
  if (request.signature === 'v3') return parseAcs3Authorization(request.headers.authorization)?.accessKeyId
  return request.params.AccessKeyId
}

/** V3 by its headers; V2 by its parameters, unless the emulator refuses V2 as a V3-only service would. */
function authenticate(request: SignedRequest, deps: VodServiceDeps, now: number): void {
  const { config } = deps
  // The keys of the configuration, and the sessions the STS side minted (each until it ends).
  const accessKeys = [...config.accessKeys, ...(deps.stsKeys?.() ?? [])]
  const settings = { accessKeys, records: deps.runtime.records, now, maxClockSkewSeconds: config.maxClockSkewSeconds }
  if (request.signature === 'v3') {
    authenticateV3Request({ ...request, params: request.query }, settings)
    return
  }
  if (!config.acceptRpcV2) {
    throw new ServiceFault(
      400,
      'UnsupportedSignatureVersion',
      'Signature V2 (HMAC-SHA1) is not accepted: sign the request with ACS3-HMAC-SHA256 (V3).'
    )
  }
  authenticateRpcRequest({ method: request.method, params: request.params }, settings)
}

/** loseAnswer: carry the action out, then drop the connection instead of answering. */
async function answerAction(exchange: Exchange, request: SignedRequest, deps: VodServiceDeps, loseAnswer = false): Promise<void> {
  const now = deps.runtime.clock()
  const { config } = deps
  const { params } = request
  authenticate(request, deps, now)
  const name = request.action ?? ''
  const action = Object.hasOwn(VOD_ACTIONS, name) ? VOD_ACTIONS[name] : undefined
  if (!action) throw new ServiceFault(404, 'InvalidAction.NotFound', 'Specified api is not found, please check your url and method.')
  const requestId = vodRequestId()
  const ctx: ActionContext = {
    config,
    records: deps.runtime.records,
    now,
    requestId,
    ossEndpoint: deps.ossEndpoint(),
    credentialExpired: deps.credentialExpired,
    uploadAuthOmits: deps.uploadAuthOmits?.() ?? []
  }
  const result = action(params, ctx)
  if (result.imageId) exchange.record.imageId = result.imageId
  if (loseAnswer) return exchange.injectFault('lostAnswer')
  await deps.runtime.delays.wait(deps.runtime.latencyMs())
  send(exchange.res, 200, { 'Content-Type': 'application/json;charset=utf-8', 'x-acs-request-id': requestId }, JSON.stringify(result.body))
  exchange.log(200)
}
