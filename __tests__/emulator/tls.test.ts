/** The emulator over HTTPS: a CA made at start, names the clients check, handshakes counted. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { X509Certificate } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import https from 'node:https'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import { trustCa } from '../helpers/action.js'
import { createUploadImage, ossClientFor } from './helpers.js'

let emulator: Emulator
let untrust: () => void

beforeAll(async () => {
  emulator = await startEmulator({ acceptRpcV2: true, tls: true })
  untrust = trustCa(emulator.ca!)
})

afterAll(async () => {
  untrust()
  await emulator.close()
})

describe('the emulator over TLS', () => {
  it('serves https endpoints and hands out an https UploadAddress', async () => {
    expect(emulator.vodEndpoint).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/)
    expect(emulator.ossEndpoint).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/)
    const { address } = await createUploadImage(emulator)
    expect(address.Endpoint).toBe(emulator.ossEndpoint)
  })

  it('writes its CA to caFile, for NODE_EXTRA_CA_CERTS', () => {
    expect(readFileSync(emulator.caFile!, 'utf8')).toBe(emulator.ca)
    const ca = new X509Certificate(emulator.ca!)
    expect(ca.ca).toBe(true)
  })

  it('has a certificate for the names ali-oss and proxied clients check, signed by that CA', async () => {
    const cert = await new Promise<X509Certificate>((resolve, reject) => {
      const req = https.get(`${emulator.ossEndpoint}/`, { agent: false }, res => {
        const peer = (res.socket as import('node:tls').TLSSocket).getPeerX509Certificate()!
        res.resume()
        resolve(peer)
      })
      req.on('error', reject)
    })
    expect(cert.verify(new X509Certificate(emulator.ca!).publicKey)).toBe(true)
    for (const name of [
      'localhost',
      'outin-emulator.oss-cn-shanghai.aliyuncs.com',
      'oss-cn-shanghai.aliyuncs.com',
      'vod.cn-shanghai.aliyuncs.com'
    ]) {
      expect(cert.checkHost(name)).toBeDefined()
    }
    expect(cert.checkIP('127.0.0.1')).toBe('127.0.0.1')
    expect(cert.checkHost('example.com')).toBeUndefined()
  })

  it('is refused by a client that does not trust its CA: verification is never switched off', async () => {
    const error = await new Promise<NodeJS.ErrnoException>(resolve => {
      https
        .get(`${emulator.ossEndpoint}/`, { agent: false, ca: [] as string[] }, () => resolve(new Error('connected')))
        .on('error', resolve)
    })
    expect(error.code).toMatch(/UNABLE_TO_VERIFY_LEAF_SIGNATURE|SELF_SIGNED|UNABLE_TO_GET_ISSUER_CERT/)
  })

  it('takes a V4-signed ali-oss upload over TLS with an IP endpoint, counting one handshake per connection', async () => {
    emulator.reset()
    const { response, address, auth } = await createUploadImage(emulator)
    const agent = new https.Agent({ keepAlive: true, maxSockets: 1 })
    const client = ossClientFor(address, auth, { agent, httpsAgent: agent } as object)
    await client.put(address.FileName, Buffer.from('one'))
    await client.put(address.FileName, Buffer.from('two'))
    agent.destroy()
    expect(emulator.objectForImage(response.ImageId)?.body.toString()).toBe('two')
    const oss = emulator.stats().oss
    expect(oss).toMatchObject({ requests: 2, connections: 1, handshakes: 1 })
    expect(emulator.requests.filter(r => r.service === 'oss').every(r => r.secure && r.signature === 'v4')).toBe(true)
  })

  it('removes caFile on close', async () => {
    const other = await startEmulator({ acceptRpcV2: true, tls: true })
    expect(existsSync(other.caFile!)).toBe(true)
    await other.close()
    expect(existsSync(other.caFile!)).toBe(false)
  })
})
