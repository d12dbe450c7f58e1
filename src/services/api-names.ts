/**
 * Every Alibaba Cloud API the action calls, by service. The clients take their action names from
 * these types (vod-client.ts, sts-client.ts), and a project test checks that the README's RAM policy
 * names `vod:<Api>` for each VOD one.
 */
export const VOD_APIS = ['CreateUploadImage', 'DeleteImage', 'GetImageInfos'] as const
export type VodApi = (typeof VOD_APIS)[number]

/** Called anonymously: the role's trust policy admits the token, no RAM action is needed (docs/protocol.md). */
export const STS_APIS = ['AssumeRoleWithOIDC'] as const
export type StsApi = (typeof STS_APIS)[number]
