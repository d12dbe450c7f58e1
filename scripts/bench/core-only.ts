// The yardstick for cold start: a bundle of @actions/core alone that reads an input and sets an output.
import * as core from '@actions/core'

core.setOutput('path', core.getInput('path'))
