import { describe, expect, it } from '@jest/globals'
import path from 'node:path'
import { credentialsToMask, readConfig, type Config } from '../../src/inputs/config.js'
import { Defaults } from '../../src/inputs/defaults.js'
import { Inputs } from '../../src/shared/names.js'
import { InputError } from '../../src/shared/errors.js'
import { actionInputs } from '../helpers/action.js'
import { thrownBy } from '../helpers/rejection.js'
import { configOf, KEYS, problemsOf, restoreEnvAfterEach, WORKSPACE, withEnv } from '../helpers/config-inputs.js'

restoreEnvAfterEach()

describe('readConfig refuses bad input, naming the input and what is wrong', () => {
  const valid = { path: '*.png', ...KEYS }
  it.each<[string, Record<string, string>, Record<string, string>, string[]]>([
    ['no path', { ...valid, path: '' }, {}, ['Input "path": is required: give at least one glob pattern, one per line']],
    [
      "another user's home",
      { ...valid, path: '~runner/x.png' },
      {},
      ['Input "path": pattern "~runner/x.png" is not usable: only ~ and ~/ (the home folder) expand, not ~user']
    ],
    ['an empty exclusion', { ...valid, path: 'a/*.png\n!' }, {}, ['Input "path": pattern "!" is not usable: it is empty']],
    [
      'delete-replaced without a manifest',
      { ...valid, 'delete-replaced': 'true' },
      {},
      ['Input "delete-replaced": needs a manifest: the previous ImageId of a file is known only from its manifest entry']
    ],
    ['only comments', { ...valid, path: '# nothing\n\n' }, {}, ['Input "path": is required: give at least one glob pattern, one per line']],
    [
      'no credentials',
      { path: '*.png' },
      {},
      [
        'Input "access-key-id": is required: set the input or ALIBABA_CLOUD_ACCESS_KEY_ID or ALICLOUD_ACCESS_KEY; or, for no keys at all, set role-to-assume and oidc-provider-arn',
        'Input "access-key-secret": is required: set the input or ALIBABA_CLOUD_ACCESS_KEY_SECRET or ALICLOUD_SECRET_KEY'
      ]
    ],
    [
      'only the secret: no word of a role, the keys were meant',
      { path: '*.png', 'access-key-secret': 'a-secret-value' },
      {},
      ['Input "access-key-id": is required: set the input or ALIBABA_CLOUD_ACCESS_KEY_ID or ALICLOUD_ACCESS_KEY']
    ],
    [
      'half-given credentials',
      { path: '*.png', 'access-key-id': 'LTAIonlyTheId' },
      {},
      ['Input "access-key-secret": is required: set the input or ALIBABA_CLOUD_ACCESS_KEY_SECRET or ALICLOUD_SECRET_KEY']
    ],
    [
      'whitespace credentials',
      { path: '*.png', 'access-key-id': '   ', 'access-key-secret': ' \t ' },
      {},
      [
        'Input "access-key-id": is required: set the input or ALIBABA_CLOUD_ACCESS_KEY_ID or ALICLOUD_ACCESS_KEY; or, for no keys at all, set role-to-assume and oidc-provider-arn',
        'Input "access-key-secret": is required: set the input or ALIBABA_CLOUD_ACCESS_KEY_SECRET or ALICLOUD_SECRET_KEY'
      ]
    ],
    [
      'oss-signature-version not v4 or v1',
      { ...valid, 'oss-signature-version': 'V4' },
      {},
      ['Input "oss-signature-version": must be one of "v4", "v1"; got "V4"']
    ],
    [
      'vod-signature-version not v3 or v2',
      { ...valid, 'vod-signature-version': 'v4' },
      {},
      ['Input "vod-signature-version": must be one of "v3", "v2"; got "v4"']
    ],
    [
      'oss-signature-version v2',
      { ...valid, 'oss-signature-version': 'v2' },
      {},
      ['Input "oss-signature-version": must be one of "v4", "v1"; got "v2"']
    ],
    [
      'bad region',
      { ...valid, region: 'Shanghai' },
      {},
      ['Input "region": "Shanghai" is not a region id such as "cn-shanghai" or "ap-southeast-1"']
    ],
    [
      'endpoint not a URL',
      { ...valid, endpoint: 'vod.cn-shanghai.aliyuncs.com' },
      {},
      ['Input "endpoint": "vod.cn-shanghai.aliyuncs.com" is not a URL; expected for example https://vod.cn-shanghai.aliyuncs.com']
    ],
    [
      'endpoint ftp',
      { ...valid, endpoint: 'ftp://vod.example.com' },
      {},
      ['Input "endpoint": "ftp://vod.example.com/" is not usable: the scheme must be http or https']
    ],
    [
      'endpoint with path',
      { ...valid, endpoint: 'https://vod.example.com/api?x=1' },
      {},
      ['Input "endpoint": "https://vod.example.com/api" is not usable: it must have no path, query or fragment']
    ],
    [
      'endpoint with credentials',
      { ...valid, endpoint: 'https://user:pw@vod.example.com' },
      {},
      ['Input "endpoint": "https://vod.example.com/" is not usable: it must not contain credentials']
    ],
    ['image type', { ...valid, 'image-type': 'thumbnail' }, {}, ['Input "image-type": must be one of "default", "cover"; got "thumbnail"']],
    [
      'upload hosts that are URLs',
      { ...valid, 'upload-hosts': 'https://oss.example, oss.example/path' },
      {},
      [
        'Input "upload-hosts": "https://oss.example" is not a host name, IP address or host:port (an IPv6 address goes in brackets)',
        'Input "upload-hosts": "oss.example/path" is not a host name, IP address or host:port (an IPv6 address goes in brackets)'
      ]
    ],
    [
      'unknown title placeholder',
      { ...valid, title: '{repo}: {nmae}' },
      {},
      ['Input "title": unknown placeholder {nmae}; known placeholders are {name}, {filename}, {path}, {ext}, {repo}, {ref}, {sha}']
    ],
    [
      'unknown description placeholder',
      { ...valid, description: '{branch}' },
      {},
      ['Input "description": unknown placeholder {branch}; known placeholders are {name}, {filename}, {path}, {ext}, {repo}, {ref}, {sha}']
    ],
    [
      '33-byte tag',
      { ...valid, tags: 'a'.repeat(33) },
      {},
      [`Input "tags": tag "${'a'.repeat(33)}" is 33 bytes of UTF-8; VOD allows at most 32`]
    ],
    [
      'multi-byte tag over the boundary',
      { ...valid, tags: `${'a'.repeat(30)}é€` },
      {},
      [`Input "tags": tag "${'a'.repeat(30)}é€" is 35 bytes of UTF-8; VOD allows at most 32`]
    ],
    [
      '17 tags',
      { ...valid, tags: Array.from({ length: 17 }, (_, i) => `t${i}`).join(',') },
      {},
      ['Input "tags": 17 tags given; VOD allows at most 16']
    ],
    ['tag with a tab', { ...valid, tags: 'a\tb' }, {}, ['Input "tags": tag "a\\tb" contains a control character']],
    [
      'repo-tags not boolean',
      { ...valid, 'repo-tags': 'yes' },
      {},
      ['Input "repo-tags": must be a boolean (true, True, TRUE, false, False or FALSE); got "yes"']
    ],
    ['cate-id not integer', { ...valid, 'cate-id': '12.5' }, {}, ['Input "cate-id": must be a category id (a whole number); got "12.5"']],
    [
      'cate-id too large',
      { ...valid, 'cate-id': '99999999999999999999' },
      {},
      ['Input "cate-id": must be a category id (a whole number); got "99999999999999999999"']
    ],
    [
      'storage-location',
      { ...valid, 'storage-location': 'https://bucket/' },
      {},
      ['Input "storage-location": must be a storage host name such as "outin-xxxx.oss-cn-shanghai.aliyuncs.com"; got "https://bucket/"']
    ],
    ['app-id', { ...valid, 'app-id': 'app 1' }, {}, ['Input "app-id": must be an application id such as "app-1000000"; got "app 1"']],
    [
      'user-data not JSON',
      { ...valid, 'user-data': '{Extend: 1}' },
      {},
      [expect.stringMatching(/^Input "user-data": is not valid JSON \(.+\)$/) as unknown as string]
    ],
    [
      "user-data not JSON, V8's excerpt of it left out",
      { ...valid, 'user-data': 'AbCdEfGhIjKlMnOpQrSt' },
      {},
      ['Input "user-data": is not valid JSON (Unexpected token \'A\')']
    ],
    [
      'user-data cut short: the reason as V8 gives it, which quotes nothing',
      { ...valid, 'user-data': '{"Extend": ' },
      {},
      ['Input "user-data": is not valid JSON (Unexpected end of JSON input)']
    ],
    [
      'requests-per-second quoted as given',
      { ...valid, 'requests-per-second': 'Fast' },
      {},
      ['Input "requests-per-second": must be "auto", "off" (or 0), or a number of calls per second from 0.1 to 1000; got "Fast"']
    ],
    [
      'user-data an array',
      { ...valid, 'user-data': '[1,2]' },
      {},
      ['Input "user-data": must be a JSON object such as {"Extend": {"key": "value"}}; got an array']
    ],
    [
      'user-data a string',
      { ...valid, 'user-data': '"x"' },
      {},
      ['Input "user-data": must be a JSON object such as {"Extend": {"key": "value"}}; got a string']
    ],
    [
      'user-data null',
      { ...valid, 'user-data': 'null' },
      {},
      ['Input "user-data": must be a JSON object such as {"Extend": {"key": "value"}}; got a null']
    ],
    [
      'user-data Extend too big',
      { ...valid, 'user-data': JSON.stringify({ Extend: { k: 'x'.repeat(600) } }) },
      {},
      ['Input "user-data": "Extend" is 608 bytes; VOD allows at most 512']
    ],
    ['concurrency 0', { ...valid, concurrency: '0' }, {}, ['Input "concurrency": must be an integer from 1 to 100; got "0"']],
    ['concurrency abc', { ...valid, concurrency: 'abc' }, {}, ['Input "concurrency": must be an integer from 1 to 100; got "abc"']],
    ['concurrency 1000', { ...valid, concurrency: '1000' }, {}, ['Input "concurrency": must be an integer from 1 to 100; got "1000"']],
    ['concurrency negative', { ...valid, concurrency: '-4' }, {}, ['Input "concurrency": must be an integer from 1 to 100; got "-4"']],
    [
      'requests-per-second a word',
      { ...valid, 'requests-per-second': 'fast' },
      {},
      ['Input "requests-per-second": must be "auto", "off" (or 0), or a number of calls per second from 0.1 to 1000; got "fast"']
    ],
    [
      'requests-per-second negative',
      { ...valid, 'requests-per-second': '-5' },
      {},
      ['Input "requests-per-second": must be "auto", "off" (or 0), or a number of calls per second from 0.1 to 1000; got "-5"']
    ],
    [
      'requests-per-second too high',
      { ...valid, 'requests-per-second': '5000' },
      {},
      ['Input "requests-per-second": must be "auto", "off" (or 0), or a number of calls per second from 0.1 to 1000; got "5000"']
    ],
    [
      'if-no-files-found',
      { ...valid, 'if-no-files-found': 'fail' },
      {},
      ['Input "if-no-files-found": must be one of "error", "warn", "ignore"; got "fail"']
    ],
    [
      'include-hidden-files',
      { ...valid, 'include-hidden-files': '1' },
      {},
      ['Input "include-hidden-files": must be a boolean (true, True, TRUE, false, False or FALSE); got "1"']
    ],
    [
      'summary',
      { ...valid, summary: 'on' },
      {},
      ['Input "summary": must be a boolean (true, True, TRUE, false, False or FALSE); got "on"']
    ],
    [
      'follow-symbolic-links',
      { ...valid, 'follow-symbolic-links': 'no' },
      {},
      ['Input "follow-symbolic-links": must be a boolean (true, True, TRUE, false, False or FALSE); got "no"']
    ],
    ['retries 11', { ...valid, retries: '11' }, {}, ['Input "retries": must be an integer from 0 to 10; got "11"']],
    ['retries 2.5', { ...valid, retries: '2.5' }, {}, ['Input "retries": must be an integer from 0 to 10; got "2.5"']],
    ['timeout 0', { ...valid, timeout: '0' }, {}, ['Input "timeout": must be an integer from 1 to 3600; got "0"']],
    ['timeout with a unit', { ...valid, timeout: '30s' }, {}, ['Input "timeout": must be an integer from 1 to 3600; got "30s"']],
    [
      'multipart-threshold below a part',
      { ...valid, 'multipart-threshold': '64KiB' },
      {},
      [
        'Input "multipart-threshold": must be a size from 100KiB to 5GiB, in bytes or with a unit (KiB, MiB, GiB; K/KB, M/MB, G/GB mean the same powers of 1024); got "64KiB"'
      ]
    ],
    [
      'multipart-threshold unknown unit',
      { ...valid, 'multipart-threshold': '10 parsecs' },
      {},
      [
        'Input "multipart-threshold": must be a size from 100KiB to 5GiB, in bytes or with a unit (KiB, MiB, GiB; K/KB, M/MB, G/GB mean the same powers of 1024); got "10 parsecs"'
      ]
    ]
  ])('%s', (_name, inputs, env, expected) => {
    expect(problemsOf(inputs, env)).toEqual(expected)
  })

  it('reports every problem at once', () => {
    const problems = problemsOf({ path: '', concurrency: 'x', summary: 'maybe', 'image-type': 'x' })
    expect(problems).toHaveLength(6)
    expect(problems.map(p => /^Input "([a-z-]+)"/.exec(p)?.[1])).toEqual([
      'access-key-id',
      'access-key-secret',
      'path',
      'image-type',
      'concurrency',
      'summary'
    ])
  })

  it('never echoes a credential', () => {
    withEnv({ path: '../x', 'access-key-id': 'LTAIsecretishId', 'security-token': 'token-value-123' })
    const error = thrownBy(() => readConfig())
    expect(error).toBeInstanceOf(InputError)
    expect(error.message).not.toMatch(/LTAIsecretishId|token-value-123/)
  })
})

