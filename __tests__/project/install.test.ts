/**
 * A fresh `npm ci` is quiet. npm 11 ends an install with "npm warn install-scripts" for every dependency
 * whose install script package.json's allowScripts neither approves nor denies. The only one is
 * @parcel/watcher (through jest-haste-map, which loads it in watch mode only): its install script builds
 * from source only when npm_config_build_from_source=true; otherwise the prebuilt binary of its optional
 * @parcel/watcher-<platform> package is used. So it is denied, and nothing is lost.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { ROOT } from '../helpers/action.js'

const readJson = <T>(file: string): T => JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')) as T

const allowScripts = readJson<{ allowScripts?: Record<string, boolean> }>('package.json').allowScripts ?? {}
const lock = readJson<{ packages: Record<string, { hasInstallScript?: boolean }> }>('package-lock.json')

/** allowScripts keys are `name` or `name@version range`; a scoped name starts with its own "@". */
const namesIn = (keys: string[]): string[] => keys.map(key => key.replace(/(?<=.)@.*$/, ''))

describe('package.json allowScripts', () => {
  it('approves or denies every locked package with an install script', () => {
    const withScripts = Object.entries(lock.packages)
      .filter(([, entry]) => entry.hasInstallScript === true)
      .map(([location]) => location.replace(/^.*node_modules\//, ''))
    expect(withScripts.length).toBeGreaterThan(0)
    const covered = new Set(namesIn(Object.keys(allowScripts)))
    expect(withScripts.filter(name => !covered.has(name))).toEqual([])
  })

  it("denies @parcel/watcher's build from source (its prebuilt binary is used)", () => {
    expect(allowScripts['@parcel/watcher']).toBe(false)
  })
})
