/**
 * VOD and OSS answers that no other file can get past: a key or signature VOD refuses, a permission
 * the credentials lack, a storage location or app VOD does not know; OSS refusing the V1 signature
 * or the upload credential VOD issued (docs/protocol.md, "Answers that stop the run"). Told from the
 * answer's code, status and EC, never its message; the run stops after the first and says once what to fix.
 */
import { Inputs } from './names.js'

/**
 * What is to be fixed: one input, or the RAM permission (`permission`); for OSS, the signature
 * version (`oss-signature-version`) or VOD's storage (`oss-credential`: OSS refused the credential VOD issued).
 */
export type Refusal =
  | 'access-key-id'
  | 'access-key-secret'
  | 'security-token'
  | 'permission'
  | 'storage-location'
  | 'app-id'
  | 'oss-signature-version'
  | 'oss-credential'

// The expired session is renewed (with role-to-assume) or reported per file: it is not a wrong token.
const EXPIRED_SESSION = /^InvalidSecurityToken\.Expired$/i

const REFUSALS: ReadonlyArray<[RegExp, Refusal]> = [
  [/^InvalidAccessKeyId(\..*)?$/i, 'access-key-id'],
  [/^(SignatureDoesNotMatch|IncompleteSignature|InvalidAccessKeySecret)(\..*)?$/i, 'access-key-secret'],
  [/^InvalidSecurityToken(\..*)?$/i, 'security-token'],
  [/^(Forbidden\.RAM|Forbidden\.NoPermission|NoPermission)(\..*)?$/i, 'permission'],
  [/^InvalidStorage\.NotFound$/i, 'storage-location'],
  // Assumed from the emulator and the shape of VOD's other NotFound codes (docs/protocol.md).
  [/^(InvalidAppId(\..*)?|AppNotExist(\..*)?|InvalidApp\.NotFound)$/i, 'app-id']
]

/** The refusal a VOD answer is, if it is one; HTTP 403 from VOD is a missing permission whatever its code. */
export function refusalOf(code: string, status: number | undefined): Refusal | undefined {
  if (EXPIRED_SESSION.test(code)) return undefined
  const found = REFUSALS.find(([pattern]) => pattern.test(code))?.[1]
  return found ?? (status === 403 ? 'permission' : undefined)
}

/**
 * The refusal an OSS answer to an upload is, if it is one. The credential is VOD's, made for this
 * file's object: OSS refusing it (or the V1 signature, told by its EC) refuses every file alike.
 * InvalidAccessKeyId reaches here only after fresh credentials were refused too (it may mean an expired one).
 */
export function ossRefusalOf(code: string, v1Refused: boolean): Refusal | undefined {
  if (v1Refused) return 'oss-signature-version'
  return OSS_CREDENTIAL_REFUSALS.has(code) ? 'oss-credential' : undefined
}

const OSS_CREDENTIAL_REFUSALS = new Set(['SignatureDoesNotMatch', 'InvalidAccessKeyId', 'AccessDenied'])

/** The first refusal of the run, as a file met it. */
export interface Stopped {
  /** The service that refused: vod or oss (errors.ts's Service, not imported: errors.ts imports this file). */
  service: string
  refusal: Refusal
  api: string
  code: string
  status?: number
}

/** Where the run's credentials came from: keys given as inputs, or the role assumed with OIDC. */
export interface CredentialOrigin {
  oidc: boolean
}

/** What the run stopped for and what to fix, said once for the run. */
export function stopNote(stopped: Stopped, origin: CredentialOrigin): string {
  const answer = `${stopped.code}${stopped.status === undefined ? '' : `, HTTP ${stopped.status}`}`
  return `Stopped after ${stopped.service.toUpperCase()}'s first refusal of ${stopped.api} (${answer}), which every other file would get too: ${fixOf(stopped, origin)} Files not started were not attempted.`
}

// When the input is empty, the keys come from the environment (ALIBABA_CLOUD_*, then ALICLOUD_*).
const FALLBACK = ' or the ALIBABA_CLOUD_* / ALICLOUD_* variable it falls back to'

function fixOf({ refusal, api }: Stopped, { oidc }: CredentialOrigin): string {
  const sessionFix = `check the ${Inputs.RoleToAssume} input (the role's session was refused: is it the role of this VOD account?).`
  switch (refusal) {
    case 'access-key-id':
      return oidc
        ? sessionFix
        : `VOD does not know this AccessKey ID: check the ${Inputs.AccessKeyId} input${FALLBACK} (a RAM user's AccessKey ID, from a secret).`
    case 'access-key-secret':
      return oidc
        ? sessionFix
        : `the request signature does not match: check the ${Inputs.AccessKeySecret} input${FALLBACK} (the secret of the AccessKey ID in ${Inputs.AccessKeyId}, from a secret, with no extra spaces or line breaks).`
    case 'security-token':
      return oidc
        ? sessionFix
        : `the security token is not valid for this key: check the ${Inputs.SecurityToken} input${FALLBACK} (it must come with the same STS session as ${Inputs.AccessKeyId} and ${Inputs.AccessKeySecret}; leave it empty for a RAM user's key).`
    case 'permission':
      return `the credentials lack a permission: grant the RAM ${oidc ? `role in ${Inputs.RoleToAssume}` : 'user whose key this is'} the action vod:${api} in a RAM policy (or attach the system policy AliyunVODFullAccess).`
    case 'storage-location':
      return `VOD knows no such storage location in this region: check the ${Inputs.StorageLocation} input (a storage address the VOD console lists for this region), or leave it empty for the default.`
    case 'app-id':
      return `VOD knows no such application: check the ${Inputs.AppId} input (an AppId the VOD console lists), or leave it empty for the default app-1000000.`
    case 'oss-signature-version':
      return `OSS refuses V1 signatures for this account or bucket: set the ${Inputs.OssSignatureVersion} input to v4 (the default), or remove it.`
    case 'oss-credential':
      return `OSS refused the upload credential VOD issued for the file, though VOD accepted the run's own: a problem of VOD's storage, not of the key or role. Check the ${Inputs.StorageLocation} input (a storage address the VOD console lists for this region, or empty for the default) and the storage's state in the VOD console.`
  }
}
