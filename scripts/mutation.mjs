#!/usr/bin/env node
/**
 * Mutation testing of src/, one StrykerJS run per folder (the whole of src/ in one run is well over
 * an hour on two cores), then one table of every module's score from the runs' JSON reports.
 *
 *   npm run mutation                       # every folder, then the table
 *   npm run mutation -- upload services    # these folders (a file at the top of src/: main.ts)
 *   npm run mutation -- --incremental      # only mutants whose code or tests changed since that folder's last run
 *   npm run mutation -- --table            # no run: the table of the reports already written
 *
 * Each folder's report is reports/mutation/<folder>/ (mutation.json, index.html, incremental.json).
 * The table marks every module under the goal (90%) and the exit code is 1 when there is one.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const REPORTS = path.join(ROOT, 'reports', 'mutation')
const GOAL = 90

const args = process.argv.slice(2)
const incremental = args.includes('--incremental')
const tableOnly = args.includes('--table')
const named = args.filter(arg => !arg.startsWith('--'))

/** The folders of src/, and main.ts (index.ts only calls run()). */
function allGroups() {
  const entries = readdirSync(path.join(ROOT, 'src'), { withFileTypes: true })
  return [...entries.filter(entry => entry.isDirectory()).map(entry => entry.name), 'main.ts'].sort()
}

const groups = named.length > 0 ? named : allGroups()

function mutateGlob(group) {
  return group.endsWith('.ts') ? `src/${group}` : `src/${group}/**/*.ts`
}

function runGroup(group) {
  const folder = path.join(REPORTS, group.replace(/\.ts$/, ''))
  mkdirSync(folder, { recursive: true })
  const base = JSON.parse(readFileSync(path.join(ROOT, 'stryker.config.json'), 'utf8'))
  const config = {
    ...base,
    $schema: undefined,
    mutate: [mutateGlob(group)],
    htmlReporter: { fileName: path.relative(ROOT, path.join(folder, 'index.html')) },
    jsonReporter: { fileName: path.relative(ROOT, path.join(folder, 'mutation.json')) },
    incrementalFile: path.relative(ROOT, path.join(folder, 'incremental.json')),
    incremental
  }
  const configFile = path.join(folder, 'stryker.config.json')
  writeFileSync(configFile, `${JSON.stringify(config, null, 2)}\n`)
  console.log(`--- ${group}: stryker run ${path.relative(ROOT, configFile)}`)
  const started = Date.now()
  const result = spawnSync('npx', ['stryker', 'run', path.relative(ROOT, configFile)], {
    cwd: ROOT,
    stdio: 'inherit',
    shell: process.platform === 'win32'
  })
  console.log(`--- ${group}: ${Math.round((Date.now() - started) / 1000)} s, exit ${result.status}`)
  return result.status === 0
}

const DETECTED = new Set(['Killed', 'Timeout'])
const UNDETECTED = new Set(['Survived', 'NoCoverage'])

/** Per module: killed, timed out, survived, no coverage, ignored, score (detected of the scored). */
function scoresOf(report) {
  return Object.entries(report.files).map(([file, { mutants }]) => {
    const count = status => mutants.filter(mutant => mutant.status === status).length
    const detected = mutants.filter(mutant => DETECTED.has(mutant.status)).length
    const scored = detected + mutants.filter(mutant => UNDETECTED.has(mutant.status)).length
    return {
      module: path.relative(path.join(ROOT, 'src'), path.resolve(ROOT, file)).split(path.sep).join('/'),
      killed: count('Killed'),
      timedOut: count('Timeout'),
      survived: count('Survived'),
      noCoverage: count('NoCoverage'),
      ignored: count('Ignored'),
      score: scored === 0 ? 100 : (100 * detected) / scored
    }
  })
}

function table() {
  const rows = groups.flatMap(group => {
    const file = path.join(REPORTS, group.replace(/\.ts$/, ''), 'mutation.json')
    if (!existsSync(file)) {
      console.log(`(no report for ${group}: Stryker found nothing to mutate there, or its run failed)`)
      return []
    }
    return scoresOf(JSON.parse(readFileSync(file, 'utf8')))
  })
  rows.sort((a, b) => (a.module < b.module ? -1 : a.module > b.module ? 1 : 0))
  console.log('\n| module | killed | timed out | survived | no coverage | ignored | score |')
  console.log('|---|---:|---:|---:|---:|---:|---:|')
  for (const row of rows) {
    const mark = row.score < GOAL ? ' ⚠' : ''
    console.log(
      `| \`${row.module}\` | ${row.killed} | ${row.timedOut} | ${row.survived} | ${row.noCoverage} | ${row.ignored} | ${row.score.toFixed(1)}%${mark} |`
    )
  }
  const under = rows.filter(row => row.score < GOAL)
  console.log(
    `\n${rows.length} modules; ${under.length} under ${GOAL}%${under.length ? `: ${under.map(row => row.module).join(', ')}` : ''}`
  )
  return under.length === 0
}

let ran = true
if (!tableOnly) for (const group of groups) ran = runGroup(group) && ran
process.exitCode = table() && ran ? 0 : 1
