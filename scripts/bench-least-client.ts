/**
 * The least client of the cpu bench section (bench-cpu.ts), run as a child process: for each image
 * of a folder, CreateUploadImage signed V3 through the action's own transport (rpc-transport.ts,
 * the action's default signature) and one V4-signed PutObject with Content-MD5 through ali-oss,
 * over keep-alive connections, `concurrency` images at a time. Nothing else: no hashing beyond the
 * MD5 the PUT needs, no retries, no log, no report. What it costs is the floor the action's CPU per
 * image is compared with.
 *
 * With LEAST_RATE (calls per second) its CreateUploadImage calls are paced as the action paces its
 * own: the action's FlowControl with the action's batch window. Unset: no rate, as fast as it goes.
 *
 * Environment: LEAST_ENDPOINT, LEAST_KEY_ID, LEAST_KEY_SECRET, LEAST_FOLDER, LEAST_CONCURRENCY, LEAST_RATE.
 */
import { createHash } from 'node:crypto'
import { promises as fs } from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { sendRpc } from '../src/services/rpc-transport.js'
import { FlowControl } from '../src/services/flow-control.js'
import { FlowLimits, VodLimits } from '../src/shared/service-limits.js'
import { ossClientFor } from './bench-oss-client.js'

const env = (name: string): string => {
  const value = process.env[name]
  if (!value) throw new Error(`${name} is not set`)
  return value
}

const endpoint = env('LEAST_ENDPOINT')
const credentials = { accessKeyId: env('LEAST_KEY_ID'), accessKeySecret: env('LEAST_KEY_SECRET') }
const folder = env('LEAST_FOLDER')
const concurrency = Number(env('LEAST_CONCURRENCY'))
/** One keep-alive pool per service, as many sockets as images in flight. */
const vodAgent = new http.Agent({ keepAlive: true, maxSockets: concurrency })
const ossAgent = new http.Agent({ keepAlive: true, maxSockets: concurrency })
const rate = Number(process.env.LEAST_RATE ?? 0)
const flow = rate > 0 ? new FlowControl({ ratePerSecond: rate, stallMs: 600_000, batchMs: FlowLimits.createUploadImageBatchMs }) : undefined

async function uploadOne(name: string): Promise<void> {
  const content = await fs.readFile(path.join(folder, name))
  await flow?.acquire()
  const answer = await sendRpc(
    {
      endpoint,
      action: 'CreateUploadImage',
      version: VodLimits.apiVersion,
      params: { ImageType: 'default', ImageExt: 'png', Title: name },
      credentials
    },
    { timeoutMs: 60_000, agent: vodAgent }
  )
  if (answer.status !== 200) throw new Error(`CreateUploadImage answered ${answer.status}`)
  flow?.succeeded()
  const { client, objectName } = ossClientFor(answer.body, ossAgent)
  await client.put(objectName, content, {
    mime: 'png',
    headers: { 'Content-MD5': createHash('md5').update(content).digest('base64') }
  })
}

async function main(): Promise<void> {
  const names = (await fs.readdir(folder)).sort()
  let next = 0
  let failed = 0
  const worker = async (): Promise<void> => {
    while (next < names.length) {
      const name = names[next++]
      await uploadOne(name).catch(() => failed++)
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, names.length) }, worker))
  vodAgent.destroy()
  ossAgent.destroy()
  process.stdout.write(`uploaded=${names.length - failed}\n`)
  process.exitCode = failed ? 1 : 0
}

await main()
