/**
 * VOD and OSS answers that no other file can get past: a key or signature VOD refuses, a permission
 * the credentials lack, a storage location or app VOD does not know; OSS refusing the V1 signature
 * or the upload credential VOD issued (docs/protocol.md, "Answers that stop the run"). Told from the
 * answer's code, status and EC, never its message; the run stops after the first and says once what to fix.
 */
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
