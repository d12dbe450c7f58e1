/**
 * The front door of services/. For the upload pipeline: the port (port.ts: the calls, the values
 * that cross them, and the failures it branches on) and the VOD request rate it paces its calls
 * at (flow-control.ts: a pacing utility, no network). For main.ts and inputs/: createServices(),
 * which builds the port over the real clients, and the options and warnings around it.
 * The adapters themselves (VOD client, OSS upload, connections, STS) stay inside.
 */
export { createServices, isOidcRole, type ServicesOptions } from './create-services.js'
export type { VodCredentials } from './credentials.js'
export type { FirstContactTiming } from './first-contact.js'
export { FlowControl, paced, type FlowClock, type FlowStats } from './flow-control.js'
export type { OssSignatureVersion } from './oss-upload.js'
export {
  InvalidUploadTicketError,
  isThrottling,
  type CreateUploadImageParams,
  type ImageInfo,
  type ImageInfos,
  type ImageInfosOptions,
  type LocalObject,
  type PartControl,
  type UploadServices,
  type UploadTicket
} from './port.js'
export type { OidcRole } from './sts-client.js'
export { proxyCredentials, unencryptedOrigin } from './transport.js'
export { parseAllowedHost, type AllowedHost } from './upload-hosts.js'
export type { VodSignatureVersion } from './vod-client.js'
