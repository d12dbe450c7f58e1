import { describe, expect, it } from '@jest/globals'
import { Outputs } from '../../src/shared/names.js'
import { describeFailure, orphanNote } from '../../src/report/messages.js'
import { escapeHtml, formatBytes, summaryHtml } from '../../src/report/summary.js'
import { outputValues } from '../../src/report/outputs.js'
import { redactOutcome, toImageReports } from '../../src/report/model.js'
import { imageReport } from '../helpers/image-report.js'
import type { FileResult, VodStatus } from '../../src/upload/results.js'
import { actionOutputs } from '../helpers/action.js'

const report = imageReport

const failed = report({
  path: 'shots/<b>&.png',
  status: 'failed',
  imageId: null,
  imageUrl: null,
  fileUrl: null,
  error: { stage: 'upload', code: 'AccessDenied', status: 403, requestId: 'REQ-1', message: 'You have no right to access this object.' }
})

describe('summary', () => {
  it('escapes every value from file names and answers', () => {
    const html = summaryHtml([report({ title: '"><script>', imageUrl: 'https://x/a.png?a=1&b="2"' }), failed])
    expect(html).not.toContain('<b>&')
    expect(html).not.toContain('<script>')
    expect(html).toContain('shots/&#60;b&#62;&#38;.png')
    expect(html).toContain('src="https://x/a.png?a=1&#38;b=&#34;2&#34;"')
  })

  it('counts, lists failures with their reason', () => {
    const html = summaryHtml([report(), failed])
    expect(html).toContain('2 matched · 1 uploaded · 0 unchanged · 1 failed')
    expect(html).toContain('<h3>Failures</h3>')
    expect(html).toContain('upload failed: AccessDenied (HTTP 403, RequestId REQ-1)')
  })

  it.each<[string, Partial<ReturnType<typeof report>>, string | undefined]>([
    [
      'the preview URL (signed), escaped',
      { previewUrl: 'https://cdn.x/a.png?auth_key=1-0-0-ab&x="y"', imageUrl: 'https://cdn.x/a.png' },
      'src="https://cdn.x/a.png?auth_key=1-0-0-ab&#38;x=&#34;y&#34;"'
    ],
    ['ImageURL when there is no preview URL', { previewUrl: null, imageUrl: 'https://cdn.x/a.png' }, 'src="https://cdn.x/a.png"'],
    [
      'ImageURL when the preview URL is not http(s)',
      { previewUrl: 'javascript:alert(1)', imageUrl: 'https://cdn.x/a.png' },
      'src="https://cdn.x/a.png"'
    ],
    ['none when neither is http(s)', { previewUrl: 'javascript:alert(1)', imageUrl: 'data:x' }, undefined]
  ])('the thumbnail shows %s', (_name, fields, src) => {
    const html = summaryHtml([report(fields)])
    expect(/<img (src="[^"]*")/.exec(html)?.[1]).toBe(src)
  })

  it.each<[VodStatus | null, string | undefined]>([
    ['Normal', 'VOD: Normal'],
    ['Uploading', 'VOD: Uploading'],
    ['unknown', 'VOD: unknown'],
    [null, undefined]
  ])('says VOD status %s in the status cell', (vodStatus, said) => {
    const html = summaryHtml([report({ vodStatus })])
    expect(/✅ uploaded(?:<br>(VOD: [^<]*))?<\/td>/.exec(html)?.[1]).toBe(said)
  })

  it('shows no thumbnail for a URL that is not http(s)', () => {
    expect(summaryHtml([report({ imageUrl: 'javascript:alert(1)' })])).not.toContain('<img')
  })

  it('stays bounded past the row cap', () => {
    const many = Array.from({ length: 1000 }, (_, i) => report({ path: `shots/${i}.png` }))
    const html = summaryHtml(many, undefined, { maxRows: 300 })
    expect(html.match(/<tr>/g)).toHaveLength(301)
    expect(html).toContain('Showing 300 of 1,000 rows: 300 of 1,000 uploaded; every row is in the images output.')
    expect(Buffer.byteLength(html)).toBeLessThan(200 * 1024)
  })
})

describe('outputs', () => {
  it('has a value for every output of action.yml and nothing else', () => {
    const values = outputValues([report()], '/tmp/results.json')
    expect(Object.keys(values).sort()).toEqual(actionOutputs().sort())
  })

  it('takes the single-image outputs from the first uploaded image', () => {
    const values = outputValues([failed, report({ imageId: 'b' }), report({ imageId: 'c' })], '/r.json')
    expect(values[Outputs.ImageId]).toBe('b')
    expect(JSON.parse(values[Outputs.ImageIds])).toEqual(['b', 'c'])
    expect(values[Outputs.UploadedCount]).toBe('2')
    expect(values[Outputs.FailedCount]).toBe('1')
    expect(JSON.parse(values[Outputs.Images])).toHaveLength(3)
  })

  it('lists an orphaned ImageId once when two paths to one file report it (its old image failed to delete)', () => {
    const old = 'f'.repeat(32)
    const reports = [
      report({ path: 'a.png', orphanedImageIds: [old] }),
      report({ path: 'b.png', sameAs: 'a.png', orphanedImageIds: [old] }),
      report({ path: 'c.png', orphanedImageIds: ['e'.repeat(32)] })
    ]
    expect(JSON.parse(outputValues(reports, '/r.json')[Outputs.OrphanedImageIds])).toEqual([old, 'e'.repeat(32)])
    expect(orphanNote(reports)).toContain(`2 abandoned ImageIds could not be deleted (orphaned): ${old}, ${'e'.repeat(32)}.`)
    expect(summaryHtml(reports).split(`<li><code>${old}</code></li>`)).toHaveLength(2)
  })

  it('is empty but well-formed with no images', () => {
    const values = outputValues([], '/r.json')
    expect(values[Outputs.ImageId]).toBe('')
    expect(values[Outputs.ImageIds]).toBe('[]')
    expect(values[Outputs.UploadedCount]).toBe('0')
  })
})

describe('texts', () => {
  it.each<[string, string]>([
    ['<b>&"\'', '&#60;b&#62;&#38;&#34;&#39;'],
    ['plain', 'plain']
  ])('escapeHtml(%p)', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected)
  })

  it.each<[number, string]>([
    [0, '0 B'],
    [1023, '1023 B'],
    [1536, '1.5 KiB'],
    [5 * 1024 * 1024, '5.0 MiB']
  ])('formatBytes(%p)', (bytes, expected) => {
    expect(formatBytes(bytes)).toBe(expected)
  })

  it('describes a failure without an HTTP status or a request id with neither, and no empty brackets', () => {
    const read = { ...failed, error: { stage: 'read' as const, code: 'ENOENT', message: 'the file is gone' } }
    expect(describeFailure(read)).toBe('shots/<b>&.png: read failed: ENOENT: the file is gone')
  })

  it('describes a failure with path, stage, code, status and request id', () => {
    expect(describeFailure(failed)).toBe(
      'shots/<b>&.png: upload failed: AccessDenied (HTTP 403, RequestId REQ-1): You have no right to access this object.'
    )
  })
})

