import { describe, expect, it } from '@jest/globals'
import { ossRequestOrigin, unencryptedStsWarning } from '../../src/services/transport.js'

describe('ossRequestOrigin', () => {
  it.each([
    ['https://oss-cn-shanghai.aliyuncs.com', 'outin-1', 'https://outin-1.oss-cn-shanghai.aliyuncs.com'],
    ['http://oss-cn-shanghai.aliyuncs.com:8080', 'outin-1', 'http://outin-1.oss-cn-shanghai.aliyuncs.com:8080'],
    ['http://127.0.0.1:9000', 'outin-1', 'http://127.0.0.1:9000'],
    ['http://[::1]:9000', 'outin-1', 'http://[::1]:9000'],
    ['https://oss-cn-shanghai.aliyuncs.com', '', 'https://oss-cn-shanghai.aliyuncs.com']
  ])('%s with bucket %j: %s', (endpoint, bucket, expected) => {
    expect(ossRequestOrigin(endpoint, bucket)).toBe(expected)
  })
})

describe('unencryptedStsWarning', () => {
  it.each([
    ['https://sts.aliyuncs.com', false],
    ['http://127.0.0.1:9300', false],
    ['http://localhost:9300', false],
    ['http://sts.internal.example', true]
  ])('%s: warned %s', (endpoint, warned) => {
    const warning = unencryptedStsWarning(endpoint)
    expect(warning?.includes(`The sts-endpoint ${endpoint} uses http://`) ?? false).toBe(warned)
  })
})
