/** The emulator's own ACS3-HMAC-SHA256 code against the two published test vectors (docs/protocol.md, "RPC signature V3"). */
import { describe, expect, it } from '@jest/globals'
import {
  acs3CanonicalQuery,
  acs3CanonicalRequest,
  acs3Signature,
  acs3StringToSign,
  parseAcs3Authorization,
  sha256Hex
} from '../../emulator/rpc-signature-v3.js'
import {
  V3_FIRST_STRING_TO_SIGN,
  V3_VECTOR_KEY,
  V3_VECTOR_QUERY,
  V3_VECTOR_SIGNED_HEADERS,
  V3_VECTORS,
  v3VectorHeaders,
  type V3Vector
} from '../helpers/v3-vectors.js'

function vectorRequest(vector: V3Vector) {
  return {
    method: 'POST',
    params: V3_VECTOR_QUERY,
    headers: v3VectorHeaders(vector),
    signedHeaders: V3_VECTOR_SIGNED_HEADERS,
    payloadHash: sha256Hex('')
  }
}

describe('emulator ACS3-HMAC-SHA256', () => {
  it.each(V3_VECTORS)('published vector (x-acs-date $date) gives its signature', vector => {
    const text = acs3StringToSign(acs3CanonicalRequest(vectorRequest(vector)))
    expect(acs3Signature(text, V3_VECTOR_KEY.accessKeySecret)).toBe(vector.signature)
  })

  it('gives the first vector its published string to sign', () => {
    expect(acs3StringToSign(acs3CanonicalRequest(vectorRequest(V3_VECTORS[0])))).toBe(V3_FIRST_STRING_TO_SIGN)
  })

  it('encodes space, * and non-ASCII as RFC 3986 and keeps ~', () => {
    expect(acs3CanonicalQuery({ b: 'a b*c~', a: 'é/+' })).toBe('a=%C3%A9%2F%2B&b=a%20b%2Ac~')
  })

  it('reads the Authorization header, and nothing else as one', () => {
    expect(parseAcs3Authorization('ACS3-HMAC-SHA256 Credential=AK,SignedHeaders=host;x-acs-date,Signature=ab12')).toEqual({
      accessKeyId: 'AK',
      signedHeaders: ['host', 'x-acs-date'],
      signature: 'ab12'
    })
    expect(parseAcs3Authorization('acs AK:sig')).toBeUndefined()
    expect(parseAcs3Authorization('ACS3-HMAC-SHA256 Credential=AK,Signature=ab')).toBeUndefined()
  })
})