// Issue #13: an answer may echo a credential in its code or request id as well as in its message.
describe('toImageReports and redactOutcome', () => {
  const redact = (text: string): string => text.replaceAll('s3cr3t-token', '***')
  const failure = { stage: 'upload' as const, code: 'Es3cr3t-token', message: 'm s3cr3t-token', status: 403, requestId: 'R-s3cr3t-token' }

  it('redacts every text field of a failure', () => {
    const result = {
      file: { relativePath: 'a.png', bytes: 1, format: 'png' },
      status: 'failed',
      title: 'a',
      tags: [],
      error: failure,
      orphanedImageIds: [],
      unansweredCreates: 0,
      throttledCalls: 0
    } as unknown as FileResult
    expect(toImageReports([result], redact)[0].error).toEqual({
      stage: 'upload',
      code: 'E***',
      message: 'm ***',
      status: 403,
      requestId: 'R-***'
    })
  })

  it('redacts the preview URL, and gives vodStatus as it is (null when not asked)', () => {
    const base = { file: { relativePath: 'a.png', bytes: 1, format: 'png' }, status: 'uploaded', title: 'a', tags: [] }
    const counts = { orphanedImageIds: [], unansweredCreates: 0, throttledCalls: 0 }
    const asked = {
      ...base,
      ...counts,
      vodStatus: 'Normal',
      previewUrl: 'https://cdn.x/a.png?auth_key=s3cr3t-token'
    } as unknown as FileResult
    const notAsked = { ...base, ...counts } as unknown as FileResult
    expect(toImageReports([asked, notAsked], redact).map(r => [r.vodStatus, r.previewUrl])).toEqual([
      ['Normal', 'https://cdn.x/a.png?auth_key=***'],
      [null, null]
    ])
  })

  it('redacts the failure of a deletion, and leaves any other outcome as it is', () => {
    const gone = { path: 'a.png', imageId: 'f'.repeat(32) }
    expect(redactOutcome({ ...gone, outcome: { kind: 'failed', error: failure } }, redact).outcome).toEqual({
      kind: 'failed',
      error: { ...failure, code: 'E***', message: 'm ***', requestId: 'R-***' }
    })
    const deleted = { ...gone, outcome: { kind: 'deleted' } }
    expect(redactOutcome(deleted, redact)).toBe(deleted)
  })
})
