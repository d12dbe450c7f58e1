/** The front door of inputs/: readConfig(), which reads and checks every input into one Config, and the credentials to mask before it. */
export { credentialsToMask, readConfig, type Config } from './config.js'
