/** The run's VOD request rate and its adaptation, on a fake clock: no real sleep, no timing assertion. */
import { describe, expect, it } from '@jest/globals'
import { getEventListeners } from 'node:events'
import { CancelledError } from '../../src/shared/errors.js'
import { FlowControl, paced } from '../../src/services/flow-control.js'
import { throttlingNote } from '../../src/report/messages.js'
import { FakeClock, settle } from '../helpers/fake-clock.js'

function flowAt(ratePerSecond: number, stallMs = 60_000, batchMs?: number): { flow: FlowControl; clock: FakeClock } {
  const clock = new FakeClock()
  return { flow: new FlowControl({ ratePerSecond, stallMs, batchMs, clock }), clock }
}

/** The most calls let through within any one second (a window ending at each release). */
function mostInOneSecond(released: number[]): number {
  return Math.max(...released.map(end => released.filter(at => at > end - 1000 && at <= end).length))
}

const since = (released: number[]): number[] => released.map(at => Math.round(at - 1_000_000))

/** Starts n acquisitions and records the clock time at which each was let through. */
function acquireMany(flow: FlowControl, clock: FakeClock, n: number): number[] {
  const released: number[] = []
  for (let i = 0; i < n; i++) void flow.acquire().then(() => released.push(clock.now()))
  return released
}

class Throttle extends Error {
  constructor(readonly retryAfterMs?: number) {
    super('Throttling.User')
  }
}
const isThrottled = (error: unknown): error is Throttle => error instanceof Throttle

describe('FlowControl pacing', () => {
  it('lets calls through evenly spaced at the rate, however many wait at once', async () => {
    const { flow, clock } = flowAt(10)
    const released = acquireMany(flow, clock, 5)
    await clock.advance(1000)
    expect(released.map(at => at - 1_000_000)).toEqual([0, 100, 200, 300, 400])
  })

  it('lets an aborted waiter go at once without taking a slot', async () => {
    const { flow, clock } = flowAt(1)
    const first = acquireMany(flow, clock, 1)
    const controller = new AbortController()
    let aborted = false
    void flow.acquire(controller.signal).then(() => (aborted = true))
    const third = acquireMany(flow, clock, 1)
    await clock.advance(0)
    controller.abort()
    await settle()
    expect(aborted).toBe(true)
    await clock.advance(1000)
    expect([...first, ...third].map(at => at - 1_000_000)).toEqual([0, 1000])
  })

  it('holds every call for the wait an x-acs-retry-after asked for', async () => {
    const { flow, clock } = flowAt(100)
    flow.throttled(clock.now(), 2500)
    const released = acquireMany(flow, clock, 2)
    await clock.advance(3000)
    // The throttled answer also lowered the rate by a quarter: 75 calls per second.
    expect(released.map(at => Math.round(at - 1_000_000))).toEqual([2500, 2513])
  })

  it('one pump at a time: calls that come while it waits add no timer of their own', async () => {
    const { flow, clock } = flowAt(1)
    const released: number[] = []
    const acquire = (): void => void flow.acquire().then(() => released.push(clock.now()))
    acquire()
    await clock.advance(0)
    for (let i = 0; i < 3; i++) {
      acquire()
      await clock.advance(0)
      expect(clock.pendingSleeps).toBe(1)
    }
    await clock.advance(3000)
    expect(since(released)).toEqual([0, 1000, 2000, 3000])
  })

  it('stops waiting within a second once every waiter is gone, even in a long pause', async () => {
    const { flow, clock } = flowAt(10)
    flow.throttled(clock.now(), 30_000)
    const controller = new AbortController()
    void flow.acquire(controller.signal)
    await clock.advance(0)
    expect(clock.pendingSleeps).toBe(1)
    controller.abort()
    await clock.advance(1000)
    expect(clock.pendingSleeps).toBe(0)
  })
})

