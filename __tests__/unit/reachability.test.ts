/** The run's note for each way a service cannot be reached: the cause, and the fix. */
import { describe, expect, it } from '@jest/globals'
import { causeDetail, isHopeless, proxyCause, reachCause, type ReachCause } from '../../src/shared/reachability.js'
import { reachNote, reachNotes } from '../../src/report/messages.js'

const VOD = { endpoint: 'https://vod.cn-shanghai.aliyuncs.com' }

describe('reachNote', () => {
  it.each<[ReachCause, 'vod' | 'oss', string[]]>([
    [
      'untrusted-certificate',
      'vod',
      ['https://vod.cn-shanghai.aliyuncs.com is not signed by a CA this runner trusts', 'NODE_EXTRA_CA_CERTS', 'NO_PROXY']
    ],
    ['untrusted-certificate', 'oss', ['the OSS host VOD gave for the upload', 'NODE_EXTRA_CA_CERTS']],
    ['host-mismatch', 'vod', ['is for another host name', 'check the endpoint input']],
    ['host-mismatch', 'oss', ['check the storage-location input and the region']],
    ['expired-certificate', 'vod', ['has expired or is not valid yet', "check the runner's clock"]],
    ['host-not-found', 'vod', ['does not resolve', 'check the endpoint input', 'HTTPS_PROXY', 'NO_PROXY']],
    [
      'connection-refused',
      'vod',
      ['The VOD endpoint https://vod.cn-shanghai.aliyuncs.com refused the connection', 'the host and the port']
    ],
    ['proxy-auth', 'vod', ['HTTP 407', 'HTTPS_PROXY=http://user:password@proxy:port', 'NO_PROXY']],
    ['proxy-refused', 'oss', ['HTTP 403 to CONNECT', 'NO_PROXY']],
    ['proxy-unreachable', 'vod', ['HTTPS_PROXY or HTTP_PROXY names cannot be reached', 'NO_PROXY']],
    ['no-answer', 'vod', ['The VOD endpoint https://vod.cn-shanghai.aliyuncs.com accepted connections but never answered']]
  ])('%s at %s says %j', (cause, service, parts) => {
    const note = reachNote({ service, cause, status: cause === 'proxy-refused' ? 403 : undefined }, VOD)
    for (const part of parts) expect(note).toContain(part)
  })

  it.each<[ReachCause, boolean, string, string]>([
    ['host-not-found', true, 'check the region input', 'check the endpoint input'],
    ['host-not-found', false, 'check the endpoint input', 'check the region input'],
    ['connection-refused', true, 'check the region input', 'check the endpoint input'],
    ['no-answer', false, 'check the endpoint input', 'check the region input']
  ])('%s with the endpoint made from the region: %s says %j, never %j', (cause, endpointFromRegion, says, never) => {
    const note = reachNote({ service: 'vod', cause }, { ...VOD, endpointFromRegion })
    expect(note).toContain(says)
    expect(note).not.toContain(never)
  })

  it.each<[ReachCause, 'vod' | 'sts', string]>([
    [
      'not-tls',
      'vod',
      'The VOD endpoint https://vod.cn-shanghai.aliyuncs.com does not speak TLS, though the URL says https://: if it is plain HTTP, write http:// (check the endpoint input); if a proxy or firewall answers in its place, add the host to NO_PROXY or ask for it to be allowed.'
    ],
    [
      'connection-refused',
      'sts',
      'The STS endpoint refused the connection (nothing listens at that address and port): check the sts-endpoint input (the host and the port); if the runner must go through a proxy set HTTPS_PROXY, and to go around one add the host to NO_PROXY.'
    ],
    [
      'proxy-refused',
      'vod',
      'The proxy refused to connect to the VOD endpoint https://vod.cn-shanghai.aliyuncs.com (HTTP ? to CONNECT): ask for the host to be allowed, or add it to NO_PROXY to go around the proxy.'
    ]
  ])('%s at %s, whole', (cause, service, whole) => {
    expect(reachNote({ service, cause }, VOD)).toBe(whole)
  })

  it('one note per distinct cause, in the order met', () => {
    const notes = reachNotes(
      [
        { service: 'vod', cause: 'host-not-found' },
        undefined,
        { service: 'vod', cause: 'host-not-found' },
        { service: 'oss', cause: 'expired-certificate' }
      ],
      VOD
    )
    expect(notes).toHaveLength(2)
    expect(notes[0]).toContain('does not resolve')
  })
})

