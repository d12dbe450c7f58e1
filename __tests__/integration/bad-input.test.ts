/**
 * The bad input catalogue: each row is run through the real run() with the emulator listening, and
 * asserts the exact words the user sees and that not one request reached the emulator.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { png } from '../../testkit/images.js'
import { thrownBy } from '../helpers/rejection.js'
import {
  type ActionRun,
  runDist,
  runInProcess,
  tmpdirUnreachableForOthers,
  useEmulator,
  useWorkspace,
  emulatorInputs
} from '../helpers/action.js'
import { posixOnlyIt } from '../helpers/platform.js'

/** Skipped on Windows: POSIX_ONLY of ../helpers/platform.ts says why. */
const posixIt = posixOnlyIt('symlinks')
const posixUserIt = posixOnlyIt('file modes', 'other users')

const emulator = useEmulator()
const ws = useWorkspace({ 'shots/good.png': png() })
let outside: string

beforeEach(async () => {
  outside = await fs.mkdtemp(path.join(os.tmpdir(), 'vod-outside-'))
  await fs.writeFile(path.join(outside, 'secret.png'), png())
})

afterEach(async () => {
  await fs.rm(outside, { recursive: true, force: true })
})

/** What the runner shows for ::error:: and ::warning:: commands, decoded. */
function annotations(result: ActionRun, kind: 'error' | 'warning'): string[] {
  return result.stdout
    .split('\n')
    .filter(line => line.startsWith(`::${kind}::`))
    .map(line =>
      line
        .slice(kind.length + 4)
        .replace(/%0A/g, '\n')
        .replace(/%0D/g, '\r')
        .replace(/%25/g, '%')
    )
}

interface Row {
  inputs?: Record<string, string>
  env?: Record<string, string>
  files?: Record<string, Buffer | string>
  /** Links to make: workspace-relative link → target (OUTSIDE/… means the folder outside the workspace). */
  links?: Record<string, string>
  /** The lines of the failure the user sees, after its heading. */
  says: string[]
  heading?: string
}

const INVALID = 'Invalid input'
const REFUSED = 'Some matched files cannot be uploaded; nothing was uploaded'
const tags = (n: number): string => Array.from({ length: n }, (_, i) => `tag${i}`).join(',')

