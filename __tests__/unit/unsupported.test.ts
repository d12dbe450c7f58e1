/** if-unsupported: error refuses each file with a problem naming the way out; warn and ignore skip every file and refuse none. */
import { describe, expect, it } from '@jest/globals'
import { decideUnsupported, type IfUnsupported, type UnsupportedFile } from '../../src/files/unsupported.js'

const files: UnsupportedFile[] = [
  { path: 'shots/README.md', reason: 'is not a PNG image' },
  { path: 'shots/empty.png', reason: 'is empty' }
]

describe('decideUnsupported', () => {
  it('with error, refuses every file with its reason and how to skip such files, and skips none', () => {
    expect(decideUnsupported(files, 'error')).toEqual({
      problems: [
        { file: 'shots/README.md', message: 'is not a PNG image; set if-unsupported to "warn" or "ignore" to skip such files' },
        { file: 'shots/empty.png', message: 'is empty; set if-unsupported to "warn" or "ignore" to skip such files' }
      ],
      skipped: []
    })
  })

  it.each<IfUnsupported>(['warn', 'ignore'])('with %s, skips every file and refuses none', policy => {
    expect(decideUnsupported(files, policy)).toEqual({ problems: [], skipped: files })
  })

  it('hands back its own list of skipped files, not the one it was given', () => {
    const given = [...files]
    const { skipped } = decideUnsupported(given, 'warn')
    given.pop()
    expect(skipped).toEqual(files)
  })

  it.each<IfUnsupported>(['error', 'warn', 'ignore'])('with %s and no files, refuses and skips nothing', policy => {
    expect(decideUnsupported([], policy)).toEqual({ problems: [], skipped: [] })
  })
})
