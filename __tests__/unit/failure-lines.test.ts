/**
 * Issue #19: a run that stopped (a wrong secret, a silent endpoint) leaves most files never started.
 * The failure and the summary's failures list give a line to each file that really failed, and one
 * line per reason to the files never started (stage queued), however many they are.
 */
import { describe, expect, it } from '@jest/globals'
import { failureLines, runFailure } from '../../src/report/messages.js'
import { summaryHtml } from '../../src/report/summary.js'
import type { ImageReport } from '../../src/report/model.js'
import type { FileFailure } from '../../src/shared/errors.js'
import { imageReport } from '../helpers/image-report.js'

const FILES = 2_000
const REASON = 'not attempted: VOD refused CreateUploadImage (SignatureDoesNotMatch) for shots/0000.png, and would refuse every other file'
const CANCELLED = 'the run was cancelled before this file started'

const failedReport = (i: number, error: FileFailure): ImageReport =>
  imageReport({ path: `shots/${String(i).padStart(4, '0')}.png`, status: 'failed', imageId: null, imageUrl: null, error })

const refused: FileFailure = {
  stage: 'create',
  code: 'SignatureDoesNotMatch',
  status: 400,
  requestId: 'REQ-1',
  message: 'signature mismatch'
}
const notAttempted: FileFailure = { stage: 'queued', code: 'NotAttempted', message: REASON }
const cancelled: FileFailure = { stage: 'queued', code: 'Cancelled', message: CANCELLED }

/** 4 files refused in flight, then 1,996 never started: the run had stopped. */
const stopped = Array.from({ length: FILES }, (_, i) => failedReport(i, i < 4 ? refused : notAttempted))

const summaryFailures = (html: string): string[] =>
  [...html.matchAll(/<h3>Failures<\/h3><ul>(.*?)<\/ul>/g)][0][1].split('</li>').filter(Boolean)

describe('files never started', () => {
  it('the failure: a line per refused file, one line for the 1,996 not attempted, the reason once', () => {
    const lines = runFailure(stopped, { cancelled: false }).split('\n')
    expect(lines).toEqual([
      '2,000 of 2,000 images failed:',
      ...[0, 1, 2, 3].map(
        i => `  - shots/000${i}.png: create failed: SignatureDoesNotMatch (HTTP 400, RequestId REQ-1): signature mismatch`
      ),
      `  - 1,996 files: ${REASON}`
    ])
  })

  it("the summary's failures list: the same five items", () => {
    const items = summaryFailures(summaryHtml(stopped))
    expect(items).toHaveLength(5)
    expect(items[4]).toBe(`<li>1,996 files: ${REASON}`)
  })

  it('a path to the same file as a failed one is counted neither as a failure nor as an image again', () => {
    const copy = { ...failedReport(1, refused), sameAs: 'shots/0000.png' }
    const lines = runFailure([failedReport(0, refused), copy, imageReport({ path: 'shots/b.png' })], { cancelled: false }).split('\n')
    expect(lines).toEqual([
      '1 of 2 images failed:',
      '  - shots/0000.png: create failed: SignatureDoesNotMatch (HTTP 400, RequestId REQ-1): signature mismatch'
    ])
  })

  it('a failed file with no failure recorded is still named', () => {
    expect(failureLines([imageReport({ status: 'failed', error: null })])).toEqual(['shots/a.png: failed'])
  })

  it('one image that failed is said in the singular', () => {
    expect(runFailure([failedReport(0, refused)], { cancelled: false }).split('\n')[0]).toBe('1 of 1 image failed:')
  })

  it('one line per reason: not attempted and cancelled apart, one file said in the singular', () => {
    const reports = [failedReport(0, refused), failedReport(1, notAttempted), failedReport(2, cancelled), failedReport(3, cancelled)]
    expect(runFailure(reports, { cancelled: false }).split('\n').slice(2)).toEqual([`  - 1 file: ${REASON}`, `  - 2 files: ${CANCELLED}`])
  })
})
