/** resultsOf: a path to a file handled under another path reports that path's image and status, and none of its calls. */
import { describe, expect, it } from '@jest/globals'
import type { UploadTask } from '../../src/plan/plan.js'
import { failedResult, resultsOf, withoutUpload, type FileResult } from '../../src/upload/results.js'

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

describe('resultsOf: the paths that hold an image', () => {
  it('reports their own result as it is, counts and all', () => {
    const own = { ...failedResult(task('a.png')), orphanedImageIds: ['orphan'], unansweredCreates: 2, throttledCalls: 3 }
    expect(resultsOf([task('a.png')], () => own)[0]).toBe(own)
  })

  it('refuses a path said to be the same file as a path that is not in the run', () => {
    expect(() => resultsOf([task('b.png', 'x.png')], failedResult)).toThrow('b.png: no result for x.png')
  })
})

describe('the results of files not uploaded', () => {
  const digest = { bytes: 10, md5Base64: 'md5', sha256Hex: 'ab12' }
  const earlier = {
    sha256: 'ab12',
    imageId: 'img-9',
    imageUrl: 'https://img.example/9.png',
    fileUrl: 'https://oss.example/9.png',
    title: 'Old',
    tags: ['old']
  }

  it.each<[string, Partial<UploadTask>, FileResult]>([
    [
      'a dry run: planned, with the title and tags it would be sent with',
      { digest },
      {
        file: task('a.png').file,
        status: 'planned',
        title: 'a.png',
        tags: [],
        sha256: 'ab12',
        orphanedImageIds: [],
        unansweredCreates: 0,
        throttledCalls: 0
      }
    ],
    [
      'a dry run of a file not hashed: no sha256',
      {},
      {
        file: task('a.png').file,
        status: 'planned',
        title: 'a.png',
        tags: [],
        sha256: undefined,
        orphanedImageIds: [],
        unansweredCreates: 0,
        throttledCalls: 0
      }
    ],
    [
      'unchanged since an earlier upload: skipped, with what that upload recorded',
      { digest, unchangedSince: earlier },
      {
        file: task('a.png').file,
        status: 'skipped',
        title: 'Old',
        tags: ['old'],
        sha256: 'ab12',
        imageId: 'img-9',
        imageUrl: 'https://img.example/9.png',
        fileUrl: 'https://oss.example/9.png',
        orphanedImageIds: [],
        unansweredCreates: 0,
        throttledCalls: 0
      }
    ]
  ])('%s', (_name, fields, expected) => {
    expect(withoutUpload({ ...task('a.png'), ...fields })).toStrictEqual(expected)
  })

  it('a file before anything happened to it: failed, nothing counted', () => {
    expect(failedResult({ ...task('a.png'), tags: ['t'] })).toStrictEqual({
      file: task('a.png').file,
      status: 'failed',
      title: 'a.png',
      tags: ['t'],
      orphanedImageIds: [],
      unansweredCreates: 0,
      throttledCalls: 0
    })
  })
})
