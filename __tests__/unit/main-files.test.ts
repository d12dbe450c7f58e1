/** run() before any upload, against the fake port: what matched, files that are not images, no files at all, and the dry run. */
import { describe, expect, it } from '@jest/globals'
import { JPEG, png } from '../../testkit/images.js'
import { summaryText, useWorkspace } from '../helpers/action.js'
import { fakePort, logLines, fakeRunner } from '../helpers/fake-run.js'
import { run } from '../../src/main.js'

const ws = useWorkspace()
const runWithFake = fakeRunner(run)

describe('no file matched', () => {
  it('if-no-files-found: error fails the run, sends nothing, and still sets the outputs', async () => {
    const fake = fakePort()
    const run = await runWithFake(ws(), fake, { inputs: { path: 'shots/**\n!shots/drafts/**' } })
    expect(run.exitCode).toBe(1)
    expect(logLines(run)).toEqual([
      '0 matched',
      `Error: No files matched the path patterns (relative to ${ws().dir}):`,
      '  shots/**',
      '  !shots/drafts/**',
      'Nothing was uploaded. Set if-no-files-found to "warn" or "ignore" to allow this.',
      ''
    ])
    expect(fake.made).toEqual([])
    expect(run.outputs['uploaded-count']).toBe('0')
    expect(run.outputs['manifest-changed']).toBe('false')
    expect(run.outputs.images).toBe('[]')
    expect(summaryText(run.summary)).toContain('0 matched · 0 uploaded · 0 unchanged · 0 failed')
  })

  it.each([
    ['warn', 'Warning: '],
    ['ignore', '']
  ])('if-no-files-found: %s says so (%j) and the run goes on to an empty report', async (policy, prefix) => {
    const fake = fakePort()
    const run = await runWithFake(ws(), fake, { inputs: { 'if-no-files-found': policy } })
    expect(run.exitCode).toBe(0)
    expect(logLines(run)).toEqual(
      expect.arrayContaining([
        `${prefix}No files matched the path patterns (relative to ${ws().dir}):`,
        '  shots/**',
        'Nothing was uploaded.',
        'Done: 0 uploaded, 0 unchanged, 0 failed'
      ])
    )
    expect(logLines(run)).not.toContainEqual(expect.stringMatching(/Uploading/))
    expect(run.outputs['uploaded-count']).toBe('0')
  })

  it('only unsupported files matched: the message counts them', async () => {
    await ws().write('shots/notes.txt', 'not an image')
    const run = await runWithFake(ws(), fakePort(), { inputs: { 'if-unsupported': 'ignore' } })
    expect(run.exitCode).toBe(1)
    expect(logLines(run)).toContain(
      `Error: Only files that are not images VOD accepts (1, skipped) matched the path patterns (relative to ${ws().dir}):`
    )
    expect(JSON.parse(run.outputs['unsupported-files'])).toEqual([expect.objectContaining({ path: 'shots/notes.txt' })])
  })
})

describe('files that are not images VOD accepts', () => {
  it.each([
    ['warn', 'Warning: '],
    ['ignore', '']
  ])('if-unsupported: %s names them (%j) once, and uploads the images', async (policy, prefix) => {
    await ws().write('shots/a.png', png(8, 8, 1))
    await ws().write('shots/notes.txt', 'not an image')
    const fake = fakePort()
    const run = await runWithFake(ws(), fake, { inputs: { 'if-unsupported': policy } })
    expect(run.exitCode).toBe(0)
    const lines = logLines(run)
    expect(lines.slice(0, 3)).toEqual([
      `${prefix}1 matched file is not an image VOD accepts and was skipped (if-unsupported: ${policy}):`,
      expect.stringMatching(/^ {2}shots\/notes\.txt: is not a PNG/),
      '2 matched: 1 image, 1 unsupported'
    ])
    expect(lines.filter(line => line.includes('was skipped'))).toHaveLength(1)
    expect(lines).toContain('Done: 1 uploaded, 0 unchanged, 0 failed, 1 unsupported')
    expect(fake.creates).toHaveLength(1)
  })

  it('none: no line about them', async () => {
    await ws().write('shots/a.png', png(8, 8, 1))
    const run = await runWithFake(ws(), fakePort())
    expect(run.stdout).not.toContain('skipped')
  })
})

describe('warnings before the uploads', () => {
  it("the files' and the plan's warnings are warnings", async () => {
    await ws().write('shots/mislabeled.png', JPEG)
    const run = await runWithFake(ws(), fakePort(), { inputs: { title: 'x'.repeat(300) } })
    expect(run.exitCode).toBe(0)
    const warnings = logLines(run).filter(line => line.startsWith('Warning: '))
    expect(warnings).toEqual([
      'Warning: shots/mislabeled.png: has extension ".png" but its content is JPEG; it is uploaded as JPEG',
      expect.stringMatching(/^Warning: shots\/mislabeled\.png: title is longer than VOD's \d+ bytes; cut to "x+"$/)
    ])
  })
})

describe('dry run', () => {
  it('prints the plan and the totals, sets the outputs, and creates no service', async () => {
    await ws().write('shots/a.png', png(8, 8, 1))
    await ws().write('shots/b.png', png(8, 8, 2))
    await ws().write('shots/notes.txt', 'not an image')
    const fake = fakePort()
    const run = await runWithFake(ws(), fake, { inputs: { 'dry-run': 'true', 'if-unsupported': 'ignore' } })
    expect(run.exitCode).toBe(0)
    expect(run.outputs['manifest-changed']).toBe('false')
    expect(fake.made).toEqual([])
    expect(logLines(run)).toEqual([
      '1 matched file is not an image VOD accepts and was skipped (if-unsupported: ignore):',
      '  shots/notes.txt: is not a PNG, JPEG, GIF, WebP or HEIC image (its first bytes match none of them)',
      '3 matched: 2 images, 1 unsupported',
      'Dry run: no request is sent. The plan for 2 files:',
      '  upload  shots/a.png as "a"',
      '  upload  shots/b.png as "b"',
      'Dry run done: 2 would upload, 0 unchanged, 1 unsupported; nothing was sent',
      ''
    ])
    expect(run.outputs['uploaded-count']).toBe('0')
    expect(JSON.parse(run.outputs.images)).toEqual([
      expect.objectContaining({ path: 'shots/a.png', status: 'planned' }),
      expect.objectContaining({ path: 'shots/b.png', status: 'planned' })
    ])
    expect(JSON.parse(run.outputs['unsupported-files'])).toEqual([expect.objectContaining({ path: 'shots/notes.txt' })])
  })

  it('an output limit applies to the dry run too', async () => {
    for (let i = 0; i < 30; i++) await ws().write(`shots/${String(i).padStart(2, '0')}.png`, png(8, 8, i + 1))
    const run = await runWithFake(ws(), fakePort(), { inputs: { 'dry-run': 'true' }, overrides: { outputMaxBytes: 2000 } })
    expect(logLines(run)).toContainEqual(expect.stringMatching(/^Warning: Outputs cut to stay under .*: images holds 3 of 30\./))
    expect(JSON.parse(run.outputs.images)).toHaveLength(3)
  })
})
