/**
 * The bench's links section: discovery of trees that links make large, as dry runs of dist/index.js
 * (no request), beside a baseline in the same run: the same one image in a plain folder. A lattice of
 * folders each linking twice to the next once gave 2^levels paths to one file; a deep folder chain
 * was walked in time that grew with the square of its depth.
 */
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Emulator } from '../emulator/index.js'
import { png } from '../testkit/images.js'
import { credentials, runWithUsage } from './bench-scale.js'

interface LinkOptions {
  latticeLevels: number[]
  chainDepths: number[]
}

type Tree = (root: string) => Promise<void>

/** One image in img/: what every case below finds in the end. */
const plain: Tree = async root => {
  await fs.mkdir(path.join(root, 'img'))
  await fs.writeFile(path.join(root, 'img/shot.png'), png(2, 2, 1))
}

/** Folders d0 … d<levels>, each d<i> with two links to d<i+1>; the image in the last one. */
const lattice =
  (levels: number): Tree =>
  async root => {
    for (let i = 0; i <= levels; i++) await fs.mkdir(path.join(root, `img/d${i}`), { recursive: true })
    await fs.writeFile(path.join(root, `img/d${levels}/shot.png`), png(2, 2, 1))
    for (let i = 0; i < levels; i++) {
      for (const name of ['a', 'b']) await fs.symlink(path.join(root, `img/d${i + 1}`), path.join(root, `img/d${i}/${name}`))
    }
  }

/** One folder inside the next, depth levels deep, the image at the bottom. */
const chain =
  (depth: number): Tree =>
  async root => {
    const bottom = path.join(root, 'img', ...Array.from({ length: depth }, () => 'd'))
    await fs.mkdir(bottom, { recursive: true })
    await fs.writeFile(path.join(bottom, 'shot.png'), png(2, 2, 1))
  }

export async function links(emulator: Emulator, options: LinkOptions): Promise<void> {
  console.log('\n### Links: discovery of trees links make large (dry run, no request), against one image in a plain folder\n')
  console.log('| tree | wall time incl. start-up (s) | × plain | CPU (ms) | exit | images planned |')
  console.log('|---|---:|---:|---:|---:|---:|')
  const cases: Array<[string, Tree]> = [
    ['plain folder, 1 image (baseline)', plain],
    ...options.latticeLevels.map((levels): [string, Tree] => [
      `lattice of ${levels} levels (${2 * levels} links, 2^${levels + 1} − 1 paths to the image)`,
      lattice(levels)
    ]),
    ...options.chainDepths.map((depth): [string, Tree] => [`folder chain ${depth} levels deep`, chain(depth)])
  ]
  let baseline = 0
  for (const [name, make] of cases) {
    const root = await fs.mkdtemp(path.join(os.tmpdir(), 'vod-bench-links-'))
    try {
      await make(root)
      const inputs = { path: 'img/**/*.png', 'dry-run': 'true', summary: 'false', 'if-no-files-found': 'ignore', ...credentials(emulator) }
      const run = await runWithUsage(root, inputs)
      baseline ||= run.ms
      const planned = /^images<<(\S+)\n([\s\S]*?)\n\1$/m.exec(run.outputs)?.[2]
      const count = planned ? (JSON.parse(planned) as unknown[]).length : 0
      console.log(
        `| ${name} | ${(run.ms / 1000).toFixed(2)} | ${(run.ms / baseline).toFixed(2)} | ${run.cpuMs.toFixed(0)} | ${run.exitCode} | ${count} |`
      )
    } finally {
      await fs.rm(root, { recursive: true, force: true })
    }
  }
}