describe('readConfig accepts valid input', () => {
  it('applies the defaults of action.yml', () => {
    const defaults = Object.fromEntries([...actionInputs()].filter(([, v]) => v !== undefined)) as Record<string, string>
    const config = configOf({ ...defaults, path: 'shots/**/*.png\n!shots/drafts/**', ...KEYS })
    expect(config).toMatchObject({
      patterns: [path.join(WORKSPACE, 'shots/**/*.png'), `!${path.join(WORKSPACE, 'shots/drafts/**')}`],
      workspace: WORKSPACE,
      region: 'cn-shanghai',
      endpoint: 'https://vod.cn-shanghai.aliyuncs.com',
      imageType: 'default',
      titleTemplate: '{name}',
      descriptionTemplate: '',
      userTags: [],
      repoTags: true,
      concurrency: 8,
      requestsPerSecond: 72,
      ifNoFilesFound: 'error',
      includeHiddenFiles: false,
      followSymbolicLinks: true,
      retries: 3,
      timeoutMs: 60_000,
      multipartThreshold: 10 * 1024 * 1024,
      summary: true
    })
    expect(config.cateId).toBeUndefined()
    expect(config.userData).toBeUndefined()
  })

  it('agrees with action.yml on every default, both ways: every input with a default in action.yml, every key of Defaults', () => {
    const inputs = actionInputs()
    const camelCase = (name: string): string => name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())
    const defaultsKeyOf: Record<string, string> = { [Inputs.Timeout]: 'timeoutSeconds' }
    const fromActionYml = Object.fromEntries(
      [...inputs].filter(([, value]) => value !== undefined).map(([name, value]) => [defaultsKeyOf[name] ?? camelCase(name), value])
    )
    const fromDefaults = Object.fromEntries(Object.entries(Defaults).map(([key, value]) => [key, String(value)]))
    expect(fromActionYml).toEqual(fromDefaults)
    expect([...inputs.keys()].sort()).toEqual(Object.values(Inputs).sort())
  })

  it('expands ~ to the home folder of the environment', () => {
    expect(configOf({ ...KEYS, path: '~/shots/*.png\n~' }, { HOME: '/home/run[1]', USERPROFILE: '/home/run[1]' }).patterns).toEqual([
      '/home/run[[]1]/shots/*.png',
      '/home/run[[]1]'
    ])
  })

  it.each<[string, Record<string, string>, Partial<Config>]>([
    ['absolute pattern inside the workspace', { path: `${WORKSPACE}/shots/*.png` }, { patterns: [`${WORKSPACE}/shots/*.png`] }],
    [
      'absolute pattern outside the workspace (runner.temp)',
      { path: '/runner/_temp/shots/*.png' },
      { patterns: ['/runner/_temp/shots/*.png'] }
    ],
    ['a pattern through ..', { path: '../other/*.png\n!../other/draft-*' }, { patterns: ['/work/other/*.png', '!/work/other/draft-*'] }],
    ['.. inside a relative pattern', { path: 'a/../b/./*.png' }, { patterns: ['/work/space/b/*.png'] }],
    [
      'the patterns as written, for messages',
      { path: '# comment\n shots/*.png \n!drafts/**' },
      { patternsAsWritten: ['shots/*.png', '!drafts/**'] }
    ],
    ['if-unsupported', { 'if-unsupported': 'warn' }, { ifUnsupported: 'warn' }],
    ['delete-replaced with a manifest', { manifest: 'vod.json', 'delete-replaced': 'true' }, { deleteReplaced: true }],
    ['region derives the endpoint', { region: 'ap-southeast-1' }, { endpoint: 'https://vod.ap-southeast-1.aliyuncs.com' }],
    ['explicit endpoint loses its trailing slash', { endpoint: 'http://127.0.0.1:9000/' }, { endpoint: 'http://127.0.0.1:9000' }],
    ['tags on commas and lines, de-duplicated', { tags: 'release, docs\nscreens,docs' }, { userTags: ['release', 'docs', 'screens'] }],
    ['32-byte multi-byte tag', { tags: `${'a'.repeat(29)}€` }, { userTags: [`${'a'.repeat(29)}€`] }],
    [
      '16 tags',
      { tags: Array.from({ length: 16 }, (_, i) => `t${i}`).join(',') },
      { userTags: Array.from({ length: 16 }, (_, i) => `t${i}`) }
    ],
    [
      'booleans in capitals',
      { 'repo-tags': 'FALSE', summary: 'False', 'include-hidden-files': 'TRUE' },
      { repoTags: false, summary: false, includeHiddenFiles: true }
    ],
    ['numbers', { concurrency: '100', 'cate-id': '12001111' }, { concurrency: 100, cateId: '12001111' }],
    ['no retries, a short timeout', { retries: '0', timeout: '1' }, { retries: 0, timeoutMs: 1000 }],
    ['multipart-threshold in bytes', { 'multipart-threshold': '204800' }, { multipartThreshold: 204800 }],
    ['multipart-threshold with units', { 'multipart-threshold': '1 GiB' }, { multipartThreshold: 1024 ** 3 }],
    ['multipart-threshold in KB', { 'multipart-threshold': '512kb' }, { multipartThreshold: 512 * 1024 }],
    ['user-data re-serialised', { 'user-data': '{ "Extend": {"a": 1} }' }, { userData: '{"Extend":{"a":1}}' }],
    ['cover images', { 'image-type': 'cover' }, { imageType: 'cover' }],
    ['requests-per-second auto in a region documented at 80', { region: 'ap-southeast-1' }, { requestsPerSecond: 72 }],
    [
      'requests-per-second auto in a region documented at 40',
      { region: 'eu-central-1', 'requests-per-second': 'auto' },
      { requestsPerSecond: 36 }
    ],
    ['requests-per-second a number', { 'requests-per-second': '12.5' }, { requestsPerSecond: 12.5 }],
    ['requests-per-second off', { 'requests-per-second': 'off' }, { requestsPerSecond: 0 }],
    ['requests-per-second 0', { 'requests-per-second': '0' }, { requestsPerSecond: 0 }],
    ['OSS V4 signatures by default', {}, { ossSignatureVersion: 'v4' }],
    ['OSS V1 signatures on request', { 'oss-signature-version': 'v1' }, { ossSignatureVersion: 'v1' }],
    ['VOD V3 signatures by default', {}, { vodSignatureVersion: 'v3' }],
    ['VOD V2 signatures on request', { 'vod-signature-version': 'v2' }, { vodSignatureVersion: 'v2' }],
    ['no upload hosts besides OSS by default', {}, { uploadHosts: [] }],
    [
      'upload hosts separated by commas, spaces and lines',
      { 'upload-hosts': ' OSS.Private.example, 127.0.0.1:9001\n[::1]:9002 ' },
      { uploadHosts: [{ hostname: 'oss.private.example' }, { hostname: '127.0.0.1', port: '9001' }, { hostname: '[::1]', port: '9002' }] }
    ]
  ])('%s', (_name, inputs, expected) => {
    expect(configOf({ path: '*.png', ...KEYS, ...inputs })).toMatchObject(expected)
  })

  it.each<[string, Record<string, string>, Record<string, string>, Config['credentials']]>([
    [
      'inputs',
      { ...KEYS, 'security-token': 'tok' },
      {},
      { accessKeyId: KEYS['access-key-id'], accessKeySecret: KEYS['access-key-secret'], securityToken: 'tok' }
    ],
    [
      'ALIBABA_CLOUD_* environment',
      {},
      {
        ALIBABA_CLOUD_ACCESS_KEY_ID: 'STS.id',
        ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'sec',
        ALIBABA_CLOUD_SECURITY_TOKEN: 'tok',
        ALICLOUD_ACCESS_KEY: 'other'
      },
      { accessKeyId: 'STS.id', accessKeySecret: 'sec', securityToken: 'tok' }
    ],
    [
      'ALICLOUD_* environment',
      {},
      { ALICLOUD_ACCESS_KEY: 'id2', ALICLOUD_SECRET_KEY: 'sec2', ALICLOUD_SECURITY_TOKEN: 'tok2' },
      { accessKeyId: 'id2', accessKeySecret: 'sec2', securityToken: 'tok2' }
    ],
    [
      'an input key never takes a token from the environment',
      { ...KEYS },
      { ALIBABA_CLOUD_SECURITY_TOKEN: 'tok' },
      { accessKeyId: KEYS['access-key-id'], accessKeySecret: KEYS['access-key-secret'], securityToken: undefined }
    ],
    [
      'the environment, white space around each value',
      {},
      { ALIBABA_CLOUD_ACCESS_KEY_ID: ' STS.id\n', ALIBABA_CLOUD_ACCESS_KEY_SECRET: '\tsec ', ALIBABA_CLOUD_SECURITY_TOKEN: ' tok ' },
      { accessKeyId: 'STS.id', accessKeySecret: 'sec', securityToken: 'tok' }
    ],
    [
      'secret from the environment beside an input id',
      { 'access-key-id': 'id3' },
      { ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'sec3' },
      { accessKeyId: 'id3', accessKeySecret: 'sec3', securityToken: undefined }
    ]
  ])('credentials from %s', (_name, inputs, env, expected) => {
    expect(configOf({ path: '*.png', ...inputs }, env).credentials).toEqual(expected)
  })
})

