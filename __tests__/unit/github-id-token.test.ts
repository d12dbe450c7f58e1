/** The runner's OIDC token through @actions/core, against a loopback token service: the token, its audience, and a refusal typed. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { githubIdToken } from '../../src/services/github-id-token.js'
import { ServiceError } from '../../src/shared/errors.js'
import { answeringServer, json, type AnsweringServer } from '../helpers/answering-server.js'
import { rejectionOf } from '../helpers/rejection.js'
import { exclusively, withEnv } from '../helpers/swap.js'

let server: AnsweringServer
beforeAll(async () => {
  server = await answeringServer()
})
afterAll(() => server.close())
beforeEach(() => server.reset())

const NO_PROXY = { https_proxy: undefined, HTTPS_PROXY: undefined, http_proxy: undefined, HTTP_PROXY: undefined }

/** Runs fn with the runner's token variables set (url undefined: none), what it writes to stdout collected. */
async function onRunner<T>(url: string | undefined, fn: () => Promise<T>): Promise<{ result: T; stdout: string }> {
  const env = { ...NO_PROXY, ACTIONS_ID_TOKEN_REQUEST_URL: url, ACTIONS_ID_TOKEN_REQUEST_TOKEN: url && 'runner-bearer' }
  return withEnv(env, () =>
    exclusively('stdout', async () => {
      let stdout = ''
      const write = process.stdout.write.bind(process.stdout)
      process.stdout.write = (chunk: string | Uint8Array) => ((stdout += chunk.toString()), true)
      try {
        return { result: await fn(), stdout }
      } finally {
        process.stdout.write = write
      }
    })
  )
}

describe('githubIdToken', () => {
  it('asks the runner for a token for the audience, and the token is masked', async () => {
    server.answer = json(200, { value: 'eyJ.token.sig' })
    const { result, stdout } = await onRunner(`${server.endpoint}/idtoken?api-version=2.0`, githubIdToken('sts.aliyuncs.com'))
    expect(result).toBe('eyJ.token.sig')
    expect(server.seen[0]?.url).toBe('/idtoken?api-version=2.0&audience=sts.aliyuncs.com')
    expect(server.seen[0]?.headers.authorization).toBe('Bearer runner-bearer')
    expect(stdout).toContain('::add-mask::eyJ.token.sig')
  })

  it.each<[string, string | undefined]>([
    ['the token service refuses', 'refuses'],
    ['the job may not ask (no ACTIONS_ID_TOKEN_REQUEST_URL)', undefined]
  ])('a failure is a transient ServiceError of STS that quotes nothing: %s', async (_name, kind) => {
    server.answer = json(403, { message: 'Forbidden: secret detail' })
    const url = kind === undefined ? undefined : `${server.endpoint}/idtoken?api-version=2.0`
    const { result: error } = await onRunner(url, () => rejectionOf<ServiceError>(githubIdToken('sts.aliyuncs.com')()))
    expect(error).toBeInstanceOf(ServiceError)
    expect(error).toMatchObject({
      service: 'sts',
      api: 'GetIDToken',
      code: 'IdTokenUnavailable',
      kind: 'transient',
      detail: 'the runner did not hand out an OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL answered with an error, or not at all)'
    })
    expect(error.message).not.toContain('secret detail')
    expect(error.cause).toBeInstanceOf(Error)
  })
})
