/**
 * Issue #19: GitHub caps each output at 1 MB, approximated in UTF-16 (two bytes a character for
 * ASCII). At 20,000 files every list output is cut at a whole entry, stays valid JSON (or Markdown),
 * keeps failed and changed entries first; image-ids and image-urls are cut together, entry for entry,
 * but not with images.
 */
import { describe, expect, it } from '@jest/globals'
import { Outputs, type OutputName } from '../../src/shared/names.js'
import { OUTPUT_MAX_BYTES, outputValues } from '../../src/report/outputs.js'
import type { ImageReport, RunOutcome } from '../../src/report/model.js'
import type { Replacement } from '../../src/manifest/replaced.js'
import { imageReport } from '../helpers/image-report.js'

const FILES = 20_000
/** GitHub's measure of an output: UTF-16 (two bytes a code unit), or the UTF-8 bytes the runner writes, whichever is more. */
const size = (text: string): number => Math.max(Buffer.byteLength(text, 'utf8'), 2 * text.length)
/** A path of about 300 bytes, a title of 128 bytes of UTF-8, URLs of about 400. */
const longPath = (i: number): string => `docs/${'screenshots-of-the-settings-page/'.repeat(8)}${i}.png`
const url = (i: number): string => `https://cdn.example.com/${'a'.repeat(360)}/${i}.png?auth_key=1700000000-0-0-${'f'.repeat(32)}`
const id = (i: number): string => i.toString(16).padStart(32, '0')

function report(i: number): ImageReport {
  const status: ImageReport['status'] = i % 4000 === 17 ? 'failed' : i % 1000 === 5 ? 'uploaded' : 'skipped'
  return imageReport({
    path: longPath(i),
    status,
    imageId: status === 'failed' ? null : id(i),
    imageUrl: status === 'failed' ? null : url(i),
    fileUrl: status === 'failed' ? null : url(i),
    previewUrl: status === 'uploaded' ? url(i) : null,
    title: '图'.repeat(42),
    orphanedImageIds: [id(i + FILES)],
    error: status === 'failed' ? { stage: 'upload', code: 'AccessDenied', status: 403, message: 'denied '.repeat(50) } : null
  })
}

const replaced = (i: number): Replacement => ({
  path: longPath(i),
  imageId: id(i + 2 * FILES),
  newImageId: id(i),
  outcome: i % 2 === 0 ? { kind: 'deleted' } : { kind: 'kept', reason: 'delete-replaced-off' }
})

const reports = Array.from({ length: FILES }, (_, i) => report(i))
const facts: RunOutcome = {
  dryRun: false,
  manifestChanged: true,
  stale: [],
  replaced: Array.from({ length: FILES }, (_, i) => replaced(i)),
  unsupported: Array.from({ length: FILES }, (_, i) => ({ path: longPath(i).replace(/png$/, 'txt'), reason: 'not an image VOD accepts' }))
}
/** Computed in each test, not while Jest collects them: Stryker's per-test coverage sees which test runs which code. */
const allValues = (): ReturnType<typeof outputValues> => outputValues(reports, '/runner/temp/results.json', facts)

describe('every output at 20,000 files with long paths, titles and URLs', () => {
  const LISTS: OutputName[] = [
    Outputs.ImageIds,
    Outputs.ImageUrls,
    Outputs.Images,
    Outputs.Deletions,
    Outputs.UnsupportedFiles,
    Outputs.OrphanedImageIds,
    Outputs.KeptImageIds
  ]

  it.each(LISTS)('%s is valid JSON under 1,000,000 bytes as GitHub measures it, of whole entries', name => {
    const values = allValues()
    expect(size(values[name])).toBeLessThan(OUTPUT_MAX_BYTES)
    const entries = JSON.parse(values[name]) as unknown[]
    expect(entries.length).toBeGreaterThan(0)
    expect(values[name]).toBe(JSON.stringify(entries))
  })

  it('a list of ImageIds (35 characters, 70 bytes in UTF-16, each) fits 14,285 whole: 10,000 do, 20,000 are cut to that', () => {
    const values = allValues()
    const lengths = Object.fromEntries(LISTS.map(name => [name, (JSON.parse(values[name]) as unknown[]).length]))
    for (const name of [Outputs.ImageIds, Outputs.ImageUrls, Outputs.Images, Outputs.Deletions, Outputs.UnsupportedFiles])
      expect(lengths[name]).toBeLessThan(FILES)
    expect(lengths[Outputs.KeptImageIds]).toBe(FILES / 2)
    expect(lengths[Outputs.OrphanedImageIds]).toBe(Math.floor((OUTPUT_MAX_BYTES - 4) / 70))
  })

  it('markdown is under 1,000,000 bytes as GitHub measures it, whole blocks of image and caption', () => {
    const values = allValues()
    expect(size(values[Outputs.Markdown])).toBeLessThan(OUTPUT_MAX_BYTES)
    const blocks = values[Outputs.Markdown].split('\n\n')
    expect(
      blocks.every(block => /^!\[[^\n]*\]\(https:\/\/cdn\.example\.com\/[^\n]*\.png\?auth_key=[^\n]*\)\\\n[^\n]+\.png$/.test(block))
    ).toBe(true)
  })

  it('image-ids and image-urls are cut at the same count, entry for entry, on their own: more than images holds, uploaded first, in path order', () => {
    const values = allValues()
    const ids = JSON.parse(values[Outputs.ImageIds]) as string[]
    const urls = JSON.parse(values[Outputs.ImageUrls]) as string[]
    const images = JSON.parse(values[Outputs.Images]) as ImageReport[]
    expect(urls).toHaveLength(ids.length)
    expect(ids.length).toBeGreaterThan(images.filter(image => image.status !== 'failed').length)
    const held = reports.filter(r => r.imageId !== null && ids.includes(r.imageId))
    expect(held.map(r => r.imageId)).toEqual(ids)
    expect(held.map(r => r.imageUrl)).toEqual(urls)
    expect(reports.filter(r => r.status === 'uploaded').every(r => ids.includes(r.imageId!))).toBe(true)
  })

  it('keeps every failed and uploaded entry, and unchanged ones as room allows, in path order', () => {
    const values = allValues()
    const images = (JSON.parse(values[Outputs.Images]) as ImageReport[]).map(image => image.path)
    const mattering = reports.filter(r => r.status !== 'skipped').map(r => r.path)
    expect(images.filter(path => mattering.includes(path))).toEqual(mattering)
    expect(images).toEqual(reports.map(r => r.path).filter(path => images.includes(path)))
    const ids = JSON.parse(values[Outputs.ImageIds]) as string[]
    expect(reports.filter(r => r.status === 'uploaded').every(r => ids.includes(r.imageId!))).toBe(true)
    const markdownPaths = values[Outputs.Markdown].split('\n\n').map(block => block.split('\n')[1].replace(/\\/g, ''))
    expect(reports.filter(r => r.status === 'uploaded').every(r => markdownPaths.includes(r.path))).toBe(true)
  })

  it('keeps kept images before deleted ones in the deletions output', () => {
    const values = allValues()
    const deletions = JSON.parse(values[Outputs.Deletions]) as Array<{ outcome: string }>
    expect(deletions.length).toBeGreaterThan(100)
    expect(deletions.every(entry => entry.outcome === 'kept')).toBe(true)
  })
})

