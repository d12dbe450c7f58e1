/**
 * The HTTP agents of a run: keep-alive pools shared by the VOD client and every per-image OSS client,
 * and proxies taken from HTTPS_PROXY / HTTP_PROXY / NO_PROXY by @actions/http-client's own rules
 * (ali-oss and pop-core ignore those variables by themselves).
 */
import { getProxyUrl } from '@actions/http-client'
import { AsyncLocalStorage } from 'node:async_hooks'
import http from 'node:http'
import https from 'node:https'
import { HttpProxyAgent } from 'http-proxy-agent'
import { HttpsProxyAgent } from 'https-proxy-agent'

/** A proxy's answer other than 200 to a CONNECT. */
interface ProxyRefusal {
  status: number
}

/** What one call met on its way: a proxy's refusal of a CONNECT made for one of its own requests. */
export interface CallTrace {
  refusal?: ProxyRefusal
}

export class Connections {
  private readonly agents = new Map<string, http.Agent>()
  /** The trace of the call under way in this async context (see traced). */
  private readonly calls = new AsyncLocalStorage<CallTrace>()

  constructor(private readonly maxSockets: number) {}

  /** The agent for requests to url: one per protocol and proxy, reused for the whole run. */
  agentFor(url: string): http.Agent {
    const target = new URL(url)
    const proxy = getProxyUrl(target.href)
    const key = `${target.protocol}|${proxy}`
    let agent = this.agents.get(key)
    if (!agent) {
      agent = this.createAgent(target.protocol === 'https:', proxy)
      this.agents.set(key, agent)
    }
    return agent
  }

  /** True when requests to url go through a proxy (HTTPS_PROXY / HTTP_PROXY, not NO_PROXY). */
  proxied(url: string): boolean {
    return getProxyUrl(new URL(url).href) !== ''
  }

  /**
   * Runs send as one call: a CONNECT the proxy refuses for a request that send makes is recorded in
   * trace, and only there, however many other calls share the agents meanwhile.
   */
  traced<T>(trace: CallTrace, send: () => Promise<T>): Promise<T> {
    return this.calls.run(trace, send)
  }

  /** Ends every open connection, in use or idle; later requests open new ones. */
  destroy(): void {
    for (const agent of this.agents.values()) agent.destroy()
  }

  private createAgent(secure: boolean, proxy: string): http.Agent {
    const options = { keepAlive: true, maxSockets: this.maxSockets }
    if (!proxy) return secure ? new https.Agent(options) : new http.Agent(options)
    if (!secure) return new HttpProxyAgent(proxy, options)
    return new KeptTunnelAgent(proxy, options, this.calls)
  }
}

interface RequestAdding {
  addRequest(request: http.ClientRequest, options: unknown): void
}

/**
 * CONNECT tunnels kept alive and reused like direct connections. agent-base files a freed socket
 * under http's pool name (the options of Node's 'free' event carry no protocol) and looks for one
 * under https's, so every request opened a new tunnel and TLS session. This agent only ever
 * serves https targets: its pool name is always https's.
 *
 * On a refused CONNECT the agent hands the request the proxy's own answer, which no client can tell
 * from the service's: the refusal goes to the trace of the call that made the request. That call is
 * known when the request is added, in its caller's async context; the CONNECT itself may start
 * elsewhere (a request queued for a socket gets one when another request frees it).
 */
class KeptTunnelAgent extends HttpsProxyAgent<string> {
  private readonly callOf = new WeakMap<http.ClientRequest, CallTrace>()

  constructor(
    proxy: string,
    options: http.AgentOptions,
    private readonly calls: AsyncLocalStorage<CallTrace>
  ) {
    super(proxy, options)
    this.on('proxyConnect', (connect: { statusCode: number }, request: http.ClientRequest) => {
      const call = this.callOf.get(request)
      if (call && connect.statusCode !== 200) call.refusal = { status: connect.statusCode }
    })
  }

  override getName(options?: https.RequestOptions): string {
    return https.Agent.prototype.getName.call(this, options)
  }

  /** Called by http.ClientRequest's constructor, synchronously, in the context of whoever made the request. */
  addRequest(request: http.ClientRequest, options: unknown): void {
    const call = this.calls.getStore()
    if (call) this.callOf.set(request, call)
    ;(http.Agent.prototype as unknown as RequestAdding).addRequest.call(this, request, options)
  }
}
