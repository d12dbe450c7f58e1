/**
 * The HTTP agents of a run: keep-alive pools shared by the VOD client and every per-image OSS client,
 * and proxies taken from HTTPS_PROXY / HTTP_PROXY / NO_PROXY by @actions/http-client's own rules
 * (ali-oss and pop-core ignore those variables by themselves).
 */
import { getProxyUrl } from '@actions/http-client'
import http from 'node:http'
import https from 'node:https'
import { HttpProxyAgent } from 'http-proxy-agent'
import { HttpsProxyAgent } from 'https-proxy-agent'

/** A proxy's answer other than 200 to a CONNECT. */
interface ProxyRefusal {
  status: number
}

export class Connections {
  private readonly agents = new Map<string, http.Agent>()
  /** How many CONNECTs a proxy refused, and the latest refusal: a call that failed meanwhile failed at the proxy. */
  private refusals = 0
  private latestRefusal?: ProxyRefusal

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

  /** A mark to pass to refusedSince() after a call. */
  refusalMark(): number {
    return this.refusals
  }

  /** The proxy's refusal of a CONNECT made since the mark, if there was one. */
  refusedSince(mark: number): ProxyRefusal | undefined {
    return this.refusals > mark ? this.latestRefusal : undefined
  }

  /** Ends every open connection, in use or idle; later requests open new ones. */
  destroy(): void {
    for (const agent of this.agents.values()) agent.destroy()
  }

  private createAgent(secure: boolean, proxy: string): http.Agent {
    const options = { keepAlive: true, maxSockets: this.maxSockets }
    if (!proxy) return secure ? new https.Agent(options) : new http.Agent(options)
    if (!secure) return new HttpProxyAgent(proxy, options)
    const agent = new KeptTunnelAgent(proxy, options)
    // On a refused CONNECT the agent hands the request the proxy's own answer, which no client can tell from the service's.
    agent.on('proxyConnect', (connect: { statusCode: number }) => {
      if (connect.statusCode === 200) return
      this.refusals++
      this.latestRefusal = { status: connect.statusCode }
    })
    return agent
  }
}

/**
 * CONNECT tunnels kept alive and reused like direct connections. agent-base files a freed socket
 * under http's pool name (the options of Node's 'free' event carry no protocol) and looks for one
 * under https's, so every request opened a new tunnel and TLS session. This agent only ever
 * serves https targets: its pool name is always https's.
 */
class KeptTunnelAgent extends HttpsProxyAgent<string> {
  override getName(options?: https.RequestOptions): string {
    return https.Agent.prototype.getName.call(this, options)
  }
}
