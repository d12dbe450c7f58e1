/** Issue #13: the UploadAddress in VOD's answer decides where the upload credential goes, so only OSS's hosts and listed ones may get it. */
import { describe, expect, it } from '@jest/globals'
import { checkUploadHost, parseAllowedHost, UploadHostRefusedError, type AllowedHost } from '../../src/services/upload-hosts.js'

const HTTPS_VOD = 'https://vod.cn-shanghai.aliyuncs.com'

function refusal(endpoint: string, allowed: AllowedHost[] = [], vodEndpoint = HTTPS_VOD): UploadHostRefusedError | undefined {
  try {
    checkUploadHost(endpoint, { allowed, vodEndpoint })
    return undefined
  } catch (error) {
    if (error instanceof UploadHostRefusedError) return error
    throw error
  }
}

const hosts = (...entries: string[]): AllowedHost[] => entries.map(entry => parseAllowedHost(entry)!)

describe('checkUploadHost', () => {
  it.each<[string, string, AllowedHost[], string]>([
    ['a region endpoint', 'https://oss-cn-shanghai.aliyuncs.com', [], HTTPS_VOD],
    ['a bucket host', 'https://outin-1.oss-cn-shanghai.aliyuncs.com:443', [], HTTPS_VOD],
    ['the accelerate endpoint', 'https://oss-accelerate.aliyuncs.com', [], HTTPS_VOD],
    ['the overseas accelerate endpoint', 'https://oss-accelerate-overseas.aliyuncs.com', [], HTTPS_VOD],
    ['OSS in upper case', 'https://OSS-CN-SHANGHAI.ALIYUNCS.COM', [], HTTPS_VOD],
    ['a listed host, any port', 'https://oss.private.example:8443', hosts('oss.private.example'), HTTPS_VOD],
    ['a listed host:port', 'https://oss.private.example:8443', hosts('oss.private.example:8443'), HTTPS_VOD],
    ['a listed host with the scheme default port', 'https://oss.private.example', hosts('oss.private.example:443'), HTTPS_VOD],
    ['listed loopback over http', 'http://127.0.0.1:9001', hosts('127.0.0.1:9001'), HTTPS_VOD],
    ['listed IPv6 loopback over http', 'http://[::1]:9001', hosts('[::1]:9001'), HTTPS_VOD],
    [
      'a listed host:80 over http on its default port',
      'http://oss.private.example',
      hosts('oss.private.example:80'),
      'http://vod.private.example'
    ],
    [
      'OSS over http when VOD too is reached over http',
      'http://oss-cn-shanghai.aliyuncs.com:9001',
      [],
      'http://vod.cn-shanghai.aliyuncs.com:9000'
    ]
  ])('sends to %s', (_name, endpoint, allowed, vodEndpoint) => {
    expect(refusal(endpoint, allowed, vodEndpoint)).toBeUndefined()
  })

  it.each<[string, string, AllowedHost[], string]>([
    ['another host', 'https://attacker.example', [], 'attacker.example'],
    ['a look-alike of OSS', 'https://oss-cn-shanghai.aliyuncs.com.attacker.example', [], 'oss-cn-shanghai.aliyuncs.com.attacker.example'],
    ['aliyuncs.com in the user part', 'https://aliyuncs.com@attacker.example', [], 'attacker.example'],
    ['loopback that is not listed (from a remote VOD)', 'http://127.0.0.1:9001', [], '127.0.0.1:9001'],
    ['a listed host on another port', 'https://oss.private.example:9000', hosts('oss.private.example:8443'), 'oss.private.example:9000'],
    ['a host that is not listed while another is', 'https://other.example:8443', hosts('oss.private.example:8443'), 'other.example:8443'],
    [
      'an http host whose port is not the listed one',
      'http://oss.private.example',
      hosts('oss.private.example:443'),
      'oss.private.example'
    ],
    ['a metadata address', 'http://100.100.100.200', [], '100.100.100.200']
  ])('refuses %s, naming the host and the input to set', (_name, endpoint, allowed, host) => {
    const error = refusal(endpoint, allowed)
    expect(error).toMatchObject({
      name: 'UploadHostRefusedError',
      code: 'UploadHostRefused',
      kind: 'permanent',
      service: 'oss',
      api: 'PutObject',
      host
    })
    expect(error!.detail).toContain(`points at ${host}, which is not an OSS host (*.aliyuncs.com)`)
    expect(error!.detail).toContain('add it to the upload-hosts input')
  })

  it.each<[string, string, AllowedHost[], string]>([
    ['OSS', 'http://oss-cn-shanghai.aliyuncs.com', [], HTTPS_VOD],
    ['a listed host', 'http://oss.private.example:8080', hosts('oss.private.example'), HTTPS_VOD],
    ['OSS, with a VOD endpoint that is no URL', 'http://oss-cn-shanghai.aliyuncs.com', [], 'not a url']
  ])('refuses %s over plain http while VOD is reached over https', (_name, endpoint, allowed, vodEndpoint) => {
    expect(refusal(endpoint, allowed, vodEndpoint)).toMatchObject({ code: 'UploadHostRefused' })
    expect(refusal(endpoint, allowed, vodEndpoint)!.detail).toContain('the upload credential would travel unencrypted')
  })

  it.each(['ftp://oss-cn-shanghai.aliyuncs.com', 'file:///etc/passwd', 'oss-cn-shanghai.aliyuncs.com', ''])(
    'refuses the endpoint %j',
    endpoint => {
      expect(refusal(endpoint)).toMatchObject({
        code: 'UploadHostRefused',
        host: '',
        detail: 'the UploadAddress endpoint is not an http(s) URL; the upload credential was not sent'
      })
    }
  )
})

describe('parseAllowedHost', () => {
  it.each<[string, AllowedHost | undefined]>([
    ['oss.example', { hostname: 'oss.example' }],
    ['OSS.Example:8080', { hostname: 'oss.example', port: '8080' }],
    ['127.0.0.1:09001', { hostname: '127.0.0.1', port: '9001' }],
    ['a', { hostname: 'a' }],
    ['a:65535', { hostname: 'a', port: '65535' }],
    ['[::1]:9001', { hostname: '[::1]', port: '9001' }],
    ['https://oss.example', undefined],
    ['oss.example/path', undefined],
    ['oss.example:65536', undefined],
    ['-oss.example', undefined],
    ['user@oss.example', undefined],
    ['::1', undefined]
  ])('%j', (entry, expected) => {
    expect(parseAllowedHost(entry)).toEqual(expected)
  })
})
