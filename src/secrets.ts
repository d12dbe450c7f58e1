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
const KEY_LENGTH = 32

/**
 * Values indexed by their first 4 characters, then by their first KEY_LENGTH (or all) characters.
 * Finding the longest value at a position costs a few hash look-ups, however many values there
 * are: only values that share their first KEY_LENGTH characters are compared one by one.
 */
class PrefixIndex {
  /** A hash of the first 4 characters → the key lengths in use under it. */
  private readonly keyLengths = new Map<number, number[]>()
  /** Key → the values that start with it, longest first. */
  private readonly byKey = new Map<string, string[]>()
  private count = 0

  get size(): number {
    return this.count
  }

  /** false when the value was already there. */
  add(value: string): boolean {
    const key = value.slice(0, KEY_LENGTH)
    const values = this.byKey.get(key) ?? []
    if (values.includes(value)) return false
    values.splice(insertionPoint(values, value.length), 0, value)
    this.byKey.set(key, values)
    const anchor = anchorAt(value, 0)
    const lengths = this.keyLengths.get(anchor) ?? []
    if (!lengths.includes(key.length)) lengths.push(key.length)
    this.keyLengths.set(anchor, lengths)
    this.count++
    return true
  }

  /** The length of the longest value that text holds at position at; 0 when none. */
  longestAt(text: string, at: number): number {
    if (at + MIN_SECRET_LENGTH > text.length) return 0
    const lengths = this.keyLengths.get(anchorAt(text, at))
    if (!lengths) return 0
    let longest = 0
    for (const length of lengths) {
      const values = this.byKey.get(text.slice(at, at + length))
      const found = values?.find(value => value.length > longest && text.startsWith(value, at))
      if (found) longest = found.length
    }
    return longest
  }
}

/** The first 4 characters at position at as one number: no string is made for a position that holds no value. */
function anchorAt(text: string, at: number): number {
  return ((text.charCodeAt(at) * 31 + text.charCodeAt(at + 1)) * 31 + text.charCodeAt(at + 2)) * 31 + text.charCodeAt(at + 3)
}

function insertionPoint(longestFirst: readonly string[], length: number): number {
  const index = longestFirst.findIndex(value => value.length < length)
  return index === -1 ? longestFirst.length : index
}

/** The value as it is, percent-encoded once (a query or form) and twice (a string to sign). */
export function encodedForms(value: string): string[] {
  const once = percentEncode(value)
  return [...new Set([value, once, percentEncode(once), encodeURIComponent(value)])]
}

function percentEncode(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, char => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)
}
