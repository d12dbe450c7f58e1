/**
 * A module's source with one mutant of a StrykerJS JSON report in it (locations: lines and columns from 1), for the
 * scripts that run mutants by hand (mutant-check.mjs, mutation-own.mjs).
 */
export function mutatorOf(source) {
  const lineStarts = [0]
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') lineStarts.push(i + 1)
  const offsetOf = ({ line, column }) => lineStarts[line - 1] + column - 1
  return ({ location: { start, end }, replacement }) => source.slice(0, offsetOf(start)) + replacement + source.slice(offsetOf(end))
}
