/** Checks an OSS V1 `Authorization` header against the one credential issued for that object. */
import type { IncomingHttpHeaders } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import { ServiceError } from './errors.js';
import type { OssTarget } from './oss-request.js';
import { ossSignature, ossStringToSign, redactSecurityToken, SECURITY_TOKEN_HEADER, SIGNED_SUB_RESOURCES, signingDate } from './oss-signature.js';
import type { Records } from './records.js';
import type { ImageRecord, IssuedCredential } from './types.js';

const MAX_SKEW_MS = 15 * 60 * 1000;

export interface OssAuthorization {
  accessKeyId: string;
  signature: string;
}

/** `OSS <AccessKeyId>:<Signature>`; undefined for an anonymous request. */
export function parseAuthorization(header: string | undefined): OssAuthorization | undefined {
  if (header === undefined || header === '') return undefined;
  const match = /^OSS ([^:\s]+):(\S+)$/.exec(header.trim());
  if (match?.[1] && match[2]) return { accessKeyId: match[1], signature: match[2] };
  const reason = header.startsWith('OSS4-') ? 'The emulator verifies V1 (OSS) signatures only.' : 'The Authorization header is invalid.';
  throw new ServiceError(400, 'InvalidArgument', reason);
}

/**
 * Header values as the client wrote them: Node decodes header bytes as latin1, while clients
 * sign the UTF-8 text.
 */
export function signingHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    const text = Array.isArray(value) ? value.join(',') : value;
    result[name.toLowerCase()] = Buffer.from(text, 'latin1').toString('utf8');
  }
  return result;
}

export interface OssAuthRequest {
  method: string;
  headers: IncomingHttpHeaders;
  target: OssTarget;
  authorization: OssAuthorization;
}

/** Returns the image whose credential signed the request, or throws what OSS would answer. */
export function authenticateOss(request: OssAuthRequest, records: Records, now: number): ImageRecord {
  const { authorization, target } = request;
  const headers = signingHeaders(request.headers);
  const image = records.imageForCredential(authorization.accessKeyId);
  if (!image) throw new ServiceError(403, 'InvalidAccessKeyId', 'The OSS Access Key Id you provided does not exist in our records.');
  const { credential } = image;
  if (now >= credential.expiresAt) throw new ServiceError(403, 'SecurityTokenExpired', 'The security token you provided has expired.');
  if (headers[SECURITY_TOKEN_HEADER] !== credential.securityToken) {
    throw new ServiceError(403, 'InvalidSecurityToken', 'The security token you provided is invalid.');
  }
  if (image.bucket !== target.bucket || image.key !== target.key) {
    throw new ServiceError(403, 'AccessDenied', 'You have no right to access this object: the credential is for another object.');
  }
  checkSignature(request.method, headers, target, authorization.signature, credential);
  checkDate(headers, now);
  return image;
}

function checkSignature(
  method: string,
  headers: Record<string, string>,
  target: OssTarget,
  signature: string,
  credential: IssuedCredential
): void {
  const subResources = Object.fromEntries(Object.entries(target.query).filter(([name]) => SIGNED_SUB_RESOURCES.has(name)));
  const stringToSign = ossStringToSign({ method, headers, bucket: target.bucket, key: target.key, subResources });
  const expected = Buffer.from(ossSignature(stringToSign, credential.accessKeySecret));
  const received = Buffer.from(signature);
  if (expected.length !== received.length || !timingSafeEqual(expected, received)) {
    throw new ServiceError(
      403,
      'SignatureDoesNotMatch',
      'The request signature we calculated does not match the signature you provided. Check your key and signing method.',
      { StringToSign: redactSecurityToken(stringToSign), OSSAccessKeyId: credential.accessKeyId }
    );
  }
}

function checkDate(headers: Record<string, string>, now: number): void {
  const date = Date.parse(signingDate(headers));
  if (Number.isNaN(date)) throw new ServiceError(403, 'AccessDenied', 'OSS authentication requires a valid Date.');
  if (Math.abs(now - date) > MAX_SKEW_MS) {
    throw new ServiceError(403, 'RequestTimeTooSkewed', 'The difference between the request time and the current time is too large.');
  }
}
