/** A region VOD does not serve: an input problem naming the region, the nearest known one, and the endpoint way out. */
import { describe, expect, it } from '@jest/globals'
import { configOf, KEYS, problemsOf, restoreEnvAfterEach } from '../helpers/config-inputs.js'
import { VodRegions } from '../../src/shared/vod-regions.js'
import { nearest } from '../../src/shared/nearest.js'

restoreEnvAfterEach()

const VALID = { path: '*.png', ...KEYS }

describe('region', () => {
  it.each<[string, string | undefined]>([
    ['cn-shangai', 'cn-shanghai'],
    ['cn-bejing', 'cn-beijing'],
    ['ap-southeast-7', 'ap-southeast-1'],
    ['eu-centrl-1', 'eu-central-1'],
    ['cn-hangzhou', undefined],
    ['sa-east-1', undefined]
  ])('%s, with no endpoint, is a problem of the region input (did you mean %s?)', (region, meant) => {
    const [problem, ...others] = problemsOf({ ...VALID, region })
    expect(others).toEqual([])
    expect(problem).toMatch(new RegExp(`^Input "region": "${region}" is not a region this version knows`))
    expect(/\(did you mean ([a-z0-9-]+)\?\)/.exec(problem)?.[1]).toBe(meant)
    expect(problem).toContain('set endpoint to')
  })

  it('names every region it knows, with no guess when none is near', () => {
    expect(problemsOf({ ...VALID, region: 'sa-east-1' })).toEqual([
      'Input "region": "sa-east-1" is not a region this version knows; it knows: cn-shanghai, cn-beijing, cn-shenzhen, cn-hongkong, ap-southeast-1, ap-northeast-1, ap-southeast-5, eu-central-1, us-west-1, me-central-1, cn-north-2-gov-1. For a region it does not know yet, set endpoint to that region\'s VOD endpoint (https://vod.<region>.aliyuncs.com)'
    ])
  })

  it('a region this version does not know is fine with the endpoint input set', () => {
    expect(configOf({ ...VALID, region: 'cn-hangzhou', endpoint: 'https://vod.cn-hangzhou.aliyuncs.com' })).toMatchObject({
      region: 'cn-hangzhou',
      endpoint: 'https://vod.cn-hangzhou.aliyuncs.com',
      endpointFromRegion: false
    })
  })

  it.each(VodRegions)('%s is known, and its endpoint is made from it', region => {
    expect(configOf({ ...VALID, region })).toMatchObject({ endpoint: `https://vod.${region}.aliyuncs.com`, endpointFromRegion: true })
  })
})

describe('nearest', () => {
  it.each<[string, string[], string | undefined]>([
    ['concurency', ['concurrency', 'timeout'], 'concurrency'],
    ['timout', ['concurrency', 'timeout'], 'timeout'],
    ['xyz', ['concurrency', 'timeout'], undefined],
    ['retires', ['retries'], 'retries'],
    ['ab', ['ac', 'ab'], 'ab']
  ])('%s among %j → %s', (word, candidates, expected) => {
    expect(nearest(word, candidates)).toBe(expected)
  })
})
