/** A misspelled `with:` key reaches the action as an INPUT_ variable it does not declare: one warning names the input meant. */
import { describe, expect, it } from '@jest/globals'
import { png } from '../../testkit/images.js'
import { imagesOf, runAgainst, useEmulator, useWorkspace } from '../helpers/action.js'

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
})
