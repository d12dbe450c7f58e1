import { describe, expect, it } from '@jest/globals'
import { defaultSessionName } from '../../src/inputs/credentials.js'
import { configOf, KEYS, problemsOf, restoreEnvAfterEach } from '../helpers/config-inputs.js'

restoreEnvAfterEach()

const ROLE = 'acs:ram::1234567890123456:role/github-vod-upload'
const PROVIDER = 'acs:ram::1234567890123456:oidc-provider/github'
const ROLE_INPUTS = { path: '*.png', 'role-to-assume': ROLE, 'oidc-provider-arn': PROVIDER }
/** What the runner sets for a job with `permissions: id-token: write`. */
const ID_TOKEN_ENV = {
  ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.example/id?api-version=2.0',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token'
}
const RUN_ENV = { ...ID_TOKEN_ENV, GITHUB_REPOSITORY: 'octo-org/docs-site', GITHUB_RUN_ID: '9876543210', GITHUB_RUN_ATTEMPT: '2' }

describe('role-to-assume', () => {
  it('reads the role, with the defaults of the other OIDC inputs, and ignores keys in the environment', () => {
    const config = configOf(ROLE_INPUTS, {
      ...RUN_ENV,
      ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAIenv',
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'env-secret'
    })
    expect(config.credentials).toEqual({
      roleArn: ROLE,
      oidcProviderArn: PROVIDER,
      audience: 'sts.aliyuncs.com',
      roleSessionName: 'gh-docs-site-9876543210-2',
      durationSeconds: 3600,
      stsEndpoint: 'https://sts.aliyuncs.com'
    })
  })

  it('takes every OIDC input as given', () => {
    const inputs = {
      ...ROLE_INPUTS,
      audience: 'my-client-id',
      'role-session-name': 'publish@docs_site.1',
      'role-duration-seconds': '43200',
      'sts-endpoint': 'https://sts-vpc.cn-shanghai.aliyuncs.com/'
    }
    expect(configOf(inputs, RUN_ENV).credentials).toMatchObject({
      audience: 'my-client-id',
      roleSessionName: 'publish@docs_site.1',
      durationSeconds: 43200,
      stsEndpoint: 'https://sts-vpc.cn-shanghai.aliyuncs.com'
    })
  })

  it.each<[string, Record<string, string>, Record<string, string>, string[]]>([
    [
      'keys given as inputs too',
      { ...ROLE_INPUTS, ...KEYS },
      RUN_ENV,
      [
        'Input "access-key-id": cannot be used with role-to-assume: remove access-key-id (the role\'s session replaces the keys), or remove role-to-assume',
        'Input "access-key-secret": cannot be used with role-to-assume: remove access-key-secret (the role\'s session replaces the keys), or remove role-to-assume'
      ]
    ],
    [
      'a security token given too',
      { ...ROLE_INPUTS, 'security-token': 'tok' },
      RUN_ENV,
      [
        'Input "security-token": cannot be used with role-to-assume: remove security-token (the role\'s session replaces the keys), or remove role-to-assume'
      ]
    ],
    [
      'no id-token permission',
      ROLE_INPUTS,
      {},
      [
        'Input "role-to-assume": needs an OIDC token from the runner, and this job may not ask for one (ACTIONS_ID_TOKEN_REQUEST_URL is not set): add `permissions: id-token: write` to the job'
      ]
    ],
    [
      'no provider',
      { path: '*.png', 'role-to-assume': ROLE },
      RUN_ENV,
      [
        'Input "oidc-provider-arn": is required with role-to-assume: the ARN of the account\'s OIDC provider for GitHub, such as acs:ram::1234567890123456:oidc-provider/github'
      ]
    ],
    [
      'a role that is no role ARN',
      { ...ROLE_INPUTS, 'role-to-assume': 'github-vod-upload' },
      RUN_ENV,
      ['Input "role-to-assume": "github-vod-upload" is not a RAM role ARN such as acs:ram::1234567890123456:role/github-vod-upload']
    ],
    ...[`arn:${ROLE}`, `${ROLE}/more`].map((role): [string, Record<string, string>, Record<string, string>, string[]] => [
      `a role ARN inside other text (${role})`,
      { ...ROLE_INPUTS, 'role-to-assume': role },
      RUN_ENV,
      [`Input "role-to-assume": "${role}" is not a RAM role ARN such as acs:ram::1234567890123456:role/github-vod-upload`]
    ]),
    ...[`arn:${PROVIDER}`, `${PROVIDER}/more`].map((provider): [string, Record<string, string>, Record<string, string>, string[]] => [
      `a provider ARN inside other text (${provider})`,
      { ...ROLE_INPUTS, 'oidc-provider-arn': provider },
      RUN_ENV,
      [`Input "oidc-provider-arn": "${provider}" is not an OIDC provider ARN such as acs:ram::1234567890123456:oidc-provider/github`]
    ]),
    [
      'a provider that is no provider ARN',
      { ...ROLE_INPUTS, 'oidc-provider-arn': 'acs:ram::1234567890123456:role/github' },
      RUN_ENV,
      [
        'Input "oidc-provider-arn": "acs:ram::1234567890123456:role/github" is not an OIDC provider ARN such as acs:ram::1234567890123456:oidc-provider/github'
      ]
    ],
    [
      "a provider of another account than the role's",
      { ...ROLE_INPUTS, 'oidc-provider-arn': 'acs:ram::999:oidc-provider/github' },
      RUN_ENV,
      [
        'Input "oidc-provider-arn": is in account 999 and role-to-assume in account 1234567890123456: use the OIDC provider of the role\'s own account'
      ]
    ],
    [
      'a provider without a role',
      { path: '*.png', ...KEYS, 'oidc-provider-arn': PROVIDER },
      RUN_ENV,
      ['Input "oidc-provider-arn": has no use without role-to-assume: set role-to-assume to the RAM role to assume with it']
    ],
    [
      'a duration under 900',
      { ...ROLE_INPUTS, 'role-duration-seconds': '899' },
      RUN_ENV,
      ['Input "role-duration-seconds": must be an integer from 900 to 43200; got "899"']
    ],
    [
      'a duration over 43200',
      { ...ROLE_INPUTS, 'role-duration-seconds': '43201' },
      RUN_ENV,
      ['Input "role-duration-seconds": must be an integer from 900 to 43200; got "43201"']
    ],
    [
      'a session name with a space',
      { ...ROLE_INPUTS, 'role-session-name': 'my run' },
      RUN_ENV,
      ['Input "role-session-name": must be 2 to 64 characters of A-Z a-z 0-9 . @ _ -; got "my run"']
    ],
    [
      'a one-character session name',
      { ...ROLE_INPUTS, 'role-session-name': 'a' },
      RUN_ENV,
      ['Input "role-session-name": must be 2 to 64 characters of A-Z a-z 0-9 . @ _ -; got "a"']
    ],
    [
      'an audience with a space',
      { ...ROLE_INPUTS, audience: 'sts aliyuncs' },
      RUN_ENV,
      ['Input "audience": must be a Client ID of the OIDC provider (up to 256 printable characters, no spaces), such as sts.aliyuncs.com']
    ],
    [
      'an STS endpoint with a path',
      { ...ROLE_INPUTS, 'sts-endpoint': 'https://sts.aliyuncs.com/v1' },
      RUN_ENV,
      ['Input "sts-endpoint": "https://sts.aliyuncs.com/v1" is not usable: it must have no path, query or fragment']
    ],
    [
      'an STS endpoint that is no URL',
      { ...ROLE_INPUTS, 'sts-endpoint': 'sts.cn-shanghai.aliyuncs.com' },
      RUN_ENV,
      ['Input "sts-endpoint": "sts.cn-shanghai.aliyuncs.com" is not a URL; expected for example https://sts.aliyuncs.com']
    ],
    [
      'an STS endpoint with a user',
      { ...ROLE_INPUTS, 'sts-endpoint': 'https://user:pw@sts.aliyuncs.com' },
      RUN_ENV,
      ['Input "sts-endpoint": "https://sts.aliyuncs.com/" is not usable: it must not contain credentials']
    ]
  ])('refuses %s', (_name, inputs, env, expected) => {
    expect(problemsOf(inputs, env)).toEqual(expected)
  })
})

