/**
 * The libraries' own warnings go to the debug log, redacted, instead of stderr. ali-oss's HTTP client
 * (urllib) prints `callback twice!!!` with the request URL and a stack on stderr when a request fails
 * while its body is still being sent (a connection reset during a part that is then retried), and
 * ali-oss warns about STS refreshes. Users can act on neither, and the action reports every failure
 * itself. The action's own output goes through @actions/core, which does not use console.
 */
import { formatWithOptions } from 'node:util'

export function routeLibraryWarnings(debug: (message: string) => void, redact: (text: string) => string): void {
  console.warn = (...args: unknown[]): void => debug(`library warning: ${redact(formatWithOptions({ colors: false }, ...args))}`)
}
