/** Checks a V3-signed (ACS3-HMAC-SHA256) VOD request: its x-acs-* headers, its signature and its token. */
import { timingSafeEqual } from 'node:crypto'
import { ServiceFault } from './errors.js'
import type { Records } from './records.js'
import { acs3CanonicalRequest, acs3Signature, acs3StringToSign, parseAcs3Authorization, sha256Hex } from './rpc-signature-v3.js'
import type { AccessKey } from './types.js'
import { missingParameter } from './vod-errors.js'
import { checkNotExpired } from './vod-auth.js'

const API_VERSION = '2017-03-21'

const REQUIRED_HEADERS = ['host', 'x-acs-action', 'x-acs-version', 'x-acs-date', 'x-acs-signature-nonce', 'x-acs-content-sha256'] as const

const DATE_FORMAT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/

export interface V3Request {
  method: string
  /** The query's parameters (a form body counts by its hash only). */
  params: Record<string, string>
  /** Lower-case names; repeated headers joined by commas. */
  headers: Record<string, string>
  body: Buffer
}

interface V3AuthSettings {
  accessKeys: readonly AccessKey[]
  records: Records
  now: number
  maxClockSkewSeconds: number
}

/**
 * A request is V3 when it says so in its Authorization header, or names its action in x-acs-action
 * and carries no V2 Signature parameter (pop-core sends x-acs-* headers with its V2 requests too).
 */
export function isV3Request(headers: Record<string, string | string[] | undefined>, params: Record<string, string>): boolean {
  const authorization = headers.authorization
  if (typeof authorization === 'string' && authorization.startsWith('ACS3-')) return true
  return params.Signature === undefined && headers['x-acs-action'] !== undefined
}

/** Returns the key that signed the request, or throws the refusal the real service would give. */
export function authenticateV3Request(request: V3Request, settings: V3AuthSettings): AccessKey {
  const { headers } = request
  const authorization = parseAcs3Authorization(headers.authorization)
  if (!authorization) {
    throw new ServiceFault(
      400,
      'IncompleteSignature',
      'The request signature does not conform to Aliyun standards: no ACS3-HMAC-SHA256 Authorization.'
    )
  }
  for (const name of REQUIRED_HEADERS) if (!headers[name]) throw missingParameter(name)
  checkDate(headers['x-acs-date'] ?? '', settings.now, settings.maxClockSkewSeconds)
  const key = settings.accessKeys.find(candidate => candidate.id === authorization.accessKeyId)
  if (!key) throw new ServiceFault(404, 'InvalidAccessKeyId.NotFound', 'Specified access key is not found.')
  checkEverythingSigned(headers, authorization.signedHeaders)
  if (sha256Hex(request.body) !== headers['x-acs-content-sha256']) {
    throw new ServiceFault(400, 'SignatureDoesNotMatch', 'The x-acs-content-sha256 header does not match the hash of the body.')
  }
  checkSignature(request, authorization, key)
  if ((headers['x-acs-security-token'] ?? '') !== (key.securityToken ?? '')) {
    throw new ServiceFault(400, 'InvalidSecurityToken.Mismatch', 'Specified SecurityToken does not match the AccessKeyId.')
  }
  checkNotExpired(key, settings.now)
  if (!settings.records.useNonce(key.id, headers['x-acs-signature-nonce'] ?? '')) {
    throw new ServiceFault(400, 'SignatureNonceUsed', 'Specified signature nonce was used already.')
  }
  if (headers['x-acs-version'] !== API_VERSION) {
    throw new ServiceFault(400, 'InvalidVersion', `Specified parameter Version is not valid: the emulator speaks ${API_VERSION}.`)
  }
  return key
}

function checkDate(date: string, now: number, maxSkewSeconds: number): void {
  const time = DATE_FORMAT.test(date) ? Date.parse(date) : Number.NaN
  if (Number.isNaN(time))
    throw new ServiceFault(400, 'InvalidTimeStamp.Format', 'Specified time stamp or date value is not well formatted.')
  if (Math.abs(now - time) > maxSkewSeconds * 1000) {
    throw new ServiceFault(400, 'InvalidTimeStamp.Expired', 'Specified time stamp or date value is expired.')
  }
}

/** host, content-type and every x-acs-* header present must be among the signed ones. */
function checkEverythingSigned(headers: Record<string, string>, signed: readonly string[]): void {
  const signedNames = new Set(signed.map(name => name.toLowerCase()))
  for (const name of Object.keys(headers)) {
    const mustBeSigned = name === 'host' || name === 'content-type' || name.startsWith('x-acs-')
    if (mustBeSigned && !signedNames.has(name)) {
      throw new ServiceFault(
        400,
        'IncompleteSignature',
        `The request signature does not conform to Aliyun standards: header ${name} is not signed.`
      )
    }
  }
}

function checkSignature(request: V3Request, authorization: { signedHeaders: string[]; signature: string }, key: AccessKey): void {
  const canonical = acs3CanonicalRequest({
    method: request.method,
    params: request.params,
    headers: request.headers,
    signedHeaders: authorization.signedHeaders,
    payloadHash: request.headers['x-acs-content-sha256'] ?? ''
  })
  const stringToSign = acs3StringToSign(canonical)
  const expected = Buffer.from(acs3Signature(stringToSign, key.secret))
  const received = Buffer.from(authorization.signature)
  if (expected.length !== received.length || !timingSafeEqual(expected, received)) {
    // Like the real service (and like V2 here), the answer echoes the server's string to sign.
    throw new ServiceFault(
      400,
      'SignatureDoesNotMatch',
      `Specified signature is not matched with our calculation. server string to sign is:${stringToSign}`
    )
  }
}
