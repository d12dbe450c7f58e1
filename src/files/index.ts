/**
 * The front door of files/: finding the matched files (findImages), reading and hashing one of
 * them, its image format, and what `if-unsupported` does with the rest.
 */
export { findImages, toRelative, type DiscoveryOptions, type ImageFile } from './find.js'
export { readFound, withFoundFile } from './found-file.js'
export { digestFile, digestOf, partSizeFor, type FileDigest, type PartDigest } from './hash.js'
export { imageExt, type ImageFormat } from './image-format.js'
export type { IfUnsupported, UnsupportedFile } from './unsupported.js'
