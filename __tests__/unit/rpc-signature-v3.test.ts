/** The client's ACS3-HMAC-SHA256 signer against the published test vectors (docs/protocol.md, "RPC signature V3"). */
import { describe, expect, it } from '@jest/globals'
import {
  canonicalQuery,
  canonicalRequest,
  EMPTY_BODY_SHA256,
  signedHeaderNames,
  stringToSign,
  v3Authorization,
  v3Signature,
  type V3Request
} from '../../src/services/rpc-signature-v3.js'
import {
  V3_FIRST_STRING_TO_SIGN,
  V3_VECTOR_BODY_SHA256,
  V3_VECTOR_KEY,
  V3_VECTOR_QUERY,
  V3_VECTOR_SIGNED_HEADERS,
  V3_VECTORS,
  v3VectorHeaders,
  type V3Vector
} from '../helpers/v3-vectors.js'

function vectorRequest(vector: V3Vector): V3Request {
  return { method: 'POST', query: V3_VECTOR_QUERY, headers: v3VectorHeaders(vector), bodySha256: V3_VECTOR_BODY_SHA256 }
}

describe('ACS3-HMAC-SHA256 signer', () => {
  it('sends the SHA-256 of the empty body as FIPS 180-4 gives it', () => {
    expect(EMPTY_BODY_SHA256).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
  })

  it('gives the first published vector its string to sign', () => {
    expect(stringToSign(vectorRequest(V3_VECTORS[0]))).toBe(V3_FIRST_STRING_TO_SIGN)
  })

  it.each(V3_VECTORS)('gives the published vector (x-acs-date $date) its signature, in the Authorization header', vector => {
    expect(v3Signature(vectorRequest(vector), V3_VECTOR_KEY.accessKeySecret)).toBe(vector.signature)
    expect(v3Authorization(vectorRequest(vector), V3_VECTOR_KEY)).toBe(
      `ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=${V3_VECTOR_SIGNED_HEADERS.join(';')},Signature=${vector.signature}`
    )
  })

  it('sorts the query by name and encodes names and values', () => {
    expect(canonicalQuery({ Title: 'a b', AppId: 'app-1', 'x y': '*' })).toBe('AppId=app-1&Title=a%20b&x%20y=%2A')
  })

  it('signs host, content-type and every x-acs-* header, the security token included, and nothing else', () => {
    const headers = {
      'x-acs-security-token': 'token',
      Host: 'vod.cn-shanghai.aliyuncs.com',
      'x-acs-date': '2026-12-02T09:00:00Z',
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'application/json',
      authorization: 'ACS3-HMAC-SHA256 …',
      'content-length': '0'
    }
    expect(signedHeaderNames(headers)).toEqual(['content-type', 'host', 'x-acs-date', 'x-acs-security-token'])
    expect(canonicalRequest({ method: 'post', query: {}, headers, bodySha256: EMPTY_BODY_SHA256 }).split('\n')).toEqual([
      'POST',
      '/',
      '',
      'content-type:application/x-www-form-urlencoded',
      'host:vod.cn-shanghai.aliyuncs.com',
      'x-acs-date:2026-12-02T09:00:00Z',
      'x-acs-security-token:token',
      '',
      'content-type;host;x-acs-date;x-acs-security-token',
      EMPTY_BODY_SHA256
    ])
  })
})

describe('canonicalQuery and canonicalRequest', () => {
  it('sorts by the encoded name, byte order: upper case before lower, shorter first', () => {
    expect(canonicalQuery({ b: '2', B: '1', a: '3', aa: '4', 'a b': '5' })).toBe('B=1&a=3&a%20b=5&aa=4&b=2')
  })

  it('keeps an empty value', () => {
    expect(canonicalQuery({ Empty: '' })).toBe('Empty=')
  })

  it('takes header names in any case and trims their values', () => {
    const request = {
      method: 'POST',
      query: { A: '1' },
      headers: { 'X-Acs-Date': '  2026-12-02T09:00:00Z ', HOST: 'h' },
      bodySha256: 'abc'
    }
    expect(canonicalRequest(request)).toBe('POST\n/\nA=1\nhost:h\nx-acs-date:2026-12-02T09:00:00Z\n\nhost;x-acs-date\nabc')
  })

  it('signs with the secret as it is: another secret, another signature', () => {
    const request = { method: 'POST', query: {}, headers: { host: 'h' }, bodySha256: EMPTY_BODY_SHA256 }
    expect(v3Signature(request, 'a')).not.toBe(v3Signature(request, 'a&'))
    expect(v3Signature(request, 'a')).toMatch(/^[0-9a-f]{64}$/)
  })
})
