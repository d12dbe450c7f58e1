/**
 * With role-to-assume, a VOD call that needs new credentials starts AssumeRoleWithOIDC: a proxy
 * refusing the CONNECT to STS is STS's failure (the sts-endpoint to allow), not the VOD call's.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { createServices } from '../../src/services/create-services.js'
import { closedPort, startProxy, type TestProxy } from '../helpers/network.js'
import { rejectionOf } from '../helpers/rejection.js'
import { withEnv } from '../helpers/swap.js'

const PROXY_VARIABLES = ['HTTPS_PROXY', 'HTTP_PROXY', 'NO_PROXY', 'https_proxy', 'http_proxy', 'no_proxy']

let proxy: TestProxy
/** The runner's OIDC token endpoint: any request gets a token (reached directly, over plain HTTP). */
let tokens: http.Server

beforeAll(async () => {
  proxy = await startProxy({ refuseConnect: hostPort => (hostPort.startsWith('sts.') ? 403 : undefined) })
  tokens = http.createServer((req, res) => {
    req.resume()
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ value: 'eyJhbGciOiJSUzI1NiJ9.e30.c2ln' }))
  })
  await new Promise<void>(resolve => tokens.listen(0, '127.0.0.1', resolve))
})

beforeEach(() => proxy.reset())

afterAll(async () => {
  tokens.closeAllConnections()
  await new Promise(resolve => tokens.close(resolve))
  await proxy.close()
})

function servicesWithRole(stsEndpoint: string) {
  return createServices({
    endpoint: 'https://vod.cn-shanghai.aliyuncs.com:1',
    credentials: {
      roleArn: 'acs:ram::1234567890123456:role/uploader',
      oidcProviderArn: 'acs:ram::1234567890123456:oidc-provider/github',
      audience: 'sts.aliyuncs.com',
      roleSessionName: 'gh-test',
      durationSeconds: 3600,
      stsEndpoint
    },
    region: 'cn-shanghai',
    concurrency: 1,
    timeoutMs: 10_000,
    ossSignatureVersion: 'v4',
    uploadHosts: []
  })
}

function proxyEnv(): Record<string, string | undefined> {
  return {
    ...Object.fromEntries(PROXY_VARIABLES.map(name => [name, undefined])),
    HTTPS_PROXY: proxy.url,
    ACTIONS_ID_TOKEN_REQUEST_URL: `http://127.0.0.1:${(tokens.address() as AddressInfo).port}/token?api-version=2.0`,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token'
  }
}

describe('a proxy refusing STS while a VOD call needs a session', () => {
  it('fails the call as STS refused at the proxy, naming AssumeRoleWithOIDC, not the VOD endpoint', () =>
    withEnv(proxyEnv(), async () => {
      const services = servicesWithRole('https://sts.cn-shanghai.aliyuncs.com:1')
      try {
        const failure = await rejectionOf(services.createUploadImage({ ImageType: 'default', ImageExt: 'png' }))
        expect(failure).toMatchObject({
          service: 'sts',
          api: 'AssumeRoleWithOIDC',
          code: 'ProxyRefused',
          status: 403,
          reach: 'proxy-refused'
        })
        expect(proxy.tunnels).toEqual(['sts.cn-shanghai.aliyuncs.com:1'])
      } finally {
        services.closeConnections()
      }
    }))

  it('leaves an STS endpoint reached directly (loopback: no proxy) refusing the connection as it is, though the VOD endpoint is proxied', () =>
    withEnv(proxyEnv(), async () => {
      const services = servicesWithRole(`https://127.0.0.1:${await closedPort()}`)
      try {
        const failure = await rejectionOf(services.createUploadImage({ ImageType: 'default', ImageExt: 'png' }))
        expect(failure).toMatchObject({ service: 'sts', api: 'AssumeRoleWithOIDC', reach: 'connection-refused' })
        expect(proxy.tunnels).toEqual([])
      } finally {
        services.closeConnections()
      }
    }))
})
