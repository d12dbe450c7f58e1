#!/usr/bin/env node
/**
 * Mutation testing in which a timeout means an endless loop. StrykerJS's command runner runs each mutant against
 * the unit test files of its own module (those that import it; for a module that no test imports, those that import
 * a module importing it): a few seconds each, so the hang limit can be a minute, far past any honest run, and no test
 * slowed down by a busy machine is counted as a detection. A mutant that survives its own tests then runs against
 * every other unit test file related to its module (`jest --findRelatedTests`), applied to the source as
 * mutant-check.mjs does: only what passes those too is a survivor.
 *
 *   node scripts/mutation-own.mjs                          # every module of src/
 *   node scripts/mutation-own.mjs src/upload src/main.ts   # these folders and modules
 *   node scripts/mutation-own.mjs --table                  # no run: the table of the last one
 *   node scripts/mutation-own.mjs --hang-after 90 …        # seconds before a run counts as hung (default 60)
 *
 * Reports in reports/mutation/own/: mutation.json and index.html (the Stryker run), final.json (after the related
 * tests), tests.json (each module's own test files). Exit code 1 when a module is under 90%.
 * Stryker calls this script with --run-mutant in its sandbox, once per mutant. Run it where no other Stryker run
 * copies from: the second stage changes the source while it runs.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { mutatorOf } from './mutant-source.mjs'

const SCRIPT = fileURLToPath(import.meta.url)
const ROOT = path.dirname(path.dirname(SCRIPT))
const OUT = path.join(ROOT, 'reports', 'mutation', 'own')
const JEST = path.join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js')
const JEST_CONFIG = 'jest.stryker.config.js'
const UNIT_TESTS = path.join('__tests__', 'unit')
const GOAL = 90
const TESTS_ENV = 'MUTATION_OWN_TESTS'
const MAP_FILE = '.mutation-own-map.json'

const toPosix = file => file.split(path.sep).join('/')

/** Runs Jest on test files (paths relative to cwd) and resolves with its exit code, or 'hung' past hangMs. */
function runJest(tests, { cwd = ROOT, hangMs }) {
  const args = ['--experimental-vm-modules', JEST, '-c', JEST_CONFIG, '--coverage=false', '--silent', '--forceExit', ...tests]
  return new Promise(resolve => {
    const jest = spawn(process.execPath, args, { cwd, stdio: 'ignore' })
    runJest.running = jest
    const timer = hangMs && setTimeout(() => jest.kill('SIGTERM'), hangMs)
    jest.on('exit', (code, signal) => {
      clearTimeout(timer)
      runJest.running = undefined
      resolve(signal ? 'hung' : code)
    })
  })
}

// ---- In Stryker's sandbox: one mutant ----------------------------------------------------------------

/** Mutant id → module, read off the instrumented modules (each mutant's switch names its id). */
function mutantMap(testsOf) {
  if (existsSync(MAP_FILE)) return JSON.parse(readFileSync(MAP_FILE, 'utf8'))
  const map = {}
  for (const module of Object.keys(testsOf))
    for (const [, id] of readFileSync(module, 'utf8').matchAll(/stryMutAct_9fa48\("(\d+)"\)/g)) map[id] = module
  writeFileSync(`${MAP_FILE}.${process.pid}`, JSON.stringify(map))
  renameSync(`${MAP_FILE}.${process.pid}`, MAP_FILE)
  return map
}

async function runMutant() {
  const testsOf = JSON.parse(readFileSync(process.env[TESTS_ENV], 'utf8'))
  const map = mutantMap(testsOf)
  const id = process.env.__STRYKER_ACTIVE_MUTANT__
  // The dry run (no mutant) runs every module's tests: if one fails unchanged, every verdict on it would be "killed".
  const tests = id ? testsOf[map[id]] : [...new Set(Object.values(testsOf).flat())]
  if (!tests) {
    console.error(`mutant ${id} is in no module of ${process.env[TESTS_ENV]}`)
    return 0
  }
  // No test of its own (Jest given no file would run them all): the second stage runs the related ones.
  if (tests.length === 0) return 0
  const result = await runJest(tests, { cwd: process.cwd() })
  return result === 'hung' ? 1 : result
}