describe('FlowControl batches', () => {
  it('lets the calls whose slots have come through together, once per window, never one before its slot', async () => {
    const { flow, clock } = flowAt(50, 60_000, 100)
    const released = acquireMany(flow, clock, 12)
    await clock.advance(1000)
    // Slots every 20 ms: the first at once, then each round takes the slots of the last 100 ms while at least
    // a window's worth (5) wait; the last one, alone, goes at its own slot.
    expect(since(released)).toEqual([0, 100, 100, 100, 100, 100, 200, 200, 200, 200, 200, 220])
    released.forEach((at, i) => expect(at - 1_000_000).toBeGreaterThanOrEqual(i * 20))
  })

  it.each([
    [72, 100],
    [10, 500],
    [25, 250]
  ])('at %d calls per second with a %d ms window, keeps the rate over time and never exceeds it in any second', async (rate, batchMs) => {
    const { flow, clock } = flowAt(rate, 60_000, batchMs)
    const released = acquireMany(flow, clock, rate * 5)
    await clock.advance(5000)
    expect(mostInOneSecond(released)).toBe(rate)
    expect(released.length).toBeGreaterThanOrEqual(rate * 5 - Math.ceil((rate * batchMs) / 1000) - 1)
  })

  it('after a time with no call waiting, lets the next one through at once and alone: slots nobody waited for are gone', async () => {
    const { flow, clock } = flowAt(50, 60_000, 100)
    await clock.advance(5000)
    const released = acquireMany(flow, clock, 3)
    await clock.advance(1000)
    // Fewer than a window's worth wait: each at its own slot, 20 ms apart.
    expect(since(released)).toEqual([5000, 5020, 5040])
  })

  it('once exactly as many wait as one window has slots, lets them through in one round', async () => {
    const { flow, clock } = flowAt(50, 60_000, 100)
    const released = acquireMany(flow, clock, 6)
    await clock.advance(1000)
    // The first at once; then 5 wait, as many as the slots of one window (20 ms apart): one round at 100 ms.
    expect(since(released)).toEqual([0, 100, 100, 100, 100, 100])
  })

  it('with fewer calls waiting than the window has slots (the run, not the rate, holds them back), lets each go at its slot, not at the next round', async () => {
    const { flow, clock } = flowAt(50, 60_000, 100)
    const released: number[] = []
    const acquireNow = (): void => void flow.acquire().then(() => released.push(clock.now()))
    acquireNow()
    await clock.advance(30)
    acquireNow() // its slot, 20 ms after the first, has passed: at once
    await clock.advance(5)
    acquireNow() // its slot is 20 ms after the second's
    await clock.advance(1000)
    expect(since(released)).toEqual([0, 30, 50])
  })

  it('switching between rounds and single slots as the waiting calls come and go, never exceeds the rate in any second', async () => {
    const { flow, clock } = flowAt(50, 60_000, 100)
    const released: number[] = []
    const acquireNow = (): void => void flow.acquire().then(() => released.push(clock.now()))
    for (let burst = 0; burst < 4; burst++) {
      for (let i = 0; i < 30; i++) acquireNow()
      for (let single = 0; single < 10; single++) {
        await clock.advance(70)
        acquireNow()
      }
    }
    await clock.advance(10_000)
    expect(released).toHaveLength(160)
    expect(mostInOneSecond(released)).toBeLessThanOrEqual(50)
  })

  it('after a pause asked for by x-acs-retry-after, starts again with one call, not the slots of the pause', async () => {
    const { flow, clock } = flowAt(100, 60_000, 100)
    flow.throttled(clock.now(), 500)
    const released = acquireMany(flow, clock, 3)
    await clock.advance(1000)
    expect(since(released)[0]).toBe(500)
    expect(since(released).filter(at => at === 500)).toHaveLength(1)
  })

  it('after the rate is lowered, waits until the last second holds fewer calls than the new rate', async () => {
    const { flow, clock } = flowAt(40)
    const released = acquireMany(flow, clock, 40)
    await clock.advance(980)
    expect(since(released).at(-1)).toBe(975)
    flow.throttled(clock.now())
    expect(flow.currentRate).toBe(30)
    const next = acquireMany(flow, clock, 1)
    await clock.advance(1000)
    // Its slot is at 1000 ms, but the second before holds 39 calls: the next goes once 29 are left, at 1250 ms.
    expect(since(next)).toEqual([1250])
  })
})

