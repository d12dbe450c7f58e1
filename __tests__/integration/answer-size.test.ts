/**
 * Issue #13: an error answer is data of any size and content. Its message, code and request id are
 * bounded where the error is made, and every one of them is redacted wherever the report goes.
 */
import { describe, expect, it } from '@jest/globals'
import { png } from '../../testkit/images.js'
import { imagesOf, runAgainst, useEmulator, useWorkspace } from '../helpers/action.js'

const emulator = useEmulator()
const ws = useWorkspace({ 'shots/a.png': png(8, 8, 1), 'shots/b.png': png(8, 8, 2) })

const HUGE_MESSAGE = 'denied '.repeat(750_000)

describe('an OSS error answer of 5 MiB that echoes the access key secret in its code and request id', () => {
  it('is bounded in the log, outputs, summary and results file, and the secret is nowhere', async () => {
    const secret = emulator().accessKey.secret
    emulator().setFaults({
      oss: {
        rule: ctx => (ctx.method === 'PUT' ? 'accessDenied' : undefined),
        answer: { code: `E${secret}`, message: HUGE_MESSAGE, requestId: `R-${secret}` }
      }
    })
    const result = await runAgainst(emulator(), { workspace: ws().dir, inputs: { path: 'shots/*.png' } })
    expect(result.exitCode).toBe(1)
    const images = imagesOf(result)
    expect(images.map(image => image.status)).toEqual(['failed', 'failed'])
    for (const image of images) {
      expect(image.error!.message).toMatch(/^denied denied .*… \(cut: 5250000 characters in all\)$/)
      expect(image.error!.message.length).toBeLessThanOrEqual(1024)
      expect(image.error!.code).toBe('E***')
      expect(image.error!.requestId).toBe('R-***')
    }
    for (const [where, text] of Object.entries({
      // The mask command itself names the secret: that is how the runner learns to hide it.
      stdout: result.stdout
        .split('\n')
        .filter(line => !line.startsWith('::add-mask::'))
        .join('\n'),
      summary: result.summary,
      outputs: JSON.stringify(result.outputs),
      results: JSON.stringify(result.results)
    })) {
      expect({ where, holdsSecret: text.includes(secret) }).toEqual({ where, holdsSecret: false })
      expect({ where, small: text.length < 64 * 1024 }).toEqual({ where, small: true })
    }
  })
})
