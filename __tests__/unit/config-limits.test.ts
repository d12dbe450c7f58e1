/**
 * readConfig at the edges: every limit is probed where it is (the limit passes, one past it fails), and the
 * values that decide where signed requests go (region, endpoint, storage location, app id) are tried valid and hostile.
 */
import { describe, expect, it } from '@jest/globals'
import os from 'node:os'
import path from 'node:path'
import { readConfig, type Config } from '../../src/inputs/config.js'
import { absolutePattern } from '../../src/inputs/patterns.js'
import { configOf, KEYS, problemsOf, restoreEnvAfterEach, withEnv, WORKSPACE } from '../helpers/config-inputs.js'

restoreEnvAfterEach()

const VALID = { path: '*.png', ...KEYS }
const REGION_PROBLEM = (region: string): string =>
  `Input "region": "${region}" is not a region id such as "cn-shanghai" or "ap-southeast-1"`
const SIZE_PROBLEM = (value: string): string =>
  `Input "multipart-threshold": must be a size from 100KiB to 5GiB, in bytes or with a unit (KiB, MiB, GiB; K/KB, M/MB, G/GB mean the same powers of 1024); got "${value}"`
const RATE_PROBLEM = (value: string): string =>
  `Input "requests-per-second": must be "auto", "off" (or 0), or a number of calls per second from 0.1 to 1000; got "${value}"`

describe('region: the host every signed VOD request goes to is built from it', () => {
  it.each([
    ['cn-shanghai', 'https://vod.cn-shanghai.aliyuncs.com'],
    ['ap-southeast-1', 'https://vod.ap-southeast-1.aliyuncs.com'],
    ['cn-north-2-gov-1', 'https://vod.cn-north-2-gov-1.aliyuncs.com']
  ])('%s is a region', (region, endpoint) => {
    expect(configOf({ ...VALID, region })).toMatchObject({ region, endpoint })
  })

  it.each([
    'evil.com#cn-shanghai',
    'cn-shanghai.evil.com',
    'evil.com/cn-shanghai',
    'cn-shanghai#',
    'cn-shanghai/x',
    'cn-shanghai@evil.com',
    'user@cn-shanghai',
    'cn-shanghai:443',
    'cn-shanghai?x=1',
    'x.cn-shanghai',
    'c-shanghai',
    'cn',
    'cn-',
    'cn--shanghai',
    'CN-SHANGHAI',
    'cn_shanghai',
    'cn-shang hai'
  ])('%j is refused before any request is signed', region => {
    expect(problemsOf({ ...VALID, region })).toEqual([REGION_PROBLEM(region)])
  })
})

describe('endpoint', () => {
  it.each([
    ['https://vod.example.com', 'https://vod.example.com'],
    ['http://127.0.0.1:9000', 'http://127.0.0.1:9000'],
    ['https://vod.example.com:8443/', 'https://vod.example.com:8443']
  ])('%s is used as %s', (endpoint, expected) => {
    expect(configOf({ ...VALID, endpoint }).endpoint).toBe(expected)
  })

  it.each([
    ['https://vod.example.com/#x', 'Input "endpoint": "https://vod.example.com/" is not usable: it must have no path, query or fragment'],
    ['https://user@vod.example.com', 'Input "endpoint": "https://vod.example.com/" is not usable: it must not contain credentials'],
    ['https://:pw@vod.example.com', 'Input "endpoint": "https://vod.example.com/" is not usable: it must not contain credentials'],
    [
      'ftp://u:p@vod.example.com/x',
      'Input "endpoint": "ftp://vod.example.com/x" is not usable: the scheme must be http or https; it must not contain credentials; it must have no path, query or fragment'
    ]
  ])('%s is refused', (endpoint, problem) => {
    expect(problemsOf({ ...VALID, endpoint })).toEqual([problem])
  })
})

