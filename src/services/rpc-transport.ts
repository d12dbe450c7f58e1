/**
 * One RPC exchange as Alibaba Cloud's own SDK sends it (docs/protocol.md, "RPC signature V3"):
 * `POST /?<parameters>` with an empty body, the x-acs-* headers, signed ACS3-HMAC-SHA256 when
 * credentials are given (anonymous otherwise), one timeout for the whole exchange, and an answer
 * read only up to a bound and only as a JSON object.
 */
import { createHash, randomBytes } from 'node:crypto'
import http, { type Agent, type IncomingHttpHeaders } from 'node:http'
import https from 'node:https'
import { canonicalQuery, EMPTY_BODY_SHA256, v3Authorization, type V3Key } from './rpc-signature-v3.js'

export interface RpcCall {
  /** `https://host[:port]`: the request goes to its root. */
  endpoint: string
  action: string
  version: string
  params: Readonly<Record<string, string>>
  /** Absent: an anonymous call (no Authorization, no token), e.g. STS AssumeRoleWithOIDC. */
  credentials?: V3Key & { securityToken?: string }
  /** Parameters sent in a form body instead of the URL: a token in them stays out of every log of URLs. */
  form?: Readonly<Record<string, string>>
}

export interface RpcTransportOptions {
  /** For the whole exchange, from sending to the last byte of the answer. */
  timeoutMs: number
  agent?: Agent
  now?: () => number
  /** Bytes of answer read at most; a longer answer is refused. */
  maxAnswerBytes?: number
}

/** An answer of any status whose body is a JSON object. */
export interface RpcAnswer {
  status: number
  headers: IncomingHttpHeaders
  body: Record<string, unknown>
}

export const DEFAULT_MAX_ANSWER_BYTES = 1024 * 1024

/** An answer arrived but cannot be used: not a JSON object, or longer than the bound. */
export class RpcAnswerError extends Error {
  constructor(
    readonly reason: 'not-json' | 'too-large',
    readonly status: number
  ) {
    super(reason === 'not-json' ? 'the answer is not a JSON object' : 'the answer is longer than the bound')
    this.name = 'RpcAnswerError'
  }
}

/** No complete answer before the timeout. name and code both say so, as networkError() expects. */
export class RpcTimeoutError extends Error {
  readonly code = 'RequestTimeout'

  constructor() {
    super('no answer before the timeout')
    this.name = 'RpcTimeoutError'
  }
}

/** The headers of one call, Authorization included when it is signed. */
export function rpcHeaders(call: RpcCall, host: string, now: number, body = ''): Record<string, string> {
  const bodySha256 = body === '' ? EMPTY_BODY_SHA256 : createHash('sha256').update(body, 'utf8').digest('hex')
  const headers: Record<string, string> = {
    host,
    'x-acs-action': call.action,
    'x-acs-version': call.version,
    'x-acs-date': acsDate(now),
    'x-acs-signature-nonce': randomBytes(16).toString('hex'),
    'x-acs-content-sha256': bodySha256,
    ...(body !== '' && { 'content-type': 'application/x-www-form-urlencoded' })
  }
  const credentials = call.credentials
  if (!credentials) return headers
  if (credentials.securityToken) headers['x-acs-security-token'] = credentials.securityToken
  headers.authorization = v3Authorization({ method: 'POST', query: call.params, headers, bodySha256 }, credentials)
  return headers
}

/** UTC `YYYY-MM-DDThh:mm:ssZ`, the form every Alibaba Cloud RPC time takes. */
export function acsDate(now: number): string {
  return new Date(now).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/**
 * Sends the call and reads the answer. Throws RpcTimeoutError, RpcAnswerError, or the network's own
 * error (a Node error with its code: ECONNRESET, ENOTFOUND, a certificate code…).
 */
export function sendRpc(call: RpcCall, options: RpcTransportOptions): Promise<RpcAnswer> {
  const url = new URL('/', call.endpoint)
  const query = canonicalQuery(call.params)
  const body = call.form ? canonicalQuery(call.form) : ''
  const headers = {
    ...rpcHeaders(call, url.host, (options.now ?? Date.now)(), body),
    accept: 'application/json',
    'content-length': String(Buffer.byteLength(body))
  }
  const request = (url.protocol === 'https:' ? https : http).request({
    protocol: url.protocol,
    hostname: url.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: url.port || undefined,
    method: 'POST',
    path: query ? `/?${query}` : '/',
    headers,
    ...(options.agent && { agent: options.agent })
  })
  return new Promise<RpcAnswer>((resolve, reject) => {
    const timer = setTimeout(() => request.destroy(new RpcTimeoutError()), options.timeoutMs)
    const settle = (outcome: () => void): void => {
      clearTimeout(timer)
      outcome()
    }
    request.on('error', error => settle(() => reject(error)))
    request.on('response', response => {
      readAnswer(response, options.maxAnswerBytes ?? DEFAULT_MAX_ANSWER_BYTES).then(
        answer => settle(() => resolve(answer)),
        (error: Error) => {
          request.destroy()
          settle(() => reject(error))
        }
      )
    })
    request.end(body)
  })
}

function readAnswer(response: http.IncomingMessage, maxBytes: number): Promise<RpcAnswer> {
  const status = response.statusCode ?? 0
  return new Promise((resolve, reject) => {
    const declared = Number(response.headers['content-length'])
    if (declared > maxBytes) return reject(new RpcAnswerError('too-large', status))
    const chunks: Buffer[] = []
    let bytes = 0
    response.on('data', (chunk: Buffer) => {
      bytes += chunk.length
      if (bytes > maxBytes) reject(new RpcAnswerError('too-large', status))
      else chunks.push(chunk)
    })
    response.on('error', reject)
    response.on('end', () => {
      const body = parseObject(Buffer.concat(chunks).toString('utf8'))
      if (body) resolve({ status, headers: response.headers, body })
      else reject(new RpcAnswerError('not-json', status))
    })
  })
}

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(text)
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}
