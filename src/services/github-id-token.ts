/** The workflow's OIDC token, from the runner through `@actions/core` (which also masks it): the one place that asks for it. */
import * as core from '@actions/core'
import { ServiceError } from '../shared/index.js'

/**
 * A function that asks the runner for a new OIDC token for the audience. The job's permission to
 * ask (id-token: write) is checked with the inputs; a refusal here is the runner's or GitHub's.
 * Every failure is transient: getIDToken's error carries the endpoint's status only in its text, and
 * the one failure that never heals, no ACTIONS_ID_TOKEN_REQUEST_URL, is the inputs' check.
 */
export function githubIdToken(audience: string): () => Promise<string> {
  return async () => {
    try {
      return await core.getIDToken(audience)
    } catch (error) {
      // Its message quotes the token service's answer: kept for the debug log only.
      throw new ServiceError(
        {
          service: 'sts',
          api: 'GetIDToken',
          code: 'IdTokenUnavailable',
          detail: 'the runner did not hand out an OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL answered with an error, or not at all)',
          kind: 'transient'
        },
        error
      )
    }
  }
}
