/**
 * The Jest config of the mutation run (stryker.config.json): the unit tier alone, so that each
 * mutant runs in seconds. The tiers themselves are defined once, in jest.config.js.
 */
import config from './jest.config.js'

export default config.projects.find(project => project.displayName === 'unit')
