import { describe, expect, it } from '@jest/globals'
import { isLoopback, ossRequestOrigin, proxyCredentials } from '../../src/services/transport.js'
import { unencryptedEndpointWarning, unencryptedStsWarning } from '../../src/report/messages.js'

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

describe('unencryptedEndpointWarning', () => {
  it.each([
    ['https://vod.cn-shanghai.aliyuncs.com', undefined],
    ['http://127.0.0.1:9300', undefined],
    ['http://127.255.0.1', undefined],
    ['http://localhost:9300', undefined],
    ['http://[::1]:9300', undefined],
    ['not a URL', undefined],
    ['', undefined],
    ['http://128.0.0.1', 'http://128.0.0.1'],
    ['http://127.0.0.1.example.com/path', 'http://127.0.0.1.example.com'],
    ['http://vod.internal.example:8080/path', 'http://vod.internal.example:8080']
  ])('%s: warned about %s', (endpoint, origin) => {
    expect(unencryptedEndpointWarning(endpoint)).toBe(
      origin === undefined
        ? undefined
        : `The endpoint ${origin} uses http://: requests, their signatures and the upload credentials VOD returns travel unencrypted. Use https:// unless this is a test service on a network you trust.`
    )
  })

  it('says the whole STS sentence, with the origin only', () => {
    expect(unencryptedStsWarning('http://sts.internal.example/x?y')).toBe(
      "The sts-endpoint http://sts.internal.example uses http://: the OIDC token and the role's credentials STS returns travel unencrypted. Use https:// unless this is a test service on a network you trust."
    )
    expect(unencryptedStsWarning('::')).toBeUndefined()
  })
})

describe('isLoopback', () => {
  it.each([
    ['localhost', true],
    ['[::1]', true],
    ['127.0.0.1', true],
    ['127.1.2.3', true],
    ['127.10.200.255', true],
    ['127.0.0.1.nip.io', false],
    ['x127.0.0.1', false],
    ['127.0.0', false],
    ['1127.0.0.1', false],
    ['localhost.example', false],
    ['::1', false]
  ])('%s: %s', (hostname, loopback) => {
    expect(isLoopback(hostname)).toBe(loopback)
  })
})

describe('proxyCredentials', () => {
  it('collects the user and password of every proxy variable, as given and decoded', () => {
    expect(
      proxyCredentials({
        https_proxy: 'http://user%40corp:p%3Ass@proxy.example:3128',
        HTTPS_PROXY: 'http://upper:case@proxy.example',
        http_proxy: 'http://onlyuser@proxy.example',
        HTTP_PROXY: 'http://:onlypass@proxy.example',
        NO_PROXY: 'http://ignored:ignored@x'
      })
    ).toEqual([
      'user%40corp',
      'user@corp',
      'p%3Ass',
      'p:ss',
      'upper',
      'upper',
      'case',
      'case',
      'onlyuser',
      'onlyuser',
      'onlypass',
      'onlypass'
    ])
  })

  it.each<[string, Record<string, string | undefined>]>([
    ['no variable', {}],
    ['an empty one', { https_proxy: '' }],
    ['one that is not a URL', { https_proxy: 'proxy.example:3128' }],
    ['a proxy without credentials', { HTTPS_PROXY: 'http://proxy.example:3128' }]
  ])('finds none in %s', (_name, env) => {
    expect(proxyCredentials(env)).toEqual([])
  })

  it('keeps a value that does not decode as it is', () => {
    expect(proxyCredentials({ https_proxy: 'http://user:100%25%E0@proxy.example' })).toEqual(['user', 'user', '100%25%E0', '100%25%E0'])
  })
})