// ---- Which tests are a module's own --------------------------------------------------------------------

function filesUnder(folder, keep) {
  return readdirSync(path.join(ROOT, folder), { recursive: true })
    .map(name => toPosix(path.join(folder, name)))
    .filter(keep)
}

const imports = new Map()

/** A file's imports of project files, as paths relative to ROOT, `.js` read as the `.ts` it is built from. */
function importsOf(file) {
  if (!imports.has(file)) {
    const text = readFileSync(path.join(ROOT, file), 'utf8')
    const specifiers = [...text.matchAll(/(?:from\s+|import\(\s*)'(\.{1,2}\/[^']+)'/g)].map(match => match[1])
    imports.set(file, new Set(specifiers.map(spec => toPosix(path.join(path.dirname(file), spec)).replace(/\.js$/, '.ts'))))
  }
  return imports.get(file)
}

function ownTests(modules) {
  const tests = filesUnder(UNIT_TESTS, name => name.endsWith('.test.ts'))
  const sources = filesUnder('src', name => name.endsWith('.ts'))
  const importers = (files, module) => files.filter(file => importsOf(file).has(module))
  return Object.fromEntries(
    modules.map(module => {
      const direct = importers(tests, module)
      const viaImporters = direct.length > 0 ? [] : importers(sources, module).flatMap(importer => importers(tests, importer))
      return [module, [...new Set([...direct, ...viaImporters])].sort()]
    })
  )
}

function modulesOf(args) {
  const named = args.length > 0 ? args : ['src']
  const missing = named.filter(name => !existsSync(path.join(ROOT, name)))
  if (missing.length > 0) throw new Error(`no such module or folder: ${missing.join(', ')}`)
  return named
    .flatMap(name => (name.endsWith('.ts') ? [toPosix(name)] : filesUnder(name, file => file.endsWith('.ts'))))
    .filter(module => path.basename(module) !== 'index.ts')
    .sort()
}

// ---- The run -------------------------------------------------------------------------------------------

function strykerRun(testsOf, hangMs) {
  mkdirSync(OUT, { recursive: true })
  const testsFile = path.join(OUT, 'tests.json')
  writeFileSync(testsFile, `${JSON.stringify(testsOf, null, 2)}\n`)
  const base = JSON.parse(readFileSync(path.join(ROOT, 'stryker.config.json'), 'utf8'))
  for (const key of ['$schema', 'jest', 'testRunnerNodeArgs', 'ignoreStatic', 'incrementalFile']) delete base[key]
  const config = {
    ...base,
    mutate: Object.keys(testsOf),
    testRunner: 'command',
    commandRunner: { command: `"${process.execPath}" "${SCRIPT}" --run-mutant` },
    coverageAnalysis: 'off',
    // The limit is hangMs itself, not a multiple of the dry run (which runs every module's tests).
    timeoutFactor: 0,
    timeoutMS: hangMs,
    reporters: ['clear-text', 'progress', 'html', 'json'],
    htmlReporter: { fileName: toPosix(path.relative(ROOT, path.join(OUT, 'index.html'))) },
    jsonReporter: { fileName: toPosix(path.relative(ROOT, path.join(OUT, 'mutation.json'))) }
  }
  const configFile = path.join(OUT, 'stryker.config.json')
  writeFileSync(configFile, `${JSON.stringify(config, null, 2)}\n`)
  const result = spawnSync('npx', ['stryker', 'run', path.relative(ROOT, configFile)], {
    cwd: ROOT,
    stdio: 'inherit',
    shell: process.platform === 'win32',
    env: { ...process.env, [TESTS_ENV]: testsFile }
  })
  if (result.status !== 0) throw new Error(`stryker run ${configFile} ended with ${result.status ?? result.signal}`)
  return JSON.parse(readFileSync(path.join(OUT, 'mutation.json'), 'utf8'))
}

function relatedTests(module) {
  const listed = spawnSync(
    process.execPath,
    ['--experimental-vm-modules', JEST, '-c', JEST_CONFIG, '--listTests', '--findRelatedTests', module],
    {
      cwd: ROOT,
      encoding: 'utf8'
    }
  )
  return listed.stdout
    .split('\n')
    .filter(line => line.endsWith('.test.ts'))
    .map(line => toPosix(path.relative(ROOT, line)))
}

let restoreSource = () => {}
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
  ['SIGHUP', 129]
]) {
  process.on(signal, () => {
    runJest.running?.kill('SIGTERM')
    restoreSource()
    process.exit(code)
  })
}

