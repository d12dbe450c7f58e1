#!/usr/bin/env node
/**
 * Checks mutants of one module by hand, from a Stryker JSON report, without a Stryker run: each mutant is
 * applied to the source, Jest runs test files on it, and the source is put back (also on Ctrl-C or a crash).
 *
 *   node scripts/mutant-check.mjs survivors <mutation.json> <src/…/module.ts> <test files…>
 *       every Survived and NoCoverage mutant, against the test files given: "killed" when they fail on it.
 *       Used after writing tests for the survivors, to see which ones the new tests kill.
 *   node scripts/mutant-check.mjs timeouts <mutation.json> <src/…/module.ts> [sample size, default 10] [seed]
 *       a random sample of the Timeout mutants, against the test files the report says cover each, with no
 *       Stryker timeout (120 s at most): "failed" is a slow kill, "hung" a real endless loop, "passed" a
 *       survivor that Stryker counted as detected.
 *
 * Run it in a checkout no Stryker run is copying from: the source is changed while it runs.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const [mode, reportFile, moduleFile, ...rest] = process.argv.slice(2)
if (!['survivors', 'timeouts'].includes(mode) || !reportFile || !moduleFile) {
  console.error(
    'usage: mutant-check.mjs survivors <mutation.json> <module.ts> <test files…> | timeouts <mutation.json> <module.ts> [size] [seed]'
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
const lineStarts = [0]
for (let i = 0; i < original.length; i++) if (original[i] === '\n') lineStarts.push(i + 1)
const offsetOf = ({ line, column }) => lineStarts[line - 1] + column - 1

function mutated(mutant) {
  const { start, end } = mutant.location
  return original.slice(0, offsetOf(start)) + mutant.replacement + original.slice(offsetOf(end))
}

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

function runJest(tests) {
  const args = ['--experimental-vm-modules', 'node_modules/jest/bin/jest.js', '--coverage=false', '--forceExit', ...tests]
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 120_000 })
  if (result.error?.code === 'ETIMEDOUT' || result.signal) return 'hung'
  return result.status === 0 ? 'passed' : 'failed'
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

const restore = () => writeFileSync(wanted, original)
process.on('SIGINT', () => {
  restore()
  process.exit(130)
})

try {
  const mutants = report.files[key].mutants
  if (mode === 'survivors') {
    for (const mutant of mutants.filter(m => m.status === 'Survived' || m.status === 'NoCoverage')) {
      writeFileSync(wanted, mutated(mutant))
      console.log(`${runJest(rest) === 'passed' ? 'SURVIVES' : 'killed  '} ${describe(mutant)}`)
    }
  } else {
    const timeouts = mutants.filter(m => m.status === 'Timeout')
    const tally = { failed: 0, hung: 0, passed: 0 }
    for (const mutant of sample(timeouts, Number(rest[0] ?? 10), Number(rest[1] ?? 1))) {
      writeFileSync(wanted, mutated(mutant))
      const started = Date.now()
      const verdict = runJest(coveringTests(mutant))
      tally[verdict]++
      console.log(`${verdict.padEnd(6)} ${Math.round((Date.now() - started) / 1000)} s ${describe(mutant)}`)
    }
    console.log(JSON.stringify({ timedOut: timeouts.length, ...tally }))
  }
} finally {
  restore()
}
