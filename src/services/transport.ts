/** How the action's requests travel: the proxy's credentials (kept secret), endpoints sent unencrypted, the host OSS requests go to. */
import { isIP } from 'node:net'

const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'] as const

/** The user names and passwords in the proxy URLs of the environment, as given and decoded. */
export function proxyCredentials(env: Record<string, string | undefined>): string[] {
  return PROXY_VARIABLES.flatMap(name => {
    const url = parseUrl(env[name])
    return url ? [url.username, url.password].filter(Boolean).flatMap(value => [value, safeDecode(value)]) : []
  })
}

/**
 * The origin ali-oss sends a bucket's requests to, which is what a proxy or a direct connection
 * sees and what NO_PROXY must be matched against: `<bucket>.<endpoint host>` (virtual-host style)
 * when the endpoint names a host, the endpoint itself when it is an IP address (ali-oss then puts
 * the bucket in the Host header only).
 */
export function ossRequestOrigin(endpoint: string, bucket: string): string {
  const url = new URL(endpoint)
  const ipAddress = isIP(url.hostname.replace(/^\[(.*)\]$/, '$1')) !== 0
  return bucket && !ipAddress ? `${url.protocol}//${bucket}.${url.host}` : url.origin
}

/** The origin of a URL that sends requests unencrypted (plain http://) to another machine than this one; undefined otherwise. */
export function unencryptedOrigin(endpoint: string): string | undefined {
  const url = parseUrl(endpoint)
  if (!url || url.protocol !== 'http:' || isLoopback(url.hostname)) return undefined
  return url.origin
}

export function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname)
}

function parseUrl(text: string | undefined): URL | undefined {
  return URL.parse(text ?? '') ?? undefined
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}
