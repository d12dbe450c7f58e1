/**
 * createServices wires one run's config to the clients: which credentials (keys, or a role session
 * over STS), which VOD signature, which hosts an upload may go to, over which agents, with which
 * timeouts, and how a failure at a proxy is named. The VOD client, the OSS upload, the STS call,
 * the role session and the OIDC token are fakes that record what they were given; the connections,
 * first contacts and upload-host checks are the real ones.
 */
import { beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import http from 'node:http'
import https from 'node:https'
import { CancelledError, ServiceError } from '../../src/shared/errors.js'
import { causeDetail } from '../../src/shared/reachability.js'
import type { OidcSessionOptions } from '../../src/services/oidc-session.js'
import type { LocalObject, PartControl, UploadServices, UploadTicket } from '../../src/services/port.js'
import type { AssumedRole, OidcRole, StsTransport } from '../../src/services/sts-client.js'
import type { VodCredentials } from '../../src/services/credentials.js'
import type { ServiceEdges, ServicesOptions } from '../../src/services/create-services.js'
import { startProxy } from '../helpers/network.js'
import { rejectionOf } from '../helpers/rejection.js'
import { withEnv } from '../helpers/swap.js'

interface VodOptions {
  endpoint: string
  credentials: { current(): Promise<VodCredentials> }
  timeoutMs: () => number
  agent: http.Agent
  signatureVersion?: string
}

type VodMethod = 'createUploadImage' | 'deleteImages' | 'getImageInfos'

/** What the fakes were given, and what they do. */
const fakes = {
  vod: [] as VodOptions[],
  vodCalls: [] as Array<[VodMethod, unknown[]]>,
  vodAnswer: (_method: VodMethod, _options: VodOptions): Promise<unknown> => Promise.resolve('vod answer'),
  sessions: [] as OidcSessionOptions[],
  puts: [] as Array<
    [
      UploadTicket,
      LocalObject,
      { timeoutMs: number; fallbackRegion?: string; signatureVersion?: string; agent?: http.Agent; parts?: PartControl }
    ]
  >,
  putAnswer: (_agent: http.Agent | undefined): Promise<unknown> => Promise.resolve({ requestId: 'OSS-REQ' }),
  assumed: [] as Array<[OidcRole, string, StsTransport]>,
  assumeAnswer: (_transport: StsTransport): Promise<AssumedRole> => Promise.resolve(ROLE_SESSION)
}

const ROLE_SESSION: AssumedRole = {
  credentials: { accessKeyId: 'STS.id', accessKeySecret: 'sts-secret', securityToken: 'sts-token' },
  lifetimeMs: 3_600_000
}

jest.unstable_mockModule('../../src/services/vod-client.js', () => ({
  VodClient: class {
    constructor(private readonly options: VodOptions) {
      fakes.vod.push(options)
    }
    createUploadImage(...args: unknown[]) {
      return this.answer('createUploadImage', args)
    }
    deleteImages(...args: unknown[]) {
      return this.answer('deleteImages', args)
    }
    getImageInfos(...args: unknown[]) {
      return this.answer('getImageInfos', args)
    }
    private answer(method: VodMethod, args: unknown[]) {
      fakes.vodCalls.push([method, args])
      return fakes.vodAnswer(method, this.options)
    }
  }
}))
jest.unstable_mockModule('../../src/services/oss-upload.js', () => ({
  PARTS_IN_FLIGHT: 4,
  putObject: (ticket: UploadTicket, object: LocalObject, options: (typeof fakes.puts)[number][2]) => {
    fakes.puts.push([ticket, object, options])
    return fakes.putAnswer(options.agent)
  }
}))
jest.unstable_mockModule('../../src/services/sts-client.js', () => ({
  assumeRoleWithOidc: (role: OidcRole, token: string, transport: StsTransport) => {
    fakes.assumed.push([role, token, transport])
    return fakes.assumeAnswer(transport)
  }
}))
jest.unstable_mockModule('../../src/services/github-id-token.js', () => ({
  githubIdToken: (audience: string) => () => Promise.resolve(`OIDC token for ${audience}`)
}))
const STILL_USABLE_MS = 30_000
jest.unstable_mockModule('../../src/services/oidc-session.js', () => ({
  STILL_USABLE_MS,
  OidcSession: class {
    constructor(private readonly options: OidcSessionOptions) {
      fakes.sessions.push(options)
    }
    async current(): Promise<VodCredentials> {
      return (await this.options.assume(await this.options.fetchIdToken())).credentials
    }
  }
}))

let createServices: (
  config: ServicesOptions,
  edges?: ServiceEdges
) => UploadServices & {
  signIn(): Promise<void>
  closeConnections(): void
  answered(service: 'vod' | 'oss' | 'sts'): boolean
}
beforeAll(async () => {
  ;({ createServices } = await import('../../src/services/create-services.js'))
})

beforeEach(() => {
  fakes.vod.length = 0
  fakes.vodCalls.length = 0
  fakes.sessions.length = 0
  fakes.puts.length = 0
  fakes.assumed.length = 0
  fakes.vodAnswer = () => Promise.resolve('vod answer')
  fakes.putAnswer = () => Promise.resolve({ requestId: 'OSS-REQ' })
  fakes.assumeAnswer = () => Promise.resolve(ROLE_SESSION)
})

const VOD = 'https://vod.cn-shanghai.aliyuncs.com'
const KEYS = { accessKeyId: 'LTAIkey', accessKeySecret: 'key-secret' }
const ROLE: OidcRole = {
  roleArn: 'acs:ram::1:role/upload',
  oidcProviderArn: 'acs:ram::1:oidc-provider/github',
  audience: 'sts.aliyuncs.com',
  roleSessionName: 'run-1',
  durationSeconds: 3600,
  stsEndpoint: 'http://127.0.0.1:9100'
}

function config(options: Partial<ServicesOptions> = {}): ServicesOptions {
  return {
    endpoint: VOD,
    credentials: KEYS,
    region: 'cn-shanghai',
    concurrency: 3,
    timeoutMs: 60_000,
    ossSignatureVersion: 'v4',
    uploadHosts: [],
    ...options
  }
}

const PROXY_VARIABLES = ['HTTPS_PROXY', 'HTTP_PROXY', 'NO_PROXY', 'https_proxy', 'http_proxy', 'no_proxy']

function withProxies<T>(variables: Record<string, string>, fn: () => Promise<T>): Promise<T> {
  return withEnv({ ...Object.fromEntries(PROXY_VARIABLES.map(name => [name, undefined])), ...variables }, fn)
}

const vodOptions = (): VodOptions => fakes.vod[0]

function ticket(endpoint: string, bucket = 'outin-1'): UploadTicket {
  return {
    requestId: 'VOD-REQ',
    imageId: 'image-1',
    imageUrl: 'https://img.example/1.png',
    fileUrl: 'https://img.example/1.png',
    address: { endpoint, bucket, fileName: 'image/default/1.png' },
    auth: { accessKeyId: 'STS.oss', accessKeySecret: 's', securityToken: 't', receivedAt: 0, expiresAt: 1 },
    rawSecrets: []
  }
}
const OBJECT: LocalObject = { absolutePath: '/tmp/1.png', bytes: 3, md5Base64: 'md5' }
const PARTS: PartControl = { retry: operation => operation(), check: () => undefined }

/** A request VOD, OSS or STS never answers: the first contact turns its timeout into "no answer". */
const unanswered = (service: 'vod' | 'oss' | 'sts', api: string): ServiceError =>
  new ServiceError({ service, api, code: 'RequestTimeout', detail: 'no answer before the timeout', kind: 'transient' })

describe('the VOD client', () => {
  it('signs with the keys when keys are given, V3 unless told, over a kept-alive agent with room for every part in flight', async () => {
    const services = createServices(config())
    const { endpoint, credentials, agent, signatureVersion } = vodOptions()
    expect(endpoint).toBe(VOD)
    expect(await credentials.current()).toEqual(KEYS)
    expect(signatureVersion).toBeUndefined()
    expect(agent.constructor).toBe(https.Agent)
    expect(agent).toMatchObject({ keepAlive: true, maxSockets: 3 * 4 + 2 })
    await expect(services.signIn()).resolves.toBeUndefined()
    expect(fakes.sessions).toEqual([])
    expect(fakes.assumed).toEqual([])
  })

  it('signs V2 when told', () => {
    createServices(config({ vodSignatureVersion: 'v2' }))
    expect(vodOptions().signatureVersion).toBe('v2')
  })

  it('gets a plain http agent for an http endpoint', () => {
    createServices(config({ endpoint: 'http://127.0.0.1:9000' }))
    expect(vodOptions().agent.constructor).toBe(http.Agent)
  })

  it.each<[VodMethod, (services: UploadServices) => Promise<unknown>, unknown[]]>([
    [
      'createUploadImage',
      services => services.createUploadImage({ ImageType: 'default', ImageExt: 'png' }),
      [{ ImageType: 'default', ImageExt: 'png' }]
    ],
    ['deleteImages', services => services.deleteImages(['a', 'b']), [['a', 'b']]],
    ['getImageInfos', services => services.getImageInfos(['a'], { authTimeoutSeconds: 60 }), [['a'], { authTimeoutSeconds: 60 }]]
  ])('answers %s with what VOD answered', async (method, call, args) => {
    const result = await call(createServices(config()))
    expect(result).toBe('vod answer')
    expect(fakes.vodCalls).toEqual([[method, args]])
  })

  it.each<[string, (services: UploadServices) => Promise<unknown>]>([
    ['CreateUploadImage', services => services.createUploadImage({ ImageType: 'default', ImageExt: 'png' })],
    ['DeleteImage', services => services.deleteImages(['a'])],
    ['GetImageInfos', services => services.getImageInfos(['a'])]
  ])('watches %s as a VOD call to the endpoint: waits at most the first answer time until VOD answers', async (api, call) => {
    const services = createServices(config({ timeoutMs: 60_000 }), {
      secret: () => undefined,
      firstContact: { firstAnswerMs: 5_000, tries: 2 }
    })
    expect(vodOptions().timeoutMs()).toBe(5_000)
    fakes.vodAnswer = () => Promise.reject(unanswered('vod', api))
    const error = await rejectionOf<ServiceError>(call(services))
    expect(error.detail).toBe(`${VOD} accepted the connection but sent no answer within 5 s`)
    expect(services.answered('vod')).toBe(false)
    fakes.vodAnswer = () => Promise.resolve('vod answer')
    await call(services)
    expect(services.answered('vod')).toBe(true)
    expect(services.answered('oss')).toBe(false)
    expect(services.answered('sts')).toBe(false)
    expect(vodOptions().timeoutMs()).toBe(60_000)
  })

  it('says in the log what the run waits for while VOD has not answered', async () => {
    const said: string[] = []
    let heard: () => void = () => undefined
    const waited = new Promise<void>(resolve => {
      heard = resolve
    })
    const services = createServices(config(), {
      secret: () => undefined,
      firstContact: { noteAfterMs: 1 },
      waiting: message => {
        said.push(message)
        heard()
      }
    })
    fakes.vodAnswer = () => waited.then(() => 'late answer')
    await expect(services.createUploadImage({ ImageType: 'default', ImageExt: 'png' })).resolves.toBe('late answer')
    expect(said).toEqual([expect.stringMatching(new RegExp(`^Waiting for VOD at ${VOD}: no answer yet after 0 s`))])
  })

  it('says nothing, and fails nothing, when the run gave no waiting edge', async () => {
    const services = createServices(config(), { secret: () => undefined, firstContact: { noteAfterMs: 1 } })
    fakes.vodAnswer = () => new Promise(resolve => setTimeout(() => resolve('late answer'), 30))
    await expect(services.createUploadImage({ ImageType: 'default', ImageExt: 'png' })).resolves.toBe('late answer')
  })

  it('stops waiting to say anything once its connections are closed', async () => {
    const said: string[] = []
    const services = createServices(config(), {
      secret: () => undefined,
      firstContact: { noteAfterMs: 1 },
      waiting: message => said.push(message)
    })
    // The note's 1 ms timer would fire before this 20 ms one, had closeConnections() not stopped it.
    fakes.vodAnswer = () => new Promise(resolve => setTimeout(() => resolve('late answer'), 20))
    const answer = services.createUploadImage({ ImageType: 'default', ImageExt: 'png' })
    services.closeConnections()
    await expect(answer).resolves.toBe('late answer')
    expect(said).toEqual([])
  })

  it('ends its connections on closeConnections()', () => {
    const services = createServices(config())
    const destroy = jest.spyOn(vodOptions().agent, 'destroy')
    services.closeConnections()
    expect(destroy).toHaveBeenCalled()
  })
})

describe('a role to assume (OIDC)', () => {
  it.each<[number, number]>([
    [10_000, STILL_USABLE_MS],
    [60_000, 60_000]
  ])('is a session over STS (timeout %i ms: a session is still usable with %i ms left)', (timeoutMs, stillUsableMs) => {
    const edges = { secret: jest.fn(), debug: jest.fn() }
    createServices(config({ credentials: ROLE, timeoutMs }), edges)
    expect(fakes.sessions).toHaveLength(1)
    const [session] = fakes.sessions
    expect(session).toMatchObject({ secret: edges.secret, renewalFailed: edges.debug, stillUsableMs })
  })

  it('signs in by assuming the role with a token for its audience, over an agent for the STS endpoint', async () => {
    const services = createServices(config({ credentials: ROLE }))
    await expect(services.signIn()).resolves.toBeUndefined()
    expect(fakes.assumed).toHaveLength(1)
    const [[role, token, transport]] = fakes.assumed as [[OidcRole, string, StsTransport]]
    expect(role).toBe(ROLE)
    expect(token).toBe('OIDC token for sts.aliyuncs.com')
    expect(transport.agent!.constructor).toBe(http.Agent)
    expect(transport.agent).toMatchObject({ keepAlive: true, maxSockets: 3 * 4 + 2 })
    expect(await vodOptions().credentials.current()).toEqual(ROLE_SESSION.credentials)
  })

  it('gives the default secret edge when the run gives none', async () => {
    createServices(config({ credentials: ROLE }))
    expect(() => fakes.sessions[0].secret('x')).not.toThrow()
  })

  it('watches AssumeRoleWithOIDC as an STS call: the first answer time until STS answers, then the timeout', async () => {
    const services = createServices(config({ credentials: ROLE, timeoutMs: 60_000 }), {
      secret: () => undefined,
      firstContact: { firstAnswerMs: 5_000, tries: 3 }
    })
    fakes.assumeAnswer = () => Promise.reject(unanswered('sts', 'AssumeRoleWithOIDC'))
    const error = await rejectionOf<ServiceError>(services.signIn())
    expect(error.detail).toBe(`${ROLE.stsEndpoint} accepted the connection but sent no answer within 5 s`)
    expect(fakes.assumed[0][2].timeoutMs).toBe(5_000)
    fakes.assumeAnswer = () => Promise.resolve(ROLE_SESSION)
    await services.signIn()
    expect(services.answered('sts')).toBe(true)
    await services.signIn()
    expect(fakes.assumed[2][2].timeoutMs).toBe(60_000)
  })
})

describe('putObject', () => {
  it('sends to an OSS host with the run options, over the agent for its bucket host, and returns what OSS answered', async () => {
    const services = createServices(config({ ossSignatureVersion: 'v1', region: 'cn-beijing', timeoutMs: 45_000 }), {
      secret: () => undefined,
      firstContact: { firstAnswerMs: 5_000 }
    })
    const result = await services.putObject(ticket('https://oss-cn-beijing.aliyuncs.com'), OBJECT, PARTS)
    expect(result).toEqual({ requestId: 'OSS-REQ' })
    const [[sentTicket, object, options]] = fakes.puts as [(typeof fakes.puts)[number]]
    expect(sentTicket.address.endpoint).toBe('https://oss-cn-beijing.aliyuncs.com')
    expect(object).toBe(OBJECT)
    // OSS requests carry the file's bytes: never the short first wait.
    expect(options).toMatchObject({ timeoutMs: 45_000, fallbackRegion: 'cn-beijing', signatureVersion: 'v1', parts: PARTS })
    expect(options.agent).toBe(vodOptions().agent)
    expect(services.answered('oss')).toBe(true)
  })

  it('refuses an UploadAddress that is not OSS and not listed, and sends nothing', async () => {
    const services = createServices(config())
    const error = await rejectionOf(services.putObject(ticket('https://attacker.example'), OBJECT, PARTS))
    expect(error).toMatchObject({ name: 'UploadHostRefusedError', code: 'UploadHostRefused', host: 'attacker.example' })
    expect(fakes.puts).toEqual([])
  })

  it('sends to a listed host, over http when VOD too is reached over http', async () => {
    const services = createServices(config({ endpoint: 'http://127.0.0.1:9000', uploadHosts: [{ hostname: '127.0.0.1', port: '9001' }] }))
    await services.putObject(ticket('http://127.0.0.1:9001'), OBJECT, PARTS)
    expect(fakes.puts[0][2].agent!.constructor).toBe(http.Agent)
  })

  it('watches PutObject as an OSS call to the bucket host', async () => {
    const services = createServices(config())
    fakes.putAnswer = () => Promise.reject(unanswered('oss', 'PutObject'))
    const error = await rejectionOf<ServiceError>(services.putObject(ticket('https://oss-cn-shanghai.aliyuncs.com'), OBJECT, PARTS))
    expect(error.detail).toBe('https://outin-1.oss-cn-shanghai.aliyuncs.com accepted the connection but sent no answer within 60 s')
  })
})

describe('a failure on the way through a proxy', () => {
  /** An HTTPS request through agent, as the client would make it: it fails, as the client would see the failure. */
  const request = (agent: http.Agent | undefined, url: string): Promise<unknown> =>
    new Promise((_resolve, reject) => {
      const req = https.get(url, { agent }, res => {
        res.resume()
        res.on('end', () => reject(new Error(`the client saw HTTP ${res.statusCode}`)))
      })
      req.on('error', reject)
    })

  it.each<[number, string, string]>([
    [407, 'ProxyAuthenticationRequired', 'proxy-auth'],
    [403, 'ProxyRefused', 'proxy-refused']
  ])('is the proxy refusing the CONNECT with %i, for every service and API', async (status, code, reach) => {
    const proxy = await startProxy({ refuseConnect: () => status })
    try {
      await withProxies({ HTTPS_PROXY: proxy.url }, async () => {
        fakes.vodAnswer = (_method, options) => request(options.agent, VOD)
        fakes.putAnswer = agent => request(agent, 'https://outin-1.oss-cn-shanghai.aliyuncs.com/')
        fakes.assumeAnswer = transport => request(transport.agent, 'https://sts.aliyuncs.com/') as Promise<AssumedRole>
        const services = createServices(config({ credentials: { ...ROLE, stsEndpoint: 'https://sts.aliyuncs.com' } }))
        const errors = await Promise.all(
          [
            services.createUploadImage({ ImageType: 'default', ImageExt: 'png' }),
            services.deleteImages(['a']),
            services.getImageInfos(['a']),
            services.putObject(ticket('https://oss-cn-shanghai.aliyuncs.com'), OBJECT, PARTS),
            services.signIn()
          ].map(call => rejectionOf<ServiceError>(call))
        )
        services.closeConnections()
        expect(errors.map(error => [error.service, error.api])).toEqual([
          ['vod', 'CreateUploadImage'],
          ['vod', 'DeleteImage'],
          ['vod', 'GetImageInfos'],
          ['oss', 'PutObject'],
          ['sts', 'AssumeRoleWithOIDC']
        ])
        for (const error of errors) {
          expect(error).toBeInstanceOf(ServiceError)
          expect(error).toMatchObject({ code, status, reach, kind: 'permanent' })
        }
      })
    } finally {
      await proxy.close()
    }
  })

  it('lets a cancellation through as it is, also after a refused CONNECT', async () => {
    const proxy = await startProxy({ refuseConnect: () => 403 })
    try {
      await withProxies({ HTTPS_PROXY: proxy.url }, async () => {
        const cancelled = new CancelledError()
        fakes.vodAnswer = (_method, options) => request(options.agent, VOD).catch(() => Promise.reject(cancelled))
        const services = createServices(config())
        expect(await rejectionOf(services.deleteImages(['a']))).toBe(cancelled)
        services.closeConnections()
      })
    } finally {
      await proxy.close()
    }
  })

  const refusedConnection = (
    service: 'vod' | 'oss' | 'sts',
    reach: 'connection-refused' | 'host-not-found' | 'untrusted-certificate' = 'connection-refused'
  ) =>
    new ServiceError(
      {
        service,
        api: 'PutObject',
        code: 'ECONNREFUSED',
        requestId: 'R',
        detail: 'the connection was refused',
        kind: 'transient',
        reach
      },
      new Error('connect ECONNREFUSED')
    )

  it("is the proxy's when the connection was refused through it", () =>
    withProxies({ HTTPS_PROXY: 'http://proxy.corp:3128' }, async () => {
      const original = refusedConnection('oss')
      fakes.putAnswer = () => Promise.reject(original)
      const services = createServices(config())
      const error = await rejectionOf<ServiceError>(services.putObject(ticket('https://oss-cn-shanghai.aliyuncs.com'), OBJECT, PARTS))
      expect(error).toBeInstanceOf(ServiceError)
      expect(error).toMatchObject({
        ...original.fields(),
        reach: 'proxy-unreachable',
        detail: `${causeDetail('proxy-unreachable')} (ECONNREFUSED)`
      })
      expect(error.cause).toBe(original.cause)
      expect(error.cause).toBeInstanceOf(Error)
    }))

  it.each<[string, Record<string, string>, ServiceError]>([
    ['the host is in NO_PROXY', { HTTPS_PROXY: 'http://proxy.corp:3128', NO_PROXY: 'aliyuncs.com' }, refusedConnection('oss')],
    ['there is no proxy', {}, refusedConnection('oss')],
    ['the failure is another service’s', { HTTPS_PROXY: 'http://proxy.corp:3128' }, refusedConnection('sts')],
    ['the cause is the same through a proxy', { HTTPS_PROXY: 'http://proxy.corp:3128' }, refusedConnection('oss', 'untrusted-certificate')],
    [
      'it is an answer, not a connection failure',
      { HTTPS_PROXY: 'http://proxy.corp:3128' },
      new ServiceError({ service: 'oss', api: 'PutObject', code: 'AccessDenied', status: 403, detail: 'd', kind: 'permanent' })
    ]
  ])('is left as it is when %s', (_name, variables, original) =>
    withProxies(variables, async () => {
      fakes.putAnswer = () => Promise.reject(original)
      const services = createServices(config())
      expect(await rejectionOf(services.putObject(ticket('https://oss-cn-shanghai.aliyuncs.com'), OBJECT, PARTS))).toBe(original)
    })
  )
})
