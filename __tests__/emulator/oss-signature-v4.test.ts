/**
 * One OSS V4 vector worked out by hand from the published algorithm (docs/protocol.md, "OSS Signature V4"), step by
 * step. The emulator's verifier and ali-oss's real output (`authorizationV4: true`, captured by a
 * loopback server) must both agree with it.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import OSS from 'ali-oss'
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  canonicalQuery,
  canonicalUri,
  parseV4Authorization,
  parseV4Date,
  v4CanonicalRequest,
  v4Signature,
  v4SigningKey,
  v4StringToSign
} from '../../emulator/oss-signature-v4.js'

// The request: PUT of the 5 bytes "hello" as image/default/vector shot.png in outin-emulator, cn-shanghai,
// at 2026-11-30 05:45:00 UTC, with an STS credential.
const ACCESS_KEY_ID = 'STS.vectorKeyId'
const SECRET = 'vectorSecret'
const TOKEN = 'CAISvectorToken'
const DATE_TIME = '20261130T054500Z'
const SCOPE = { date: '20261130', region: 'cn-shanghai' }
const HEADERS = {
  'content-md5': 'XUFAKrxLKna5cZ2REBfFkg==', // Base64 MD5 of "hello"
  'content-type': 'image/png',
  'content-length': '5',
  'user-agent': 'not signed',
  'x-oss-content-sha256': 'UNSIGNED-PAYLOAD',
  'x-oss-date': DATE_TIME,
  'x-oss-security-token': TOKEN
}

// Step 1: the canonical request. The space in the key is %20; host, length and agent are not signed.
const CANONICAL_REQUEST = [
  'PUT',
  '/outin-emulator/image/default/vector%20shot.png',
  '',
  'content-md5:XUFAKrxLKna5cZ2REBfFkg==\n' +
    'content-type:image/png\n' +
    'x-oss-content-sha256:UNSIGNED-PAYLOAD\n' +
    'x-oss-date:20261130T054500Z\n' +
    'x-oss-security-token:CAISvectorToken\n',
  '',
  'UNSIGNED-PAYLOAD'
].join('\n')
// Step 2: the string to sign, with the hex SHA-256 of the canonical request.
const CANONICAL_REQUEST_SHA256 = '1b5e35372c647c8ebf71e9e69dda244f8eb491e7d1ad95737dcfdea4628faff4'
const STRING_TO_SIGN = `OSS4-HMAC-SHA256\n20261130T054500Z\n20261130/cn-shanghai/oss/aliyun_v4_request\n${CANONICAL_REQUEST_SHA256}`
// Step 3: the signing key chain from "aliyun_v4vectorSecret": date, region, "oss", "aliyun_v4_request".
const SIGNING_KEY_CHAIN = {
  date: '093edf916a6a43c5d076ea53976bdc38ec0dfaa80d45ec2dd1009a2507dd2641',
  region: 'ca7dc1d98ddf9f35e87e36d72215eb218d4107abac65371e17814bb27d72309f',
  service: 'efe918b3f802ea28dedd396cfcb99420bfeb2c155fd9518ba03d5851ca09f827',
  request: 'b4cb8e374161bc894e6e9b030baba56c678e569f26193e158c7926b7215e024f'
}
// Step 4: hex HMAC-SHA256 of the string to sign under the signing key.
const SIGNATURE = '9d89ba1841324b4108480f2cbdb8d44a27c506cc4d3460021201a4c7c80462d0'
const AUTHORIZATION = `OSS4-HMAC-SHA256 Credential=STS.vectorKeyId/20261130/cn-shanghai/oss/aliyun_v4_request,Signature=${SIGNATURE}`

describe('the emulator verifier on the hand-made V4 vector', () => {
  const request = { method: 'PUT', headers: HEADERS, bucket: 'outin-emulator', key: 'image/default/vector shot.png', query: {} }

  it('builds the canonical request', () => {
    expect(v4CanonicalRequest(request)).toBe(CANONICAL_REQUEST)
  })

  it('builds the string to sign', () => {
    expect(v4StringToSign(CANONICAL_REQUEST, DATE_TIME, SCOPE)).toBe(STRING_TO_SIGN)
  })

  it('derives the signing key and the signature', () => {
    expect(v4SigningKey(SECRET, SCOPE).toString('hex')).toBe(SIGNING_KEY_CHAIN.request)
    expect(v4Signature(v4SigningKey(SECRET, SCOPE), STRING_TO_SIGN)).toBe(SIGNATURE)
  })

  it('reads the Authorization header back', () => {
    expect(parseV4Authorization(AUTHORIZATION)).toEqual({
      accessKeyId: ACCESS_KEY_ID,
      scope: SCOPE,
      additionalHeaders: [],
      signature: SIGNATURE
    })
    expect(parseV4Date(DATE_TIME)).toBe(Date.UTC(2026, 10, 30, 5, 45, 0))
  })

  it('changes the signature when any signed part changes', () => {
    const variants = [
      { ...request, method: 'POST' },
      { ...request, key: 'image/default/other.png' },
      { ...request, headers: { ...HEADERS, 'content-md5': 'AAAAAAAAAAAAAAAAAAAAAA==' } },
      { ...request, headers: { ...HEADERS, 'x-oss-meta-extra': '1' } },
      { ...request, query: { uploads: '' } }
    ]
    for (const variant of variants) expect(v4CanonicalRequest(variant)).not.toBe(CANONICAL_REQUEST)
    expect(v4Signature(v4SigningKey(SECRET, { ...SCOPE, region: 'cn-beijing' }), STRING_TO_SIGN)).not.toBe(SIGNATURE)
  })
})

describe('V4 canonical pieces', () => {
  it.each<[Record<string, string>, string]>([
    [{}, ''],
    [{ uploads: '' }, 'uploads'],
    [{ uploadId: 'U 1', partNumber: '3' }, 'partNumber=3&uploadId=U%201'],
    [{ 'x-oss-process': 'a/b*' }, 'x-oss-process=a%2Fb%2A']
  ])('canonical query of %j is %j', (query, expected) => {
    expect(canonicalQuery(query)).toBe(expected)
  })

  it('keeps "/" and encodes the rest of the URI as RFC 3986', () => {
    expect(canonicalUri('b', 'a/é (1)!.png')).toBe('/b/a/%C3%A9%20%281%29%21.png')
  })

  it('signs the headers AdditionalHeaders names, and lists them', () => {
    const canonical = v4CanonicalRequest({
      method: 'GET',
      headers: { host: 'h', 'x-oss-date': DATE_TIME },
      bucket: 'b',
      key: 'k',
      additionalHeaders: ['host']
    })
    expect(canonical).toBe(`GET\n/b/k\n\nhost:h\nx-oss-date:${DATE_TIME}\n\nhost\nUNSIGNED-PAYLOAD`)
  })
})

describe('ali-oss with authorizationV4: true sends the same request', () => {
  let server: Server
  const seen: Array<{ method?: string; url?: string; headers: IncomingHttpHeaders }> = []

  beforeAll(async () => {
    server = createServer((req, res) => {
      seen.push({ method: req.method, url: req.url, headers: req.headers })
      req.resume()
      req.on('end', () => res.writeHead(200, { ETag: '"5D41402ABC4B2A76B9719D911017C592"', 'x-oss-request-id': 'VECTOR' }).end())
    })
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  })

  afterAll(async () => {
    await new Promise<void>(resolve => server.close(() => resolve()))
  })

  it('signs the vector request exactly as worked out above', async () => {
    // Only Date is frozen at the vector's time; timers and I/O run for real.
    jest.useFakeTimers({
      now: Date.UTC(2026, 10, 30, 5, 45, 0),
      doNotFake: [
        'nextTick',
        'setImmediate',
        'clearImmediate',
        'setInterval',
        'clearInterval',
        'setTimeout',
        'clearTimeout',
        'queueMicrotask',
        'hrtime',
        'performance'
      ]
    })
    try {
      const client = new OSS({
        endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        bucket: 'outin-emulator',
        region: 'oss-cn-shanghai',
        accessKeyId: ACCESS_KEY_ID,
        accessKeySecret: SECRET,
        stsToken: TOKEN,
        refreshSTSTokenInterval: 3_000_000,
        authorizationV4: true,
        secure: false
      })
      await client.put('image/default/vector shot.png', Buffer.from('hello'))
    } finally {
      jest.useRealTimers()
    }
    const [request] = seen
    expect(request).toMatchObject({ method: 'PUT', url: '/image/default/vector%20shot.png' })
    expect(request.headers).toMatchObject({
      host: 'outin-emulator.oss-cn-shanghai.aliyuncs.com',
      'content-md5': HEADERS['content-md5'],
      'content-type': HEADERS['content-type'],
      'x-oss-content-sha256': 'UNSIGNED-PAYLOAD',
      'x-oss-date': DATE_TIME,
      'x-oss-security-token': TOKEN,
      authorization: AUTHORIZATION
    })
  })
})
