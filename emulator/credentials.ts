/** The temporary STS credential issued per image, and the Base64 UploadAddress / UploadAuth documents. */
import { randomAlphanumeric, randomBase64 } from './ids.js'
import { mulberry32, type Random } from './prng.js'
import type { ExpiredCredentialsOption, ImageRecord, IssuedCredential, UploadAuthField } from './types.js'

export function issueCredential(now: number, lifetimeSeconds: number): IssuedCredential {
  return {
    accessKeyId: `STS.${randomAlphanumeric(25)}`,
    accessKeySecret: randomAlphanumeric(44),
    securityToken: `CAIS${randomBase64(420)}`,
    expiresAt: now + lifetimeSeconds * 1000
  }
}

/** `YYYY-MM-DDThh:mm:ssZ`, the services' time format. */
export function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

function base64Json(value: object): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64')
}

export function encodeUploadAddress(endpoint: string, bucket: string, fileName: string): string {
  return base64Json({ Endpoint: endpoint, Bucket: bucket, FileName: fileName })
}

/** `Expiration` is the remaining lifetime in seconds: "0" for a credential issued already expired. */
export function encodeUploadAuth(credential: IssuedCredential, now: number, region: string, omit: readonly UploadAuthField[] = []): string {
  const remainingSeconds = Math.max(0, Math.round((credential.expiresAt - now) / 1000))
  const auth: Record<UploadAuthField, string> = {
    AccessKeyId: credential.accessKeyId,
    AccessKeySecret: credential.accessKeySecret,
    SecurityToken: credential.securityToken,
    Expiration: String(remainingSeconds),
    ExpireUTCTime: isoSeconds(credential.expiresAt),
    Region: region
  }
  for (const field of omit) delete auth[field]
  return base64Json(auth)
}

/** Which new credentials are handed out already expired: a share drawn from a seeded PRNG, or a predicate. */
export class ExpiredCredentialsPolicy {
  private random: Random

  constructor(
    private readonly seed: number,
    private option: ExpiredCredentialsOption
  ) {
    this.random = mulberry32(seed)
  }

  set(option: ExpiredCredentialsOption | undefined): void {
    this.option = option ?? 0
    this.random = mulberry32(this.seed)
  }

  reset(): void {
    this.random = mulberry32(this.seed)
  }

  isExpired(image: ImageRecord): boolean {
    const { option } = this
    if (typeof option === 'function') return option(image)
    if (option <= 0) return false
    if (option >= 1) return true
    return this.random() < option
  }
}
