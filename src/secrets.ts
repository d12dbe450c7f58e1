/**
 * Every secret value the run has seen. Registering one masks it in the runner's log (through the
 * callback given, core.setSecret at the edge); redact() scrubs any text that goes to outputs, the
 * summary or the results file, which the runner does not mask.
 */
export class SecretRegistry {
  private readonly values = new Set<string>()
  /** The values longest first, so that a value is never half-replaced by a shorter form of itself. */
  private longestFirst: string[] = []

  constructor(private readonly mask: (value: string) => void = () => undefined) {}

  /** Registers each value with the forms a request or an echoed request carries it in. */
  add(...values: Array<string | undefined>): void {
    for (const value of values) {
      // Very short values would redact ordinary words; no real credential is that short.
      if (!value || value.length < 4) continue
      for (const form of encodedForms(value)) {
        if (this.values.has(form)) continue
        this.values.add(form)
        this.longestFirst = [...this.values].sort((a, b) => b.length - a.length)
        this.mask(form)
      }
    }
  }

  redact(text: string): string {
    let result = text
    for (const value of this.longestFirst) if (result.includes(value)) result = result.split(value).join('***')
    return result
  }
}

/** The value as it is, percent-encoded once (a query or form) and twice (a string to sign). */
export function encodedForms(value: string): string[] {
  const once = percentEncode(value)
  return [...new Set([value, once, percentEncode(once), encodeURIComponent(value)])]
}

function percentEncode(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, char => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)
}