describe('credentialsToMask', () => {
  it('holds every credential input and variable as given, trimmed, used or not, and nothing else', () => {
    withEnv(
      {
        path: '*.png',
        'access-key-id': 'input-key-id',
        'access-key-secret': 'input-secret',
        'security-token': 'input-token',
        concurrency: '4'
      },
      {
        ALIBABA_CLOUD_ACCESS_KEY_ID: ' env-key-id ',
        ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'env-secret',
        ALIBABA_CLOUD_SECURITY_TOKEN: 'env-token',
        ALICLOUD_ACCESS_KEY: 'old-key-id',
        ALICLOUD_SECRET_KEY: 'old-secret',
        ALICLOUD_SECURITY_TOKEN: '   ',
        OTHER_SECRET: 'not-a-credential'
      }
    )
    expect(credentialsToMask()).toEqual([
      'input-key-id',
      'input-secret',
      'input-token',
      'env-key-id',
      'env-secret',
      'env-token',
      'old-key-id',
      'old-secret'
    ])
  })

  it.each([
    ['7 characters, a placeholder', 'abcdefg', []],
    ['8 characters', 'abcdefgh', ['abcdefgh']]
  ])('leaves out a value of %s', (_name, value, expected) => {
    withEnv({ path: '*.png' }, { ALICLOUD_ACCESS_KEY: value })
    expect(credentialsToMask()).toEqual(expected)
  })
})
