/**
 * Every secret value the run has seen. Registering one masks it in the runner's log (through the
 * callback given, core.setSecret at the edge); redact() scrubs any text that goes to outputs, the
 * summary or the results file, which the runner does not mask.
 */
export class SecretRegistry {
  private readonly values = new Set<string>()

  constructor(private readonly mask: (value: string) => void = () => undefined) {}

  add(...values: Array<string | undefined>): void {
    for (const value of values) {
      // Very short values would redact ordinary words; no real credential is that short.
      if (!value || value.length < 4 || this.values.has(value)) continue
      this.values.add(value)
      this.mask(value)
    }
  }

  redact(text: string): string {
    let result = text
    for (const value of this.values) result = result.split(value).join('***')
    return result
  }
}
