import { percentEncode } from './percent-encoding.js'

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
    return result + text.slice(copiedTo)
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
const ANCHOR_BITS = 1 << 20
const ANCHOR_MASK = ANCHOR_BITS - 1
/** Lengths above this share their slot in a whole key (a collision only hides more text, never less). */
const LENGTH_SLOTS = 1 << 20

/**
 * Values known by a hash of their first KEY_LENGTH (or all) characters, their length and a hash of
 * the whole: no value is kept, a few tens of bytes per form, so that 20,000 images cost little here.
 * A bit set of the hashes of every value's first 4 characters skips most positions of a text
 * at once; at the others, a look-up per key length in use, then one hash of the text per distinct
 * length of the values under that key. Many values share a key (every UploadAuth starts with
 * `eyJBY2Nlc3NLZXlJZCI6`), but few lengths: neither adding nor finding grows with the number of
 * values. A hash collision can only make redact() hide text that is not a secret, never let a
 * secret through.
 */
export class PrefixIndex {
  /** How many whole hashes add() and longestAt() computed: the work a test can count. */
  wholeHashes = 0
  private readonly anchors = new Uint8Array(ANCHOR_BITS >> 3)
  /** The key lengths in use, few: KEY_LENGTH, and the lengths of values shorter than it. */
  private readonly keyLengths = new Set<number>()
  /** Key hash → the distinct lengths of its values, longest first. */
  private readonly lengthsOfKey = new Map<number, number[]>()
  /** wholeKey(length, whole hash) of every value. */
  private readonly wholes = new Set<number>()

  /** false when the value was already there. */
  add(value: string): boolean {
    const keyLength = Math.min(KEY_LENGTH, value.length)
    const whole = this.wholeKeyAt(value, 0, value.length)
    if (this.wholes.has(whole)) return false
    this.wholes.add(whole)
    const key = keyHash(value, 0, keyLength)
    const lengths = this.lengthsOfKey.get(key)
    if (!lengths) this.lengthsOfKey.set(key, [value.length])
    else if (!lengths.includes(value.length)) {
      lengths.push(value.length)
      lengths.sort((a, b) => b - a)
    }
    this.keyLengths.add(keyLength)
    const anchor = keyHash(value, 0, MIN_SECRET_LENGTH) & ANCHOR_MASK
    this.anchors[anchor >> 3] |= 1 << (anchor & 7)
    return true
  }

  /** The length of the longest value that text holds at position at; 0 when none. */
  longestAt(text: string, at: number): number {
    const anchor = keyHash(text, at, at + MIN_SECRET_LENGTH) & ANCHOR_MASK
    // Only saves time: no key of a value whose first characters have no bit here can match below.
    if ((this.anchors[anchor >> 3] & (1 << (anchor & 7))) === 0) return 0
    let longest = 0
    for (const keyLength of this.keyLengths) {
      const lengths = this.lengthsOfKey.get(keyHash(text, at, at + keyLength))
      if (!lengths) continue
      for (const length of lengths) {
        if (length <= longest) break
        if (at + length <= text.length && this.wholes.has(this.wholeKeyAt(text, at, at + length))) longest = length
      }
    }
    return longest
  }

  /** The length (up to LENGTH_SLOTS) and a 32-bit hash of text[start, end) as one number, exact below 2^53. */
  private wholeKeyAt(text: string, start: number, end: number): number {
    this.wholeHashes++
    return (wholeHash(text, start, end) >>> 0) * LENGTH_SLOTS + ((end - start) % LENGTH_SLOTS)
  }
}

/**
 * A 30-bit hash (FNV-1a) of text[start, end): a small integer, which a Map keeps without boxing it.
 * It stops at the end of text: a key cut short finds at most values that longestAt() then checks whole.
 * (Reading past the end would also work, charCodeAt gives NaN, but makes V8 deoptimize the hot loop.)
 */
function keyHash(text: string, start: number, end: number): number {
  let a = 0x811c9dc5
  for (let i = start, stop = Math.min(end, text.length); i < stop; i++) a = Math.imul(a ^ text.charCodeAt(i), 0x01000193)
  return (a >>> 2) & 0x3fffffff
}

/** A 32-bit hash of text[start, end) of another kind than keyHash, so that a value's key and whole hash fail apart. */
function wholeHash(text: string, start: number, end: number): number {
  let b = 0x9747b28c
  for (let i = start; i < end; i++) b = Math.imul(b ^ text.charCodeAt(i), 0x5bd1e995) ^ (b >>> 15)
  return b
}

/** The value as it is, percent-encoded once (a query or form) and twice (a string to sign), and as encodeURIComponent writes it. */
export function encodedForms(value: string): string[] {
  const once = percentEncode(value)
  // toWellFormed: encodeURIComponent throws on a lone surrogate, which a crafted answer's JSON escape could carry.
  return [...new Set([value, once, percentEncode(once), encodeURIComponent(value.toWellFormed())])]
}
