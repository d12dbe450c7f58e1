/** An image's Status as GetImageInfo(s) answer it: Uploading until its object is stored (and processed), then Normal or UploadFail. */
import type { EmulatorConfig } from './config.js'
import type { ImageRecord, StoredObject } from './types.js'

export type ImageStatus = 'Uploading' | 'Normal' | 'UploadFail'

/** Uploading until the object is stored and processingDelayMs has passed since (on the emulator's clock); then uploadFails decides. */
export function imageStatus(image: ImageRecord, object: StoredObject | undefined, config: EmulatorConfig, now: number): ImageStatus {
  if (!image.uploaded || !object || now < object.uploadedAt + config.processingDelayMs) return 'Uploading'
  return config.uploadFails(image) ? 'UploadFail' : 'Normal'
}
