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

export class Connections {
  private readonly agents = new Map<string, http.Agent>()

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

  /** Ends every open connection, in use or idle; later requests open new ones. */
  destroy(): void {
    for (const agent of this.agents.values()) agent.destroy()
  }

  private createAgent(secure: boolean, proxy: string): http.Agent {
    const options = { keepAlive: true, maxSockets: this.maxSockets }
    if (!proxy) return secure ? new https.Agent(options) : new http.Agent(options)
    return secure ? new KeptTunnelAgent(proxy, options) : new HttpProxyAgent(proxy, options)
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