const catalogue: Record<string, Row> = {
  'no path': { inputs: { path: '' }, says: ['Input "path": is required: give at least one glob pattern, one per line'] },
  'no credentials at all': {
    inputs: { 'access-key-id': '', 'access-key-secret': '' },
    says: [
      'Input "access-key-id": is required: set the input or ALIBABA_CLOUD_ACCESS_KEY_ID or ALICLOUD_ACCESS_KEY; or, for no keys at all, set role-to-assume and oidc-provider-arn',
      'Input "access-key-secret": is required: set the input or ALIBABA_CLOUD_ACCESS_KEY_SECRET or ALICLOUD_SECRET_KEY'
    ]
  },
  'only the key id': {
    inputs: { 'access-key-secret': '' },
    says: ['Input "access-key-secret": is required: set the input or ALIBABA_CLOUD_ACCESS_KEY_SECRET or ALICLOUD_SECRET_KEY']
  },
  'only the secret': {
    inputs: { 'access-key-id': '' },
    says: ['Input "access-key-id": is required: set the input or ALIBABA_CLOUD_ACCESS_KEY_ID or ALICLOUD_ACCESS_KEY']
  },
  'whitespace-only credentials': {
    inputs: { 'access-key-id': '  ', 'access-key-secret': '\t' },
    says: [
      'Input "access-key-id": is required: set the input or ALIBABA_CLOUD_ACCESS_KEY_ID or ALICLOUD_ACCESS_KEY; or, for no keys at all, set role-to-assume and oidc-provider-arn',
      'Input "access-key-secret": is required: set the input or ALIBABA_CLOUD_ACCESS_KEY_SECRET or ALICLOUD_SECRET_KEY'
    ]
  },
  'whitespace-only secret in the environment': {
    inputs: { 'access-key-secret': '' },
    env: { ALIBABA_CLOUD_ACCESS_KEY_SECRET: '   ' },
    says: ['Input "access-key-secret": is required: set the input or ALIBABA_CLOUD_ACCESS_KEY_SECRET or ALICLOUD_SECRET_KEY']
  },
  'an endpoint without a scheme': {
    inputs: { endpoint: 'vod.cn-shanghai.aliyuncs.com' },
    says: ['Input "endpoint": "vod.cn-shanghai.aliyuncs.com" is not a URL; expected for example https://vod.cn-shanghai.aliyuncs.com']
  },
  'an ftp endpoint': {
    inputs: { endpoint: 'ftp://vod.example.com' },
    says: ['Input "endpoint": "ftp://vod.example.com/" is not usable: the scheme must be http or https']
  },
  'an endpoint with a path': {
    inputs: { endpoint: 'https://vod.example.com/v1' },
    says: ['Input "endpoint": "https://vod.example.com/v1" is not usable: it must have no path, query or fragment']
  },
  'an endpoint with spaces': {
    inputs: { endpoint: 'https://vod example.com' },
    says: ['Input "endpoint": "https://vod example.com" is not a URL; expected for example https://vod.cn-shanghai.aliyuncs.com']
  },
  'a bad region': {
    inputs: { region: 'shanghai' },
    says: ['Input "region": "shanghai" is not a region id such as "cn-shanghai" or "ap-southeast-1"']
  },
  'a region typo (no endpoint input)': {
    inputs: { region: 'cn-shangai', endpoint: '' },
    says: [
      'Input "region": "cn-shangai" is not a region this version knows (did you mean cn-shanghai?); it knows: cn-shanghai, cn-beijing, cn-shenzhen, cn-hongkong, ap-southeast-1, ap-northeast-1, ap-southeast-5, eu-central-1, us-west-1, me-central-1, cn-north-2-gov-1. For a region it does not know yet, set endpoint to that region\'s VOD endpoint (https://vod.<region>.aliyuncs.com)'
    ]
  },
  'a bad image-type': { inputs: { 'image-type': 'banner' }, says: ['Input "image-type": must be one of "default", "cover"; got "banner"'] },
  'an unknown title placeholder': {
    inputs: { title: '{file}' },
    says: ['Input "title": unknown placeholder {file}; known placeholders are {name}, {filename}, {path}, {ext}, {repo}, {ref}, {sha}']
  },
  'an unknown description placeholder': {
    inputs: { description: '{date}' },
    says: [
      'Input "description": unknown placeholder {date}; known placeholders are {name}, {filename}, {path}, {ext}, {repo}, {ref}, {sha}'
    ]
  },
  '16 tags (one slot holds the mark of this repository)': {
    inputs: { tags: tags(16) },
    says: [
      'Input "tags": 16 tags given; at most 15 are allowed: VOD allows 16, and one holds the tag that marks this repository\'s uploads (gh-repo-id-<GITHUB_REPOSITORY_ID>)'
    ]
  },
  'a tag that claims a repository mark': {
    inputs: { tags: 'ok, gh-repo-id-1' },
    says: [
      'Input "tags": tag "gh-repo-id-1" starts with "gh-repo-id-", which marks the repository that uploaded an image; it is set by the action only'
    ]
  },
  'a 33-byte tag': {
    inputs: { tags: 'x'.repeat(33) },
    says: [`Input "tags": tag "${'x'.repeat(33)}" is 33 bytes of UTF-8; VOD allows at most 32`]
  },
  'a multi-byte character across the 32-byte boundary': {
    inputs: { tags: `${'x'.repeat(31)}é` },
    says: [`Input "tags": tag "${'x'.repeat(31)}é" is 33 bytes of UTF-8; VOD allows at most 32`]
  },
  'repo-tags not a boolean': {
    inputs: { 'repo-tags': 'yes' },
    says: ['Input "repo-tags": must be a boolean (true, True, TRUE, false, False or FALSE); got "yes"']
  },
  'a cate-id that is not a number': {
    inputs: { 'cate-id': 'screenshots' },
    says: ['Input "cate-id": must be a category id (a whole number); got "screenshots"']
  },
  'a storage-location URL': {
    inputs: { 'storage-location': 'https://outin-1.oss-cn-shanghai.aliyuncs.com' },
    says: [
      'Input "storage-location": must be a storage host name such as "outin-xxxx.oss-cn-shanghai.aliyuncs.com"; got "https://outin-1.oss-cn-shanghai.aliyuncs.com"'
    ]
  },
  'an app-id with a slash': {
    inputs: { 'app-id': 'app/1' },
    says: ['Input "app-id": must be an application id such as "app-1000000"; got "app/1"']
  },
  'user-data that is not JSON': {
    inputs: { 'user-data': "{'Extend': 1}" },
    says: [`Input "user-data": is not valid JSON (${jsonError("{'Extend': 1}")})`]
  },
  'user-data that is a JSON array': {
    inputs: { 'user-data': '["a"]' },
    says: ['Input "user-data": must be a JSON object such as {"Extend": {"key": "value"}}; got an array']
  },
  'user-data that is a JSON number': {
    inputs: { 'user-data': '42' },
    says: ['Input "user-data": must be a JSON object such as {"Extend": {"key": "value"}}; got a number']
  },
  'user-data with a long Extend': {
    inputs: { 'user-data': JSON.stringify({ Extend: 'e'.repeat(513) }) },
    says: ['Input "user-data": "Extend" is 513 bytes; VOD allows at most 512']
  },
  'concurrency 0': { inputs: { concurrency: '0' }, says: ['Input "concurrency": must be an integer from 1 to 100; got "0"'] },
  'concurrency abc': { inputs: { concurrency: 'abc' }, says: ['Input "concurrency": must be an integer from 1 to 100; got "abc"'] },
  'concurrency 1000': { inputs: { concurrency: '1000' }, says: ['Input "concurrency": must be an integer from 1 to 100; got "1000"'] },
  'a bad if-no-files-found': {
    inputs: { 'if-no-files-found': 'skip' },
    says: ['Input "if-no-files-found": must be one of "error", "warn", "ignore"; got "skip"']
  },
  'a bad include-hidden-files': {
    inputs: { 'include-hidden-files': 'y' },
    says: ['Input "include-hidden-files": must be a boolean (true, True, TRUE, false, False or FALSE); got "y"']
  },
  'a bad follow-symbolic-links': {
    inputs: { 'follow-symbolic-links': '0' },
    says: ['Input "follow-symbolic-links": must be a boolean (true, True, TRUE, false, False or FALSE); got "0"']
  },
  'retries 11': { inputs: { retries: '11' }, says: ['Input "retries": must be an integer from 0 to 10; got "11"'] },
  'a timeout in minutes': { inputs: { timeout: '5m' }, says: ['Input "timeout": must be an integer from 1 to 3600; got "5m"'] },
  'a bad multipart-threshold': {
    inputs: { 'multipart-threshold': '10 megs' },
    says: [
      'Input "multipart-threshold": must be a size from 100KiB to 5GiB, in bytes or with a unit (KiB, MiB, GiB; K/KB, M/MB, G/GB mean the same powers of 1024); got "10 megs"'
    ]
  },
  'a manifest outside the workspace': {
    inputs: { manifest: '../vod.json' },
    says: ['Input "manifest": "../vod.json" must be a file path inside the workspace (WS)']
  },
  'the workspace itself as the manifest': {
    inputs: { manifest: '.' },
    says: ['Input "manifest": "." must be a file path inside the workspace (WS)']
  },
  'a bad delete-removed': {
    inputs: { manifest: 'vod.json', 'delete-removed': 'yes' },
    says: ['Input "delete-removed": must be a boolean (true, True, TRUE, false, False or FALSE); got "yes"']
  },
  'delete-removed without a manifest': {
    inputs: { 'delete-removed': 'true' },
    says: ['Input "delete-removed": needs a manifest: only entries of the manifest are ever deleted']
  },
  'a bad dry-run': {
    inputs: { 'dry-run': 'maybe' },
    says: ['Input "dry-run": must be a boolean (true, True, TRUE, false, False or FALSE); got "maybe"']
  },
  'a bad summary': {
    inputs: { summary: 'off' },
    says: ['Input "summary": must be a boolean (true, True, TRUE, false, False or FALSE); got "off"']
  },
  'several problems at once': {
    inputs: { concurrency: '-1', retries: 'x', tags: tags(20) },
    says: [
      'Input "tags": 20 tags given; at most 15 are allowed: VOD allows 16, and one holds the tag that marks this repository\'s uploads (gh-repo-id-<GITHUB_REPOSITORY_ID>)',
      'Input "concurrency": must be an integer from 1 to 100; got "-1"',
      'Input "retries": must be an integer from 0 to 10; got "x"'
    ]
  },
  'a non-image file': {
    files: { 'shots/notes.png': 'just text' },
    heading: REFUSED,
    says: [
      'shots/notes.png: is not a PNG, JPEG, GIF, WebP or HEIC image (its first bytes match none of them); set if-unsupported to "warn" or "ignore" to skip such files'
    ]
  },
  'an empty file': {
    files: { 'shots/empty.png': '' },
    heading: REFUSED,
    says: ['shots/empty.png: is empty; set if-unsupported to "warn" or "ignore" to skip such files']
  },
  'a mislabeled file (a PDF named .png)': {
    files: { 'shots/doc.png': '%PDF-1.7\n%…' },
    heading: REFUSED,
    says: [
      'shots/doc.png: is not a PNG, JPEG, GIF, WebP or HEIC image (its first bytes match none of them); set if-unsupported to "warn" or "ignore" to skip such files'
    ]
  },
  'several bad files, all listed': {
    files: { 'shots/a.gif': '', 'shots/b.jpg': 'GIF' },
    heading: REFUSED,
    says: [
      'shots/a.gif: is empty; set if-unsupported to "warn" or "ignore" to skip such files',
      'shots/b.jpg: is not a PNG, JPEG, GIF, WebP or HEIC image (its first bytes match none of them); set if-unsupported to "warn" or "ignore" to skip such files'
    ]
  },
  'a link to a file outside the workspace': {
    links: { 'shots/out.png': 'OUTSIDE/secret.png' },
    heading: REFUSED,
    says: ['shots/out.png: is a link to OUTSIDE/secret.png, outside the workspace; only files inside the workspace are uploaded']
  },
  'a dangling link': {
    links: { 'shots/gone.png': 'shots/never.png' },
    heading: REFUSED,
    says: ['shots/gone.png: is a broken symbolic link (its target does not exist)']
  },
  'a link loop': {
    links: { 'shots/l1.png': 'shots/l2.png', 'shots/l2.png': 'shots/l1.png' },
    heading: REFUSED,
    says: ['shots/l1.png: is a symbolic link loop', 'shots/l2.png: is a symbolic link loop']
  },
  "a pattern's folder past a link loop": {
    links: { loop: 'loop' },
    inputs: { path: 'loop/shots/*.png\nshots/*' },
    heading: REFUSED,
    says: ['loop/shots: cannot be read (ELOOP)']
  },
  'no match with if-no-files-found error': {
    inputs: { path: 'missing/**/*.png' },
    heading: 'No files matched the path patterns (relative to WS):',
    says: ['  missing/**/*.png', 'Nothing was uploaded. Set if-no-files-found to "warn" or "ignore" to allow this.']
  }
}