describe('values sent to VOD as they are', () => {
  it.each<[string, string, Partial<Config>]>([
    ['storage-location', 'outin-1a2b3c.oss-cn-shanghai.aliyuncs.com', { storageLocation: 'outin-1a2b3c.oss-cn-shanghai.aliyuncs.com' }],
    ['storage-location', 'a1', { storageLocation: 'a1' }],
    ['app-id', 'app-1000000', { appId: 'app-1000000' }],
    ['app-id', 'A', { appId: 'A' }],
    ['app-id', '7', { appId: '7' }],
    ['cate-id', '0', { cateId: '0' }],
    ['cate-id', '9223372036854775807', { cateId: '9223372036854775807' }]
  ])('%s %j is taken', (input, value, expected) => {
    expect(configOf({ ...VALID, [input]: value })).toMatchObject(expected)
  })

  it.each<[string, string, string]>([
    ['storage-location', 'a', 'must be a storage host name such as "outin-xxxx.oss-cn-shanghai.aliyuncs.com"'],
    ['storage-location', '-outin.oss.aliyuncs.com', 'must be a storage host name such as "outin-xxxx.oss-cn-shanghai.aliyuncs.com"'],
    ['storage-location', 'outin.oss.aliyuncs.com.', 'must be a storage host name such as "outin-xxxx.oss-cn-shanghai.aliyuncs.com"'],
    ['storage-location', 'Outin.oss.aliyuncs.com', 'must be a storage host name such as "outin-xxxx.oss-cn-shanghai.aliyuncs.com"'],
    ['storage-location', 'outin.oss.aliyuncs.com/x', 'must be a storage host name such as "outin-xxxx.oss-cn-shanghai.aliyuncs.com"'],
    ['storage-location', 'evil.com#outin.oss', 'must be a storage host name such as "outin-xxxx.oss-cn-shanghai.aliyuncs.com"'],
    ['storage-location', 'outin_1.oss.aliyuncs.com', 'must be a storage host name such as "outin-xxxx.oss-cn-shanghai.aliyuncs.com"'],
    ['app-id', '-app', 'must be an application id such as "app-1000000"'],
    ['app-id', 'app_1', 'must be an application id such as "app-1000000"'],
    ['app-id', 'app-1/app-2', 'must be an application id such as "app-1000000"'],
    ['app-id', 'app.1', 'must be an application id such as "app-1000000"'],
    ['cate-id', '9223372036854775808', 'must be a category id (a whole number)'],
    ['cate-id', '-1', 'must be a category id (a whole number)'],
    ['cate-id', '1e3', 'must be a category id (a whole number)'],
    ['cate-id', '12a', 'must be a category id (a whole number)'],
    ['cate-id', 'a12', 'must be a category id (a whole number)'],
    ['cate-id', '00000000000000000001', 'must be a category id (a whole number)']
  ])('%s %j is refused', (input, value, message) => {
    expect(problemsOf({ ...VALID, [input]: value })).toEqual([`Input "${input}": ${message}; got "${value}"`])
  })
})

describe('multipart-threshold: 100 KiB to 5 GiB', () => {
  it.each<[string, number]>([
    ['102400', 100 * 1024],
    ['100KiB', 100 * 1024],
    ['100k', 100 * 1024],
    ['100 KB', 100 * 1024],
    ['102400b', 100 * 1024],
    ['102400 B', 100 * 1024],
    ['1m', 1024 ** 2],
    ['1MB', 1024 ** 2],
    ['1mib', 1024 ** 2],
    ['1g', 1024 ** 3],
    ['1GB', 1024 ** 3],
    ['5GiB', 5 * 1024 ** 3],
    ['5368709120', 5 * 1024 ** 3]
  ])('%s is %i bytes', (value, bytes) => {
    expect(configOf({ ...VALID, 'multipart-threshold': value }).multipartThreshold).toBe(bytes)
  })

  it.each(['102399', '99KiB', '5368709121', '6GiB', '5.5GiB', '1 TiB', 'MiB', '10 MiB extra', 'x10MiB'])('%s is refused', value => {
    expect(problemsOf({ ...VALID, 'multipart-threshold': value })).toEqual([SIZE_PROBLEM(value)])
  })
})

describe('numbers at their limits', () => {
  it.each<[string, string, Partial<Config>]>([
    ['concurrency', '1', { concurrency: 1 }],
    ['concurrency', '100', { concurrency: 100 }],
    ['concurrency', '007', { concurrency: 7 }],
    ['retries', '10', { retries: 10 }],
    ['timeout', '3600', { timeoutMs: 3_600_000 }],
    ['requests-per-second', '0.1', { requestsPerSecond: 0.1 }],
    ['requests-per-second', '1000', { requestsPerSecond: 1000 }],
    ['requests-per-second', '0.25', { requestsPerSecond: 0.25 }],
    ['requests-per-second', 'OFF', { requestsPerSecond: 0 }],
    ['requests-per-second', 'Auto', { requestsPerSecond: 72 }]
  ])('%s %j is taken', (input, value, expected) => {
    expect(configOf({ ...VALID, [input]: value })).toMatchObject(expected)
  })

  it.each<[string, string, string]>([
    ['concurrency', '101', 'Input "concurrency": must be an integer from 1 to 100; got "101"'],
    ['retries', '-1', 'Input "retries": must be an integer from 0 to 10; got "-1"'],
    ['timeout', '3601', 'Input "timeout": must be an integer from 1 to 3600; got "3601"'],
    ['timeout', '1e3', 'Input "timeout": must be an integer from 1 to 3600; got "1e3"'],
    ['concurrency', '+5', 'Input "concurrency": must be an integer from 1 to 100; got "+5"'],
    ['concurrency', '0x10', 'Input "concurrency": must be an integer from 1 to 100; got "0x10"'],
    ['requests-per-second', '0.09', RATE_PROBLEM('0.09')],
    ['requests-per-second', '1000.5', RATE_PROBLEM('1000.5')],
    ['requests-per-second', '1.', RATE_PROBLEM('1.')],
    ['requests-per-second', '.5', RATE_PROBLEM('.5')],
    ['requests-per-second', '5/s', RATE_PROBLEM('5/s')]
  ])('%s %j is refused', (input, value, problem) => {
    expect(problemsOf({ ...VALID, [input]: value })).toEqual([problem])
  })
})

