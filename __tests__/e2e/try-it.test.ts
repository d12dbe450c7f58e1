/**
 * Trying the action by hand, as the README's "Try it locally" says: `npm run emulator` prints a command
 * that runs dist/index.js against it, and `npm run try -- <folder>` runs dist/index.js on a folder with
 * an emulator of its own. Both are compiled as `npm run tools` compiles them (into .build/) and run as
 * child processes. The emulator used to print `INPUT_ACCESS-KEY-ID=…` lines, which bash runs as commands
 * ("command not found"): a name with hyphens is not a shell assignment. And `npm run summary-picture`
 * stops at once, saying what to install, where no Chromium is found.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { spawn, spawnSync, type ChildProcessWithoutNullStreams, type SpawnSyncReturns } from 'node:child_process'
import { promises as fs, readdirSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { GIF, JPEG, png } from '../../testkit/images.js'
import { isScrubbedFromRuns, makeWorkspace, NODE24, ROOT, type Workspace } from '../helpers/action.js'
import { bashStderr, posixOnlyDescribe } from '../helpers/platform.js'

/** Skipped on Windows: POSIX_ONLY of ../helpers/platform.ts says why. */
const posixDescribe = posixOnlyDescribe('bash')

const BUILD = path.join(ROOT, '.build')
let tmp = ''

/** The developer's environment without anything of a runner, with Node 24 first on PATH and a temporary folder of the test's own. */
function shellEnv(): Record<string, string> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !isScrubbedFromRuns(name))) as Record<string, string>
  const pathName = Object.keys(env).find(name => name.toUpperCase() === 'PATH') ?? 'PATH'
  return { ...env, [pathName]: `${path.dirname(NODE24)}${path.delimiter}${env[pathName]}`, TMPDIR: tmp, TEMP: tmp, TMP: tmp }
}

beforeAll(() => {
  const tsc = spawnSync(
    process.execPath,
    [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', path.join(ROOT, 'tsconfig.tools.json')],
    {
      encoding: 'utf8'
    }
  )
  if (tsc.status !== 0) throw new Error(`tsc failed: ${tsc.stdout}${tsc.stderr}${tsc.error?.message ?? ''}`)
}, 120_000)

beforeEach(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'vod-try-it-'))
})

afterEach(async () => {
  await fs.rm(tmp, { recursive: true, force: true })
})

/** Starts `node .build/emulator/cli.js`; rejects at once when it fails to start, exits or writes on stderr before it is ready. */
function startCliEmulator(args: string[]): Promise<{ child: ChildProcessWithoutNullStreams; banner: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(BUILD, 'emulator/cli.js'), ...args], { stdio: 'pipe', env: shellEnv() })
    let banner = ''
    child.on('error', reject)
    child.on('exit', code => reject(new Error(`the emulator exited with code ${code} before it was ready: ${banner}`)))
    child.stderr.on('data', chunk => reject(new Error(`the emulator wrote on stderr: ${chunk}`)))
    child.stdout.on('data', chunk => {
      banner += chunk
      if (banner.includes('Press Ctrl+C')) resolve({ child, banner })
    })
  })
}

async function stop(child: ChildProcessWithoutNullStreams): Promise<void> {
  if (child.exitCode !== null) return
  const exited = new Promise(resolve => child.once('exit', resolve))
  child.kill('SIGTERM')
  await exited
}

/** The printed commands: from an indented `env \` line to the first line that does not end with a backslash. */
const commandsIn = (banner: string): string[] => [...banner.matchAll(/^ +env \\\n(?:.*\\\n)*.*$/gm)].map(m => m[0])

// The hint is for a POSIX shell; on Windows, `bash` may be WSL's, which does not see this checkout's paths.