function jsonError(text: string): string {
  return thrownBy(() => JSON.parse(text)).message
}

async function prepare(row: Row): Promise<void> {
  for (const [name, content] of Object.entries(row.files ?? {})) await ws().write(name, content)
  for (const [link, target] of Object.entries(row.links ?? {})) {
    const resolved = target.startsWith('OUTSIDE/') ? path.join(outside, target.slice(8)) : path.join(ws().dir, target)
    await fs.symlink(resolved, path.join(ws().dir, link))
  }
}

function expected(row: Row, heading: string): string {
  const real = (text: string): string => text.replace(/\bWS\b/g, ws().dir).replace(/OUTSIDE/g, outsideReal)
  if (heading.startsWith('No files')) return real([heading, ...row.says].join('\n'))
  const count = `${row.says.length} problem${row.says.length === 1 ? '' : 's'}`
  return real([`${heading} (${count}):`, ...row.says.map(line => `  - ${line}`)].join('\n'))
}

let outsideReal = ''

describe('bad input: the exact words, and no request', () => {
  const expectSaid = async (_name: string, row: Row): Promise<void> => {
    outsideReal = await fs.realpath(outside)
    await prepare(row)
    const result = await runInProcess({
      workspace: ws().dir,
      inputs: { path: 'shots/*', ...emulatorInputs(emulator()), ...row.inputs },
      env: row.env
    })
    expect(result.exitCode).toBe(1)
    expect(annotations(result, 'error')).toEqual([expected(row, row.heading ?? INVALID)])
    expect(emulator().requests).toHaveLength(0)
  }
  const rows = Object.entries(catalogue)
  it.each(rows.filter(([, row]) => !row.links))('%s', (name, row) => expectSaid(name, row))
  posixIt.each(rows.filter(([, row]) => row.links))('%s', (name, row) => expectSaid(name, row))

  it.each<[string, string, string]>([
    ['warn', 'warning', 'No files matched the path patterns (relative to WS):\n  missing/*.png\nNothing was uploaded.'],
    ['ignore', 'info', 'No files matched the path patterns (relative to WS):\n  missing/*.png\nNothing was uploaded.']
  ])('no match with if-no-files-found %s: says so and succeeds', async (mode, kind, words) => {
    const result = await runInProcess({
      workspace: ws().dir,
      inputs: { path: 'missing/*.png', 'if-no-files-found': mode, ...emulatorInputs(emulator()) }
    })
    const said = words.replace('WS', ws().dir)
    expect(result.exitCode).toBe(0)
    expect({ warnings: annotations(result, 'warning'), inLog: result.stdout.includes(said) }).toEqual(
      kind === 'warning' ? { warnings: [said], inLog: false } : { warnings: [], inLog: true }
    )
    expect(emulator().requests).toHaveLength(0)
  })

  posixUserIt('an unreadable file (run as an unprivileged user, as the runner is)', async () => {
    const unreachable = process.getuid?.() === 0 ? await tmpdirUnreachableForOthers() : undefined
    if (unreachable) {
      // The test needs a folder that uid 65534 can reach: say why it is skipped rather than fail or hang.
      process.stdout.write(`SKIPPED "an unreadable file": ${unreachable}\n`)
      return
    }
    const unreadable = await ws().write('shots/locked.png', png())
    await fs.chmod(unreadable, 0o000)
    await fs.chmod(ws().dir, 0o755)
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {}
    const result = await runDist({ workspace: ws().dir, inputs: { path: 'shots/*', ...emulatorInputs(emulator()) }, ...asUser })
    expect(result.exitCode).toBe(1)
    expect(annotations(result, 'error')).toEqual([`${REFUSED} (1 problem):\n  - shots/locked.png: cannot be read (EACCES)`])
    expect(emulator().requests).toHaveLength(0)
  })
})
