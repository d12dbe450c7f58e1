/**
 * run() drops ali-oss's url.parse() deprecation (DEP0169) and no other warning. A file of its own with one
 * run: the filter wraps process.emitWarning at the first run of each module instance (one per test file).
 */
import { afterEach, expect, it, jest } from '@jest/globals'
import { png } from '../../testkit/images.js'
import { useWorkspace } from '../helpers/action.js'
import { fakePort, fakeRunner } from '../helpers/fake-run.js'
import { run } from '../../src/main.js'

const ws = useWorkspace()
const runWithFake = fakeRunner(run)

afterEach(() => {
  jest.restoreAllMocks()
})

it('a DEP0169 deprecation warning is dropped; another deprecation still goes out', async () => {
  const emitWarning = jest.spyOn(process, 'emitWarning').mockImplementation(() => undefined)
  await ws().write('shots/a.png', png(8, 8, 1))
  const fake = fakePort({
    put: [
      async () => {
        process.emitWarning('url.parse() behavior is not standardized', 'DeprecationWarning', 'DEP0169')
        process.emitWarning('Buffer() is deprecated', 'DeprecationWarning', 'DEP0005')
        return {}
      }
    ]
  })
  const result = await runWithFake(ws(), fake)
  expect(result.exitCode).toBe(0)
  expect(emitWarning.mock.calls.map(args => (args as unknown[])[2])).toEqual(['DEP0005'])
})
