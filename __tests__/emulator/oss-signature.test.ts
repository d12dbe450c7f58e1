import { describe, expect, it } from '@jest/globals'
import {
  canonicalizedOssHeaders,
  canonicalizedResource,
  ossSignature,
  ossStringToSign,
  redactSecurityToken,
  type OssSigningRequest
} from '../../emulator/oss-signature.js'
import { createHmac } from 'node:crypto'

const DATE = 'Tue, 10 Oct 2017 12:02:54 GMT'

interface Case {
  name: string
  request: OssSigningRequest
  expected: string
}

const cases: Case[] = [
  {
    name: 'simple put with Content-MD5 and x-oss-date',
    request: {
      method: 'PUT',
      headers: { 'content-md5': 'ZajifYh5KDgxtmS9i38K1A==', 'content-type': 'image/png', 'x-oss-date': DATE },
      bucket: 'outin-emulator',
      key: 'image/default/a.png'
    },
    expected: `PUT\nZajifYh5KDgxtmS9i38K1A==\nimage/png\n${DATE}\nx-oss-date:${DATE}\n/outin-emulator/image/default/a.png`
  },
  {
    name: 'security token signed in, headers sorted and trimmed, no MD5',
    request: {
      method: 'put',
      headers: { 'x-oss-security-token': ' TOKEN ', 'x-oss-date': DATE, 'content-type': 'image/jpeg', 'user-agent': 'ignored' },
      bucket: 'b',
      key: 'k.jpg'
    },
    expected: `PUT\n\nimage/jpeg\n${DATE}\nx-oss-date:${DATE}\nx-oss-security-token:TOKEN\n/b/k.jpg`
  },
  {
    name: 'Date header fills the date slot when x-oss-date is absent',
    request: { method: 'GET', headers: { date: DATE }, bucket: 'b', key: 'k' },
    expected: `GET\n\n\n${DATE}\n/b/k`
  },
  {
    name: 'sub-resources sorted, bare names without "=", unsigned parameters dropped',
    request: {
      method: 'PUT',
      headers: { 'x-oss-date': DATE },
      bucket: 'b',
      key: 'k',
      subResources: { uploadId: 'U1', partNumber: '3', 'max-keys': '5' }
    },
    expected: `PUT\n\n\n${DATE}\nx-oss-date:${DATE}\n/b/k?partNumber=3&uploadId=U1`
  },
  {
    name: 'initiate multipart: ?uploads',
    request: {
      method: 'POST',
      headers: { 'x-oss-date': DATE, 'content-type': 'image/png' },
      bucket: 'b',
      key: 'k',
      subResources: { uploads: '' }
    },
    expected: `POST\n\nimage/png\n${DATE}\nx-oss-date:${DATE}\n/b/k?uploads`
  }
]

describe('ossStringToSign', () => {
  it.each(cases.map(c => [c.name, c] as const))('%s', (_name, c) => {
    expect(ossStringToSign(c.request)).toBe(c.expected)
  })
})

describe('OSS signing pieces', () => {
  it('canonicalizes x-oss-* headers only', () => {
    expect(canonicalizedOssHeaders({ 'x-oss-meta-b': '2', 'x-oss-meta-a': ' 1 ', host: 'h' })).toBe('x-oss-meta-a:1\nx-oss-meta-b:2\n')
  })

  it('writes a resource with an empty key as /bucket/', () => {
    expect(canonicalizedResource('b', '')).toBe('/b/')
  })

  it('signs with HMAC-SHA1 keyed by the secret itself', () => {
    const expected = createHmac('sha1', 'secret').update('text').digest('base64')
    expect(ossSignature('text', 'secret')).toBe(expected)
  })

  it('redacts the security token line only', () => {
    const text = `PUT\n\n\n${DATE}\nx-oss-date:${DATE}\nx-oss-security-token:SECRET-TOKEN\n/b/k`
    const redacted = redactSecurityToken(text)
    expect(redacted).not.toContain('SECRET-TOKEN')
    expect(redacted).toContain(`x-oss-date:${DATE}\nx-oss-security-token:<redacted>\n/b/k`)
  })
})