/** The survivors of one module against its related test files, which the Stryker run did not run. */
async function secondStage(file, { mutants, source }, testsOf, hangMs) {
  const survivors = mutants.filter(mutant => mutant.status === 'Survived' || mutant.status === 'NoCoverage')
  const own = new Set(testsOf[file] ?? [])
  const others = relatedTests(file).filter(test => !own.has(test))
  if (survivors.length === 0 || others.length === 0) return
  const original = readFileSync(path.join(ROOT, file), 'utf8')
  if (original !== source) throw new Error(`${file} changed during the run: its mutants would land in the wrong places`)
  if ((await runJest(others, { hangMs })) !== 0) throw new Error(`${file}: its related tests fail on the unchanged source`)
  restoreSource = () => writeFileSync(path.join(ROOT, file), original)
  const mutated = mutatorOf(original)
  try {
    for (const mutant of survivors) {
      writeFileSync(path.join(ROOT, file), mutated(mutant))
      const result = await runJest(others, { hangMs })
      if (result === 0) continue
      mutant.status = result === 'hung' ? 'Timeout' : 'Killed'
      mutant.statusReason = 'detected by a related test file'
    }
  } finally {
    restoreSource()
    restoreSource = () => {}
  }
  console.log(
    `${file}: ${survivors.filter(mutant => mutant.status !== 'Survived' && mutant.status !== 'NoCoverage').length} of ${survivors.length} survivors detected by ${others.length} related test files`
  )
}

function table(report) {
  console.log('\n| module | mutants | killed | hung | survived | score |')
  console.log('|---|---:|---:|---:|---:|---:|')
  let under = 0
  for (const [file, { mutants }] of Object.entries(report.files).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const count = (...statuses) => mutants.filter(mutant => statuses.includes(mutant.status)).length
    const detected = count('Killed', 'Timeout')
    const scored = detected + count('Survived', 'NoCoverage')
    const score = scored === 0 ? 100 : (100 * detected) / scored
    if (score < GOAL) under++
    const row = [
      mutants.length,
      count('Killed'),
      count('Timeout'),
      count('Survived', 'NoCoverage'),
      `${score.toFixed(1)}%${score < GOAL ? ' ⚠' : ''}`
    ]
    console.log(`| \`${file.replace(/^src\//, '')}\` | ${row.join(' | ')} |`)
  }
  console.log(`\n${Object.keys(report.files).length} modules; ${under} under ${GOAL}%`)
  return under === 0
}

async function main() {
  const args = process.argv.slice(2)
  if (args[0] === '--run-mutant') return runMutant()
  const finalFile = path.join(OUT, 'final.json')
  if (args[0] === '--table') return table(JSON.parse(readFileSync(finalFile, 'utf8'))) ? 0 : 1
  const at = args.indexOf('--hang-after')
  const hangMs = at < 0 ? 60_000 : Number(args.splice(at, 2)[1]) * 1000
  if (!(hangMs > 0)) throw new Error('--hang-after takes a number of seconds')
  const testsOf = ownTests(modulesOf(args))
  const report = strykerRun(testsOf, hangMs)
  for (const [file, entry] of Object.entries(report.files)) await secondStage(toPosix(file), entry, testsOf, hangMs)
  writeFileSync(finalFile, JSON.stringify(report))
  return table(report) ? 0 : 1
}

try {
  process.exitCode = await main()
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 2
}