describe('the default role session name', () => {
  it.each([
    [
      'repository, run and attempt',
      { GITHUB_REPOSITORY: 'octo-org/docs-site', GITHUB_RUN_ID: '42', GITHUB_RUN_ATTEMPT: '1' },
      'gh-docs-site-42-1'
    ],
    ['characters STS refuses made dashes', { GITHUB_REPOSITORY: 'octo/dócs+site', GITHUB_RUN_ID: '42' }, 'gh-d-cs-site-42'],
    [
      'a long repository name cut, the run kept',
      { GITHUB_REPOSITORY: `octo/${'r'.repeat(100)}`, GITHUB_RUN_ID: '12345678901', GITHUB_RUN_ATTEMPT: '3' },
      `gh-${'r'.repeat(47)}-12345678901-3`
    ],
    [
      'a run id longer than the name may be, cut at 64 characters',
      { GITHUB_REPOSITORY: 'octo/docs', GITHUB_RUN_ID: '9'.repeat(70), GITHUB_RUN_ATTEMPT: '1' },
      `gh-${'9'.repeat(61)}`
    ],
    ['nothing known', {}, 'gh']
  ])('%s', (_name, env, expected) => {
    const name = defaultSessionName(env)
    expect(name).toBe(expected)
    expect(name).toMatch(/^[A-Za-z0-9.@_-]{2,64}$/)
  })
})
