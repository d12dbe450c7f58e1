/**
 * What the bundled libraries print, kept from bypassing the action's redaction.
 *
 * ali-oss's HTTP client (urllib) prints `callback twice!!!` with the request URL and a stack with
 * console.warn when a request fails while its body is still being sent, and ali-oss warns about STS
 * refreshes: users can act on neither, so console.warn goes to the debug log, redacted.
 *
 * With DEBUG set (`DEBUG=*`), the `debug` package in pop-core's HTTP client (httpx, used only with
 * vod-signature-version v2), ali-oss and the proxy agents writes to process.stderr: raw request and
 * answer bodies (the CreateUploadImage answer with its UploadAuth), request headers (Authorization,
 * x-oss-security-token, x-acs-security-token, Proxy-Authorization)
 * and raw OSS error bodies; with NODE_DEBUG, Node's own http/net/tls internals do the same. The
 * runner shows stderr in the log and reads workflow commands there too. So while a run lasts, every
 * write to process.stderr, and the other console methods, pass one gate (gateLibraryOutput).
 */
import { StringDecoder } from 'node:string_decoder'
import { formatWithOptions } from 'node:util'
import { safeMessage } from './log.js'

const CONSOLE_TO_STDERR = ['log', 'info', 'debug', 'error', 'trace'] as const

/**
 * Installs the gate; the function returned prints what is still held and puts back process.stderr.write
 * and console as they were (tests run the action many times in one process).
 *
 * Only whole lines go out: a line written in pieces is held until its end arrives, so no secret is
 * ever printed in halves that each look harmless; past MAX_HELD_CHARS it goes out in pieces cut
 * where no credential is (heldCut). Each line is redacted twice: by structure first
 * (withoutCredentialFields), because `debug` prints the CreateUploadImage answer before the action
 * has decoded its UploadAuth and registered the temporary credential in it; then by the run's
 * SecretRegistry (`redact`), which knows the access key, the proxy's user and password and every
 * credential registered so far. Then log.safeMessage escapes it as it does the action's own lines,
 * so that no line starts a workflow command. Nothing is done while nothing prints.
 */
export function gateLibraryOutput(options: { debug: (message: string) => void; redact: (text: string) => string }): () => void {
  const redact = (text: string): string => options.redact(withoutCredentialFields(text))
  const write = process.stderr.write.bind(process.stderr)
  const decoder = new StringDecoder('utf8')
  let held = ''
  const writeLine = (text: string): void => void write(`${safeMessage(redact(text))}\n`)
  // Only the new text is searched for a line end: held has none. A long line in many pieces costs no more than in one.
  const print = (text: string): void => {
    const end = text.lastIndexOf('\n')
    if (end === -1) held += text
    else {
      writeLine(held + text.slice(0, end))
      held = text.slice(end + 1)
    }
    if (held.length <= MAX_HELD_CHARS) return
    const cut = heldCut(held)
    writeLine(held.slice(0, cut))
    held = held.slice(cut)
  }

  const restores = [
    swap(process.stderr, 'write', (chunk: string | Uint8Array, ...rest: unknown[]): boolean => {
      print(typeof chunk === 'string' ? chunk : decoder.write(Buffer.from(chunk)))
      const callback = rest.find(arg => typeof arg === 'function') as (() => void) | undefined
      if (callback) process.nextTick(callback)
      return true
    }),
    ...CONSOLE_TO_STDERR.map(name =>
      swap(console, name, (...args: unknown[]) => print(`${formatWithOptions({ colors: false }, ...args)}\n`))
    ),
    swap(console, 'warn', (...args: unknown[]) =>
      options.debug(`library warning: ${redact(formatWithOptions({ colors: false }, ...args))}`)
    )
  ]
  return () => {
    const rest = held + decoder.end()
    held = ''
    if (rest) write(`${safeMessage(redact(rest))}\n`)
    restores.forEach(restore => restore())
  }
}

/** Past this many characters without a line end, what is held goes out as a line: a library printing megabytes without one cannot fill the memory. */
export const MAX_HELD_CHARS = 64 * 1024
/** How far back from the end of a long piece its cut is looked for. */
const CUT_SEARCH_CHARS = 4 * 1024
/** A character that no credential value holds (they end at these, see FIELD_VALUE). */
const VALUE_END = /[\s"'\\&,;<>{}]/

/**
 * Where a piece too long to hold is cut: just after its last character that no credential holds,
 * within CUT_SEARCH_CHARS of its end, so that a credential being written stays whole in what is held
 * and is redacted once its end arrives; without one, the whole piece goes. What is held afterwards
 * is at most CUT_SEARCH_CHARS long.
 */
function heldCut(text: string): number {
  for (let i = text.length - 1; i >= text.length - CUT_SEARCH_CHARS; i--) if (VALUE_END.test(text[i])) return i + 1
  return text.length
}

/** Sets target[name] to value and returns the undo: the own property as it was, or none (the prototype's again). */
function swap(target: object, name: string, value: unknown): () => void {
  const own = Object.getOwnPropertyDescriptor(target, name)
  Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: own?.enumerable ?? true })
  return () => {
    if (own) Object.defineProperty(target, name, own)
    else delete (target as Record<string, unknown>)[name]
  }
}

/**
 * Names whose values are credentials, as a field (`"UploadAuth":"…"`, `{ accessKeySecret: '…' }`), a
 * query or form parameter (`SecurityToken=…&`) or a header (`x-oss-security-token: …`). A header
 * value of Authorization and Proxy-Authorization holds spaces and commas: it runs to the end of the
 * quoted string or of the line. A value in `\r\n'`-escaped text (util.inspect) ends at the backslash.
 */
const HEADER_VALUE = /((?:proxy-)?authorization\\?["']?\s*[:=]\s*\\?["']?)[^"'\\\r\n]+/gi
const FIELD_VALUE = /((?:security-?token|access-?key-?secret|upload-?auth|signature|password)\\?["']?\s*[:=]\s*\\?["']?)[^"'\\\s&,;<>{}]+/gi
/** Base64 long enough to hold a credential document: an UploadAuth printed under any other name. */
const BASE64_RUN = /[A-Za-z0-9+/]{64,}={0,2}/g
const CREDENTIAL_DOCUMENT = /AccessKeySecret|SecurityToken/

/** The text with the value of every credential field replaced by ***, and every Base64 run that decodes to a credential document. */
export function withoutCredentialFields(text: string): string {
  return text
    .replace(HEADER_VALUE, '$1***')
    .replace(FIELD_VALUE, '$1***')
    .replace(BASE64_RUN, run => (CREDENTIAL_DOCUMENT.test(Buffer.from(run, 'base64').toString('latin1')) ? '***' : run))
}

const silenced = new Set<unknown>()

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

/** The code of process.emitWarning's arguments, (warning, type, code) or (warning, { code }): whatever it is, only a silenced string matches. */
function warningCode(args: unknown[]): unknown {
  const [, typeOrOptions, code] = args
  return typeof typeOrOptions === 'object' && typeOrOptions !== null ? (typeOrOptions as { code?: unknown }).code : code
}