describe('user-data: "Extend" holds at most 512 bytes', () => {
  it.each<[string, unknown]>([
    ['a 512-byte string', 'x'.repeat(512)],
    ['256 two-byte characters', 'é'.repeat(256)],
    ['an object of 512 bytes as JSON', { k: 'x'.repeat(504) }]
  ])('%s is taken', (_name, extend) => {
    expect(configOf({ ...VALID, 'user-data': JSON.stringify({ Extend: extend }) }).userData).toBe(JSON.stringify({ Extend: extend }))
  })

  it.each<[string, unknown, number]>([
    ['a 513-byte string', 'x'.repeat(513), 513],
    ['256 two-byte characters and one byte more', `${'é'.repeat(256)}x`, 513],
    ['an object of 513 bytes as JSON', { k: 'x'.repeat(505) }, 513]
  ])('%s is refused', (_name, extend, size) => {
    expect(problemsOf({ ...VALID, 'user-data': JSON.stringify({ Extend: extend }) })).toEqual([
      `Input "user-data": "Extend" is ${size} bytes; VOD allows at most 512`
    ])
  })

  it('takes user data without Extend', () => {
    expect(configOf({ ...VALID, 'user-data': '{"MessageCallback": {"CallbackURL": "https://x"}}' }).userData).toBe(
      '{"MessageCallback":{"CallbackURL":"https://x"}}'
    )
  })

  it('says what kind of value a number is', () => {
    expect(problemsOf({ ...VALID, 'user-data': '12' })).toEqual([
      'Input "user-data": must be a JSON object such as {"Extend": {"key": "value"}}; got a number'
    ])
  })
})

