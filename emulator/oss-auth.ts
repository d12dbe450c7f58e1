/**
 * Checks an OSS `Authorization` header against the one credential issued for that object: V4
 * (`OSS4-HMAC-SHA256`) always, V1 (`OSS ak:sig`) only when the emulator is told to accept it, as for
 * an account or bucket created before V1 was retired.
 */
import type { IncomingHttpHeaders } from 'node:http'
import { timingSafeEqual } from 'node:crypto'
import { ServiceFault } from './errors.js'
import type { OssTarget } from './oss-request.js'
import {
  ossSignature,
  ossStringToSign,
  redactSecurityToken,
  SECURITY_TOKEN_HEADER,
  SIGNED_SUB_RESOURCES,
  signingDate
} from './oss-signature.js'
import {
  parseV4Authorization,
  parseV4Date,
  UNSIGNED_PAYLOAD,
  v4CanonicalRequest,
  v4Signature,
  v4SigningKey,
  v4StringToSign,
  type V4Authorization
} from './oss-signature-v4.js'
import type { Records } from './records.js'
import type { ImageRecord, IssuedCredential } from './types.js'

const MAX_SKEW_MS = 15 * 60 * 1000

/** The `EC` OSS puts in its 403 when a V1 signature reaches an account or bucket that may only use V4. */
export const V1_RETIRED_EC = '0002-00000080'

type OssAuthorization = { version: 'v1'; accessKeyId: string; signature: string } | ({ version: 'v4' } & V4Authorization)

/** `OSS <AccessKeyId>:<Signature>` or `OSS4-HMAC-SHA256 …`; undefined for an anonymous request. */
export function parseAuthorization(header: string | undefined): OssAuthorization | undefined {
  if (header === undefined || header === '') return undefined
  const v1 = /^OSS ([^:\s]+):(\S+)$/.exec(header.trim())
  if (v1?.[1] && v1[2]) return { version: 'v1', accessKeyId: v1[1], signature: v1[2] }
  const v4 = parseV4Authorization(header)
  if (v4) return { version: 'v4', ...v4 }
  throw new ServiceFault(400, 'InvalidArgument', 'The Authorization header is invalid.')
}

/**
 * Header values as the client wrote them: Node decodes header bytes as latin1, while clients
 * sign the UTF-8 text.
 */
function signingHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const result: Record<string, string> = {}
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue
    const text = Array.isArray(value) ? value.join(',') : value
    result[name.toLowerCase()] = Buffer.from(text, 'latin1').toString('utf8')
  }
  return result
}

interface OssAuthRequest {
  method: string
  headers: IncomingHttpHeaders
  target: OssTarget
  authorization: OssAuthorization
}

interface OssAuthPolicy {
  acceptV1: boolean
  /** The region id of a bucket, for the V4 scope. */
  regionOf: (bucket: string) => string
}

/** Returns the image whose credential signed the request, or throws what OSS would answer. */
export function authenticateOss(request: OssAuthRequest, records: Records, now: number, policy: OssAuthPolicy): ImageRecord {
  const { authorization, target } = request
  if (authorization.version === 'v1' && !policy.acceptV1) {
    throw new ServiceFault(
      403,
      'AccessDenied',
      'V1 signature is not supported for this account or bucket: sign the request with V4 (OSS4-HMAC-SHA256).',
      {
        EC: V1_RETIRED_EC
      }
    )
  }
  const headers = signingHeaders(request.headers)
  const image = records.imageForCredential(authorization.accessKeyId)
  if (!image) throw new ServiceFault(403, 'InvalidAccessKeyId', 'The OSS Access Key Id you provided does not exist in our records.')
  const { credential } = image
  if (now >= credential.expiresAt) throw new ServiceFault(403, 'SecurityTokenExpired', 'The security token you provided has expired.')
  if (headers[SECURITY_TOKEN_HEADER] !== credential.securityToken) {
    throw new ServiceFault(403, 'InvalidSecurityToken', 'The security token you provided is invalid.')
  }
  if (image.bucket !== target.bucket || image.key !== target.key) {
    throw new ServiceFault(403, 'AccessDenied', 'You have no right to access this object: the credential is for another object.')
  }
  if (authorization.version === 'v1') {
    checkV1Signature(request.method, headers, target, authorization.signature, credential)
    checkSkew(Date.parse(signingDate(headers)), now)
  } else {
    checkV4({ method: request.method, headers, target, authorization, credential }, now, policy.regionOf(target.bucket))
  }
  return image
}

