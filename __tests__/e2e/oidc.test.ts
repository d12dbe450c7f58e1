/** role-to-assume in the committed dist/index.js: @actions/core's OIDC token request as bundled, against the emulator. */
import { describe, expect, it } from '@jest/globals'
import { png } from '../../testkit/images.js'
import { emulatorOidcRun, runDist, useEmulator, useWorkspace } from '../helpers/action.js'

const emulator = useEmulator()
const ws = useWorkspace({ 'screenshots/home.png': png(8, 8, 1) })

describe('dist/index.js with role-to-assume', () => {
  it('assumes the role with an OIDC token from the runner and uploads with no key', async () => {
    const oidc = emulatorOidcRun(emulator())
    const result = await runDist({ workspace: ws().dir, inputs: { path: 'screenshots/*.png', ...oidc.inputs }, env: oidc.env })
    expect(result.stderr).toBe('')
    expect([result.exitCode, result.outputs['uploaded-count']]).toEqual([0, '1'])
    expect(result.stdout).toContain('🔑 Assumed acs:ram::1234567890123456:role/github-vod-upload over OIDC (session gh-docs-site, 3600 s')
    expect(emulator().stsCalls.map(call => call.status)).toEqual([200])
    const leaked = emulator()
      .issuedSecrets()
      .filter(secret => result.visible().includes(secret))
    expect(leaked).toEqual([])
  })
})
