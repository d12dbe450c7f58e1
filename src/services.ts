/** Wires the VOD client and the OSS upload to one run's config, over the run's shared connections. */
import type { Config } from './config.js'
import { Connections } from './connections.js'
import { putObject } from './oss-upload.js'
import type { UploadServices } from './pipeline.js'
import { VodClient } from './vod-client.js'
import { CancelledError, ServiceError, type Service } from './errors.js'
import { causeDetail } from './reachability.js'

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
  const atProxy = throughProxy(connections)
  return {
    createUploadImage: params => atProxy('vod', 'CreateUploadImage', () => vod.createUploadImage(params)),
    deleteImages: ids => atProxy('vod', 'DeleteImage', () => vod.deleteImages(ids)),
    putObject: (ticket, object, parts) =>
      atProxy('oss', 'PutObject', () =>
        putObject(ticket, object, {
          timeoutMs: config.timeoutMs,
          fallbackRegion: config.region,
          signatureVersion: config.ossSignatureVersion,
          agent: connections.agentFor(ticket.address.endpoint),
          parts
        })
      ),
    closeConnections: () => connections.destroy()
  }
}

type ProxiedCall = <T>(service: Service, api: string, call: () => Promise<T>) => Promise<T>

/** A call that failed while a proxy refused a CONNECT failed at the proxy, whatever the answer looked like to the client. */
function throughProxy(connections: Connections): ProxiedCall {
  return async (service, api, call) => {
    const mark = connections.refusalMark()
    try {
      return await call()
    } catch (error) {
      const refusal = connections.refusedSince(mark)
      if (!refusal || error instanceof CancelledError) throw error
      const reach = refusal.status === 407 ? 'proxy-auth' : 'proxy-refused'
      const code = refusal.status === 407 ? 'ProxyAuthenticationRequired' : 'ProxyRefused'
      throw new ServiceError({ service, api, code, status: refusal.status, detail: causeDetail(reach), kind: 'permanent', reach })
    }
  }
}
