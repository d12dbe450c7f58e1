/**
 * Answers no other file can get past (a wrong key or secret, a missing RAM permission, an unknown
 * storage location or app) stop the run after the first: the files still queued are not attempted
 * (one line for all of them in the failure), and the fix is named once in the log and at the top of the job summary.
 */
import { describe, expect, it } from '@jest/globals'
import type { Emulator } from '../../emulator/index.js'
import { png } from '../../testkit/images.js'
import { emulatorInputs, FAST_BACKOFF, imagesOf, runInProcess, useEmulator, useWorkspace } from '../helpers/action.js'

const emulator = useEmulator({ seed: 3 })
const ws = useWorkspace()

const FILES = 20
const CONCURRENCY = 4

interface Case {
  inputs?: Record<string, string>
  faults?: (emulator: Emulator) => void
  code: string
  /** What the stop note names: the input or the RAM action to fix. */
  names: string
}

const cases: Record<string, Case> = {
  'a wrong secret': { inputs: { 'access-key-secret': 'not-the-secret' }, code: 'SignatureDoesNotMatch', names: 'access-key-secret' },
  'an unknown AccessKey ID': {
    inputs: { 'access-key-id': 'LTAI5tUnknownKeyId' },
    code: 'InvalidAccessKeyId.NotFound',
    names: 'access-key-id'
  },
  'a missing RAM permission (Forbidden.RAM)': {
    faults: e => e.setFaults({ vod: { rule: ctx => (ctx.action === 'CreateUploadImage' ? 'accessDenied' : undefined) } }),
    code: 'Forbidden.RAM',
    names: 'vod:CreateUploadImage'
  },
  'an unknown storage location': {
    inputs: { 'storage-location': 'outin-0000000000000000.oss-cn-shanghai.aliyuncs.com' },
    code: 'InvalidStorage.NotFound',
    names: 'storage-location input'
  },
  'an unknown app': { inputs: { 'app-id': 'app-2999999' }, code: 'InvalidAppId.NotFound', names: 'app-id input' }
}

const occurrences = (text: string, part: string): number => text.split(part).length - 1

/** FILES images, the faults set on the emulator, and one run at CONCURRENCY with the case's inputs. */
async function runOnFiles(inputs: Record<string, string> | undefined, faults: ((emulator: Emulator) => void) | undefined) {
  for (let i = 0; i < FILES; i++) await ws().write(`shots/${String(i).padStart(2, '0')}.png`, png(8, 8, i + 1))
  faults?.(emulator())
  return runInProcess(
    { workspace: ws().dir, inputs: { ...emulatorInputs(emulator()), path: 'shots/*.png', concurrency: String(CONCURRENCY), ...inputs } },
    { backoff: FAST_BACKOFF }
  )
}

describe('an answer no other file can get past', () => {
  it.each(Object.entries(cases))(
    '%s: one group of attempts, the rest not attempted, the fix named once in the log and atop the summary',
    async (_name, { inputs, faults, code, names }) => {
      const result = await runOnFiles(inputs, faults)
      expect(result.exitCode).toBe(1)
      const creates = emulator().requests.filter(request => request.action === 'CreateUploadImage')
      expect(creates.length).toBeGreaterThanOrEqual(1)
      expect(creates.length).toBeLessThanOrEqual(CONCURRENCY)
      const codes = imagesOf(result).map(image => image.error?.code)
      expect(codes.filter(c => c === code)).toHaveLength(creates.length)
      expect(codes.filter(c => c === 'NotAttempted')).toHaveLength(FILES - creates.length)

      const errorLines = result.stdout.split('\n').filter(line => line.startsWith('::error::'))
      expect(errorLines).toHaveLength(1)
      // The files in flight a line each; the files not attempted one line for all of them.
      expect(errorLines[0].split('%0A').length).toBeLessThanOrEqual(CONCURRENCY + 3)
      expect(errorLines[0]).toContain(`%0A  - ${FILES - creates.length} files: not attempted: `)
      expect(occurrences(errorLines[0], names)).toBe(1)
      expect(occurrences(result.stdout, names)).toBe(1)
      // The summary's first screen: right under the heading and the counts.
      const head = result.summary.split('\n').slice(0, 3).join('\n')
      expect(head).toContain('⛔')
      expect(occurrences(head, names)).toBe(1)
    }
  )
})

interface OssCase {
  inputs?: Record<string, string>
  faults?: (emulator: Emulator) => void
  code: string
  /** What the stop note names to fix. */
  names: string
}

const refusePuts = (code?: string) => (emulator: Emulator) =>
  emulator.setFaults({ oss: { rule: ctx => (ctx.method === 'PUT' ? 'accessDenied' : undefined), answer: { code } } })

const ossCases: Record<string, OssCase> = {
  // The emulator refuses V1 as OSS does for accounts and buckets made since 2025 (403 AccessDenied, EC 0002-00000080).
  'the V1 signature refused': {
    inputs: { 'oss-signature-version': 'v1' },
    code: 'AccessDenied',
    names: 'set the oss-signature-version input to v4'
  },
  "VOD's upload credential refused (AccessDenied)": {
    faults: refusePuts(),
    code: 'AccessDenied',
    names: 'Check the storage-location input'
  },
  // Taken first for an expired credential: each file tries fresh ones, then stops the run like the others.
  "VOD's upload credential unknown to OSS (InvalidAccessKeyId), fresh ones too": {
    faults: refusePuts('InvalidAccessKeyId'),
    code: 'InvalidAccessKeyId',
    names: 'Check the storage-location input'
  }
}

/** OSS refusing the V1 signature or the credential VOD issued: the same for every file, so the same early stop. */
describe('an OSS answer no other file can get past', () => {
  it.each(Object.entries(ossCases))(
    '%s: the files in flight only, each image made for them deleted, the rest not attempted, one stop note',
    async (_name, { inputs, faults, code, names }) => {
      const result = await runOnFiles(inputs, faults)
      expect(result.exitCode).toBe(1)
      const images = imagesOf(result)
      const attempted = images.filter(image => image.error?.code === code).length
      expect(attempted).toBeGreaterThanOrEqual(1)
      expect(attempted).toBeLessThanOrEqual(CONCURRENCY)
      expect(images.filter(image => image.error?.code === 'NotAttempted')).toHaveLength(FILES - attempted)

      const creates = emulator().requests.filter(request => request.action === 'CreateUploadImage')
      const puts = emulator().requests.filter(request => request.service === 'oss' && request.method === 'PUT')
      expect(puts).toHaveLength(creates.length)
      expect(puts.every(put => put.status === 403 && put.code === code)).toBe(true)
      // Every image made for a refused upload is deleted, as for any failed upload.
      const deleted = emulator().requests.filter(request => request.action === 'DeleteImage' && request.status === 200)
      expect(deleted).toHaveLength(creates.length)
      expect(images.flatMap(image => image.orphanedImageIds ?? [])).toEqual([])

      const errorLines = result.stdout.split('\n').filter(line => line.startsWith('::error::'))
      expect(errorLines).toHaveLength(1)
      expect(errorLines[0]).toContain(`Stopped after OSS's first refusal of PutObject (${code}, HTTP 403)`)
      expect(occurrences(errorLines[0], names)).toBe(1)
      expect(occurrences(result.stdout, "OSS's first refusal")).toBe(1)
      const head = result.summary.split('\n').slice(0, 3).join('\n')
      expect(head).toContain('⛔')
      expect(occurrences(head, names)).toBe(1)
    }
  )
})