describe('outputs that fit', () => {
  it('are whole, in path order', () => {
    const few = [0, 1, 2, 3].map(i =>
      imageReport({ path: `${i}.png`, imageId: id(i), status: (['skipped', 'uploaded', 'failed', 'skipped'] as const)[i] })
    )
    const whole = outputValues(few, '/r.json')
    expect((JSON.parse(whole[Outputs.Images]) as ImageReport[]).map(r => r.path)).toEqual(['0.png', '1.png', '2.png', '3.png'])
    expect(JSON.parse(whole[Outputs.ImageIds])).toEqual([id(0), id(1), id(3)])
  })

  it('a budget too small for one entry gives empty arrays, never broken JSON', () => {
    const tiny = outputValues(reports.slice(0, 3), '/r.json', facts, 100)
    for (const name of [Outputs.ImageIds, Outputs.Images, Outputs.Deletions, Outputs.KeptImageIds]) {
      expect(size(tiny[name])).toBeLessThan(100)
      expect(Array.isArray(JSON.parse(tiny[name]))).toBe(true)
    }
  })
})

describe('at 2,000 files with realistic lengths (ImageIds of 32 hex digits, URLs of about 100 characters)', () => {
  const DOCS_SITE = 2_000
  const vodUrl = (i: number): string =>
    `https://outin-0123456789abcdef0123456789abcdef.oss-cn-shanghai.aliyuncs.com/image/default/${id(i)}.png`
  const docsSite = Array.from({ length: DOCS_SITE }, (_, i) =>
    imageReport({
      path: `docs/screenshots/settings/page-${i}.png`,
      status: i % 400 === 3 ? 'uploaded' : 'skipped',
      imageId: id(i),
      imageUrl: vodUrl(i),
      fileUrl: vodUrl(i),
      title: `Settings page, screenshot ${i} of the docs site`
    })
  )

  it('images is cut, and image-ids and image-urls are whole', () => {
    const docsValues = outputValues(docsSite, '/runner/temp/results.json')
    expect((JSON.parse(docsValues[Outputs.Images]) as unknown[]).length).toBeLessThan(DOCS_SITE)
    expect(JSON.parse(docsValues[Outputs.ImageIds])).toEqual(docsSite.map(r => r.imageId))
    expect(JSON.parse(docsValues[Outputs.ImageUrls])).toEqual(docsSite.map(r => r.imageUrl))
  })
})

describe('the cut measures an output as GitHub does: UTF-16, or UTF-8 where that is more', () => {
  const ENTRIES = 20_000
  const cases: Record<string, { path: (i: number) => string; binding: (text: string) => number }> = {
    'ASCII paths (2 bytes a character in UTF-16, 1 in UTF-8)': {
      path: i => `docs/screenshots/settings/notes-${i}.txt`,
      binding: text => 2 * text.length
    },
    'CJK paths (2 bytes a character in UTF-16, 3 in UTF-8)': {
      path: i => `文档/${'设置页面截图'.repeat(16)}-${i}.txt`,
      binding: text => Buffer.byteLength(text, 'utf8')
    }
  }

  it.each(Object.entries(cases))('%s: cut under the limit, by less than one entry', (_name, { path, binding }) => {
    const unsupported = Array.from({ length: ENTRIES }, (_, i) => ({ path: path(i), reason: 'not an image VOD accepts' }))
    const value = outputValues([], '/r.json', { dryRun: false, manifestChanged: false, stale: [], unsupported })[Outputs.UnsupportedFiles]
    const kept = JSON.parse(value) as unknown[]
    expect(kept.length).toBeLessThan(ENTRIES)
    expect(binding(value)).toBe(size(value))
    expect(size(value)).toBeLessThan(OUTPUT_MAX_BYTES)
    const next = `,${JSON.stringify(unsupported[kept.length])}`
    expect(size(value + next)).toBeGreaterThanOrEqual(OUTPUT_MAX_BYTES)
  })
})
