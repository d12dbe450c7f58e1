/**
 * What an ImageId, an image URL, a title and a tag list may be: one check for VOD's answers and for
 * the manifest that records them, so that what one run writes the next run reads back. Each check
 * returns what is wrong, or undefined.
 */
import { hasControlCharacter } from './log.js'
import { VodLimits } from './service-limits.js'

type Problem = string | undefined

// VOD's ImageIds are 32 hex digits (docs/protocol.md, "Values VOD answers with").
const IMAGE_ID = /^[0-9a-fA-F]{32}$/

/** Longer than any URL VOD gives (an OSS or CDN host and an object key); the limit only keeps a forged one out of the outputs. */
export const MAX_URL_LENGTH = 2048

export function imageIdProblem(value: unknown): Problem {
  return typeof value === 'string' && IMAGE_ID.test(value) ? undefined : 'is not an ImageId (32 hex digits)'
}

/** An http(s) URL with a host, no credentials, no control character, at most MAX_URL_LENGTH characters. */
export function urlProblem(value: unknown): Problem {
  if (typeof value !== 'string') return 'is not a string'
  if (value.length > MAX_URL_LENGTH) return `is longer than ${MAX_URL_LENGTH} characters`
  const url = hasControlCharacter(value) ? undefined : URL.parse(value)
  if (!url || !/^https?:$/.test(url.protocol) || !url.hostname) return 'is not an http(s) URL with a host'
  if (url.username || url.password) return 'holds a user name or password'
  return undefined
}

export function titleProblem(value: unknown): Problem {
  if (typeof value !== 'string') return 'is not a string'
  if (hasControlCharacter(value)) return 'has a control character'
  if (Buffer.byteLength(value, 'utf8') > VodLimits.titleBytes) return `is longer than ${VodLimits.titleBytes} bytes`
  return undefined
}

export function tagsProblem(value: unknown): Problem {
  if (!Array.isArray(value) || !value.every(tag => typeof tag === 'string')) return 'is not a list of strings'
  if (value.length > VodLimits.maxTags) return `has more than ${VodLimits.maxTags} tags`
  const tags: readonly string[] = value
  if (tags.some(tag => hasControlCharacter(tag) || tag.includes(','))) return 'has a tag with a comma or a control character'
  if (tags.some(tag => Buffer.byteLength(tag, 'utf8') > VodLimits.tagBytes)) return `has a tag longer than ${VodLimits.tagBytes} bytes`
  return undefined
}
