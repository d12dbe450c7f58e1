/**
 * Workflow command injection: every channel by which outside text reaches the log carries line
 * breaks followed by workflow commands. No stdout line may start a command the action did not mean
 * to send (the shared run helper scans every run for that; here it is asserted again with the
 * payload's own marker), and the outputs hold only what the action set.
 */
import { describe, expect, it } from '@jest/globals'
import { png } from '../../testkit/images.js'
import {
  actionOutputs,
  type ActionRun,
  renderLog,
  runInProcess,
  unintendedCommands,
  useEmulator,
  useWorkspace,
  emulatorInputs
} from '../helpers/action.js'
import type { FaultPolicies } from '../../emulator/index.js'

const emulator = useEmulator()
const ws = useWorkspace()

const MARK = 'pwned'
/** Every way to start a line the runner knows, each followed by a command; no `/`, so that it fits in a file name. */
const PAYLOAD = [
  `\n::set-output name=image-url::${MARK}`,
  '\r\n::stop-commands::x',
  `\u2028::add-mask::${MARK}`,
  `\u0085  ::error::${MARK}`,
  `\u2029##[error]${MARK}`,
  `\r::warning title=${MARK}::${MARK}`,
  '<script>alert(1)<script>](x)'
].join('')
const CRAFTED = { code: `Forbidden${PAYLOAD}`, message: `denied${PAYLOAD}`, requestId: `req${PAYLOAD}` }

interface Row {
  files?: Record<string, Buffer>
  inputs?: Record<string, string>
  env?: Record<string, string>
  faults?: FaultPolicies
  exitCode: number
  /** Words the log must show, in escaped form. */
  shows?: string
}

const rows: Record<string, Row> = {
  'a file name': {
    files: { [`shots/evil${PAYLOAD}.png`]: png() },
    exitCode: 1,
    shows: 'shots/evil%0A::set-output name=image-url::pwned%0D%0A::stop-commands::x%E2%80%A8'
  },
  'a legal file name that is itself a command': {
    files: { '::set-output name=image-url::pwned.png': png() },
    inputs: { path: '*.png', manifest: 'vod.json' },
    exitCode: 0,
    shows: '✔ ::set-output name=image-url::pwned.png → '
  },
  'a manifest path that is a command, shown at the start of a line': {
    files: {
      'shots/a.png': png(),
      'vod.json': Buffer.from(
        JSON.stringify({
          version: 1,
          images: {
            '::error::pwned.png': {
              sha256: 'a'.repeat(64),
              imageId: 'c0ffee00c0ffee00c0ffee00c0ffee00',
              imageUrl: 'https://img.example/u.png'
            }
          }
        })
      )
    },
    inputs: { manifest: 'vod.json' },
    exitCode: 0,
    shows: '%3A:error::pwned.png: file gone; ImageId c0ffee00c0ffee00c0ffee00c0ffee00 stays in VOD'
  },
  'a folder name': { files: { [`shots/dir${PAYLOAD}/a.png`]: png() }, exitCode: 1, shows: 'shots/dir%0A::set-output' },
  'a title and a description rendered from the inputs': {
    files: { 'shots/a.png': png() },
    inputs: { title: `{name}${PAYLOAD}`, description: `{path}${PAYLOAD}` },
    exitCode: 0
  },
  'a title in the dry run plan': {
    files: { 'shots/a.png': png() },
    inputs: { title: `{name}${PAYLOAD}`, 'dry-run': 'true' },
    exitCode: 0,
    shows: 'as "a'
  },
  'tags from the input': {
    files: { 'shots/a.png': png() },
    inputs: { tags: `ok,bad${PAYLOAD}` },
    exitCode: 1,
    shows: 'contains a control character'
  },
  'user-data as valid JSON': {
    files: { 'shots/a.png': png() },
    inputs: { 'user-data': JSON.stringify({ Extend: { note: PAYLOAD } }) },
    exitCode: 0
  },
  'user-data that is not JSON': {
    files: { 'shots/a.png': png() },
    inputs: { 'user-data': `{${PAYLOAD}` },
    exitCode: 1,
    shows: 'Input "user-data": is not valid JSON'
  },
  'another input echoed in its error': {
    files: { 'shots/a.png': png() },
    inputs: { concurrency: `4${PAYLOAD}` },
    exitCode: 1,
    shows: 'Input "concurrency": must be an integer'
  },
  'GITHUB_REF_NAME, GITHUB_REF and GITHUB_REPOSITORY in titles and tags': {
    files: { 'shots/a.png': png() },
    inputs: { title: '{repo} {ref} {name}', 'repo-tags': 'true', 'dry-run': 'true' },
    env: { GITHUB_REF_NAME: `main${PAYLOAD}`, GITHUB_REF: `refs/heads/main${PAYLOAD}`, GITHUB_REPOSITORY: `octo/site${PAYLOAD}` },
    exitCode: 0
  },
  'a VOD error code, message and request id': {
    files: { 'shots/a.png': png() },
    faults: { vod: { rule: ctx => (ctx.action === 'CreateUploadImage' ? 'accessDenied' : undefined), answer: CRAFTED } },
    exitCode: 1,
    shows: 'create failed: Forbidden%0A::set-output'
  },
  'an OSS error code, message and request id': {
    files: { 'shots/a.png': png() },
    faults: { oss: { rule: ctx => (ctx.method === 'PUT' ? 'accessDenied' : undefined), answer: CRAFTED } },
    exitCode: 1,
    shows: 'upload failed: Forbidden%0A::set-output'
  }
}

