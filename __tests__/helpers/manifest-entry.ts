import type { ManifestEntry } from '../../src/manifest/manifest-file.js'

/** A manifest entry in the complete form the action writes after an upload. */
export const MANIFEST_ENTRY: ManifestEntry = {
  sha256: 'a'.repeat(64),
  bytes: 10,
  format: 'png',
  imageId: '93ab850b4f6f4a1c8e2d0b7f6a5c4d3e',
  imageUrl: 'https://img.example/a.png',
  fileUrl: 'https://outin.oss.example/image/default/a.png',
  title: 'a',
  tags: ['docs-site'],
  uploadedAt: '2026-11-24T10:00:00.000Z'
}
