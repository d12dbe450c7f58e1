/** Checks the common parameters and the signature of a VOD RPC request. */
import { timingSafeEqual } from 'node:crypto'
import { ServiceFault } from './errors.js'
import type { Records } from './records.js'
import { rpcSignature, rpcStringToSign } from './rpc-signature.js'
import type { AccessKey } from './types.js'
import { invalidParameter, missingParameter } from './vod-errors.js'

const API_VERSION = '2017-03-21'

const REQUIRED_COMMON_PARAMS = [
  'Action',
  'Format',
  'Version',
  'AccessKeyId',
  'SignatureMethod',
  'SignatureVersion',
  'SignatureNonce',
  'Timestamp',
  'Signature'
] as const

export const COMMON_PARAMS: ReadonlySet<string> = new Set([...REQUIRED_COMMON_PARAMS, 'SecurityToken'])

const TIMESTAMP_FORMAT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/

interface RpcRequest {
  method: string
  params: Record<string, string>
}

interface RpcAuthSettings {
  accessKeys: readonly AccessKey[]
  records: Records
  now: number
  maxClockSkewSeconds: number
}

/** Returns the key that signed the request, or throws the refusal the real service would give. */
export function authenticateRpcRequest(request: RpcRequest, settings: RpcAuthSettings): AccessKey {
  const { params } = request
  requireCommonParams(params)
  checkSigningScheme(params)
  checkTimestamp(params.Timestamp ?? '', settings.now, settings.maxClockSkewSeconds)
  const key = findAccessKey(params.AccessKeyId ?? '', settings.accessKeys)
  checkSignature(request, key)
  checkSecurityToken(params.SecurityToken, key)
  checkNotExpired(key, settings.now)
  consumeNonce(settings.records, key, params.SignatureNonce ?? '')
  checkVersion(params.Version ?? '')
  return key
}

function requireCommonParams(params: Record<string, string>): void {
  for (const name of REQUIRED_COMMON_PARAMS) {
    if (!params[name]) throw missingParameter(name)
  }
}

function checkSigningScheme(params: Record<string, string>): void {
  if (params.Format !== 'JSON') throw invalidParameter('Format', 'The emulator answers JSON only.')
  if (params.SignatureMethod !== 'HMAC-SHA1') throw invalidParameter('SignatureMethod')
  if (params.SignatureVersion !== '1.0') throw invalidParameter('SignatureVersion')
}

function checkTimestamp(timestamp: string, now: number, maxSkewSeconds: number): void {
  const time = TIMESTAMP_FORMAT.test(timestamp) ? Date.parse(timestamp) : Number.NaN
  if (Number.isNaN(time)) {
    throw new ServiceFault(400, 'InvalidTimeStamp.Format', 'Specified time stamp or date value is not well formatted.')
  }
  if (Math.abs(now - time) > maxSkewSeconds * 1000) {
    throw new ServiceFault(400, 'InvalidTimeStamp.Expired', 'Specified time stamp or date value is expired.')
  }
}

function findAccessKey(accessKeyId: string, keys: readonly AccessKey[]): AccessKey {
  const key = keys.find(candidate => candidate.id === accessKeyId)
  if (!key) throw new ServiceFault(404, 'InvalidAccessKeyId.NotFound', 'Specified access key is not found.')
  return key
}

function checkSignature(request: RpcRequest, key: AccessKey): void {
  const expected = Buffer.from(rpcSignature(request.method, request.params, key.secret))
  const received = Buffer.from(request.params.Signature ?? '')
  if (expected.length !== received.length || !timingSafeEqual(expected, received)) {
    // Like the real service, the answer echoes the server's string to sign, SecurityToken included
    // (percent-encoded twice): a client must not pass this message on as it is.
    throw new ServiceFault(
      400,
      'SignatureDoesNotMatch',
      `Specified signature is not matched with our calculation. server string to sign is:${rpcStringToSign(request.method, withoutSignature(request.params))}`
    )
  }
}

function withoutSignature(params: Record<string, string>): Record<string, string> {
  const { Signature: _signature, ...rest } = params
  return rest
}

function checkSecurityToken(sent: string | undefined, key: AccessKey): void {
  if ((sent ?? '') !== (key.securityToken ?? '')) {
    throw new ServiceFault(400, 'InvalidSecurityToken.Mismatch', 'Specified SecurityToken does not match the AccessKeyId.')
  }
}

/** A key the STS side minted works until its session ends, then VOD answers InvalidSecurityToken.Expired (docs/protocol.md, "STS AssumeRoleWithOIDC"). */
export function checkNotExpired(key: AccessKey, now: number): void {
  if (key.expiresAt !== undefined && now >= key.expiresAt) {
    throw new ServiceFault(400, 'InvalidSecurityToken.Expired', 'Specified SecurityToken is expired.')
  }
}

function consumeNonce(records: Records, key: AccessKey, nonce: string): void {
  if (!records.useNonce(key.id, nonce)) {
    throw new ServiceFault(400, 'SignatureNonceUsed', 'Specified signature nonce was used already.')
  }
}

function checkVersion(version: string): void {
  if (version !== API_VERSION) {
    throw new ServiceFault(400, 'InvalidVersion', `Specified parameter Version is not valid: the emulator speaks ${API_VERSION}.`)
  }
}
