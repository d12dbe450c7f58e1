/** Where each VOD call's credentials come from: keys that never change, or a session renewed before it expires. */

export interface VodCredentials {
  accessKeyId: string
  accessKeySecret: string
  securityToken?: string
}

export interface CredentialSource {
  /** The credentials to sign the next call with; a source whose session is about to expire renews it first. */
  current(): Promise<VodCredentials>
  /**
   * VOD answered InvalidSecurityToken.Expired to a call signed with `used`: renew, unless that already
   * happened since `used` was handed out. True when current() now gives other credentials worth a retry.
   */
  renewAfterExpired(used: VodCredentials): Promise<boolean>
}

/** Keys from the inputs or the environment: the same for the whole run, nothing to renew. */
export function fixedCredentials(credentials: VodCredentials): CredentialSource {
  return {
    current: () => Promise.resolve(credentials),
    renewAfterExpired: () => Promise.resolve(false)
  }
}
