/** Shared test helpers: real clients pointed at the emulator, and hand-signed raw requests. */
import RPCClient from '@alicloud/pop-core'
import OSS from 'ali-oss'
import { randomUUID } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AccessKey, Emulator } from '../../emulator/index.js'
import { ossSignature, ossStringToSign } from '../../emulator/oss-signature.js'
import { v4CanonicalRequest, v4Signature, v4SigningKey, v4StringToSign } from '../../emulator/oss-signature-v4.js'
import { rpcSignature } from '../../emulator/rpc-signature.js'
import { acs3CanonicalQuery, acs3CanonicalRequest, acs3Signature, acs3StringToSign, sha256Hex } from '../../emulator/rpc-signature-v3.js'

export interface UploadAddress {
  Endpoint: string
  Bucket: string
  FileName: string
}

export interface UploadAuth {
  AccessKeyId: string
  AccessKeySecret: string
  SecurityToken: string
  Expiration: string
  ExpireUTCTime: string
  Region: string
}

export interface CreateUploadImageResponse {
  RequestId: string
  ImageId: string
  ImageURL: string
  FileURL: string
  UploadAddress: string
  UploadAuth: string
}

/** What pop-core throws when the answer has a Code. */
export interface PopCoreError extends Error {
  code: string
  data: { RequestId: string; Code: string; Message: string; HostId: string }
  entry: { response: { statusCode: number } }
}

export function decodeBase64Json<T>(text: string): T {
  return JSON.parse(Buffer.from(text, 'base64').toString('utf8')) as T
}

/** pop-core signs V2 only: the emulator must be started with `acceptRpcV2: true`. */
export function vodClient(emulator: Emulator, key: AccessKey = emulator.accessKey): RPCClient {
  return new RPCClient({
    endpoint: emulator.vodEndpoint,
    apiVersion: '2017-03-21',
    accessKeyId: key.id,
    accessKeySecret: key.secret,
    ...(key.securityToken !== undefined && { securityToken: key.securityToken })
  })
}

export function callVod<T = Record<string, unknown>>(client: RPCClient, action: string, params: Record<string, string> = {}): Promise<T> {
  return client.request<T>(action, params, { method: 'POST' })
}

export async function createUploadImage(emulator: Emulator, params: Record<string, string> = { ImageType: 'default' }) {
  const response = await callVod<CreateUploadImageResponse>(vodClient(emulator), 'CreateUploadImage', params)
  return {
    response,
    address: decodeBase64Json<UploadAddress>(response.UploadAddress),
    auth: decodeBase64Json<UploadAuth>(response.UploadAuth)
  }
}

/**
 * ali-oss the way an uploader would build it from UploadAddress/UploadAuth (IP endpoint: bucket in
 * the Host header), signing V4 with the region of the UploadAuth.
 */
export function ossClientFor(address: UploadAddress, auth: UploadAuth, overrides: Partial<OSS.Options> = {}): OSS {
  return new OSS({
    endpoint: address.Endpoint,
    bucket: address.Bucket,
    accessKeyId: auth.AccessKeyId,
    accessKeySecret: auth.AccessKeySecret,
    stsToken: auth.SecurityToken,
    region: `oss-${auth.Region}`,
    authorizationV4: true,
    secure: address.Endpoint.startsWith('https:'),
    // Any interval silences ali-oss's warning; without refreshSTSToken nothing is refreshed.
    refreshSTSTokenInterval: 3_000_000,
    ...overrides
  })
}

export function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

export function commonParams(key: AccessKey, now: number, action = 'CreateUploadImage'): Record<string, string> {
  return {
    Action: action,
    Format: 'JSON',
    Version: '2017-03-21',
    AccessKeyId: key.id,
    SignatureMethod: 'HMAC-SHA1',
    SignatureVersion: '1.0',
    SignatureNonce: randomUUID(),
    Timestamp: isoSeconds(now),
    ...(key.securityToken !== undefined && { SecurityToken: key.securityToken })
  }
}

