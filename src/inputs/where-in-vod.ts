/** Where in VOD (README "Where in VOD"): the region and its endpoint, the app, the storage location and the category. */
import { Inputs, type InputName } from '../shared/index.js'
import { nearest } from '../shared/index.js'
import { isVodRegion, vodEndpointOf, VodRegions } from '../shared/index.js'
import { Defaults } from './defaults.js'
import type { InputReader } from './reader.js'

export function readRegion(reader: InputReader): string {
  const region = reader.raw(Inputs.Region) || Defaults.region
  if (/^[a-z]{2,}(-[a-z0-9]+)+$/.test(region)) return region
  reader.problem(Inputs.Region, `"${region}" is not a region id such as "cn-shanghai" or "ap-southeast-1"`)
  return Defaults.region
}

/** The endpoint input, or the endpoint of a region VOD serves (vod-regions.ts). */
export function readEndpoint(reader: InputReader, region: string): string {
  const value = reader.raw(Inputs.Endpoint)
  if (value === '') {
    if (!isVodRegion(region)) reader.problem(Inputs.Region, unknownRegion(region))
    return vodEndpointOf(region)
  }
  return readOrigin(reader, Inputs.Endpoint, value, vodEndpointOf(region))
}

function unknownRegion(region: string): string {
  const meant = nearest(region, VodRegions)
  const guess = meant ? ` (did you mean ${meant}?)` : ''
  return `"${region}" is not a region this version knows${guess}; it knows: ${VodRegions.join(', ')}. For a region it does not know yet, set ${Inputs.Endpoint} to that region's VOD endpoint (https://vod.<region>.aliyuncs.com)`
}

/** An http(s) origin: no credentials, no path, query or fragment. The origin is what requests go to. */
export function readOrigin(reader: InputReader, name: InputName, value: string, example: string): string {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    reader.problem(name, `"${value}" is not a URL; expected for example ${example}`)
    return value
  }
  const faults: string[] = []
  if (url.protocol !== 'http:' && url.protocol !== 'https:') faults.push('the scheme must be http or https')
  if (url.username || url.password) faults.push('it must not contain credentials')
  if (url.pathname !== '/' || url.search || url.hash) faults.push('it must have no path, query or fragment')
  if (faults.length > 0) {
    reader.problem(name, `"${url.protocol}//${url.host}${url.pathname}" is not usable: ${faults.join('; ')}`)
  }
  return url.origin
}

export function readCateId(reader: InputReader): string | undefined {
  const value = reader.raw(Inputs.CateId)
  if (value === '') return undefined
  if (/^[0-9]{1,19}$/.test(value) && BigInt(value) <= 9223372036854775807n) return value
  reader.problem(Inputs.CateId, `must be a category id (a whole number); got "${value}"`)
  return undefined
}

export function readStorageLocation(reader: InputReader): string | undefined {
  const value = reader.raw(Inputs.StorageLocation)
  if (value === '') return undefined
  if (/^[a-z0-9][a-z0-9.-]*[a-z0-9]$/.test(value)) return value
  reader.problem(Inputs.StorageLocation, `must be a storage host name such as "outin-xxxx.oss-cn-shanghai.aliyuncs.com"; got "${value}"`)
  return undefined
}

export function readAppId(reader: InputReader): string | undefined {
  const value = reader.raw(Inputs.AppId)
  if (value === '') return undefined
  if (/^[A-Za-z0-9][A-Za-z0-9-]*$/.test(value)) return value
  reader.problem(Inputs.AppId, `must be an application id such as "app-1000000"; got "${value}"`)
  return undefined
}
