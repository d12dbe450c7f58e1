/** One complete ImageReport (an uploaded PNG) for the report tests; each test overrides what it is about. */
import type { ImageReport } from '../../src/report/model.js'

export function imageReport(overrides: Partial<ImageReport> = {}): ImageReport {
  return {
    path: 'shots/a.png',
    status: 'uploaded',
    imageId: 'id-a',
    imageUrl: 'https://img.example.com/a.png',
    fileUrl: 'https://oss.example.com/a.png',
    bytes: 2048,
    sha256: 'ab'.repeat(32),
    format: 'png',
    title: 'a',
    tags: [],
    error: null,
    orphanedImageIds: [],
    unansweredCreates: 0,
    throttledCalls: 0,
    sameAs: null,
    vodStatus: null,
    previewUrl: null,
    ...overrides
  }
}
