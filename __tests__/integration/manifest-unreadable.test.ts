/**
 * Issue #12: a manifest that exists but cannot be read is an input error naming the manifest, before
 * any request; only a missing one means "no manifest yet".
 */
import { describe, expect, it } from '@jest/globals'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { png } from '../../testkit/images.js'
import {
  type ActionRun,
  emulatorInputs,
  runDist,
  runInProcess,
  tmpdirUnreachableForOthers,
  useEmulator,
  useWorkspace
} from '../helpers/action.js'
import { posixOnlyIt } from '../helpers/platform.js'

/** Skipped on Windows: POSIX_ONLY of ../helpers/platform.ts says why. */
const posixIt = posixOnlyIt('file modes', 'other users')

const emulator = useEmulator()
const ws = useWorkspace({ 'shots/a.png': png() })

const errors = (result: ActionRun): string[] =>
  result.stdout
    .split('\n')
    .filter(line => line.startsWith('::error::'))
    .map(line => line.slice('::error::'.length))

describe('an unreadable manifest', () => {
  it.each<[string, (dir: string) => Promise<unknown>, string]>([
    ['a folder at its path', dir => fs.mkdir(path.join(dir, 'docs/vod.json'), { recursive: true }), 'is not a regular file'],
    ['a file where its folder should be', dir => fs.writeFile(path.join(dir, 'docs'), 'x'), 'cannot be read (ENOTDIR)']
  ])('%s: an error naming the manifest, and no request', async (_name, make, says) => {
    await make(ws().dir)
    const result = await runInProcess({
      workspace: ws().dir,
      inputs: { path: 'shots/*', manifest: 'docs/vod.json', ...emulatorInputs(emulator()) }
    })
    expect(result.exitCode).toBe(1)
    expect(errors(result)).toEqual([expect.stringContaining(`Input "manifest": docs/vod.json ${says}`)])
    expect(emulator().requests).toHaveLength(0)
    expect(result.outputs['manifest-changed']).toBeUndefined()
  })

  posixIt('a file the runner user may not read (EACCES, run as an unprivileged user)', async () => {
    const unreachable = process.getuid?.() === 0 ? await tmpdirUnreachableForOthers() : undefined
    if (unreachable) {
      process.stdout.write(`SKIPPED "a file the runner user may not read": ${unreachable}\n`)
      return
    }
    const manifest = await ws().write('vod.json', JSON.stringify({ version: 1, images: {} }))
    await fs.chmod(manifest, 0o000)
    await fs.chmod(ws().dir, 0o777)
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {}
    const result = await runDist({
      workspace: ws().dir,
      inputs: { path: 'shots/*', manifest: 'vod.json', ...emulatorInputs(emulator()) },
      ...asUser
    })
    expect(result.exitCode).toBe(1)
    expect(errors(result)).toEqual([expect.stringContaining('Input "manifest": vod.json cannot be read (EACCES)')])
    expect(emulator().requests).toHaveLength(0)
    expect((await fs.stat(manifest)).size).toBe(25)
  })
})
