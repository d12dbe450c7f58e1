/** Which region an OSS V4 signature is scoped to, and the error when nothing names one. */
import { describe, expect, it } from '@jest/globals'
import { ServiceError } from '../../src/shared/errors.js'
import { ossSigningRegion, type RegionSources } from '../../src/services/oss-region.js'
import { thrownBy } from '../helpers/rejection.js'

describe('ossSigningRegion', () => {
  it.each<[string, RegionSources, string]>([
    [
      'the UploadAuth Region first',
      { uploadAuthRegion: 'cn-beijing', endpoint: 'https://oss-cn-shanghai.aliyuncs.com', regionInput: 'ap-southeast-1' },
      'cn-beijing'
    ],
    [
      'an UploadAuth Region written as the endpoint label',
      { uploadAuthRegion: 'oss-cn-hangzhou', endpoint: 'https://oss-cn-shanghai.aliyuncs.com' },
      'cn-hangzhou'
    ],
    ['the endpoint host', { endpoint: 'https://oss-cn-shanghai.aliyuncs.com', regionInput: 'cn-beijing' }, 'cn-shanghai'],
    [
      'an internal endpoint host',
      { endpoint: 'http://oss-ap-southeast-1-internal.aliyuncs.com', regionInput: 'cn-beijing' },
      'ap-southeast-1'
    ],
    ['a bucket host', { endpoint: 'https://outin-abc.oss-eu-central-1.aliyuncs.com' }, 'eu-central-1'],
    [
      'an accelerate host names none: the input',
      { endpoint: 'https://oss-accelerate.aliyuncs.com', regionInput: 'cn-shenzhen' },
      'cn-shenzhen'
    ],
    [
      'an overseas accelerate host names none: the input',
      { endpoint: 'https://oss-accelerate-overseas.aliyuncs.com', regionInput: 'us-west-1' },
      'us-west-1'
    ],
    ['a custom (CNAME) host names none: the input', { endpoint: 'https://img.example.com', regionInput: 'cn-hongkong' }, 'cn-hongkong'],
    ['an IP endpoint names none: the input', { endpoint: 'http://127.0.0.1:9000', regionInput: 'cn-shanghai' }, 'cn-shanghai'],
    [
      'a look-alike host outside aliyuncs.com names none',
      { endpoint: 'https://oss-cn-evil.example.com', regionInput: 'cn-shanghai' },
      'cn-shanghai'
    ],
    [
      'only a leading oss- of the UploadAuth Region is dropped',
      { uploadAuthRegion: 'cn-oss-1', endpoint: 'https://img.example.com' },
      'cn-oss-1'
    ],
    ['an endpoint that is no URL names none: the input', { endpoint: 'not a url', regionInput: 'cn-beijing' }, 'cn-beijing'],
    [
      'an empty UploadAuth Region counts as absent',
      { uploadAuthRegion: ' ', endpoint: 'https://oss-cn-qingdao.aliyuncs.com' },
      'cn-qingdao'
    ]
  ])('%s', (_name, sources, expected) => {
    expect(ossSigningRegion(sources)).toBe(expected)
  })

  it('names PutObject as the failed call unless told another', () => {
    expect(thrownBy(() => ossSigningRegion({ endpoint: 'https://img.example.com' }))).toMatchObject({
      api: 'PutObject',
      code: 'UnknownOssRegion'
    })
  })

  it('names what was missing when nothing gives a region', () => {
    const error = thrownBy(() => ossSigningRegion({ endpoint: 'https://oss-accelerate.aliyuncs.com' }, 'InitiateMultipartUpload'))
    expect(error).toBeInstanceOf(ServiceError)
    expect(error).toMatchObject({ service: 'oss', api: 'InitiateMultipartUpload', code: 'UnknownOssRegion', kind: 'permanent' })
    const { detail } = error as ServiceError
    expect(detail).toContain('the UploadAuth has no Region')
    expect(detail).toContain('endpoint host names none')
    expect(detail).toContain('the region input is empty')
  })
})