describe('FlowControl limits after a decrease', () => {
  it('in a batch window, no round lets the last second hold more calls than the lowered rate', async () => {
    const { flow, clock } = flowAt(50, 60_000, 100)
    const released = acquireMany(flow, clock, 150)
    await clock.advance(1000)
    flow.throttled(clock.now())
    const room = Math.ceil(flow.currentRate)
    const decreasedAt = clock.now()
    await clock.advance(3000)
    const after = released.filter(at => at > decreasedAt)
    expect(after.length).toBeGreaterThan(room)
    for (const end of after) expect(released.filter(at => at > end - 1000 && at <= end).length).toBeLessThanOrEqual(room)
  })
})

describe('FlowControl limits', () => {
  it('spaces a fractional rate evenly too: 2.5 calls per second', async () => {
    const { flow, clock } = flowAt(2.5)
    const released = acquireMany(flow, clock, 4)
    await clock.advance(2000)
    expect(since(released)).toEqual([0, 400, 800, 1200])
  })

  it('in a batch window, an aborted waiter takes no slot', async () => {
    const { flow, clock } = flowAt(50, 60_000, 100)
    const first = acquireMany(flow, clock, 2)
    const controller = new AbortController()
    void flow.acquire(controller.signal)
    const rest = acquireMany(flow, clock, 4)
    await clock.advance(0)
    controller.abort()
    await clock.advance(1000)
    expect(since([...first, ...rest])).toEqual([0, 100, 100, 100, 100, 100])
  })

  it('keeps its count of the last second right over thousands of calls', async () => {
    const { flow, clock } = flowAt(1000, 60_000, 100)
    const released = acquireMany(flow, clock, 3000)
    await clock.advance(3500)
    expect(released).toHaveLength(3000)
    expect(mostInOneSecond(released)).toBe(1000)
  })

  it('keeps its count of the successes of the last second right over thousands of calls', async () => {
    const { flow, clock } = flowAt(2000)
    for (let i = 0; i < 3000; i++) {
      flow.succeeded()
      await clock.advance(1)
    }
    flow.throttled(clock.now())
    expect(flow.currentRate).toBeCloseTo(0.95 * 999, 5)
  })

  it('honours an x-acs-retry-after of at most a minute', async () => {
    const { flow, clock } = flowAt(10)
    flow.throttled(clock.now(), 600_000)
    const released = acquireMany(flow, clock, 1)
    await clock.advance(120_000)
    expect(since(released)).toEqual([60_000])
  })

  it('never goes below half a call per second', async () => {
    const { flow, clock } = flowAt(1)
    for (let i = 0; i < 5; i++) {
      flow.throttled(clock.now())
      await clock.advance(1000)
    }
    expect(flow.currentRate).toBe(0.5)
  })

  it('names the api when it speaks of one', () => {
    expect(throttlingNote({ calls: 4, throttled: 1, settledRate: 33.75, configuredRate: 45 }, 'DeleteImage')).toBe(
      'VOD throttled 1 of 4 DeleteImage calls (25.0%); they slowed down and settled at 33.8 calls per second (paced at 45).'
    )
    expect(throttlingNote({ calls: 0, throttled: 0, settledRate: 9, configuredRate: 9 })).toBe(
      'VOD throttled 0 of 0 calls; the run slowed down and settled at 9 calls per second (requests-per-second: 9).'
    )
  })
})