posixDescribe("the emulator's hint", () => {
  let emulator: { child: ChildProcessWithoutNullStreams; banner: string } | undefined

  afterEach(async () => {
    if (emulator) await stop(emulator.child)
    emulator = undefined
  })

  it.each([
    ['over HTTP', []],
    ['over HTTPS (--tls: the command gives NODE_EXTRA_CA_CERTS)', ['--tls']]
  ])(
    '%s: prints two commands (access key, OIDC) that bash runs from the repository folder, each uploading the samples',
    async (_name, args) => {
      emulator = await startCliEmulator(args)
      const commands = commandsIn(emulator.banner)
      expect(commands).toHaveLength(2)
      const samples = readdirSync(path.join(ROOT, 'samples/screenshots'), { recursive: true, withFileTypes: true }).filter(entry =>
        entry.isFile()
      )
      for (const command of commands) {
        const result = spawnSync('bash', ['-c', command], { cwd: ROOT, env: shellEnv(), encoding: 'utf8', timeout: 60_000 })
        expect(result.error).toBeUndefined()
        expect({ status: result.status, stderr: bashStderr(result.stderr) }).toEqual({ status: 0, stderr: '' })
        expect(result.stdout).toContain(`::set-output name=uploaded-count::${samples.length}\n`)
        expect(result.stdout).toContain('::set-output name=failed-count::0\n')
      }
    },
    120_000
  )
})

describe('npm run try -- <folder>', () => {
  let workspace: Workspace

  beforeEach(async () => {
    workspace = await makeWorkspace({
      'shots/home.png': png(16, 16, 1),
      'shots/photo.jpg': JPEG,
      'shots/sub/spin.gif': GIF,
      'shots/notes.txt': 'not an image\n'
    })
  })

  afterEach(async () => {
    await workspace.remove()
  })

  const tryOn = (args: string[], env: Record<string, string> = {}): SpawnSyncReturns<string> =>
    spawnSync(process.execPath, [path.join(BUILD, 'scripts/try.js'), ...args], {
      cwd: ROOT,
      env: { ...shellEnv(), ...env },
      encoding: 'utf8',
      timeout: 60_000
    })

  it('uploads the images of a folder named relative to where npm was run, skips the rest with a warning, and says where the summary is', async () => {
    const result = tryOn(['shots'], { INIT_CWD: workspace.dir })
    expect(result.error).toBeUndefined()
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: '' })
    expect(result.stdout).toContain('uploaded-count = 3\n')
    expect(result.stdout).toContain('failed-count = 0\n')
    expect(result.stdout).toContain('notes.txt: is not a PNG, JPEG, GIF, WebP or HEIC image')
    const summary = /^Job summary \(HTML[^)]*\): (.+)$/m.exec(result.stdout)?.[1]
    expect(await fs.readFile(summary ?? '', 'utf8')).toContain('sub/spin.gif')
  }, 120_000)

  it.each([
    ['no folder', [], 'Usage: npm run try -- <folder>'],
    ['a file, not a folder', ['shots/home.png'], 'try: shots/home.png is not a folder.']
  ])('refuses %s with exit code 2 and the usage', (_name, args, says) => {
    const result = tryOn(args, { INIT_CWD: workspace.dir })
    expect(result.status).toBe(2)
    expect(result.stderr).toContain(says)
  })
})

describe('npm run summary-picture without Chromium', () => {
  it.each([
    ['none on PATH', {}, 'none of chromium, chromium-browser, google-chrome is on PATH'],
    ['CHROMIUM naming no file', { CHROMIUM: 'CHROMIUM_PLACEHOLDER' }, 'CHROMIUM=CHROMIUM_PLACEHOLDER does not exist']
  ])('%s: exits 1 before any run, saying what to install, and leaves the picture as it was', async (_name, extra, says) => {
    const picture = path.join(ROOT, 'docs/job-summary.png')
    const before = await fs.readFile(picture)
    const missing = path.join(tmp, 'no-chromium')
    const inherited = Object.entries(shellEnv()).filter(([name]) => name.toUpperCase() !== 'PATH' && name !== 'CHROMIUM')
    const env = { ...Object.fromEntries(inherited), PATH: tmp, ...Object.fromEntries(Object.keys(extra).map(name => [name, missing])) }
    const result = spawnSync(process.execPath, [path.join(BUILD, 'scripts/summary-picture.js')], {
      cwd: ROOT,
      env,
      encoding: 'utf8',
      timeout: 60_000
    })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(says.replace('CHROMIUM_PLACEHOLDER', missing))
    expect(result.stderr).toContain('apt-get install chromium')
    expect(result.stdout).toBe('')
    expect((await fs.readFile(picture)).equals(before)).toBe(true)
  })
})
