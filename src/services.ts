/** Wires the VOD client and the OSS upload to one run's config, sharing keep-alive connections. */
import http from 'node:http'
import https from 'node:https'
import type { Config } from './config.js'
import { RequestTimeoutMs } from './constants.js'
import { putObject } from './oss-upload.js'
import type { UploadServices } from './pipeline.js'
import { VodClient } from './vod-client.js'

export interface Services extends UploadServices {
  /** Closes the pooled connections so the process can exit at once. */
  close(): void
}

export function createServices(config: Pick<Config, 'endpoint' | 'credentials' | 'region' | 'concurrency'>): Services {
  // One pool per protocol for every request of the run: no new TLS handshake per image.
  const agentOptions = { keepAlive: true, maxSockets: config.concurrency + 2 }
  const agent = new http.Agent(agentOptions)
  const httpsAgent = new https.Agent(agentOptions)
  const vod = new VodClient({
    endpoint: config.endpoint,
    credentials: config.credentials,
    timeoutMs: RequestTimeoutMs,
    agent: config.endpoint.startsWith('https:') ? httpsAgent : agent
  })
  const ossOptions = { timeoutMs: RequestTimeoutMs, fallbackRegion: config.region, agent, httpsAgent }
  return {
    createUploadImage: params => vod.createUploadImage(params),
    deleteImages: ids => vod.deleteImages(ids),
    putObject: (ticket, object) => putObject(ticket, object, ossOptions),
    close: () => {
      agent.destroy()
      httpsAgent.destroy()
    }
  }
}