describe('the rest of the run', () => {
  it.each<[string, Record<string, string>, Record<string, string>, Partial<Config>]>([
    ['a manifest inside the workspace', { manifest: 'docs/vod.json' }, {}, { manifest: path.join(WORKSPACE, 'docs/vod.json') }],
    [
      'delete-removed with a manifest',
      { manifest: `${WORKSPACE}/vod.json`, 'delete-removed': 'true' },
      {},
      { manifest: path.join(WORKSPACE, 'vod.json'), deleteRemoved: true }
    ],
    ['no manifest', {}, {}, { manifest: undefined, deleteRemoved: false, deleteReplaced: false, dryRun: false }],
    ['dry-run', { 'dry-run': 'true' }, {}, { dryRun: true }],
    ['the runner temp folder', {}, { RUNNER_TEMP: '/runner/_temp' }, { runnerTemp: '/runner/_temp' }],
    ['no runner temp folder', {}, { RUNNER_TEMP: '' }, { runnerTemp: os.tmpdir() }],
    [
      'the repository from the runner',
      {},
      { GITHUB_REPOSITORY: 'o/r', GITHUB_REF_NAME: 'main', GITHUB_SHA: 'abc' },
      { repository: { repository: 'o/r', ref: 'main', sha: 'abc' } }
    ],
    ['if-no-files-found ignore', { 'if-no-files-found': 'ignore' }, {}, { ifNoFilesFound: 'ignore' }],
    ['if-unsupported ignore', { 'if-unsupported': 'ignore' }, {}, { ifUnsupported: 'ignore' }],
    ['a ! inside a pattern is part of the name', { path: 'shots/a!b.png' }, {}, { patterns: [path.join(WORKSPACE, 'shots/a!b.png')] }],
    ['follow-symbolic-links false', { 'follow-symbolic-links': 'false' }, {}, { followSymbolicLinks: false }],
    ['delete-replaced True', { manifest: 'vod.json', 'delete-replaced': 'True' }, {}, { deleteReplaced: true }],
    [
      'credentials from the environment are trimmed',
      { 'access-key-id': '', 'access-key-secret': '' },
      { ALICLOUD_ACCESS_KEY: ' id ', ALICLOUD_SECRET_KEY: '\tsec\n', ALIBABA_CLOUD_ACCESS_KEY_ID: '  ' },
      { credentials: { accessKeyId: 'id', accessKeySecret: 'sec', securityToken: undefined } }
    ],
    [
      'an excluding pattern starting with several !',
      { path: '*.png\n!! drafts/*' },
      {},
      { patterns: [path.join(WORKSPACE, '*.png'), `!${path.join(WORKSPACE, 'drafts/*')}`] }
    ]
  ])('%s', (_name, inputs, env, expected) => {
    const config = configOf({ ...VALID, ...inputs }, env)
    expect(config).toMatchObject(expected)
  })

  it('takes empty repository facts when the runner gives none', () => {
    withEnv(VALID)
    for (const name of ['GITHUB_REPOSITORY', 'GITHUB_REF_NAME', 'GITHUB_SHA']) delete process.env[name]
    expect(readConfig().repository).toEqual({ repository: '', ref: '', sha: '' })
  })

  it('names every unknown placeholder of a template', () => {
    expect(problemsOf({ ...VALID, title: '{a} {name} {b}' })).toEqual([
      'Input "title": unknown placeholder {a}, {b}; known placeholders are {name}, {filename}, {path}, {ext}, {repo}, {ref}, {sha}'
    ])
  })

  it('takes the workspace from the runner, resolved', () => {
    expect(configOf(VALID, { GITHUB_WORKSPACE: '/work/space/sub/..' }).workspace).toBe(WORKSPACE)
  })

  it.each<[string, string, string]>([
    ['outside the workspace', '../vod.json', '"../vod.json" must be a file path inside the workspace (/work/space)'],
    ['the workspace itself', '.', '"." must be a file path inside the workspace (/work/space)'],
    ['an absolute path elsewhere', '/etc/vod.json', '"/etc/vod.json" must be a file path inside the workspace (/work/space)']
  ])('a manifest %s is refused', (_name, manifest, message) => {
    expect(problemsOf({ ...VALID, manifest })).toEqual([`Input "manifest": ${message}`])
  })

  it('delete-removed needs a manifest', () => {
    expect(problemsOf({ ...VALID, 'delete-removed': 'TRUE' })).toEqual([
      'Input "delete-removed": needs a manifest: only entries of the manifest are ever deleted'
    ])
  })
})

describe('absolutePattern', () => {
  it.each<[string, string | undefined]>([
    ['shots/*.png', '/work/space/shots/*.png'],
    ['..', '/work'],
    ['../..', '/'],
    ['shots/..', '/work/space'],
    ['./', '/work/space'],
    ['/abs/../x/*.png', '/x/*.png'],
    ['~', '/home/run'],
    ['~/', '/home/run'],
    ['~/a/../b', '/home/run/b'],
    ['~run', undefined],
    ['~run~/x', undefined],
    ['~\\a', undefined]
  ])('%s', (pattern, expected) => {
    process.env.HOME = '/home/run'
    expect(absolutePattern(pattern, '/work/space')).toBe(expected)
  })

  it('takes HOME, not USERPROFILE, off Windows', () => {
    process.env.HOME = '/home/run'
    process.env.USERPROFILE = 'C:\\Users\\run'
    expect(absolutePattern('~/x', '/work/space')).toBe('/home/run/x')
  })

  it('falls back to the account home folder when HOME is empty', () => {
    process.env.HOME = ''
    expect(absolutePattern('~', '/work/space')).toBe(os.homedir())
  })
})

describe('preview-expires-in: the AuthTimeout of the preview URLs, in seconds', () => {
  it.each<[string, number]>([
    ['', 604_800],
    ['1', 1],
    ['2592000', 2_592_000]
  ])('%j gives %i', (value, seconds) => {
    expect(configOf({ ...VALID, 'preview-expires-in': value }).previewExpiresInSeconds).toBe(seconds)
  })

  it.each(['0', '2592001', '-5', '1.5', '1h', 'never'])('%j is refused, naming the input', value => {
    expect(problemsOf({ ...VALID, 'preview-expires-in': value })).toEqual([
      `Input "preview-expires-in": must be an integer from 1 to 2592000; got "${value}"`
    ])
  })
})
