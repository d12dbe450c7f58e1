/** The front door of inputs/: readConfig(), which reads and checks every input into one Config. */
export { readConfig, type Config } from './config.js'
