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
    // Stryker disable next-line EqualityOperator: longestAt() finds nothing at or past the end
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

/**
 * Values known by a hash of their first KEY_LENGTH (or all) characters, their length and a hash of
 * the whole: no value is kept, about 60 bytes per form, so that 20,000 images cost little here.
 * A bit set of the hashes of every value's first 4 characters skips most positions of a text
 * at once; at the others, a look-up per key length in use. Neither grows with the number of
 * values. A hash collision can only make redact() hide text that is not a secret, never let a
 * secret through.
 */
class PrefixIndex {
  // Stryker disable next-line ArithmeticOperator: a larger bit set holds the same bits
  private readonly anchors = new Uint8Array(ANCHOR_BITS / 8)
  /** The key lengths in use, few: KEY_LENGTH, and the lengths of values shorter than it. */
  private readonly keyLengths = new Set<number>()
  /** Key hash → the first of its entries; entries of one key are chained longest first. */
  private readonly firstEntry = new Map<number, number>()
  private lengths = new Uint32Array(64)
  private hashes = new Float64Array(64)
  private next = new Int32Array(64)
  private count = 0

  /** false when the value was already there. */
  add(value: string): boolean {
    const keyLength = Math.min(KEY_LENGTH, value.length)
    const key = keyHash(value, 0, keyLength)
    const whole = rangeHash(value, 0, value.length)
    let previous = -1
    let entry = this.firstEntry.get(key) ?? -1
    // Stryker disable next-line ConditionalExpression: lengths[-1] is undefined, so the loop stops at the chain's end anyway
    while (entry !== -1 && this.lengths[entry] > value.length) [previous, entry] = [entry, this.next[entry]]
    // Stryker disable next-line ConditionalExpression,LogicalOperator: as above; an entry of another length never has the same hash
    for (let same = entry; same !== -1 && this.lengths[same] === value.length; same = this.next[same])
      if (this.hashes[same] === whole) return false
    const added = this.newEntry(value.length, whole, entry)
    if (previous === -1) this.firstEntry.set(key, added)
    else this.next[previous] = added
    const anchor = anchorBit(value, 0)
    this.anchors[anchor >> 3] |= 1 << (anchor & 7)
    this.keyLengths.add(keyLength)
    return true
  }

  /** The length of the longest value that text holds at position at; 0 when none. */
  longestAt(text: string, at: number): number {
    // The three early returns below only save time: the full check further down finds nothing there either.
    // Stryker disable next-line ConditionalExpression,ArithmeticOperator: a shortcut, see above
    if (at + MIN_SECRET_LENGTH > text.length) return 0
    const anchor = anchorBit(text, at)
    // Stryker disable next-line ConditionalExpression: a shortcut, see above
    if ((this.anchors[anchor >> 3] & (1 << (anchor & 7))) === 0) return 0
    let longest = 0
    for (const keyLength of this.keyLengths) {
      // Stryker disable next-line ConditionalExpression,ArithmeticOperator: a shortcut, see above
      if (at + keyLength > text.length) continue
      for (
        // Stryker disable next-line UnaryOperator: entry 1's chain holds only values that are really here, which their own key finds too
        let entry = this.firstEntry.get(keyHash(text, at, at + keyLength)) ?? -1;
        // Stryker disable next-line ConditionalExpression,EqualityOperator: lengths[-1] is undefined; an equal length is not longer
        entry !== -1 && this.lengths[entry] > longest;
        entry = this.next[entry]
      ) {
        const length = this.lengths[entry]
        if (at + length <= text.length && rangeHash(text, at, at + length) === this.hashes[entry]) {
          longest = length
          break
        }
      }
    }
    return longest
  }

  private newEntry(length: number, hash: number, next: number): number {
    if (this.count === this.lengths.length) {
      this.lengths = grown(this.lengths, new Uint32Array(this.count * 2))
      this.hashes = grown(this.hashes, new Float64Array(this.count * 2))
      this.next = grown(this.next, new Int32Array(this.count * 2))
    }
    this.lengths[this.count] = length
    this.hashes[this.count] = hash
    this.next[this.count] = next
    return this.count++
  }
}

function grown<T extends Uint32Array | Float64Array | Int32Array>(from: T, to: T): T {
  to.set(from)
  return to
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
  // Stryker disable next-line ArithmeticOperator: another hash, computed alike for values and texts
  return (a >>> 0) * 0x100000 + ((b >>> 0) & 0xfffff)
}

/** A 30-bit hash: a small integer, which a Map keeps without boxing it. */
function keyHash(text: string, start: number, end: number): number {
  let a = 0x811c9dc5
  for (let i = start; i < end; i++) a = Math.imul(a ^ text.charCodeAt(i), 0x01000193)
  return (a >>> 2) & 0x3fffffff
}

// Stryker disable all: a worse anchor only lets more positions through to the full check
function anchorBit(text: string, at: number): number {
  return keyHash(text, at, at + MIN_SECRET_LENGTH) & (ANCHOR_BITS - 1)
}
// Stryker restore all

/** The value as it is, percent-encoded once (a query or form) and twice (a string to sign). */
export function encodedForms(value: string): string[] {
  const once = percentEncode(value)
  return [...new Set([value, once, percentEncode(once), encodeURIComponent(value)])]
}

function percentEncode(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, char => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)
}
