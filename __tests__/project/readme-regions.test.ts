/** The README's Regions list (under Inputs) and action.yml's region input name the code's regions, in its order. */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { ROOT } from '../helpers/action.js'
import { VodRegions } from '../../src/shared/vod-regions.js'

/** The region ids of the paragraph that starts with **Regions**, after its colon. */
function readmeRegions(readme: string): string[] {
  const paragraph = readme.split(/\n\s*\n/).find(block => block.startsWith('**Regions**')) ?? ''
  const list = paragraph.slice(paragraph.indexOf('):') + 2)
  return [...list.matchAll(/`([a-z0-9-]+)`/g)].map(match => match[1])
}

describe("README's Regions list", () => {
  it('names exactly the regions of src/shared/vod-regions.ts, in order', () => {
    expect(readmeRegions(readFileSync(path.join(ROOT, 'README.md'), 'utf8'))).toEqual([...VodRegions])
  })

  it("as action.yml's description of region does", () => {
    const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { description: string }> }
    const { description } = action.inputs.region
    const list = description.slice(description.indexOf('one of ') + 'one of '.length, description.indexOf('. '))
    expect(list.split(', ')).toEqual([...VodRegions])
  })

  it('reads only the Regions paragraph, after its colon (the check can fail)', () => {
    const readme =
      'Intro `cn-x`.\n\n**Regions** that `region` knows (`https://vod.<region>…`; set `endpoint`): `cn-a`, `cn-b`.\n\nAfter `cn-c`.'
    expect(readmeRegions(readme)).toEqual(['cn-a', 'cn-b'])
  })
})
