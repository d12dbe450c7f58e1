import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createHash, randomBytes } from 'node:crypto'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import { rejectionOf } from '../helpers/rejection.js'
import {
  callVod,
  createUploadImage,
  ossClientFor,
  putWithWrongV4Signature,
  signedOssRequest,
  v4DateTime,
  vodClient,
  withTempDir
} from './helpers.js'

interface OssError extends Error {
  code: string
  status: number
  requestId?: string
}

function md5Base64(body: Buffer): string {
  return createHash('md5').update(body).digest('base64')
}

describe('OSS through ali-oss', () => {
  let emulator: Emulator

  beforeAll(async () => {
    emulator = await startEmulator({ acceptRpcV2: true })
  })
  afterAll(() => emulator.close())

  it('stores a Buffer put (Content-MD5 sent by ali-oss) and marks the image uploaded', async () => {
    const { response, address, auth } = await createUploadImage(emulator)
    const body = randomBytes(4096)

    const result = await ossClientFor(address, auth).put(address.FileName, body)

    const etag = createHash('md5').update(body).digest('hex').toUpperCase()
    expect(result.res.status).toBe(200)
    expect((result.res.headers as Record<string, string>).etag).toBe(`"${etag}"`)
    expect((result.res.headers as Record<string, string>)['x-oss-request-id']).toMatch(/^[0-9A-F]{24}$/)
    const stored = emulator.objectForImage(response.ImageId)
    expect(stored).toMatchObject({
      bucket: 'outin-emulator',
      key: address.FileName,
      contentType: 'image/png',
      contentMd5Sent: true,
      etag,
      multipart: false
    })
    expect(stored?.body.equals(body)).toBe(true)
    expect(emulator.images.get(response.ImageId)).toMatchObject({ uploaded: true, bytes: 4096 })
    expect(emulator.stats().maxOpenImages).toBe(1)

    const info = await callVod<{ ImageInfo: { Status: string; Mezzanine: { FileSize: number } } }>(vodClient(emulator), 'GetImageInfo', {
      ImageId: response.ImageId
    })
    expect(info.ImageInfo.Status).toBe('Normal')
    expect(info.ImageInfo.Mezzanine.FileSize).toBe(4096)
  })

  it('stores a file put with an explicit Content-MD5 and serves it back byte for byte', async () => {
    await withTempDir(async dir => {
      const { response, address, auth } = await createUploadImage(emulator, { ImageType: 'default', ImageExt: 'jpg' })
      const body = randomBytes(150 * 1024)
      const file = join(dir, 'photo.jpg')
      await writeFile(file, body)
      const client = ossClientFor(address, auth)

      await client.put(address.FileName, file, { headers: { 'Content-MD5': md5Base64(body) } })

      expect(emulator.objectForImage(response.ImageId)).toMatchObject({ contentMd5Sent: true, contentType: 'image/jpeg' })
      const read = await client.get(address.FileName)
      expect(Buffer.compare(read.content as Buffer, body)).toBe(0)
      const anonymous = await fetch(response.ImageURL)
      expect(anonymous.status).toBe(200)
      expect(anonymous.headers.get('content-type')).toBe('image/jpeg')
      expect(Buffer.from(await anonymous.arrayBuffer()).equals(body)).toBe(true)
    })
  })

  it('records that a file put without Content-MD5 was not verified', async () => {
    await withTempDir(async dir => {
      const { response, address, auth } = await createUploadImage(emulator)
      const file = join(dir, 'plain.png')
      await writeFile(file, randomBytes(1000))
      await ossClientFor(address, auth).put(address.FileName, file)
      expect(emulator.objectForImage(response.ImageId)).toMatchObject({ contentMd5Sent: false })
    })
  })

  it('refuses a body that does not match its Content-MD5', async () => {
    const { response, address, auth } = await createUploadImage(emulator)
    const error = await rejectionOf<OssError>(
      ossClientFor(address, auth).put(address.FileName, randomBytes(100), { headers: { 'Content-MD5': md5Base64(Buffer.from('other')) } })
    )
    expect(error).toMatchObject({ code: 'InvalidDigest', status: 400 })
    expect(emulator.objectForImage(response.ImageId)).toBeUndefined()
  })

  it('refuses a credential used for another image key', async () => {
    const first = await createUploadImage(emulator)
    const second = await createUploadImage(emulator)
    const error = await rejectionOf<OssError>(ossClientFor(first.address, first.auth).put(second.address.FileName, randomBytes(10)))
    expect(error).toMatchObject({ code: 'AccessDenied', status: 403 })
  })

  const credentialRefusals: Array<
    [string, (auth: { AccessKeyId: string; AccessKeySecret: string; SecurityToken: string }) => object, number, string]
  > = [
    ['a wrong security token', auth => ({ stsToken: `${auth.SecurityToken}x` }), 403, 'InvalidSecurityToken'],
    ['an unknown access key id', () => ({ accessKeyId: 'STS.unknown' }), 403, 'InvalidAccessKeyId'],
    ['a wrong secret', () => ({ accessKeySecret: 'wrong-secret' }), 403, 'SignatureDoesNotMatch'],
    ['another bucket', () => ({ bucket: 'someone-else' }), 404, 'NoSuchBucket'],
    ['a clock 20 minutes ahead', () => ({ amendTimeSkewed: 20 * 60_000 }), 403, 'RequestTimeTooSkewed']
  ]
  it.each(credentialRefusals)('refuses %s', async (_name, override, status, code) => {
    const { address, auth } = await createUploadImage(emulator)
    const client = ossClientFor(address, auth, override(auth))
    const error = await rejectionOf<OssError>(client.put(address.FileName, randomBytes(10)))
    expect(error).toMatchObject({ code, status })
    expect(error.message).not.toContain(auth.AccessKeySecret)
    expect(error.message).not.toContain(auth.SecurityToken)
  })

  it('refuses an upload with a credential issued already expired', async () => {
    emulator.setExpiredCredentials(1)
    try {
      const { address, auth } = await createUploadImage(emulator)
      expect(auth.Expiration).toBe('0')
      const error = await rejectionOf<OssError>(ossClientFor(address, auth).put(address.FileName, randomBytes(10)))
      expect(error).toMatchObject({ code: 'SecurityTokenExpired', status: 403 })
    } finally {
      emulator.setExpiredCredentials(0)
    }
  })

  it('assembles a parallel multipart upload', async () => {
    await withTempDir(async dir => {
      const { response, address, auth } = await createUploadImage(emulator)
      const body = randomBytes(1024 * 1024 + 123)
      const file = join(dir, 'big.png')
      await writeFile(file, body)

      const result = await ossClientFor(address, auth).multipartUpload(address.FileName, file, { partSize: 200 * 1024, parallel: 3 })

      const stored = emulator.objectForImage(response.ImageId)
      expect(stored?.body.equals(body)).toBe(true)
      expect(stored).toMatchObject({ multipart: true, contentType: 'image/png', etag: expect.stringMatching(/^[0-9A-F]{32}-6$/) })
      expect(result.res.status).toBe(200)
      expect(emulator.images.get(response.ImageId)).toMatchObject({ uploaded: true, bytes: body.length })
      const operations = emulator.requests.filter(r => r.imageId === response.ImageId && r.service === 'oss').map(r => r.ossOperation)
      expect(operations).toEqual(['InitiateMultipartUpload', ...Array(6).fill('UploadPart'), 'CompleteMultipartUpload'])
    })
  })

  it('also serves path-style requests (sldEnable with a host-name endpoint)', async () => {
    const { response, address, auth } = await createUploadImage(emulator)
    const endpoint = emulator.ossEndpoint.replace('127.0.0.1', 'localhost')
    const client = ossClientFor({ ...address, Endpoint: endpoint }, auth, { sldEnable: true } as object)
    const body = randomBytes(64)
    await client.put(address.FileName, body)
    expect(emulator.objectForImage(response.ImageId)?.body.equals(body)).toBe(true)
  })

  it('answers 404 NoSuchKey for a missing object, to GET and to HEAD', async () => {
    const { address, auth } = await createUploadImage(emulator)
    const client = ossClientFor(address, auth)
    expect(await rejectionOf<OssError>(client.get(address.FileName))).toMatchObject({ code: 'NoSuchKey', status: 404 })
    expect(await rejectionOf<OssError>(client.head(address.FileName))).toMatchObject({ code: 'NoSuchKey', status: 404 })
    const anonymous = await fetch(`${emulator.ossEndpoint}/outin-emulator/${address.FileName}`, { method: 'HEAD' })
    expect(anonymous.status).toBe(404)
  })

  it('refuses an anonymous PUT', async () => {
    const { address } = await createUploadImage(emulator)
    const answer = await fetch(`${emulator.ossEndpoint}/outin-emulator/${address.FileName}`, { method: 'PUT', body: 'x' })
    expect(answer.status).toBe(403)
    expect(answer.headers.get('content-type')).toBe('application/xml')
    expect(await answer.text()).toContain('<Code>AccessDenied</Code>')
  })

  it('echoes the string to sign and the canonical request on SignatureDoesNotMatch, with the security token redacted', async () => {
    const { address, auth } = await createUploadImage(emulator)
    const { answer, date } = await putWithWrongV4Signature(emulator.ossEndpoint, address, auth, {
      headers: { 'content-type': 'image/png' }
    })
    const xml = await answer.text()
    expect(answer.status).toBe(403)
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<Error>/)
    expect(xml).toContain('<Code>SignatureDoesNotMatch</Code>')
    expect(xml).toContain(`<StringToSign>OSS4-HMAC-SHA256\n${date}\n${date.slice(0, 8)}/cn-shanghai/oss/aliyun_v4_request\n`)
    expect(xml).toContain(`<CanonicalRequest>PUT\n/${address.Bucket}/${address.FileName}\n\ncontent-type:image/png\n`)
    expect(xml).toContain('x-oss-security-token:&lt;redacted&gt;\n')
    expect(xml).not.toContain(auth.SecurityToken)
    expect(xml).not.toContain(auth.AccessKeySecret)
    expect(answer.headers.get('x-oss-request-id')).toMatch(/^[0-9A-F]{24}$/)
  })

  it('deleting the image removes its object', async () => {
    const { response, address, auth } = await createUploadImage(emulator)
    await ossClientFor(address, auth).put(address.FileName, randomBytes(10))
    await callVod(vodClient(emulator), 'DeleteImage', { DeleteImageType: 'ImageId', ImageIds: response.ImageId })
    expect(emulator.objectForImage(response.ImageId)).toBeUndefined()
    expect((await fetch(response.ImageURL)).status).toBe(404)
  })
})