describe('FlowControl edges', () => {
  it('lets a waiter whose signal already aborted go at once, without a slot, and leaves no listener behind', async () => {
    const { flow, clock } = flowAt(1)
    const aborted = new AbortController()
    aborted.abort()
    await flow.acquire(aborted.signal)
    const live = new AbortController()
    const released = acquireMany(flow, clock, 1)
    void flow.acquire(live.signal)
    await clock.advance(0)
    expect(since(released)).toEqual([0])
    await clock.advance(1000)
    expect(getEventListeners(live.signal, 'abort')).toHaveLength(0)
    expect(getEventListeners(aborted.signal, 'abort')).toHaveLength(0)
  })

  it('counts a stall from exactly the stall time', async () => {
    const { flow, clock } = flowAt(10, 3000)
    await clock.advance(2999)
    expect(flow.stalled()).toBe(false)
    await clock.advance(1)
    expect(flow.stalled()).toBe(true)
  })

  it('lowers the rate again exactly a second after the last decrease', async () => {
    const { flow, clock } = flowAt(40)
    flow.throttled(clock.now())
    await clock.advance(999)
    flow.throttled(clock.now())
    expect(flow.currentRate).toBe(30)
    await clock.advance(1)
    flow.throttled(clock.now())
    expect(flow.currentRate).toBe(22.5)
  })
})

describe('FlowControl adaptation', () => {
  it('lowers the rate to a little under what the service admitted in the last second', async () => {
    const { flow, clock } = flowAt(72)
    await clock.advance(2000)
    for (let i = 0; i < 40; i++) {
      flow.succeeded()
      await clock.advance(20)
    }
    flow.throttled(clock.now())
    expect(flow.currentRate).toBeCloseTo(0.95 * 40, 0)
  })

  it('right at the start of a run, takes the calls admitted so far as the limit per second', async () => {
    const { flow, clock } = flowAt(72)
    for (let i = 0; i < 40; i++) {
      flow.succeeded()
      await clock.advance(13)
    }
    flow.throttled(clock.now())
    expect(flow.currentRate).toBeCloseTo(0.95 * 40, 5)
  })

  it('lowers it by a quarter when the service admitted more than that', async () => {
    const { flow, clock } = flowAt(40)
    await clock.advance(2000)
    for (let i = 0; i < 40; i++) {
      flow.succeeded()
      await clock.advance(10)
    }
    flow.throttled(clock.now())
    expect(flow.currentRate).toBeCloseTo(30, 5)
  })

  it('lowers it once for a burst of throttled answers, and again only a second later', async () => {
    const { flow, clock } = flowAt(40)
    await clock.advance(5000)
    const sent = clock.now()
    flow.throttled(sent)
    flow.throttled(sent)
    await clock.advance(500)
    flow.throttled(clock.now())
    expect(flow.currentRate).toBe(30)
    await clock.advance(600)
    flow.throttled(sent)
    expect(flow.currentRate).toBe(30)
    flow.throttled(clock.now())
    expect(flow.currentRate).toBe(22.5)
    expect(flow.stats()).toMatchObject({ throttled: 5, calls: 5, configuredRate: 40 })
  })

  it('climbs back by about one call per second each second of clean answers, never past the configured rate', async () => {
    const { flow, clock } = flowAt(40)
    await clock.advance(5000)
    flow.throttled(clock.now())
    expect(flow.currentRate).toBe(30)
    for (let i = 0; i < 30; i++) flow.succeeded()
    expect(flow.currentRate).toBeGreaterThan(30.9)
    expect(flow.currentRate).toBeLessThan(31.1)
    for (let i = 0; i < 10_000; i++) flow.succeeded()
    expect(flow.currentRate).toBe(40)
  })

  it.each([
    [
      { calls: 2000, throttled: 37, settledRate: 38.04, configuredRate: 72 },
      'VOD throttled 37 of 2000 calls (1.9%); the run slowed down and settled at 38 calls per second (requests-per-second: 72).'
    ],
    [
      { calls: 10, throttled: 1, settledRate: 0.5, configuredRate: 1.25 },
      'VOD throttled 1 of 10 calls (10.0%); the run slowed down and settled at 0.5 calls per second (requests-per-second: 1.3).'
    ]
  ])('says how often and where it settled: %j', (stats, expected) => {
    expect(throttlingNote(stats)).toBe(expected)
  })
})