describe('causes', () => {
  it.each<[ReachCause, ReachCause, boolean]>([
    ['host-not-found', 'proxy-unreachable', true],
    ['connection-refused', 'proxy-unreachable', false],
    ['untrusted-certificate', 'untrusted-certificate', true],
    ['proxy-auth', 'proxy-auth', true],
    ['no-answer', 'no-answer', true],
    ['not-tls', 'not-tls', true],
    ['proxy-unreachable', 'proxy-unreachable', true]
  ])('%s through a proxy is %s; retrying it is hopeless: %s', (cause, proxied, hopeless) => {
    expect(proxyCause(cause)).toBe(proxied)
    expect(isHopeless(cause)).toBe(hopeless)
  })
})

describe('reachCause: told from the code alone', () => {
  it.each<[string, ReachCause | undefined]>([
    ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'untrusted-certificate'],
    ['UNABLE_TO_GET_ISSUER_CERT', 'untrusted-certificate'],
    ['UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'untrusted-certificate'],
    ['SELF_SIGNED_CERT_IN_CHAIN', 'untrusted-certificate'],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'untrusted-certificate'],
    ['CERT_UNTRUSTED', 'untrusted-certificate'],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'host-mismatch'],
    ['CERT_HAS_EXPIRED', 'expired-certificate'],
    ['CERT_NOT_YET_VALID', 'expired-certificate'],
    ['ENOTFOUND', 'host-not-found'],
    ['ECONNREFUSED', 'connection-refused'],
    ['EPROTO', 'not-tls'],
    ['ERR_SSL_WRONG_VERSION_NUMBER', 'not-tls'],
    ['ERR_SSL_PACKET_LENGTH_TOO_LONG', 'not-tls'],
    ['ECONNRESET', undefined],
    ['', undefined],
    ['enotfound', undefined],
    ['toString', undefined],
    ['constructor', undefined],
    ['__proto__', undefined]
  ])('%p is %p', (code, cause) => {
    expect(reachCause(code)).toBe(cause)
  })
})

describe('causeDetail: the short per-file words', () => {
  it.each<[ReachCause, string]>([
    ['untrusted-certificate', 'the TLS certificate could not be verified: its CA is not trusted'],
    ['host-mismatch', 'the TLS certificate could not be verified: host name mismatch'],
    ['expired-certificate', 'the TLS certificate could not be verified: expired'],
    ['host-not-found', 'the host name does not resolve'],
    ['connection-refused', 'the connection was refused (nothing listens there)'],
    ['proxy-auth', 'the proxy asked for credentials'],
    ['proxy-refused', 'the proxy refused the CONNECT'],
    ['proxy-unreachable', 'the proxy cannot be reached'],
    ['no-answer', 'the connection was accepted but no answer ever came'],
    ['not-tls', 'the endpoint does not speak TLS (the https:// handshake got no TLS answer)']
  ])('%s: %s', (cause, detail) => {
    expect(causeDetail(cause)).toBe(detail)
  })

  it('says something different for each cause', () => {
    const causes: ReachCause[] = [
      'untrusted-certificate',
      'host-mismatch',
      'expired-certificate',
      'host-not-found',
      'connection-refused',
      'proxy-auth',
      'proxy-refused',
      'proxy-unreachable',
      'no-answer',
      'not-tls'
    ]
    expect(new Set(causes.map(causeDetail)).size).toBe(causes.length)
  })
})