describe('OSS limits and multipart rules', () => {
  let emulator: Emulator

  beforeAll(async () => {
    emulator = await startEmulator({ acceptRpcV2: true, maxObjectBytes: 300 * 1024 })
  })
  afterAll(() => emulator.close())

  it('refuses an object above maxObjectBytes, with and without Content-Length', async () => {
    await withTempDir(async dir => {
      const { address, auth } = await createUploadImage(emulator)
      const client = ossClientFor(address, auth)
      const tooBig = randomBytes(300 * 1024 + 1)
      expect(await rejectionOf<OssError>(client.put(address.FileName, tooBig))).toMatchObject({ code: 'EntityTooLarge', status: 400 })
      const file = join(dir, 'big.png')
      await writeFile(file, tooBig)
      const { createReadStream } = await import('node:fs')
      expect(await rejectionOf<OssError>(client.putStream(address.FileName, createReadStream(file)))).toMatchObject({
        code: 'EntityTooLarge',
        status: 400
      })
    })
  })

  it('accepts a chunked stream put within the limit', async () => {
    await withTempDir(async dir => {
      const { response, address, auth } = await createUploadImage(emulator)
      const body = randomBytes(200 * 1024)
      const file = join(dir, 'stream.png')
      await writeFile(file, body)
      const { createReadStream } = await import('node:fs')
      await ossClientFor(address, auth).putStream(address.FileName, createReadStream(file))
      expect(emulator.objectForImage(response.ImageId)?.body.equals(body)).toBe(true)
    })
  })

  it('refuses to overwrite when x-oss-forbid-overwrite is true', async () => {
    const { address, auth } = await createUploadImage(emulator)
    const client = ossClientFor(address, auth)
    const headers = { 'x-oss-forbid-overwrite': 'true' }
    await client.put(address.FileName, randomBytes(10), { headers })
    expect(await rejectionOf<OssError>(client.put(address.FileName, randomBytes(10), { headers }))).toMatchObject({
      code: 'FileAlreadyExists',
      status: 409
    })
  })

  async function uploadTwoParts(
    address: Parameters<typeof ossClientFor>[0],
    auth: Parameters<typeof ossClientFor>[1],
    sizes: [number, number]
  ) {
    return withTempDir(async dir => {
      const client = ossClientFor(address, auth)
      const body = randomBytes(sizes[0] + sizes[1])
      const file = join(dir, 'parts.png')
      await writeFile(file, body)
      const { uploadId } = await client.initMultipartUpload(address.FileName)
      const first = await client.uploadPart(address.FileName, uploadId, 1, file, 0, sizes[0])
      const second = await client.uploadPart(address.FileName, uploadId, 2, file, sizes[0], body.length)
      return {
        client,
        uploadId,
        parts: [
          { number: 1, etag: first.etag },
          { number: 2, etag: second.etag }
        ]
      }
    })
  }

  it('refuses to complete with a part under 100 KiB that is not the last', async () => {
    const { address, auth } = await createUploadImage(emulator)
    const { client, uploadId, parts } = await uploadTwoParts(address, auth, [1000, 1000])
    const error = await rejectionOf<OssError>(client.completeMultipartUpload(address.FileName, uploadId, parts))
    expect(error).toMatchObject({ code: 'EntityTooSmall', status: 400 })
  })

  it('refuses to complete with an ETag that was not uploaded', async () => {
    const { address, auth } = await createUploadImage(emulator)
    const { client, uploadId, parts } = await uploadTwoParts(address, auth, [100 * 1024, 10])
    const wrong = [parts[0], { number: 2, etag: '"00000000000000000000000000000000"' }]
    expect(await rejectionOf<OssError>(client.completeMultipartUpload(address.FileName, uploadId, wrong))).toMatchObject({
      code: 'InvalidPart',
      status: 400
    })
    await client.completeMultipartUpload(address.FileName, uploadId, parts)
  })

  it('refuses parts listed out of order (hand-signed, since ali-oss sorts them)', async () => {
    const { address, auth } = await createUploadImage(emulator)
    const { uploadId, parts } = await uploadTwoParts(address, auth, [100 * 1024, 10])
    const xml = `<CompleteMultipartUpload>${[...parts]
      .reverse()
      .map(p => `<Part><PartNumber>${p.number}</PartNumber><ETag>${p.etag}</ETag></Part>`)
      .join('')}</CompleteMultipartUpload>`
    const answer = await signedOssRequest(address, auth, {
      method: 'POST',
      query: { uploadId },
      headers: { 'Content-Type': 'application/xml' },
      body: xml
    })
    expect(answer.status).toBe(400)
    expect(answer.text).toContain('<Code>InvalidPartOrder</Code>')
  })

  it('aborts an upload, after which its id is unknown', async () => {
    const { address, auth } = await createUploadImage(emulator)
    const { client, uploadId, parts } = await uploadTwoParts(address, auth, [100 * 1024, 10])
    await client.abortMultipartUpload(address.FileName, uploadId)
    expect(emulator.requests.at(-1)).toMatchObject({ ossOperation: 'AbortMultipartUpload', status: 204 })
    expect(await rejectionOf<OssError>(client.completeMultipartUpload(address.FileName, uploadId, parts))).toMatchObject({
      code: 'NoSuchUpload',
      status: 404
    })
  })

  it('refuses a part for an unknown upload id', async () => {
    await withTempDir(async dir => {
      const { address, auth } = await createUploadImage(emulator)
      const file = join(dir, 'p.png')
      await writeFile(file, randomBytes(10))
      const error = await rejectionOf<OssError>(ossClientFor(address, auth).uploadPart(address.FileName, 'NOSUCHUPLOAD', 1, file, 0, 10))
      expect(error).toMatchObject({ code: 'NoSuchUpload', status: 404 })
    })
  })

  it('verifies Content-MD5 on a part', async () => {
    const { address, auth } = await createUploadImage(emulator)
    const client = ossClientFor(address, auth)
    const { uploadId } = await client.initMultipartUpload(address.FileName)
    const answer = await signedOssRequest(address, auth, {
      method: 'PUT',
      query: { partNumber: '1', uploadId },
      headers: { 'Content-MD5': md5Base64(Buffer.from('something else')) },
      body: 'part body'
    })
    expect(answer.status).toBe(400)
    expect(answer.text).toContain('<Code>InvalidDigest</Code>')
  })

  it('answers a refused HEAD with x-oss-err, which ali-oss decodes', async () => {
    const { address, auth } = await createUploadImage(emulator)
    emulator.setFaults({ oss: { rule: ctx => (ctx.method === 'HEAD' ? 'accessDenied' : undefined) } })
    try {
      expect(await rejectionOf<OssError>(ossClientFor(address, auth).head(address.FileName))).toMatchObject({
        code: 'AccessDenied',
        status: 403
      })
    } finally {
      emulator.setFaults(undefined)
    }
  })

  it('answers 501 NotImplemented to operations it does not emulate', async () => {
    const { address, auth } = await createUploadImage(emulator)
    const answer = await signedOssRequest(address, auth, { method: 'DELETE' })
    expect(answer.status).toBe(501)
    expect(answer.text).toContain('<Code>NotImplemented</Code>')
  })
})

