/**
 * The front door of plan/: the upload plan (planUploads, one UploadTask per file), and the titles,
 * tags and ownership tag that inputs/ checks and manifest/ recognises.
 */
export { isOwnershipTag, ownershipTag, parseUserTags, TemplatePlaceholders, unknownPlaceholders, utf8Length } from './metadata.js'
export { planUploads, type ImageType, type PlanOptions, type PreviousUploads, type UploadTask } from './plan.js'
