/** The emulator's VOD flow control: calls per sliding second per action, then 400 Throttling.User. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import { rejectionOf } from '../helpers/rejection.js'
import { callVod, vodClient, type PopCoreError } from './helpers.js'

describe('VOD flow control', () => {
  let now = 1_000_000
  let emulator: Emulator
  beforeAll(async () => {
    // The clock only counts the sliding second; signatures allow 15 minutes of skew.
    emulator = await startEmulator({ acceptRpcV2: true, clock: () => now, flowControl: { callsPerSecond: 3 } })
  })
  afterAll(() => emulator.close())
  beforeEach(() => {
    now = Date.now()
    emulator.reset()
    emulator.setFlowControl({ callsPerSecond: 3 })
  })

  const create = () => callVod(vodClient(emulator), 'CreateUploadImage', { ImageType: 'default' })

  it('admits the limit within a second and answers the next call Throttling.User, as VOD words it', async () => {
    for (let i = 0; i < 3; i++) await create()
    const error = await rejectionOf<PopCoreError>(create())
    expect(error.entry.response.statusCode).toBe(400)
    expect(error.code).toBe('Throttling.User')
    expect(error.data.Message).toBe('Request was denied due to user flow control.')
    expect(emulator.stats().throttledCalls).toBe(1)
    expect(emulator.images.size).toBe(3)
    expect(emulator.requests.at(-1)).toMatchObject({ action: 'CreateUploadImage', status: 400, code: 'Throttling.User' })
  })

  it('admits again once the second has slid past the first calls', async () => {
    for (let i = 0; i < 3; i++) await create()
    now += 999
    await expect(create()).rejects.toMatchObject({ code: 'Throttling.User' })
    now += 1
    await create()
    expect(emulator.images.size).toBe(4)
  })

  it('counts each action on its own', async () => {
    for (let i = 0; i < 3; i++) await create()
    const answer = await callVod(vodClient(emulator), 'DeleteImage', {
      DeleteImageType: 'ImageId',
      ImageIds: [...emulator.images.keys()][0]
    })
    expect(answer).toHaveProperty('RequestId')
  })

  it('sends x-acs-retry-after when asked to', async () => {
    emulator.setFlowControl({ callsPerSecond: 1, retryAfterMs: 250 })
    await create()
    const error = await rejectionOf<PopCoreError>(create())
    expect((error.entry.response as unknown as { headers: Record<string, string> }).headers['x-acs-retry-after']).toBe('250')
  })

  it('admits everything when turned off', async () => {
    emulator.setFlowControl(undefined)
    for (let i = 0; i < 6; i++) await create()
    expect(emulator.stats().throttledCalls).toBe(0)
  })
})