describe('OSS signature versions', () => {
  let emulator: Emulator
  let withV1: Emulator

  beforeAll(async () => {
    emulator = await startEmulator({ acceptRpcV2: true })
    withV1 = await startEmulator({ acceptRpcV2: true, acceptV1Signatures: true })
  })

  afterAll(async () => {
    await Promise.all([emulator.close(), withV1.close()])
  })

  it('refuses a V1 signature by default as the 2026 service does: 403 AccessDenied with EC 0002-00000080', async () => {
    const { response, address, auth } = await createUploadImage(emulator)
    const error = await rejectionOf<OssError>(
      ossClientFor(address, auth, { authorizationV4: false }).put(address.FileName, randomBytes(10))
    )
    expect(error).toMatchObject({ code: 'AccessDenied', status: 403 })
    const raw = await signedOssRequest(address, auth, { method: 'PUT', body: 'x', version: 'v1' })
    expect(raw.status).toBe(403)
    expect(raw.text).toContain('<Code>AccessDenied</Code>')
    expect(raw.text).toContain('<EC>0002-00000080</EC>')
    expect(emulator.objectForImage(response.ImageId)).toBeUndefined()
  })

  it('accepts V1 when told to (acceptV1Signatures), and V4 as well', async () => {
    const v1 = await createUploadImage(withV1)
    await ossClientFor(v1.address, v1.auth, { authorizationV4: false }).put(v1.address.FileName, Buffer.from('one'))
    expect(withV1.objectForImage(v1.response.ImageId)?.body.toString()).toBe('one')
    const v4 = await createUploadImage(withV1)
    await ossClientFor(v4.address, v4.auth).put(v4.address.FileName, Buffer.from('two'))
    expect(withV1.objectForImage(v4.response.ImageId)?.body.toString()).toBe('two')
  })

  const v4Refusals: Array<[string, Parameters<typeof signedOssRequest>[2], number, string]> = [
    ["a scope region that is not the bucket's", { method: 'PUT', body: 'x', region: 'cn-beijing' }, 403, 'AccessDenied'],
    ['an x-oss-date 20 minutes ahead', { method: 'PUT', body: 'x', now: Date.now() + 20 * 60_000 }, 403, 'RequestTimeTooSkewed'],
    ['an x-oss-date 20 minutes behind', { method: 'PUT', body: 'x', now: Date.now() - 20 * 60_000 }, 403, 'RequestTimeTooSkewed'],
    ['no security token', { method: 'PUT', body: 'x', headers: { 'x-oss-security-token': '' } }, 403, 'InvalidSecurityToken'],
    ['no x-oss-content-sha256', { method: 'PUT', body: 'x', headers: { 'x-oss-content-sha256': '' } }, 400, 'InvalidArgument']
  ]
  it.each(v4Refusals)('refuses a V4 request with %s', async (_name, request, status, code) => {
    const { address, auth } = await createUploadImage(emulator)
    const answer = await signedOssRequest(address, auth, request)
    expect(answer.status).toBe(status)
    expect(answer.text).toContain(`<Code>${code}</Code>`)
  })

  const MD5_OF_X = 'ndTkYSaMgDT1yFZOFVxnpg=='
  it.each<[string, Record<string, string>]>([
    ['Content-MD5', { 'content-md5': 'AAAAAAAAAAAAAAAAAAAAAA==' }],
    ['Content-Type', { 'content-type': 'image/gif' }],
    ['an x-oss-* header', { 'x-oss-meta-a': '2' }]
  ])('refuses a V4 request whose signed %s was changed on the way', async (_name, changed) => {
    const { address, auth } = await createUploadImage(emulator)
    const date = v4DateTime(Date.now())
    const headers: Record<string, string> = {
      'x-oss-date': date,
      'x-oss-content-sha256': 'UNSIGNED-PAYLOAD',
      'x-oss-security-token': auth.SecurityToken,
      'x-oss-meta-a': '1',
      'content-md5': MD5_OF_X,
      'content-type': 'image/png'
    }
    // ali-oss signs; a header is then altered as a broken proxy would.
    const signed = (ossClientFor(address, auth) as unknown as { authorizationV4: (...args: unknown[]) => string }).authorizationV4(
      'PUT',
      { headers, queries: {} },
      address.Bucket,
      address.FileName
    )
    const intact = await fetch(`${emulator.ossEndpoint}/${address.Bucket}/${address.FileName}`, {
      method: 'PUT',
      headers: { ...headers, authorization: signed },
      body: 'x'
    })
    expect(intact.status).toBe(200)
    const answer = await fetch(`${emulator.ossEndpoint}/${address.Bucket}/${address.FileName}`, {
      method: 'PUT',
      headers: { ...headers, ...changed, authorization: signed },
      body: 'x'
    })
    expect(answer.status).toBe(403)
    expect(await answer.text()).toContain('<Code>SignatureDoesNotMatch</Code>')
  })

  it('verifies AdditionalHeaders: a named header is signed, a missing one is refused', async () => {
    const { response, address, auth } = await createUploadImage(emulator)
    const client = ossClientFor(address, auth)
    await client.put(address.FileName, Buffer.from('abc'), { additionalHeaders: ['content-length'] } as object)
    expect(emulator.objectForImage(response.ImageId)?.body.toString()).toBe('abc')
    const { answer } = await putWithWrongV4Signature(emulator.ossEndpoint, address, auth, { additionalHeaders: 'x-absent' })
    expect(answer.status).toBe(400)
    expect(await answer.text()).toContain('x-absent')
  })

  it('runs a whole multipart upload (initiate, parts, complete) and an abort under V4 with the STS token', async () => {
    await withTempDir(async dir => {
      const { response, address, auth } = await createUploadImage(emulator)
      const body = randomBytes(300 * 1024)
      const file = join(dir, 'big.png')
      await writeFile(file, body)
      await ossClientFor(address, auth).multipartUpload(address.FileName, file, { partSize: 100 * 1024 })
      expect(emulator.objectForImage(response.ImageId)?.body.equals(body)).toBe(true)
      const other = await createUploadImage(emulator)
      const client = ossClientFor(other.address, other.auth)
      const { uploadId } = await client.initMultipartUpload(other.address.FileName)
      await client.uploadPart(other.address.FileName, uploadId, 1, file, 0, 100 * 1024)
      await client.abortMultipartUpload(other.address.FileName, uploadId)
      const operations = emulator.requests
        .filter(r => r.imageId === other.response.ImageId && r.service === 'oss')
        .map(r => `${r.ossOperation} ${r.status}`)
      expect(operations).toEqual(['InitiateMultipartUpload 200', 'UploadPart 200', 'AbortMultipartUpload 204'])
    })
  })
})
