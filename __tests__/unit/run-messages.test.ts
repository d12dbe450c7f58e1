/** The run's own sentences in report/messages.ts: what main.ts and publish.ts say at each step, word for word. */
import { describe, expect, it } from '@jest/globals'
import { InputError, ServiceError } from '../../src/shared/errors.js'
import {
  deletionStoppedWarning,
  describeError,
  finishedLine,
  manifestWriteProblem,
  noFilesMessage,
  noRepositoryIdWarning,
  outputsProblem,
  resultsFileProblem,
  roleNote,
  summaryProblem,
  undeclaredInputWarning,
  uploadingTitle
} from '../../src/report/messages.js'
import { imageReport } from '../helpers/image-report.js'

describe('the run’s sentences', () => {
  it.each<[string, () => string, string]>([
    [
      'no files',
      () => noFilesMessage(['shots/*.png', '!x'], '/ws', 0),
      'No files matched the path patterns (relative to /ws):\n  shots/*.png\n  !x'
    ],
    [
      'only unsupported files',
      () => noFilesMessage(['*'], '/ws', 2),
      'Only files that are not images VOD accepts (2, skipped) matched the path patterns (relative to /ws):\n  *'
    ],
    ['uploading one', () => uploadingTitle(1, 1, 8), 'Uploading 1 of 1 image (8 at a time)'],
    ['uploading some', () => uploadingTitle(2, 3, 4), 'Uploading 2 of 3 images (4 at a time)'],
    [
      'deletions stopped',
      () => deletionStoppedWarning('Unexpected Error: x'),
      "Deleting old images stopped (Unexpected Error: x); nothing more was deleted. Stale entries stay in the manifest; the previous ImageIds of changed files are only in the manifest's git history."
    ],
    ['outputs', () => outputsProblem('EPIPE'), 'The outputs could not be set (EPIPE).'],
    [
      'results file',
      () => resultsFileProblem('/tmp/r', 'EACCES'),
      'The results file could not be written under /tmp/r (EACCES); the images output has the same list'
    ],
    [
      'summary',
      () => summaryProblem('ENOSPC'),
      'The job summary could not be written (ENOSPC); the outputs and the results file have the report'
    ],
    [
      'role',
      () =>
        roleNote({
          roleArn: 'acs:ram::1:role/r',
          roleSessionName: 'gh-x',
          durationSeconds: 900,
          oidcProviderArn: '',
          audience: '',
          stsEndpoint: ''
        }),
      '🔑 Assumed acs:ram::1:role/r over OIDC (session gh-x, 900 s, renewed before it ends)'
    ],
    [
      'undeclared, meant',
      () => undeclaredInputWarning('pth', 'path'),
      'The input `pth` is not an input of this action and is ignored: did you mean `path`?'
    ],
    [
      'undeclared, unknown',
      () => undeclaredInputWarning('zzz', undefined),
      "The input `zzz` is not an input of this action and is ignored (the inputs are in the README's Inputs table)"
    ]
  ])('%s', (_name, said, expected) => {
    expect(said()).toBe(expected)
  })

  it('the repository id: not set, or not numeric', () => {
    expect(noRepositoryIdWarning('not-set')).toMatch(
      /^GITHUB_REPOSITORY_ID is not set: the images this run uploads carry no ownership mark \(gh-repo-id-<id>\)/
    )
    expect(noRepositoryIdWarning('not-numeric')).toMatch(/^GITHUB_REPOSITORY_ID is not a numeric id: /)
    expect(noRepositoryIdWarning('not-set')).toContain(
      'delete-removed and delete-replaced can never delete them unless adopt-image-ids lists them'
    )
  })

  it('a file’s line as its upload ends', () => {
    expect(finishedLine(imageReport({ path: 'a.png', status: 'uploaded', imageId: 'img-1' }))).toBe('✔ a.png → img-1')
    expect(finishedLine(imageReport({ path: 'a.png', status: 'failed', imageId: null }))).toMatch(/^✖ a\.png: /)
  })

  it('the manifest write: nothing when written; the path when known', () => {
    expect(manifestWriteProblem({ changed: true })).toBeUndefined()
    expect(manifestWriteProblem({ changed: false, failure: { manifest: 'vod.json', reason: 'EACCES' } })).toBe(
      'The manifest vod.json could not be written (EACCES); the images uploaded by this run are listed in the outputs and the results file only.'
    )
    expect(manifestWriteProblem({ changed: false, failure: { reason: 'Unexpected Error: x' } })).toMatch(
      /^The manifest could not be written \(Unexpected Error: x\); /
    )
  })

  it('what the run failed with', () => {
    expect(describeError(new InputError([{ input: 'path', message: 'is required' }]))).toBe(
      new InputError([{ input: 'path', message: 'is required' }]).message
    )
    expect(describeError(new TypeError('bad'))).toBe('Unexpected TypeError: bad')
    expect(describeError('odd')).toBe('Unexpected failure: odd')
  })

  it.each<[string, ServiceError, string]>([
    [
      'a role that could not be assumed, without a request id',
      new ServiceError({ service: 'sts', api: 'AssumeRoleWithOIDC', code: 'NoPermission', detail: 'no', kind: 'permanent' }),
      'No credentials for role-to-assume: AssumeRoleWithOIDC failed: NoPermission: no'
    ],
    [
      'a VOD error that reached the top',
      new ServiceError({ service: 'vod', api: 'DeleteImage', code: 'X', requestId: 'R', detail: 'no', kind: 'permanent' }),
      'Unexpected ServiceError: DeleteImage failed: X: no'
    ]
  ])('what the run failed with: %s', (_name, error, says) => {
    expect(describeError(error)).toBe(says)
  })
})