/** Each stdout line as the runner splits it, and the command it starts, if any. */
function commandLines(result: ActionRun): string[] {
  return result.stdout.split(/\r\n|\r|\n/).filter(line => /^[\s\u0085]*::/.test(line))
}

describe('outside text never starts a workflow command', () => {
  it.each(Object.entries(rows))('%s', async (_name, row) => {
    for (const [name, content] of Object.entries(row.files ?? {})) await ws().write(name, content)
    if (row.faults) emulator().setFaults(row.faults)
    const result = await runInProcess({
      workspace: ws().dir,
      inputs: { path: 'shots/**', ...emulatorInputs(emulator()), ...row.inputs },
      env: row.env
    })

    expect(result.exitCode).toBe(row.exitCode)
    expect(unintendedCommands(result.stdout)).toEqual([])
    // The action's own commands may carry the payload only escaped inside their data: never as the command or a mask.
    const commands = commandLines(result)
    expect(commands.filter(line => !/^::(group|endgroup|error|warning|debug|add-mask)::/.test(line))).toEqual([])
    expect(commands.filter(line => line.startsWith('::add-mask::') && line.includes(MARK))).toEqual([])
    expect(result.stdout).not.toMatch(/[\r\u0085\u2028\u2029]/)
    // A row without `shows` checks only what every row checks.
    expect(renderLog(result.stdout)).toContain(row.shows ?? '')
    const outputs = actionOutputs()
    expect(Object.keys(result.outputs).filter(name => !outputs.includes(name))).toEqual([])
    expect(result.outputs['image-url'] ?? '').not.toContain(MARK)
    // The summary is HTML, the markdown output Markdown: each escapes the payload for itself.
    expect(result.summary).not.toContain('<script>')
    expect(result.outputs.markdown ?? '').not.toMatch(/[^\\]\]\(x\)|[\r\n\u2028]::/)
    const imageUrl = result.outputs['image-url'] ?? ''
    expect(imageUrl === '' || imageUrl.startsWith(emulator().ossEndpoint)).toBe(true)
  })

  it('refuses a file name with a control character before any request, and keeps odd but legal names', async () => {
    await ws().write('shots/tab\there.png', png())
    const refused = await runInProcess({ workspace: ws().dir, inputs: { path: 'shots/**', ...emulatorInputs(emulator()) } })
    expect(refused.exitCode).toBe(1)
    expect(renderLog(refused.stdout)).toContain('shots/tab%09here.png: has a line break or another control character in its name')
    expect(emulator().requests).toHaveLength(0)

    await ws().remove()
    const odd = ['shots/a b.png', 'shots/100%.png', 'shots/"quoted" \'name\'.png', 'shots/图片 ünïcödé.png', 'shots/[x](y)!<z>.png']
    for (const name of odd) await ws().write(name, png())
    const accepted = await runInProcess({ workspace: ws().dir, inputs: { path: 'shots/**', ...emulatorInputs(emulator()) } })
    expect(accepted.exitCode).toBe(0)
    expect(accepted.outputs['uploaded-count']).toBe(String(odd.length))
    expect(accepted.outputs.markdown).toContain('![\\[x\\]\\(y\\)\\!\\<z\\>](')
  })
})
