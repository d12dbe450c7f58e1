/** Which bucket, object and operation an OSS request is about. */
import type { IncomingMessage } from 'node:http'
import { ServiceFault } from './errors.js'

export type OssOperation =
  | 'PutObject'
  | 'GetObject'
  | 'HeadObject'
  | 'InitiateMultipartUpload'
  | 'UploadPart'
  | 'CompleteMultipartUpload'
  | 'AbortMultipartUpload'
  | 'Unsupported'

export interface OssTarget {
  bucket: string
  key: string
  /** Every query parameter; an empty value for a bare name (`?uploads`). */
  query: Readonly<Record<string, string>>
  operation: OssOperation
}

// ali-oss with an IP endpoint sends this Host and only `/<key>` as the path.
const VIRTUAL_HOST = /^([a-z0-9][a-z0-9-]{1,61}[a-z0-9])\.oss-[a-z0-9-]+\.aliyuncs\.com(?::\d+)?$/i

export function parseOssTarget(req: IncomingMessage): OssTarget {
  const url = new URL(req.url ?? '/', 'http://emulator')
  const query = Object.fromEntries(url.searchParams) as Record<string, string>
  const path = decodePath(url.pathname)
  const hostBucket = VIRTUAL_HOST.exec(req.headers.host ?? '')?.[1]
  const { bucket, key } = hostBucket ? { bucket: hostBucket, key: path.slice(1) } : splitPathStyle(path)
  return { bucket, key, query, operation: operationOf(req.method ?? 'GET', key, query) }
}

function decodePath(pathname: string): string {
  try {
    return decodeURIComponent(pathname)
  } catch {
    throw new ServiceFault(400, 'InvalidURI', 'Could not parse the specified URI.')
  }
}

/** `/<bucket>/<key>` */
function splitPathStyle(path: string): { bucket: string; key: string } {
  const rest = path.slice(1)
  const slash = rest.indexOf('/')
  return slash < 0 ? { bucket: rest, key: '' } : { bucket: rest.slice(0, slash), key: rest.slice(slash + 1) }
}

// GET/HEAD with these is another operation (ListParts, GetObjectAcl, …), not a read of the object.
const READ_SUB_RESOURCES_NOT_SERVED = ['uploadId', 'uploads', 'acl', 'tagging', 'symlink']

function operationOf(method: string, key: string, query: Record<string, string>): OssOperation {
  if (key === '') return 'Unsupported'
  const has = (name: string): boolean => Object.hasOwn(query, name)
  switch (method) {
    case 'PUT':
      if (has('partNumber') || has('uploadId')) return has('partNumber') && has('uploadId') ? 'UploadPart' : 'Unsupported'
      return 'PutObject'
    case 'POST':
      if (has('uploads')) return 'InitiateMultipartUpload'
      return has('uploadId') ? 'CompleteMultipartUpload' : 'Unsupported'
    case 'DELETE':
      return has('uploadId') ? 'AbortMultipartUpload' : 'Unsupported'
    case 'GET':
      return READ_SUB_RESOURCES_NOT_SERVED.some(has) ? 'Unsupported' : 'GetObject'
    case 'HEAD':
      return READ_SUB_RESOURCES_NOT_SERVED.some(has) ? 'Unsupported' : 'HeadObject'
    default:
      return 'Unsupported'
  }
}