export interface RawAnswer {
  status: number
  contentType: string | null
  json: Record<string, string>
}

/** A VOD request signed with the emulator's own rpcSignature, sent with fetch. */
export async function rawVodRequest(
  emulator: Emulator,
  params: Record<string, string>,
  options: { method?: 'GET' | 'POST'; secret?: string; sign?: boolean } = {}
): Promise<RawAnswer> {
  const method = options.method ?? 'POST'
  const signed =
    options.sign === false ? params : { ...params, Signature: rpcSignature(method, params, options.secret ?? emulator.accessKey.secret) }
  const form = new URLSearchParams(signed).toString()
  const response =
    method === 'GET'
      ? await fetch(`${emulator.vodEndpoint}/?${form}`)
      : await fetch(`${emulator.vodEndpoint}/`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: form
        })
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    json: (await response.json()) as Record<string, string>
  }
}

export async function withTempDir<T>(use: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'vod-emulator-test-'))
  try {
    return await use(dir)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** Waits (by polling the emulator's own state, never the clock) until a condition holds. */
export async function until(condition: () => boolean, what: string, maxTurns = 2000): Promise<void> {
  for (let turn = 0; turn < maxTurns; turn += 1) {
    if (condition()) return
    await new Promise(resolve => setTimeout(resolve, 5))
  }
  throw new Error(`gave up waiting for ${what}`)
}

export interface SignedOssRequest {
  method: string
  query?: Record<string, string>
  headers?: Record<string, string>
  body?: string | Buffer
}

/** `YYYYMMDDTHHMMSSZ` */
export function v4DateTime(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z')
}

/**
 * An OSS request signed with the emulator's own signer (path style), for what ali-oss will not send:
 * V4 unless `version: 'v1'`.
 */
export async function signedOssRequest(
  address: UploadAddress,
  auth: UploadAuth,
  request: SignedOssRequest & { version?: 'v1' | 'v4'; region?: string; now?: number }
): Promise<{ status: number; text: string; headers: Headers }> {
  const query = request.query ?? {}
  const now = request.now ?? Date.now()
  const v4 = request.version !== 'v1'
  const headers: Record<string, string> = {
    'x-oss-date': v4 ? v4DateTime(now) : new Date(now).toUTCString(),
    ...(v4 && { 'x-oss-content-sha256': 'UNSIGNED-PAYLOAD' }),
    'x-oss-security-token': auth.SecurityToken,
    // fetch would add text/plain to a string body, outside the signature.
    ...(request.body !== undefined && { 'Content-Type': 'application/octet-stream' }),
    ...request.headers
  }
  const lowerHeaders = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]))
  if (v4) {
    const scope = { date: lowerHeaders['x-oss-date'].slice(0, 8), region: request.region ?? auth.Region }
    const canonical = v4CanonicalRequest({
      method: request.method,
      headers: lowerHeaders,
      bucket: address.Bucket,
      key: address.FileName,
      query
    })
    const signature = v4Signature(v4SigningKey(auth.AccessKeySecret, scope), v4StringToSign(canonical, lowerHeaders['x-oss-date'], scope))
    headers.authorization = `OSS4-HMAC-SHA256 Credential=${auth.AccessKeyId}/${scope.date}/${scope.region}/oss/aliyun_v4_request,Signature=${signature}`
  } else {
    const stringToSign = ossStringToSign({
      method: request.method,
      headers: lowerHeaders,
      bucket: address.Bucket,
      key: address.FileName,
      subResources: query
    })
    headers.authorization = `OSS ${auth.AccessKeyId}:${ossSignature(stringToSign, auth.AccessKeySecret)}`
  }
  const search = Object.entries(query)
    .map(([name, value]) => (value === '' ? name : `${name}=${encodeURIComponent(value)}`))
    .join('&')
  const url = `${address.Endpoint}/${address.Bucket}/${address.FileName}${search ? `?${search}` : ''}`
  const response = await fetch(url, { method: request.method, headers, ...(request.body !== undefined && { body: request.body }) })
  return { status: response.status, text: await response.text(), headers: response.headers }
}

