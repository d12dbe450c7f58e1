/**
 * A misspelled `with:` key reaches the action as an INPUT_ variable it does not declare: the input
 * meant is named, in a warning when the inputs are otherwise fine, in the input error when they are not.
 */
import { describe, expect, it } from '@jest/globals'
import { png } from '../../testkit/images.js'
import { emulatorInputs, imagesOf, runAgainst, runInProcess, useEmulator, useWorkspace } from '../helpers/action.js'

const emulator = useEmulator()
const ws = useWorkspace({ 'shots/a.png': png(8, 8, 1), 'shots/b.png': png(8, 8, 2) })

describe('a misspelled input', () => {
  it('is warned of once, naming the input meant; the run goes on with the default', async () => {
    const result = await runAgainst(emulator(), { workspace: ws().dir, inputs: { path: 'shots/*.png', concurency: '1' } })
    expect(result.exitCode).toBe(0)
    const warnings = result.stdout.split('\n').filter(line => line.startsWith('::warning::') && line.includes('concurency'))
    expect(warnings).toEqual([
      '::warning::The input `concurency` is not an input of this action and is ignored: did you mean `concurrency`?'
    ])
    expect(imagesOf(result).map(image => image.status)).toEqual(['uploaded', 'uploaded'])
  })

  it.each<[string, Record<string, string>, string]>([
    ['acess-key-secret', { 'access-key-id': 'LTAI5tGivenKeyId' }, 'access-key-secret'],
    ['role-to-asume', {}, 'role-to-assume']
  ])(
    'when the inputs fail too (%s with no key in the environment), the input error names the input meant',
    async (written, keys, meant) => {
      const { endpoint } = emulatorInputs(emulator())
      const result = await runInProcess({
        workspace: ws().dir,
        inputs: { path: 'shots/*.png', endpoint, ...keys, [written]: 'acs:ram::1234567890123456:role/x' }
      })
      expect(result.exitCode).toBe(1)
      const errors = result.stdout.split('\n').filter(line => line.startsWith('::error::'))
      expect(errors).toHaveLength(1)
      expect(errors[0]).toContain(`\`${written}\``)
      expect(errors[0]).toContain(`did you mean \`${meant}\`?`)
      expect(result.stdout).not.toContain('::warning::The input')
      expect(emulator().requests).toHaveLength(0)
    }
  )
})
