/**
 * Every secret value the run has seen. Registering one masks it in the runner's log (through the
 * callback given, core.setSecret at the edge); redact() scrubs any text that goes to outputs, the
 * summary or the results file, which the runner does not mask.
 *
 * What is masked: the long-lived credential in every form a request or an echoed request carries it
 * in; a per-image temporary credential only as its AccessKeySecret and SecurityToken as they are
 * (see addTemporary). Every form of every value is redacted, whatever was masked.
 */
export class SecretRegistry {
  private readonly index = new PrefixIndex()

  constructor(private readonly mask: (value: string) => void = () => undefined) {}

  /** Registers each value and masks every form a request or an echoed request carries it in. */
  add(...values: Array<string | undefined>): void {
    for (const value of values) for (const form of this.newForms(value)) this.mask(form)
  }

  /**
   * A temporary credential of one image: each value is redacted in every form, but only `masked`
   * values, as they are, go to the runner (at most two commands per image, however many images).
   */
  addTemporary(credential: { masked: Array<string | undefined>; redacted: Array<string | undefined> }): void {
    for (const value of credential.masked) {
      const fresh = this.newForms(value)
      if (value && fresh.includes(value)) this.mask(value)
    }
    for (const value of credential.redacted) this.newForms(value)
  }

  /** Replaces every registered value in text by ***; overlapping or adjacent matches become one ***. */
  redact(text: string): string {
    if (this.index.size === 0) return text
    let result = ''
    let copiedTo = 0
    let coveredTo = -1
    for (let at = 0; at < text.length; at++) {
      const length = this.index.longestAt(text, at)
      if (length === 0) continue
      if (at > coveredTo) {
        result += `${text.slice(copiedTo, at)}***`
      }
      coveredTo = Math.max(coveredTo, at + length)
      copiedTo = coveredTo
    }
    return coveredTo === -1 ? text : result + text.slice(copiedTo)
  }

  /** Adds the forms of value not yet known and returns them. */
  private newForms(value: string | undefined): string[] {
    // Very short values would redact ordinary words; no real credential is that short.
    if (!value || value.length < MIN_SECRET_LENGTH) return []
    return encodedForms(value).filter(form => this.index.add(form))
  }
}

const MIN_SECRET_LENGTH = 4
/** Values are found by their first characters: longer keys only when they begin alike. */
const KEY_LENGTH = 16

/**
 * Values indexed by a hash of their first 4 characters, then by a hash of their first KEY_LENGTH
 * (or all) characters, and known by their length and a hash of the whole: no value is kept, so a
 * run of 20,000 images holds a few hundred bytes per image here. Finding the longest value at a
 * position costs a few look-ups, however many values there are. A hash collision can only make
 * redact() hide text that is not a secret, never let a secret through.
 */
class PrefixIndex {
  /** Anchor hash → the key lengths in use under it. */
  private readonly keyLengths = new Map<number, number[]>()
  /** Key hash → [length, hash of the whole value] pairs, longest first. */
  private readonly byKey = new Map<number, number[]>()
  private count = 0

  get size(): number {
    return this.count
  }

  /** false when the value was already there. */
  add(value: string): boolean {
    const keyLength = Math.min(KEY_LENGTH, value.length)
    const keyHash = rangeHash(value, 0, keyLength)
    const whole = rangeHash(value, 0, value.length)
    const entries = this.byKey.get(keyHash) ?? []
    let at = 0
    while (at < entries.length && entries[at] > value.length) at += 2
    for (let same = at; same < entries.length && entries[same] === value.length; same += 2) if (entries[same + 1] === whole) return false
    entries.splice(at, 0, value.length, whole)
    this.byKey.set(keyHash, entries)
    const anchor = rangeHash(value, 0, MIN_SECRET_LENGTH)
    const lengths = this.keyLengths.get(anchor) ?? []
    if (!lengths.includes(keyLength)) lengths.push(keyLength)
    this.keyLengths.set(anchor, lengths)
    this.count++
    return true
  }

  /** The length of the longest value that text holds at position at; 0 when none. */
  longestAt(text: string, at: number): number {
    if (at + MIN_SECRET_LENGTH > text.length) return 0
    const lengths = this.keyLengths.get(rangeHash(text, at, at + MIN_SECRET_LENGTH))
    if (!lengths) return 0
    let longest = 0
    for (const keyLength of lengths) {
      if (at + keyLength > text.length) continue
      const entries = this.byKey.get(rangeHash(text, at, at + keyLength))
      if (!entries) continue
      for (let i = 0; i < entries.length && entries[i] > longest; i += 2) {
        if (at + entries[i] <= text.length && rangeHash(text, at, at + entries[i]) === entries[i + 1]) {
          longest = entries[i]
          break
        }
      }
    }
    return longest
  }
}

/** A 52-bit hash of text[start, end): two 32-bit multiplicative hashes side by side. */
function rangeHash(text: string, start: number, end: number): number {
  let a = 0x811c9dc5
  let b = 0x9747b28c
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i)
    a = Math.imul(a ^ code, 0x01000193)
    b = Math.imul(b ^ code, 0x5bd1e995) ^ (b >>> 15)
  }
  return (a >>> 0) * 0x100000 + ((b >>> 0) & 0xfffff)
}

/** The value as it is, percent-encoded once (a query or form) and twice (a string to sign). */
export function encodedForms(value: string): string[] {
  const once = percentEncode(value)
  return [...new Set([value, once, percentEncode(once), encodeURIComponent(value)])]
}

function percentEncode(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, char => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)
}
