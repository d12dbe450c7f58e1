/**
 * Jest runs in ESM mode (see package.json "test"): @actions/core 3 is ESM-only.
 * One project per test tier, each with the timeout its tests need on a busy 2-core machine:
 * unit (one module, no network, no child process), emulator (the emulator's contract on loopback),
 * integration (run() in process against the emulator), e2e (dist/index.js as a child process) and
 * project (the repository itself: README, workflows, release procedure).
 */
const shared = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  // js first: ali-oss ships ESM .ts sources beside its CommonJS .js files.
  moduleFileExtensions: ['js', 'ts', 'json'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }]
  }
}

const tier = (name, testTimeout) => ({
  ...shared,
  displayName: name,
  roots: [`<rootDir>/__tests__/${name}`],
  testMatch: ['**/*.test.ts'],
  // Jest 30 takes testTimeout only from the top-level config, so each tier sets its own in a setup file.
  globals: { tierTimeout: testTimeout },
  setupFilesAfterEnv: ['<rootDir>/__tests__/helpers/tier-timeout.ts']
})

export default {
  // Coverage of src/ on every run (V8's own counters: no instrumentation step), as a short summary in the log
  // and coverage/coverage-summary.json. e2e runs dist/ in child processes, so its lines count only through the other tiers.
  collectCoverage: true,
  coverageProvider: 'v8',
  collectCoverageFrom: ['src/**/*.ts'],
  coverageReporters: ['text-summary', 'json-summary'],
  projects: [tier('unit', 10_000), tier('emulator', 30_000), tier('integration', 60_000), tier('e2e', 120_000), tier('project', 60_000)]
}
