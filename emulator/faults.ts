/** Deciding which requests get a fault, and what each fault answers on each service. */
import { mulberry32, type Random } from './prng.js'
import { ServiceFault } from './errors.js'
import type { CraftedAnswer, FaultContext, FaultKind, FaultPolicies, FaultPolicy, ServiceName } from './types.js'

/** Faults that answer with an ordinary error body of the service. */
type AnsweringFault = Exclude<FaultKind, 'reset' | 'hang' | 'html502' | 'lostAnswer'>

const FAULT_ERRORS: Record<AnsweringFault, Record<ServiceName, [number, string, string]>> = {
  http503: {
    vod: [503, 'ServiceUnavailable', 'The request has failed due to a temporary failure of the server.'],
    oss: [503, 'ServiceUnavailable', 'Service is temporarily unavailable, please try again later.']
  },
  internalError: {
    vod: [500, 'InternalError', 'The request processing has failed due to some unknown error, exception or failure.'],
    oss: [500, 'InternalError', 'We encountered an internal error. Please try again.']
  },
  throttle: {
    vod: [400, 'Throttling.User', 'Request was denied due to user flow control.'],
    oss: [503, 'ServiceUnavailable', 'Please reduce your request rate.']
  },
  expiredToken: {
    vod: [400, 'InvalidSecurityToken.Expired', 'Specified SecurityToken is expired.'],
    oss: [403, 'SecurityTokenExpired', 'The security token you provided has expired.']
  },
  accessDenied: {
    vod: [403, 'Forbidden.RAM', "User not authorized to operate on the specified resource, or this API doesn't support RAM."],
    oss: [403, 'AccessDenied', 'You have no right to access this object because of bucket acl.']
  },
  skewed: {
    vod: [400, 'InvalidTimeStamp.Expired', 'Specified time stamp or date value is expired.'],
    oss: [403, 'RequestTimeTooSkewed', 'The difference between the request time and the current time is too large.']
  }
}

export const GATEWAY_HTML =
  '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n' +
  '<hr><center>Tengine</center>\r\n</body>\r\n</html>\r\n'

export function faultError(kind: AnsweringFault, service: ServiceName, answer: CraftedAnswer = {}): ServiceFault {
  const [status, code, message] = FAULT_ERRORS[kind][service]
  return new ServiceFault(answer.status ?? status, answer.code ?? code, answer.message ?? message, {}, answer.requestId)
}

export function isAnsweringFault(kind: FaultKind): kind is AnsweringFault {
  return kind !== 'reset' && kind !== 'hang' && kind !== 'html502' && kind !== 'lostAnswer'
}

/** One service's fault policy with its own seeded PRNG; the sequence restarts from the seed when the policy is set. */
export class FaultInjector {
  private policy: FaultPolicy = {}
  private random: Random

  constructor(
    private readonly seed: number,
    policy: FaultPolicy | undefined
  ) {
    this.random = mulberry32(seed)
    this.setPolicy(policy)
  }

  setPolicy(policy: FaultPolicy | undefined): void {
    this.policy = policy ?? {}
    this.restart()
  }

  /** The error text answering faults carry, when the policy crafts it. */
  get answer(): CraftedAnswer | undefined {
    return this.policy.answer
  }

  /** Starts the PRNG sequence again from the seed. */
  restart(): void {
    this.random = mulberry32(this.seed)
  }

  /** The rule decides first; then the rate, drawing from the PRNG only when the request is eligible. */
  decide(ctx: FaultContext): FaultKind | undefined {
    const ruled = this.policy.rule?.(ctx)
    if (ruled) return ruled
    const rate = this.policy.rate ?? 0
    if (rate <= 0 || !this.eligible(ctx)) return undefined
    if (this.random() >= rate) return undefined
    const kinds = this.policy.kinds && this.policy.kinds.length > 0 ? this.policy.kinds : (['http503'] as FaultKind[])
    return kinds[Math.floor(this.random() * kinds.length)]
  }

  /** `actions` limits VOD requests only. */
  private eligible(ctx: FaultContext): boolean {
    const { actions } = this.policy
    if (!actions || ctx.service !== 'vod') return true
    return ctx.action !== undefined && actions.includes(ctx.action)
  }
}

export function faultInjectors(seed: number, policies: FaultPolicies): Record<ServiceName, FaultInjector> {
  // Different seeds per service so that VOD and OSS traffic do not shift each other's sequence.
  return { vod: new FaultInjector(seed, policies.vod), oss: new FaultInjector(seed ^ 0x5bd1e995, policies.oss) }
}
