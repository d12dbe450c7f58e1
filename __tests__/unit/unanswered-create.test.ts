/**
 * A CreateUploadImage that got no answer may still have created an image (no idempotency token): the
 * file's result counts it (unansweredCreates), for every way the real VOD client reports such a call,
 * and only for those. The client runs against a loopback server that misbehaves on purpose.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fixedCredentials } from '../../src/services/credentials.js'
import type { UploadServices } from '../../src/services/port.js'
import { VodClient, type VodSignatureVersion } from '../../src/services/vod-client.js'
import { Breaker } from '../../src/upload/breaker.js'
import { FileUpload } from '../../src/upload/file-upload.js'
import type { UploadTask } from '../../src/plan/plan.js'

type Behaviour = (req: IncomingMessage, res: ServerResponse) => void

let server: http.Server
let endpoint: string
let behave: Behaviour

beforeAll(async () => {
  server = http.createServer((req, res) => {
    req.resume()
    req.on('end', () => behave(req, res))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => {
  server.closeAllConnections()
  return new Promise<void>(resolve => server.close(() => resolve()))
})

const RETRIES = 1

const TASK: UploadTask = {
  file: { absolutePath: '/nowhere/a.png', relativePath: 'a.png', bytes: 3, format: 'png' },
  title: 'a',
  tags: [],
  params: { ImageType: 'default', ImageExt: 'png' },
  digest: { bytes: 3, md5Base64: 'md5', sha256Hex: 'sha' }
}

/** One file's upload whose CreateUploadImage goes to the server through the real client; nothing else is reached. */
async function uploadOnce(
  target: string,
  signatureVersion: VodSignatureVersion = 'v3'
): Promise<{ code?: string; unansweredCreates: number }> {
  const vod = new VodClient({
    endpoint: target,
    credentials: fixedCredentials({ accessKeyId: 'key', accessKeySecret: 'secret' }),
    timeoutMs: 300,
    signatureVersion
  })
  const unreachable = (): Promise<never> => Promise.reject(new Error('not reached in this test'))
  const services: UploadServices = {
    createUploadImage: params => vod.createUploadImage(params),
    deleteImages: unreachable,
    getImageInfos: unreachable,
    putObject: unreachable
  }
  const upload = new FileUpload(
    TASK,
    services,
    { secret: () => {}, finished: () => {}, debug: () => {} },
    {
      concurrency: 1,
      backoff: { retries: RETRIES, baseDelayMs: 0, maxDelayMs: 0, random: () => 0, sleep: async () => {} },
      renewMarginMs: 0,
      multipartThreshold: Number.MAX_SAFE_INTEGER,
      now: Date.now
    },
    new Breaker(Number.MAX_SAFE_INTEGER)
  )
  const result = await upload.run()
  return { code: result.error?.code, unansweredCreates: result.unansweredCreates }
}

const noAnswer: Behaviour = () => {}
const hangUp: Behaviour = req => req.socket.destroy()
const cutShort: Behaviour = (_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' })
  res.write('{"RequestId":')
  res.socket?.destroy()
}
const errorAnswer: Behaviour = (_req, res) => {
  res.writeHead(503, { 'content-type': 'application/json' })
  res.end(JSON.stringify({ Code: 'ServiceUnavailable', Message: 'busy', RequestId: 'R1' }))
}

describe('a CreateUploadImage without an answer', () => {
  it.each([
    ['no answer before the timeout', 'v3', noAnswer, 'RequestTimeout'],
    ['the connection dropped after the request', 'v3', hangUp, 'ECONNRESET'],
    ['the answer cut off midway', 'v3', cutShort, 'ECONNRESET'],
    ['no answer before the timeout', 'v2', noAnswer, 'RequestTimeout'],
    ['the connection dropped after the request', 'v2', hangUp, 'ECONNRESET'],
    ['the answer cut off midway', 'v2', cutShort, 'ECONNRESET']
  ] as const)('is counted, each attempt, when %s (signed %s)', async (_case, signatureVersion, behaviour, code) => {
    behave = behaviour
    expect(await uploadOnce(endpoint, signatureVersion)).toEqual({ code, unansweredCreates: RETRIES + 1 })
  })

  it('is not counted when VOD answered, even with an error', async () => {
    behave = errorAnswer
    expect(await uploadOnce(endpoint)).toEqual({ code: 'ServiceUnavailable', unansweredCreates: 0 })
  })

  it('is not counted when the connection was refused: nothing was sent', async () => {
    const closed = http.createServer()
    await new Promise<void>(resolve => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise<void>(resolve => closed.close(() => resolve()))
    expect(await uploadOnce(`http://127.0.0.1:${port}`)).toEqual({ code: 'ECONNREFUSED', unansweredCreates: 0 })
  })
})