/** A V4-signed PUT of `x` whose signature is 64 zeros, for the emulator's answers to a wrong signature. */
export async function putWithWrongV4Signature(
  ossEndpoint: string,
  address: UploadAddress,
  auth: UploadAuth,
  options: { headers?: Record<string, string>; additionalHeaders?: string } = {}
): Promise<{ answer: Response; date: string }> {
  const date = v4DateTime(Date.now())
  const additional = options.additionalHeaders === undefined ? '' : `,AdditionalHeaders=${options.additionalHeaders}`
  const answer = await fetch(`${ossEndpoint}/${address.Bucket}/${address.FileName}`, {
    method: 'PUT',
    headers: {
      'x-oss-date': date,
      'x-oss-content-sha256': 'UNSIGNED-PAYLOAD',
      'x-oss-security-token': auth.SecurityToken,
      ...options.headers,
      authorization: `OSS4-HMAC-SHA256 Credential=${auth.AccessKeyId}/${date.slice(0, 8)}/cn-shanghai/oss/aliyun_v4_request${additional},Signature=${'0'.repeat(64)}`
    },
    body: 'x'
  })
  return { answer, date }
}

export interface V3RequestOptions {
  action?: string
  params?: Record<string, string>
  key?: AccessKey
  now?: number
  nonce?: string
  /** Sent as a form body (hashed into x-acs-content-sha256 unless `bodyHashOf` says otherwise). */
  body?: string
  bodyHashOf?: string
  /** Extra headers, signed unless named in `unsigned`. */
  headers?: Record<string, string>
  unsigned?: readonly string[]
  /** Changes made after signing: what a tampering proxy would do. */
  tamper?: { headers?: Record<string, string>; params?: Record<string, string> }
}

/** A VOD request signed V3 with the emulator's own ACS3 signer, sent with fetch. */
export async function v3VodRequest(emulator: Emulator, options: V3RequestOptions = {}): Promise<RawAnswer> {
  const key = options.key ?? emulator.accessKey
  const params = options.params ?? { ImageType: 'default' }
  const body = options.body ?? ''
  const headers: Record<string, string> = {
    host: new URL(emulator.vodEndpoint).host,
    'x-acs-action': options.action ?? 'CreateUploadImage',
    'x-acs-version': '2017-03-21',
    'x-acs-date': isoSeconds(options.now ?? Date.now()),
    'x-acs-signature-nonce': options.nonce ?? randomUUID(),
    'x-acs-content-sha256': sha256Hex(options.bodyHashOf ?? body),
    ...(key.securityToken !== undefined && { 'x-acs-security-token': key.securityToken }),
    ...(options.body !== undefined && { 'content-type': 'application/x-www-form-urlencoded' }),
    ...options.headers
  }
  const signedHeaders = Object.keys(headers)
    .filter(name => !options.unsigned?.includes(name))
    .sort()
  const stringToSign = acs3StringToSign(
    acs3CanonicalRequest({ method: 'POST', params, headers, signedHeaders, payloadHash: headers['x-acs-content-sha256'] ?? '' })
  )
  const sent = { ...headers, ...options.tamper?.headers }
  sent.authorization = `ACS3-HMAC-SHA256 Credential=${key.id},SignedHeaders=${signedHeaders.join(';')},Signature=${acs3Signature(stringToSign, key.secret)}`
  const query = acs3CanonicalQuery({ ...params, ...options.tamper?.params })
  const response = await fetch(`${emulator.vodEndpoint}/?${query}`, {
    method: 'POST',
    headers: Object.fromEntries(Object.entries(sent).filter(([name]) => name !== 'host')),
    // No body at all when there is none: fetch would add a text/plain content-type to an empty string.
    ...(options.body !== undefined && { body })
  })
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    json: (await response.json()) as Record<string, string>
  }
}
