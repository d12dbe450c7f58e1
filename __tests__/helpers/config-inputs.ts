/** readConfig() driven as the runner drives it: INPUT_* variables in a clean environment, restored after each test. */
import { afterEach } from '@jest/globals'
import { readConfig, type Config } from '../../src/inputs/config.js'
import { InputError } from '../../src/shared/errors.js'
import { inputEnvName } from './action.js'

export const WORKSPACE = '/work/space'
export const KEYS = { 'access-key-id': 'LTAIexampleKeyId', 'access-key-secret': 'example-secret-value' }

/** Registers an afterEach that gives every test the environment the file started with. */
export function restoreEnvAfterEach(): void {
  const saved = { ...process.env }
  afterEach(() => {
    process.env = { ...saved }
  })
}

export function withEnv(inputs: Record<string, string>, env: Record<string, string> = {}): void {
  for (const name of Object.keys(process.env)) {
    if (name.startsWith('INPUT_') || name.startsWith('ALIBABA_CLOUD_') || name.startsWith('ALICLOUD_')) delete process.env[name]
  }
  // The runner's own repository id (tests may run on a runner) must not change what a test reads.
  delete process.env.GITHUB_REPOSITORY_ID
  process.env.GITHUB_WORKSPACE = WORKSPACE
  for (const [name, value] of Object.entries(inputs)) process.env[inputEnvName(name)] = value
  Object.assign(process.env, env)
}

/** The problems readConfig reports, one line each without the heading; empty when the input is valid. */
export function problemsOf(inputs: Record<string, string>, env?: Record<string, string>): string[] {
  withEnv(inputs, env)
  try {
    readConfig()
  } catch (error) {
    if (error instanceof InputError)
      return error.message
        .split('\n')
        .slice(1)
        .map(line => line.replace(/^ {2}- /, ''))
    throw error
  }
  return []
}

export function configOf(inputs: Record<string, string>, env?: Record<string, string>): Config {
  withEnv(inputs, env)
  return readConfig()
}
