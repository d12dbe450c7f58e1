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

const silenced = new Set<string>()

/**
 * Drops the deprecation warnings with these codes, and only them: every other warning, deprecation
 * or not, still reaches stderr as Node prints it. The first call wraps process.emitWarning once.
 */
export function silenceDeprecations(...codes: string[]): void {
  if (silenced.size === 0) {
    const emitWarning = process.emitWarning.bind(process) as (...args: unknown[]) => void
    process.emitWarning = (...args: unknown[]) => {
      if (!silenced.has(warningCode(args))) emitWarning(...args)
    }
  }
  for (const code of codes) silenced.add(code)
}

/** The code of process.emitWarning's arguments: (warning, type, code) or (warning, { code }). */
function warningCode(args: unknown[]): string {
  const [, typeOrOptions, code] = args
  if (typeof typeOrOptions === 'object' && typeOrOptions !== null) return String((typeOrOptions as { code?: unknown }).code ?? '')
  return typeof code === 'string' ? code : ''
}