describe('paced calls', () => {
  it('retries a throttled call, without limit, while the run makes progress', async () => {
    const { flow, clock } = flowAt(100, 10_000)
    let attempts = 0
    let throttledSeen = 0
    const call = paced(
      flow,
      async () => {
        attempts++
        if (attempts <= 20) {
          flow.progressed()
          throw new Throttle()
        }
        return 'done'
      },
      { isThrottled, onThrottled: () => throttledSeen++, stalledError: error => error }
    )
    await clock.advance(10_000)
    await expect(call).resolves.toBe('done')
    expect(attempts).toBe(21)
    expect(throttledSeen).toBe(20)
    expect(flow.stats()).toMatchObject({ calls: 21, throttled: 20 })
  })

  it('gives up with the stalled error once nothing succeeded for the stall time', async () => {
    const { flow, clock } = flowAt(10, 3000)
    const call = paced(
      flow,
      async () => {
        throw new Throttle()
      },
      { isThrottled, stalledError: () => new Error('stalled') }
    )
    const outcome = call.then(
      () => 'resolved',
      (error: Error) => error.message
    )
    await clock.advance(60_000)
    expect(await outcome).toBe('stalled')
    expect(flow.stats().throttled).toBeGreaterThan(1)
  })

  it('passes any other error on at once', async () => {
    const { flow, clock } = flowAt(10)
    const call = paced(
      flow,
      async () => {
        throw new Error('InvalidParameter')
      },
      { isThrottled, stalledError: error => error }
    )
    const outcome = call.catch((error: Error) => error.message)
    await clock.advance(0)
    expect(await outcome).toBe('InvalidParameter')
    expect(flow.stats()).toMatchObject({ calls: 1, throttled: 0 })
  })

  it('does not call once the run was cancelled', async () => {
    const { flow } = flowAt(10)
    const controller = new AbortController()
    controller.abort()
    let called = false
    await expect(
      paced(
        flow,
        async () => {
          called = true
        },
        { isThrottled, signal: controller.signal, stalledError: error => error }
      )
    ).rejects.toBeInstanceOf(CancelledError)
    expect(called).toBe(false)
  })

  it('a throttled answer to a call the run cancelled meanwhile is passed on as it is, not tried again', async () => {
    const { flow, clock } = flowAt(10)
    const controller = new AbortController()
    const throttle = new Throttle()
    let attempts = 0
    const call = paced(
      flow,
      async () => {
        attempts++
        controller.abort()
        throw throttle
      },
      { isThrottled, signal: controller.signal, stalledError: error => error }
    )
    const outcome = call.catch((error: unknown) => error)
    await clock.advance(1000)
    expect(await outcome).toBe(throttle)
    expect(attempts).toBe(1)
  })

  it('a throttled answer to a call sent before the last decrease does not lower the rate again, however late it comes', async () => {
    const { flow, clock } = flowAt(10)
    const ratesWhenThrottled: number[] = []
    const options = { isThrottled, onThrottled: () => ratesWhenThrottled.push(flow.currentRate), stalledError: (error: Throttle) => error }
    const throttledOnce = (answerAfterMs: number): (() => Promise<string>) => {
      let attempts = 0
      return async () => {
        await clock.sleep(answerAfterMs)
        if (++attempts === 1) throw new Throttle()
        return 'done'
      }
    }
    const quick = paced(flow, throttledOnce(100), options)
    const late = paced(flow, throttledOnce(1500), options)
    await clock.advance(5000)
    await expect(Promise.all([quick, late])).resolves.toEqual(['done', 'done'])
    // Lowered by a quarter once, for the quick one; the late one finds it there (or climbing back from there).
    expect(ratesWhenThrottled).toHaveLength(2)
    expect(ratesWhenThrottled[0]).toBe(7.5)
    expect(ratesWhenThrottled[1]).toBeGreaterThanOrEqual(7.5)
  })

  it('without a rate, calls straight through', async () => {
    await expect(paced(undefined, async () => 7, { isThrottled, stalledError: error => error })).resolves.toBe(7)
  })
})
