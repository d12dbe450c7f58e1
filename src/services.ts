/** Wires the VOD client and the OSS upload to one run's config, over the run's shared connections. */
import type { Config } from './config.js'
import { Connections } from './connections.js'
import { putObject } from './oss-upload.js'
import type { UploadServices } from './pipeline.js'
import { VodClient } from './vod-client.js'

export interface Services extends UploadServices {
  /** Ends every connection, in use or idle: requests in flight fail at once. Later requests open new ones. */
  closeConnections(): void
}

export function createServices(config: Pick<Config, 'endpoint' | 'credentials' | 'region' | 'concurrency' | 'timeoutMs' | 'ossSignatureVersion'>): Services {
  // Room for every image in flight, plus the odd cleanup call beside them.
  const connections = new Connections(config.concurrency + 2)
  const vod = new VodClient({
    endpoint: config.endpoint,
    credentials: config.credentials,
    timeoutMs: config.timeoutMs,
    agent: connections.agentFor(config.endpoint)
  })
  return {
    createUploadImage: params => vod.createUploadImage(params),
    deleteImages: ids => vod.deleteImages(ids),
    putObject: (ticket, object, parts) =>
      putObject(ticket, object, {
        timeoutMs: config.timeoutMs,
        fallbackRegion: config.region,
        signatureVersion: config.ossSignatureVersion,
        agent: connections.agentFor(ticket.address.endpoint),
        parts
      }),
    closeConnections: () => connections.destroy()
  }
}