function checkV1Signature(
  method: string,
  headers: Record<string, string>,
  target: OssTarget,
  signature: string,
  credential: IssuedCredential
): void {
  const subResources = Object.fromEntries(Object.entries(target.query).filter(([name]) => SIGNED_SUB_RESOURCES.has(name)))
  const stringToSign = ossStringToSign({ method, headers, bucket: target.bucket, key: target.key, subResources })
  if (!sameText(ossSignature(stringToSign, credential.accessKeySecret), signature)) {
    throw signatureMismatch(redactSecurityToken(stringToSign), credential.accessKeyId)
  }
}

interface V4Check {
  method: string
  headers: Record<string, string>
  target: OssTarget
  authorization: V4Authorization
  credential: IssuedCredential
}

/** Scope, date, payload hash and signed headers first, then the signature itself. */
function checkV4(check: V4Check, now: number, bucketRegion: string): void {
  const { headers, authorization } = check
  const dateTime = headers['x-oss-date'] ?? ''
  const date = parseV4Date(dateTime)
  if (Number.isNaN(date)) throw new ServiceFault(403, 'AccessDenied', 'A V4 signed request needs x-oss-date in the form YYYYMMDDTHHMMSSZ.')
  if (authorization.scope.date !== dateTime.slice(0, 8)) {
    throw new ServiceFault(403, 'AccessDenied', 'The date of the credential scope does not match x-oss-date.')
  }
  if (authorization.scope.region !== bucketRegion) {
    throw new ServiceFault(
      403,
      'AccessDenied',
      `Invalid signing region in Authorization header: the bucket is in ${bucketRegion}, the scope says ${authorization.scope.region}.`
    )
  }
  checkSkew(date, now)
  const payload = headers['x-oss-content-sha256']
  if (!payload) throw new ServiceFault(400, 'InvalidArgument', 'A V4 signed request needs the x-oss-content-sha256 header.')
  if (payload !== UNSIGNED_PAYLOAD)
    throw new ServiceFault(501, 'NotImplemented', 'The emulator verifies x-oss-content-sha256: UNSIGNED-PAYLOAD only.')
  const missing = authorization.additionalHeaders.filter(name => headers[name] === undefined)
  if (missing.length > 0)
    throw new ServiceFault(400, 'InvalidArgument', `AdditionalHeaders names a header the request lacks: ${missing.join(', ')}.`)
  const canonicalRequest = v4CanonicalRequest({
    method: check.method,
    headers,
    bucket: check.target.bucket,
    key: check.target.key,
    query: check.target.query,
    additionalHeaders: authorization.additionalHeaders
  })
  const stringToSign = v4StringToSign(canonicalRequest, dateTime, authorization.scope)
  const expected = v4Signature(v4SigningKey(check.credential.accessKeySecret, authorization.scope), stringToSign)
  if (!sameText(expected, authorization.signature)) {
    throw signatureMismatch(stringToSign, check.credential.accessKeyId, redactSecurityToken(canonicalRequest))
  }
}

function sameText(expected: string, received: string): boolean {
  const a = Buffer.from(expected)
  const b = Buffer.from(received)
  return a.length === b.length && timingSafeEqual(a, b)
}

function signatureMismatch(stringToSign: string, accessKeyId: string, canonicalRequest?: string): ServiceFault {
  return new ServiceFault(
    403,
    'SignatureDoesNotMatch',
    'The request signature we calculated does not match the signature you provided. Check your key and signing method.',
    {
      StringToSign: stringToSign,
      ...(canonicalRequest !== undefined && { CanonicalRequest: canonicalRequest }),
      OSSAccessKeyId: accessKeyId
    }
  )
}

function checkSkew(date: number, now: number): void {
  if (Number.isNaN(date)) throw new ServiceFault(403, 'AccessDenied', 'OSS authentication requires a valid Date.')
  if (Math.abs(now - date) > MAX_SKEW_MS) {
    throw new ServiceFault(403, 'RequestTimeTooSkewed', 'The difference between the request time and the current time is too large.')
  }
}
