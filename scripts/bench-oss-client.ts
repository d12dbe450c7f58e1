/**
 * What a plain script does with CreateUploadImage's answer: decode UploadAddress and UploadAuth
 * (base64 JSON) and build one ali-oss client from them, V4-signed, without retries. The bench's
 * naive baseline (bench.ts) and the least client (bench-least-client.ts) both build theirs here, so
 * that they differ only in what each measures (connections, concurrency), not in the client.
 */
import OSS from 'ali-oss'
import type { Agent } from 'node:http'

export interface UploadAddress {
  Endpoint: string
  Bucket: string
  FileName: string
}

export interface UploadAuth {
  AccessKeyId: string
  AccessKeySecret: string
  SecurityToken: string
  Region: string
}

const decode = <T>(value: unknown): T => JSON.parse(Buffer.from(String(value), 'base64').toString('utf8')) as T

/** The OSS client for one CreateUploadImage answer, and the object name it is to write. */
export function ossClientFor(answer: Record<string, unknown>, agent: Agent): { client: OSS; objectName: string } {
  const address = decode<UploadAddress>(answer.UploadAddress)
  const auth = decode<UploadAuth>(answer.UploadAuth)
  const client = new OSS({
    endpoint: address.Endpoint,
    bucket: address.Bucket,
    region: `oss-${auth.Region}`,
    authorizationV4: true,
    accessKeyId: auth.AccessKeyId,
    accessKeySecret: auth.AccessKeySecret,
    stsToken: auth.SecurityToken,
    // The temporary credential is used once, well within its life: never refreshed.
    refreshSTSTokenInterval: 24 * 3600 * 1000,
    retryMax: 0,
    agent
  } as OSS.Options)
  return { client, objectName: address.FileName }
}
