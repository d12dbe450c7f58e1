import { describe, expect, it } from '@jest/globals'
import { percentEncode, rpcCanonicalQuery, rpcSignature, rpcStringToSign } from '../../emulator/rpc-signature.js'

// The test vector from the VOD signature page (docs/protocol.md, "RPC signature V2").
const VECTOR_PARAMS: Record<string, string> = {
  Action: 'GetVideoPlayAuth',
  AccessKeyId: 'testAccessKeyId',
  Format: 'JSON',
  SignatureMethod: 'HMAC-SHA1',
  SignatureNonce: '8f8a035d-6496-4268-afd4-67c22837e38d',
  SignatureVersion: '1.0',
  Timestamp: '2017-10-10T12:02:54Z',
  Version: '2017-03-21',
  VideoId: '5aed81b74ba84920be578cdfe004af4b'
}

describe('rpcSignature', () => {
  it('gives the documented signature for the test vector', () => {
    expect(rpcSignature('GET', VECTOR_PARAMS, 'testAccessKeySecret')).toBe('Ibgh7y8Vp47LBuAsf5Xhi1SvDss=')
  })

  it('leaves a Signature parameter out of what it signs', () => {
    const withSignature = { ...VECTOR_PARAMS, Signature: 'anything' }
    expect(rpcSignature('GET', withSignature, 'testAccessKeySecret')).toBe('Ibgh7y8Vp47LBuAsf5Xhi1SvDss=')
  })

  it('signs the method in upper case, so POST differs from GET', () => {
    expect(rpcStringToSign('post', VECTOR_PARAMS).startsWith('POST&%2F&')).toBe(true)
    expect(rpcSignature('POST', VECTOR_PARAMS, 'testAccessKeySecret')).not.toBe('Ibgh7y8Vp47LBuAsf5Xhi1SvDss=')
  })

  it('sorts by name and encodes names and values', () => {
    expect(rpcCanonicalQuery({ b: 'x y', a: '1', 'c*': '~' })).toBe('a=1&b=x%20y&c%2A=~')
  })
})

describe('percentEncode', () => {
  const cases: Array<[string, string, string]> = [
    ['space', 'a b', 'a%20b'],
    ['asterisk', 'a*b', 'a%2Ab'],
    ['tilde kept', 'a~b', 'a~b'],
    ['unreserved kept', 'AZaz09-_.~', 'AZaz09-_.~'],
    ['plus', 'a+b', 'a%2Bb'],
    ['slash', '/', '%2F'],
    ['reserved punctuation', "!'()", '%21%27%28%29'],
    ['equals and ampersand', '=&', '%3D%26'],
    ['two-byte UTF-8', 'é', '%C3%A9'],
    ['three-byte UTF-8', '图片', '%E5%9B%BE%E7%89%87'],
    ['four-byte UTF-8', '😀', '%F0%9F%98%80'],
    ['empty', '', '']
  ]
  it.each(cases)('%s', (_name, input, expected) => {
    expect(percentEncode(input)).toBe(expected)
  })
})
