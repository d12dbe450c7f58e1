/**
 * A proxy's refusal of a CONNECT belongs to the call whose request it refused. Two calls share one
 * tunnel agent: a VOD call whose CONNECT the proxy refuses (407), and an OSS PutObject in flight at
 * the same moment that then fails for a reason of its own (403 AccessDenied from the bucket). The
 * PUT's failure is reported as OSS answered it, not as the proxy's refusal of the other call.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import https from 'node:https'
import type { AddressInfo } from 'node:net'
import { createServices } from '../../src/services/create-services.js'
import { ServiceError } from '../../src/shared/errors.js'
import { createTlsMaterial, namesFor, type TlsMaterial } from '../../emulator/tls.js'
import { trustCa } from '../helpers/action.js'
import { startProxy, type TestProxy } from '../helpers/network.js'
import { rejectionOf } from '../helpers/rejection.js'
import { withEnv } from '../helpers/swap.js'

const PROXY_VARIABLES = ['HTTPS_PROXY', 'HTTP_PROXY', 'NO_PROXY', 'https_proxy', 'http_proxy', 'no_proxy']
const DENIED =
  '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code><Message>You have no right to access this object.</Message>' +
  '<RequestId>5F0000000000000000000001</RequestId></Error>'

let proxy: TestProxy
let material: TlsMaterial
let oss: https.Server
let untrust = (): void => undefined
/** Resolves with the answer of the PUT that reached the OSS server, which holds it until the test answers. */
let heldPut: Promise<(status: number, body: string) => void>

beforeAll(async () => {
  proxy = await startProxy({ refuseConnect: hostPort => (hostPort.startsWith('vod.') ? 407 : undefined) })
  material = await createTlsMaterial(namesFor(['cn-shanghai']))
  untrust = trustCa(material.ca)
  let reached: (answer: (status: number, body: string) => void) => void = () => undefined
  heldPut = new Promise(resolve => (reached = resolve))
  oss = https.createServer({ key: material.key, cert: material.cert }, (req, res) => {
    req.resume()
    req.on('end', () =>
      reached((status, body) =>
        res.writeHead(status, { 'content-type': 'application/xml', 'x-oss-request-id': '5F0000000000000000000001' }).end(body)
      )
    )
  })
  await new Promise<void>(resolve => oss.listen(0, '127.0.0.1', resolve))
})

afterAll(async () => {
  untrust()
  oss.closeAllConnections()
  await new Promise(resolve => oss.close(resolve))
  await material.dispose()
  await proxy.close()
})

describe('a CONNECT refused for one call', () => {
  it('is not blamed for another call that fails meanwhile', () =>
    withEnv({ ...Object.fromEntries(PROXY_VARIABLES.map(name => [name, undefined])), HTTPS_PROXY: proxy.url }, async () => {
      const services = createServices({
        endpoint: 'https://vod.cn-shanghai.aliyuncs.com:1',
        credentials: { accessKeyId: 'LTAItestKeyId', accessKeySecret: 'test-access-key-secret' },
        region: 'cn-shanghai',
        concurrency: 2,
        timeoutMs: 10_000,
        ossSignatureVersion: 'v4',
        uploadHosts: []
      })
      try {
        const content = Buffer.from('image bytes')
        const put = rejectionOf(
          services.putObject(
            {
              requestId: 'R',
              imageId: 'i1',
              imageUrl: '',
              fileUrl: '',
              address: {
                endpoint: `https://oss-cn-shanghai.aliyuncs.com:${(oss.address() as AddressInfo).port}`,
                bucket: 'outin-test',
                fileName: 'image/a.png'
              },
              auth: {
                accessKeyId: 'STS.test',
                accessKeySecret: 'sts-secret',
                securityToken: 'sts-token',
                receivedAt: 0,
                expiresAt: Infinity,
                region: 'cn-shanghai'
              },
              rawSecrets: []
            },
            { absolutePath: '/nonexistent', bytes: content.length, md5Base64: '', content },
            { retry: operation => operation(), check: () => undefined }
          )
        )
        const answer = await heldPut
        const create = await rejectionOf(services.createUploadImage({ ImageType: 'default', ImageExt: 'png' }))
        expect(create).toMatchObject({ service: 'vod', code: 'ProxyAuthenticationRequired', status: 407, reach: 'proxy-auth' })
        answer(403, DENIED)
        const failure = await put
        expect(failure).toBeInstanceOf(ServiceError)
        expect(failure).toMatchObject({ service: 'oss', api: 'PutObject', code: 'AccessDenied', status: 403 })
        expect(proxy.tunnels.map(tunnel => tunnel.split('.')[0])).toEqual(['outin-test', 'vod'])
      } finally {
        services.closeConnections()
      }
    }))
})
