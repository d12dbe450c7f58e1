/** The client's ACS3-HMAC-SHA256 signer against the published test vectors (docs/protocol.md, "RPC signature V3"). */
import { describe, expect, it } from '@jest/globals'
import {
  canonicalQuery,
  canonicalRequest,
  EMPTY_BODY_SHA256,
  percentEncode,
  signedHeaderNames,
  stringToSign,
  v3Authorization,
  v3Signature,
  type V3Request
} from '../../src/services/rpc-signature-v3.js'

function vectorRequest(date: string, nonce: string): V3Request {
  return {
    method: 'POST',
    query: { ImageId: 'win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd', RegionId: 'cn-shanghai' },
    headers: {
      host: 'ecs.cn-shanghai.aliyuncs.com',
      'x-acs-action': 'RunInstances',
      'x-acs-version': '2014-05-26',
      'x-acs-date': date,
      'x-acs-signature-nonce': nonce,
      'x-acs-content-sha256': EMPTY_BODY_SHA256
    },
    bodySha256: EMPTY_BODY_SHA256
  }
}

const KEY = { accessKeyId: 'YourAccessKeyId', accessKeySecret: 'YourAccessKeySecret' }

describe('ACS3-HMAC-SHA256 signer', () => {
  it('gives the first published vector: string to sign and signature', () => {
    const request = vectorRequest('2023-10-26T10:22:32Z', '3156853299f313e23d1673dc12e1703d')
    expect(stringToSign(request)).toBe('ACS3-HMAC-SHA256\n7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259')
    expect(v3Signature(request, KEY.accessKeySecret)).toBe('06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0')
  })

  it('gives the second published vector, in the Authorization header', () => {
    const request = vectorRequest('2023-10-26T09:01:01Z', 'd410180a5abf7fe235dd9b74aca91fc0')
    expect(v3Authorization(request, KEY)).toBe(
      'ACS3-HMAC-SHA256 Credential=YourAccessKeyId,' +
        'SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,' +
        'Signature=e521358f7776c97df52e6b2891a8bc73026794a071b50c3323388c4e0df64804'
    )
  })

  it.each([
    ['space', 'a b', 'a%20b'],
    ['star', 'a*b', 'a%2Ab'],
    ['tilde (unreserved)', 'a~b', 'a~b'],
    ['unreserved punctuation', '-_.', '-_.'],
    ['plus, slash, equals, ampersand', '+/=&', '%2B%2F%3D%26'],
    ["what encodeURIComponent keeps: ! ' ( )", "!'()", '%21%27%28%29'],
    ['non-ASCII as UTF-8 bytes', 'é猫', '%C3%A9%E7%8C%AB'],
    ['a lone surrogate, without throwing', '\uD800', '%EF%BF%BD']
  ])('encodes %s', (_name, value, encoded) => {
    expect(percentEncode(value)).toBe(encoded)
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
