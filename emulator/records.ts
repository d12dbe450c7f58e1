/** What the emulator remembers: images, stored objects, issued credentials, used nonces, request log. */
import type { ImageRecord, RequestRecord, StoredObject } from './types.js'

export interface UploadedPart {
  body: Buffer
  /** Upper-case hex MD5, without quotes. */
  md5: string
  md5Sent: boolean
}

export interface MultipartUpload {
  uploadId: string
  bucket: string
  key: string
  contentType?: string
  parts: Map<number, UploadedPart>
}

function objectId(bucket: string, key: string): string {
  return `${bucket}/${key}`
}

export class Records {
  readonly images = new Map<string, ImageRecord>()
  readonly requests: RequestRecord[] = []
  readonly multipartUploads = new Map<string, MultipartUpload>()
  private readonly objects = new Map<string, StoredObject>()
  private readonly imageIdByObject = new Map<string, string>()
  private readonly imageIdByCredential = new Map<string, string>()
  private readonly usedNonces = new Map<string, Set<string>>()
  // Issued secrets outlive reset(): a test scanning logs wants every secret ever handed out.
  private readonly secrets: string[] = []
  private openImages = 0
  private mostOpenImages = 0

  addImage(image: ImageRecord, uploadAuth: string): void {
    this.images.set(image.imageId, image)
    this.imageIdByObject.set(objectId(image.bucket, image.key), image.imageId)
    this.imageIdByCredential.set(image.credential.accessKeyId, image.imageId)
    this.secrets.push(image.credential.accessKeySecret, image.credential.securityToken, uploadAuth)
    this.openImages += 1
    this.mostOpenImages = Math.max(this.mostOpenImages, this.openImages)
  }

  imageForObject(bucket: string, key: string): ImageRecord | undefined {
    const imageId = this.imageIdByObject.get(objectId(bucket, key))
    return imageId === undefined ? undefined : this.images.get(imageId)
  }

  imageForCredential(accessKeyId: string): ImageRecord | undefined {
    const imageId = this.imageIdByCredential.get(accessKeyId)
    return imageId === undefined ? undefined : this.images.get(imageId)
  }

  deleteImage(image: ImageRecord): void {
    if (image.deleted) return
    this.closeImage(image)
    image.deleted = true
    this.objects.delete(objectId(image.bucket, image.key))
  }

  putObject(object: StoredObject): void {
    this.objects.set(objectId(object.bucket, object.key), object)
    const image = this.imageForObject(object.bucket, object.key)
    if (image && !image.deleted) {
      this.closeImage(image)
      image.uploaded = true
      image.bytes = object.body.length
    }
  }

  getObject(bucket: string, key: string): StoredObject | undefined {
    return this.objects.get(objectId(bucket, key))
  }

  /** False when the nonce was already used with that key. */
  useNonce(accessKeyId: string, nonce: string): boolean {
    const nonces = this.usedNonces.get(accessKeyId) ?? new Set<string>()
    this.usedNonces.set(accessKeyId, nonces)
    if (nonces.has(nonce)) return false
    nonces.add(nonce)
    return true
  }

  logRequest(record: RequestRecord): void {
    this.requests.push(record)
  }

  /** Secrets handed out other than with an image: STS sessions, OIDC tokens. */
  rememberSecrets(...values: string[]): void {
    this.secrets.push(...values)
  }

  issuedSecrets(): string[] {
    return [...this.secrets]
  }

  maxOpenImages(): number {
    return this.mostOpenImages
  }

  reset(): void {
    this.images.clear()
    this.requests.length = 0
    this.objects.clear()
    this.multipartUploads.clear()
    this.imageIdByObject.clear()
    this.imageIdByCredential.clear()
    this.usedNonces.clear()
    this.openImages = 0
    this.mostOpenImages = 0
  }

  private closeImage(image: ImageRecord): void {
    if (!image.uploaded && !image.deleted) this.openImages -= 1
  }
}
