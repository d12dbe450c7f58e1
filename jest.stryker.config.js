/**
 * The Jest config of the mutation run (stryker.config.json): the unit tier alone, so that each
 * mutant runs in seconds. The tiers themselves are defined once, in jest.config.js.
 *
 * Stryker runs only the tests Jest finds related to the mutated file (`--findRelatedTests`), and Jest
 * follows imports only through files under its `roots`. With the tier's root alone (`__tests__/unit`),
 * a test that reaches a module through another module or a test helper was never run against that
 * module's mutants, and scored it as uncovered. So every folder a unit test imports from is a root
 * here, and `testMatch` keeps the tests to the unit tier.
 */
import config from './jest.config.js'

const unit = config.projects.find(project => project.displayName === 'unit')

export default {
  ...unit,
  roots: ['<rootDir>/__tests__/unit', '<rootDir>/__tests__/helpers', '<rootDir>/src', '<rootDir>/testkit', '<rootDir>/emulator'],
  testMatch: ['<rootDir>/__tests__/unit/**/*.test.ts']
}
