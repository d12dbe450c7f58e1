/**
 * The two published ACS3-HMAC-SHA256 test vectors (docs/protocol.md, "RPC signature V3"), as data: the
 * client's signer and the emulator's verifier, written apart, are each checked against them.
 */
export const V3_VECTOR_KEY = { accessKeyId: 'YourAccessKeyId', accessKeySecret: 'YourAccessKeySecret' }

export const V3_VECTOR_QUERY = { ImageId: 'win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd', RegionId: 'cn-shanghai' }

export const V3_VECTOR_SIGNED_HEADERS = [
  'host',
  'x-acs-action',
  'x-acs-content-sha256',
  'x-acs-date',
  'x-acs-signature-nonce',
  'x-acs-version'
]

/** SHA-256 of the empty body, in hex. */
const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'

export interface V3Vector {
  date: string
  nonce: string
  signature: string
}

export const V3_VECTORS: readonly V3Vector[] = [
  {
    date: '2023-10-26T10:22:32Z',
    nonce: '3156853299f313e23d1673dc12e1703d',
    signature: '06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0'
  },
  {
    date: '2023-10-26T09:01:01Z',
    nonce: 'd410180a5abf7fe235dd9b74aca91fc0',
    signature: 'e521358f7776c97df52e6b2891a8bc73026794a071b50c3323388c4e0df64804'
  }
]

/** The string to sign of the first vector, the only one published. */
export const V3_FIRST_STRING_TO_SIGN = 'ACS3-HMAC-SHA256\n7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259'

export function v3VectorHeaders({ date, nonce }: V3Vector): Record<string, string> {
  return {
    host: 'ecs.cn-shanghai.aliyuncs.com',
    'x-acs-action': 'RunInstances',
    'x-acs-version': '2014-05-26',
    'x-acs-date': date,
    'x-acs-signature-nonce': nonce,
    'x-acs-content-sha256': EMPTY_SHA256
  }
}

export const V3_VECTOR_BODY_SHA256 = EMPTY_SHA256
