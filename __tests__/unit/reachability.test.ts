/** The run's note for each way a service cannot be reached: the cause, and the fix. */
import { describe, expect, it } from '@jest/globals'
import { isHopeless, proxyCause, type ReachCause } from '../../src/shared/reachability.js'
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
    ['proxy-auth', 'proxy-auth', true]
  ])('%s through a proxy is %s; retrying it is hopeless: %s', (cause, proxied, hopeless) => {
    expect(proxyCause(cause)).toBe(proxied)
    expect(isHopeless(cause)).toBe(hopeless)
  })
})
