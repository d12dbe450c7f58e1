#!/usr/bin/env node
/**
 * Checks mutants of one module by hand, from a Stryker JSON report, without a Stryker run: each mutant is
 * applied to the source, Jest runs test files on it, and the source is put back (also on Ctrl-C, a kill or a crash).
 *
 *   node scripts/mutant-check.mjs survivors <mutation.json> <src/…/module.ts> <test files…>
 *       every Survived and NoCoverage mutant, against the test files given: "killed" when they fail on it.
 *       Used after writing tests for the survivors, to see which ones the new tests kill.
 *   node scripts/mutant-check.mjs timeouts <mutation.json> <src/…/module.ts> [sample size, default 10] [seed] [--marked <out.json>] [--hang-after <s>]
 *       a random sample of the Timeout mutants, against the test files the report says cover each, with no
 *       Stryker timeout (120 s at most, or --hang-after seconds): "failed" is a slow kill, "hung" a real endless loop, "passed" a
 *       survivor that Stryker counted as detected. With --marked, a copy of the report is written in which
 *       the mutants that passed are Survived, so that `survivors <out.json> …` runs them against new tests.
 *
 * Before any mutant, the test files run once on the unchanged source: if they fail there (a Node older than
 * the npm scripts' one fails some), every verdict would be "killed", so the check stops instead.
 *
 * Run it in a checkout no Stryker run is copying from: the source is changed while it runs.
 */
import { spawn } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { mutatorOf } from './mutant-source.mjs'

const argv = process.argv.slice(2)
/** The value of --name, taken out of argv; undefined when absent, '' when it has no value. */
function option(name) {
  const at = argv.indexOf(name)
  if (at < 0) return undefined
  const [, value = ''] = argv.splice(at, 2)
  return value
}
const markedFile = option('--marked')
const hangAfter = option('--hang-after')
const hangMs = hangAfter === undefined ? 120_000 : Number(hangAfter) * 1000
const [mode, reportFile, moduleFile, ...rest] = argv
if (!['survivors', 'timeouts'].includes(mode) || !reportFile || !moduleFile || markedFile === '' || !(hangMs > 0)) {
  console.error(
    'usage: mutant-check.mjs survivors <mutation.json> <module.ts> <test files…> | timeouts <mutation.json> <module.ts> [size] [seed] [--marked <out.json>] [--hang-after <s>]'
  )
  process.exit(2)
}

const report = JSON.parse(readFileSync(reportFile, 'utf8'))
const wanted = path.resolve(moduleFile)
const key = Object.keys(report.files).find(name => path.resolve(name) === wanted)
if (!key) {
  console.error(`${moduleFile} is not in ${reportFile}`)
  process.exit(2)
}
const original = readFileSync(wanted, 'utf8')
if (report.files[key].source !== undefined && report.files[key].source !== original) {
  console.error(`${moduleFile} has changed since ${reportFile} was written: its mutants would land in the wrong places`)
  process.exit(2)
}
const mutated = mutatorOf(original)

function describe(mutant) {
  const { line, column } = mutant.location.start
  return `l.${line}:${column} ${mutant.mutatorName} -> ${String(mutant.replacement).replace(/\s+/g, ' ').slice(0, 60)}`
}

const fileOfTest = new Map()
for (const [file, { tests }] of Object.entries(report.testFiles ?? {})) for (const test of tests) fileOfTest.set(test.id, file)

/** The test files the report says cover the mutant. */
function coveringTests(mutant) {
  return [...new Set((mutant.coveredBy ?? []).map(id => fileOfTest.get(id)).filter(Boolean))]
}

/** The Jest run under way, so that a stop can end it too. */
let running

/** Runs Jest without blocking, so that a stop (Ctrl-C, a kill) is handled at once, not after the run. */
function runJest(tests) {
  const args = ['--experimental-vm-modules', 'node_modules/jest/bin/jest.js', '--coverage=false', '--forceExit', ...tests]
  return new Promise(resolve => {
    const jest = spawn(process.execPath, args, { stdio: 'ignore' })
    running = jest
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      jest.kill('SIGTERM')
    }, hangMs)
    jest.on('exit', (code, signal) => {
      clearTimeout(timer)
      running = undefined
      resolve(timedOut || signal ? 'hung' : code === 0 ? 'passed' : 'failed')
    })
  })
}

/** A seeded shuffle (a linear congruential generator), so that a sample can be drawn again. */
function sample(items, size, seed) {
  let state = seed
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648
  return items
    .map(item => [next(), item])
    .sort((a, b) => a[0] - b[0])
    .slice(0, size)
    .map(([, item]) => item)
}

/** Stops when the tests fail with no mutant applied: then a "killed" or "failed" would say nothing. */
async function checkBaseline(tests) {
  if (tests.length === 0) return
  if ((await runJest(tests)) !== 'passed') {
    console.error(`the tests fail on the unchanged source with Node ${process.version}: run with the npm scripts' Node`)
    process.exit(2)
  }
}

const restore = () => writeFileSync(wanted, original)
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
  ['SIGHUP', 129]
]) {
  process.on(signal, () => {
    running?.kill('SIGTERM')
    restore()
    process.exit(code)
  })
}

try {
  const mutants = report.files[key].mutants
  if (mode === 'survivors') {
    await checkBaseline(rest)
    for (const mutant of mutants.filter(m => m.status === 'Survived' || m.status === 'NoCoverage')) {
      writeFileSync(wanted, mutated(mutant))
      console.log(`${(await runJest(rest)) === 'passed' ? 'SURVIVES' : 'killed  '} ${describe(mutant)}`)
    }
  } else {
    const timeouts = mutants.filter(m => m.status === 'Timeout')
    const tally = { failed: 0, hung: 0, passed: 0 }
    const drawn = sample(timeouts, Number(rest[0] ?? 10), Number(rest[1] ?? 1))
    await checkBaseline([...new Set(drawn.flatMap(coveringTests))])
    for (const mutant of drawn) {
      writeFileSync(wanted, mutated(mutant))
      const started = Date.now()
      const verdict = await runJest(coveringTests(mutant))
      tally[verdict]++
      if (verdict === 'passed') mutant.status = 'Survived'
      console.log(`${verdict.padEnd(6)} ${Math.round((Date.now() - started) / 1000)} s ${describe(mutant)}`)
    }
    console.log(JSON.stringify({ timedOut: timeouts.length, ...tally }))
    if (markedFile) writeFileSync(markedFile, JSON.stringify(report))
  }
} finally {
  restore()
}
