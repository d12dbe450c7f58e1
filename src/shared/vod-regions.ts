/**
 * The regions VOD serves, from VOD's "Endpoints" API reference page (docs/protocol.md, "Regions").
 * Each region's endpoint is https://vod.<region>.aliyuncs.com; a region missing here can still be
 * used by setting the endpoint input.
 */
export const VodRegions = [
  'cn-shanghai',
  'cn-beijing',
  'cn-shenzhen',
  'cn-hongkong',
  'ap-southeast-1',
  'ap-northeast-1',
  'ap-southeast-5',
  'eu-central-1',
  'us-west-1',
  'me-central-1',
  'cn-north-2-gov-1'
] as const

export function isVodRegion(region: string): boolean {
  return (VodRegions as readonly string[]).includes(region)
}

/** A region's public VOD endpoint. */
export function vodEndpointOf(region: string): string {
  return `https://vod.${region}.aliyuncs.com`
}
