/** Random identifiers and secrets. Secrets come from the CSPRNG, never from the seeded fault PRNG. */
import { randomBytes, randomUUID } from 'node:crypto'

export function hex32(): string {
  return randomBytes(16).toString('hex')
}

/** VOD request ids look like an upper-case UUID. */
export function vodRequestId(): string {
  return randomUUID().toUpperCase()
}

/** OSS request ids are 24 upper-case hex digits. */
export function ossRequestId(): string {
  return randomBytes(12).toString('hex').toUpperCase()
}

export function randomAlphanumeric(length: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
  return Array.from(randomBytes(length), byte => alphabet[byte % alphabet.length]).join('')
}

export function randomBase64(bytes: number): string {
  return randomBytes(bytes).toString('base64')
}
