/** Keys that never change, and the names of the APIs the clients call. */
import { describe, expect, it } from '@jest/globals'
import { STS_APIS, VOD_APIS } from '../../src/services/api-names.js'
import { fixedCredentials } from '../../src/services/credentials.js'

describe('fixedCredentials', () => {
  it('hands out the same keys every time, and has nothing to renew when VOD says a session expired', async () => {
    const keys = { accessKeyId: 'LTAIkey', accessKeySecret: 'secret' }
    const source = fixedCredentials(keys)
    expect(await source.current()).toBe(keys)
    expect(await source.current()).toBe(keys)
    expect(await source.renewAfterExpired(keys)).toBe(false)
  })
})

describe('api-names', () => {
  it('names the three VOD APIs and the one STS API the clients call', () => {
    expect(VOD_APIS).toEqual(['CreateUploadImage', 'DeleteImage', 'GetImageInfos'])
    expect(STS_APIS).toEqual(['AssumeRoleWithOIDC'])
  })
})
