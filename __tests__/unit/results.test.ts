/** resultsOf: a path to a file handled under another path reports that path's image and status, and none of its calls. */
import { describe, expect, it } from '@jest/globals'
import type { UploadTask } from '../../src/plan/plan.js'
import { failedResult, resultsOf, type FileResult } from '../../src/upload/results.js'

function task(relativePath: string, sameAs?: string): UploadTask {
  return {
    file: { absolutePath: `/ws/${relativePath}`, relativePath, bytes: 10, format: 'png', identity: { dev: 1, ino: 7 } },
    title: relativePath,
    tags: [],
    params: { ImageType: 'default', ImageExt: 'png' },
    sameAs
  }
}

describe('resultsOf', () => {
  it.each<[string, Partial<FileResult>]>([
    ['an upload', { status: 'uploaded', imageId: 'img-1', imageUrl: 'https://img.example/1.png', sha256: 'ab' }],
    ['a failure', { status: 'failed', error: { stage: 'create', code: 'Forbidden', message: 'no' } }]
  ])('copies %s of the path holding the image, in task order, without its counts', (_name, outcome) => {
    const tasks = [task('a.png'), task('b.png', 'c.png'), task('c.png')]
    const own = (t: UploadTask): FileResult => ({
      ...failedResult(t),
      ...outcome,
      orphanedImageIds: ['orphan'],
      unansweredCreates: 2,
      throttledCalls: 3
    })
    const results = resultsOf(tasks, own)
    expect(results.map(result => [result.file.relativePath, result.sameAs])).toEqual([
      ['a.png', undefined],
      ['b.png', 'c.png'],
      ['c.png', undefined]
    ])
    expect(results[1]).toEqual({
      ...own(tasks[2]),
      file: tasks[1].file,
      sameAs: 'c.png',
      orphanedImageIds: [],
      unansweredCreates: 0,
      throttledCalls: 0,
      unreachable: undefined
    })
  })

  it('asks own() only for the paths that hold an image', () => {
    const asked: string[] = []
    resultsOf([task('a.png'), task('b.png', 'a.png')], t => {
      asked.push(t.file.relativePath)
      return failedResult(t)
    })
    expect(asked).toEqual(['a.png'])
  })
})
