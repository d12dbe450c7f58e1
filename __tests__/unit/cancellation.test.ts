/**
 * onCancelSignal on its own, with Jest's fake timers: the first signal aborts `signal`, the grace
 * period's end cuts what is in flight, the cleanup period's end aborts `deadline`; a second signal
 * does both at once. Signals are delivered by emitting them on `process` (the handlers it installed).
 */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { onCancelSignal, whenAborted, type Cancellation } from '../../src/upload/cancellation.js'

const GRACE_MS = 7500
const CLEANUP_MS = 2500

let cancellation: Cancellation
let warnings: string[]
let cuts: number

beforeEach(() => {
  jest.useFakeTimers()
  warnings = []
  cuts = 0
  cancellation = onCancelSignal({ graceMs: GRACE_MS, cleanupMs: CLEANUP_MS, warn: message => warnings.push(message) })
  cancellation.cutInFlightWith(() => cuts++)
})

afterEach(() => {
  cancellation.dispose()
  jest.useRealTimers()
})

const send = (signal: NodeJS.Signals): boolean => process.emit(signal as 'SIGINT', signal)

describe('onCancelSignal', () => {
  it('does nothing until a signal comes, however long the run', () => {
    jest.advanceTimersByTime(10 * (GRACE_MS + CLEANUP_MS))
    expect([cancellation.signal.aborted, cancellation.deadline.aborted, cuts, warnings]).toEqual([false, false, 0, []])
  })

  it('SIGINT: no new uploads at once, the cut after the grace period, the deadline after the cleanup period', () => {
    send('SIGINT')
    expect(cancellation.signal.aborted).toBe(true)
    expect(warnings).toEqual(['Received SIGINT: starting no new uploads; cleaning up what is in flight'])
    jest.advanceTimersByTime(GRACE_MS - 1)
    expect([cuts, cancellation.deadline.aborted]).toEqual([0, false])
    jest.advanceTimersByTime(1)
    expect([cuts, cancellation.deadline.aborted]).toEqual([1, false])
    jest.advanceTimersByTime(CLEANUP_MS - 1)
    expect(cancellation.deadline.aborted).toBe(false)
    jest.advanceTimersByTime(1)
    expect([cuts, cancellation.deadline.aborted]).toEqual([1, true])
  })

  it.each<NodeJS.Signals>(['SIGINT', 'SIGTERM'])('a second signal (%s) cuts and ends the cleanup at once, before any timer', second => {
    send('SIGTERM')
    send(second)
    expect(cuts).toBe(1)
    expect(cancellation.deadline.aborted).toBe(true)
    expect(warnings).toEqual([
      'Received SIGTERM: starting no new uploads; cleaning up what is in flight',
      `Received ${second} while cleaning up: writing the results now`
    ])
  })

  it('cuts with the function given last, and does nothing when none was given', () => {
    const calls: string[] = []
    cancellation.cutInFlightWith(() => calls.push('first'))
    cancellation.cutInFlightWith(() => calls.push('last'))
    send('SIGINT')
    jest.advanceTimersByTime(GRACE_MS)
    expect(calls).toEqual(['last'])
    expect(cuts).toBe(0)
  })

  it('dispose() clears the timers and removes the handlers', () => {
    const listeners = { SIGINT: process.listenerCount('SIGINT'), SIGTERM: process.listenerCount('SIGTERM') }
    send('SIGINT')
    cancellation.dispose()
    jest.advanceTimersByTime(GRACE_MS + CLEANUP_MS)
    expect([cuts, cancellation.deadline.aborted]).toEqual([0, false])
    expect(process.listenerCount('SIGINT')).toBe(listeners.SIGINT - 1)
    expect(process.listenerCount('SIGTERM')).toBe(listeners.SIGTERM - 1)
  })
})

describe('whenAborted', () => {
  it('resolves when the signal aborts, at once when it already has, with one listener however often asked', async () => {
    const controller = new AbortController()
    let added = 0
    const addEventListener = controller.signal.addEventListener.bind(controller.signal)
    controller.signal.addEventListener = (...args: Parameters<typeof addEventListener>) => {
      added++
      addEventListener(...args)
    }
    const first = whenAborted(controller.signal)
    expect(whenAborted(controller.signal)).toBe(first)
    expect(added).toBe(1)
    let resolved = false
    void first.then(() => (resolved = true))
    await Promise.resolve()
    expect(resolved).toBe(false)
    controller.abort()
    await first
    expect(resolved).toBe(true)
    await expect(whenAborted(AbortSignal.abort())).resolves.toBeUndefined()
  })
})
