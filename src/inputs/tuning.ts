/** Advanced and tuning (README "Advanced and tuning"): the multipart threshold, the request rate and the hosts uploads may go to. */
import { Inputs, type InputName } from '../shared/index.js'
import { FlowLimits, MultipartLimits } from '../shared/index.js'
import { parseAllowedHost, type AllowedHost } from '../services/index.js'
import { Defaults } from './defaults.js'
import type { InputReader } from './reader.js'

const UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  k: 1024,
  kb: 1024,
  kib: 1024,
  m: 1024 ** 2,
  mb: 1024 ** 2,
  mib: 1024 ** 2,
  g: 1024 ** 3,
  gb: 1024 ** 3,
  gib: 1024 ** 3
}

/** A size in bytes, or with a unit: 10MiB, 512KiB, 1G (powers of 1024). */
export function readByteSize(reader: InputReader, name: InputName, fallback: string): number {
  const value = reader.raw(name) || fallback
  const match = /^([0-9]+)\s*([a-z]*)$/i.exec(value)
  const bytes = match && match[2].toLowerCase() in UNITS ? Number(match[1]) * UNITS[match[2].toLowerCase()] : NaN
  if (bytes >= MultipartLimits.minBytes && bytes <= MultipartLimits.maxBytes) return bytes
  reader.problem(
    name,
    `must be a size from 100KiB to 5GiB, in bytes or with a unit (KiB, MiB, GiB; K/KB, M/MB, G/GB mean the same powers of 1024); got "${value}"`
  )
  return MultipartLimits.maxBytes
}

/** auto (the region's documented limit less headroom), off or 0 (no limit), or calls per second. */
export function readRequestsPerSecond(reader: InputReader, region: string): number {
  const given = reader.raw(Inputs.RequestsPerSecond)
  const value = given.toLowerCase() || Defaults.requestsPerSecond
  if (value === 'auto') return autoRequestsPerSecond(region)
  if (FlowLimits.offWords.includes(value)) return 0
  const number = /^[0-9]+(\.[0-9]+)?$/.test(value) ? Number(value) : NaN
  if (number >= 0.1 && number <= FlowLimits.maxRequestsPerSecond) return number
  reader.problem(
    Inputs.RequestsPerSecond,
    `must be "auto", "off" (or 0), or a number of calls per second from 0.1 to ${FlowLimits.maxRequestsPerSecond}; got "${given}"`
  )
  return autoRequestsPerSecond(region)
}

function autoRequestsPerSecond(region: string): number {
  const documented = FlowLimits.fastRegions.includes(region) ? FlowLimits.fastRegionQps : FlowLimits.otherRegionQps
  return documented * FlowLimits.autoShare
}

/** Host names or host:port, separated by commas, spaces or lines. */
export function readUploadHosts(reader: InputReader): AllowedHost[] {
  const entries = reader
    .raw(Inputs.UploadHosts)
    .split(/[\s,]+/)
    .filter(Boolean)
  return entries.flatMap(entry => {
    const host = parseAllowedHost(entry)
    if (!host)
      reader.problem(Inputs.UploadHosts, `"${entry}" is not a host name, IP address or host:port (an IPv6 address goes in brackets)`)
    return host ? [host] : []
  })
}
