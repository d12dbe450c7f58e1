/**
 * A command line for a POSIX shell that sets variables and runs a command. The runner passes inputs as
 * INPUT_<NAME> with the input's hyphens kept (INPUT_ACCESS-KEY-ID): bash reads `NAME=value` as an
 * assignment only when NAME is letters, digits and underscores, so it runs INPUT_ACCESS-KEY-ID=… as a
 * command ("command not found"). `env NAME=value … command` takes any name.
 */

/** One word for the shell, whatever the text holds: in single quotes, each ' in it written as '\''. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`
}

/** `env 'A=1' 'B-C=2' … command`, one word a line, continued with backslashes, each line indented. */
export function envCommand(variables: Record<string, string>, command: string, indent = '  '): string {
  const words = Object.entries(variables).map(([name, value]) => shellQuote(`${name}=${value}`))
  return indent + ['env', ...words, command].join(` \\\n${indent}  `)
}
