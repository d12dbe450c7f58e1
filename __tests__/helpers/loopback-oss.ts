/**
 * The emulator's OSS handler alone, in process on a loopback port: V4 and V1 signatures checked
 * against the credential of a ticket made here, Content-MD5 checked on every body, multipart uploads
 * kept as OSS keeps them. For unit tests of the OSS upload; no VOD, no STS.
 */
import { randomBytes } from 'node:crypto'
import type { IncomingHttpHeaders, ServerResponse } from 'node:http'
import { resolveConfig } from '../../emulator/config.js'
import { asServiceFault } from '../../emulator/exchange.js'
import { FaultInjector } from '../../emulator/faults.js'
import { Delays, send } from '../../emulator/http-io.js'
import { TrackedServer } from '../../emulator/http-server.js'
import { createOssHandler } from '../../emulator/oss-service.js'
import { Records } from '../../emulator/records.js'
import type { CraftedAnswer, FaultContext, FaultKind, StoredObject } from '../../emulator/types.js'
import type { UploadTicket } from '../../src/services/port.js'

export const OSS_REGION = 'cn-shanghai'
const BUCKET = 'outin-unit'

/** One request as the server received it, with the request id it answered. */
export interface SeenRequest {
  method: string
  /** The query parameters (`partNumber`, `uploadId`, `uploads`). */
  query: Record<string, string>
  headers: IncomingHttpHeaders
  status: number
  requestId?: string
}

export interface LoopbackOss {
  /** `http://127.0.0.1:<port>`: an IP endpoint, as the emulator hands out. */
  readonly endpoint: string
  readonly seen: SeenRequest[]
  /** A fresh image credential for `key`, valid for an hour; `region` undefined: the UploadAuth names none. */
  ticket(key: string, options?: { region?: string }): UploadTicket
  stored(key: string): StoredObject | undefined
  /** Multipart uploads initiated and neither completed nor aborted. */
  openUploads(): number
  /** The fault the request gets (undefined: none), decided before it is authenticated. */
  faults(rule: (ctx: FaultContext) => FaultKind | undefined, answer?: CraftedAnswer): void
  close(): Promise<void>
}

export async function startLoopbackOss(options: { acceptV1Signatures?: boolean } = {}): Promise<LoopbackOss> {
  const config = resolveConfig({ bucket: BUCKET, region: OSS_REGION, acceptV1Signatures: options.acceptV1Signatures ?? false })
  const records = new Records()
  let faults = new FaultInjector(1, {})
  let endpoint = ''
  const handler = createOssHandler({
    runtime: { records, clock: Date.now, delays: new Delays(), latencyMs: () => 0 },
    config,
    buckets: new Set([BUCKET]),
    faults: () => faults,
    ossEndpoint: () => endpoint
  })
  const seen: SeenRequest[] = []
  const server = new TrackedServer(
    async (req, res, requestNumber) => {
      const url = new URL(req.url ?? '/', 'http://loopback')
      const request: SeenRequest = {
        method: req.method ?? '',
        query: Object.fromEntries(url.searchParams),
        headers: req.headers,
        status: 0
      }
      seen.push(request)
      // Recorded as the answer is written, before the client can see it.
      const writeHead = res.writeHead.bind(res) as (status: number, headers: Record<string, string | number>) => ServerResponse
      res.writeHead = ((status: number, headers: Record<string, string | number>) => {
        request.status = status
        request.requestId = headers['x-oss-request-id'] as string | undefined
        return writeHead(status, headers)
      }) as ServerResponse['writeHead']
      await handler(req, res, requestNumber)
    },
    (error: unknown, res: ServerResponse) => {
      const fault = asServiceFault(error)
      send(res, fault.status, { 'Content-Type': 'text/plain' }, fault.message)
    }
  )
  endpoint = `http://127.0.0.1:${await server.listen('127.0.0.1', 0)}`
  let images = 0
  return {
    endpoint,
    seen,
    ticket(key, ticketOptions = { region: OSS_REGION }) {
      images += 1
      const now = Date.now()
      const credential = {
        accessKeyId: `STS.unit${images}${randomBytes(4).toString('hex')}`,
        accessKeySecret: randomBytes(16).toString('hex'),
        securityToken: randomBytes(24).toString('base64'),
        expiresAt: now + 3_600_000
      }
      const imageId = `image-${images}`
      records.addImage(
        {
          imageId,
          requestId: `request-${images}`,
          params: {},
          tags: [],
          imageType: 'default',
          imageExt: 'png',
          bucket: BUCKET,
          key,
          imageUrl: `${endpoint}/${BUCKET}/${key}`,
          fileUrl: `${endpoint}/${BUCKET}/${key}`,
          credential,
          uploaded: false,
          deleted: false,
          createdAt: now
        },
        'upload-auth'
      )
      return {
        requestId: `request-${images}`,
        imageId,
        imageUrl: `${endpoint}/${BUCKET}/${key}`,
        fileUrl: `${endpoint}/${BUCKET}/${key}`,
        address: { endpoint, bucket: BUCKET, fileName: key },
        auth: { ...credential, receivedAt: now, ...(ticketOptions.region !== undefined && { region: ticketOptions.region }) },
        rawSecrets: []
      }
    },
    stored: key => records.getObject(BUCKET, key),
    openUploads: () => records.multipartUploads.size,
    faults(rule, answer) {
      faults = new FaultInjector(1, { rule, ...(answer && { answer }) })
    },
    close: () => server.close()
  }
}
