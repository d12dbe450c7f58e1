/** if-unsupported: matched files that are not images VOD accepts, refused or skipped, against the emulator. */
import { describe, expect, it } from '@jest/globals'
import { png } from '../../testkit/images.js'
import { type ActionRun, useEmulator, useWorkspace, imagesOf, runAgainst } from '../helpers/action.js'

const emulator = useEmulator()
const ws = useWorkspace({
  'shots/a.png': png(8, 8, 1),
  'shots/b.png': png(8, 8, 2),
  'shots/README.md': '# screenshots\n',
  'shots/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  'shots/empty.png': ''
})

function run(inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAgainst(emulator(), { workspace: ws().dir, inputs: { path: 'shots/**', ...inputs } })
}

const NOT_IMAGE = 'is not a PNG, JPEG, GIF, WebP or HEIC image (its first bytes match none of them)'
const SVG = 'is an SVG image, which VOD does not accept: only PNG, JPEG, GIF, WebP or HEIC'
const SKIPPED = [
  { path: 'shots/README.md', reason: NOT_IMAGE },
  { path: 'shots/empty.png', reason: 'is empty' },
  { path: 'shots/logo.svg', reason: SVG }
]
const HEADING = (policy: string): string => `3 matched files are not an image VOD accepts and were skipped (if-unsupported: ${policy}):`

describe('if-unsupported', () => {
  it.each([
    { policy: 'warn', logged: `::warning::${HEADING('warn')}%0A  shots/README.md: ${NOT_IMAGE}` },
    { policy: 'ignore', logged: `${HEADING('ignore')}\n  shots/README.md: ${NOT_IMAGE}` }
  ])(
    '$policy skips the files that are not images, names them in the log, the summary and unsupported-files',
    async ({ policy, logged }) => {
      const result = await run({ 'if-unsupported': policy })
      expect(result.exitCode).toBe(0)
      expect(result.stdout).toContain(logged)
      expect(result.stdout.includes('::warning::')).toBe(policy === 'warn')
      expect(JSON.parse(result.outputs['unsupported-files'])).toEqual(SKIPPED)
      expect(result.outputs['uploaded-count']).toBe('2')
      expect(result.outputs['skipped-count']).toBe('0')
      expect(imagesOf(result).map(i => i.path)).toEqual(['shots/a.png', 'shots/b.png'])
      expect(result.summary).toContain('<h3>Skipped: not images VOD accepts (3)</h3>')
      expect(result.summary).toContain(`<li><code>shots/logo.svg</code>: ${SVG}</li>`)
      expect(emulator().requests.filter(r => r.action === 'CreateUploadImage')).toHaveLength(2)
    }
  )

  it.each<{ inputs: Record<string, string> }>([{ inputs: {} }, { inputs: { 'if-unsupported': 'error' } }])(
    'error (the default, $inputs) fails the run before any request, naming every file',
    async ({ inputs }) => {
      const result = await run(inputs)
      expect(result.exitCode).toBe(1)
      for (const file of ['shots/README.md', 'shots/empty.png', 'shots/logo.svg']) {
        expect(result.stdout).toContain(`${file}: `)
      }
      expect(result.stdout).toContain('set if-unsupported to "warn" or "ignore" to skip such files')
      expect(emulator().requests).toHaveLength(0)
    }
  )

  it('skipped files only: if-no-files-found decides, and says what was skipped', async () => {
    const result = await run({ path: 'shots/*.md\nshots/*.svg', 'if-unsupported': 'ignore', 'if-no-files-found': 'warn' })
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toContain('::warning::Only files that are not images VOD accepts (2, skipped) matched the path patterns')
    expect(JSON.parse(result.outputs['unsupported-files'])).toHaveLength(2)
    expect(emulator().requests).toHaveLength(0)
  })

  it('a bad value is an input error', async () => {
    const result = await run({ 'if-unsupported': 'skip' })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain('Input "if-unsupported": must be one of "error", "warn", "ignore"; got "skip"')
  })
})
