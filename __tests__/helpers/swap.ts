/**
 * Process-wide state (process.env, process.stdout, console) swapped by one test at a time. Tests of
 * one file share a process: a second swap that starts while the first is under way (`it.concurrent`,
 * or a run not awaited) would mix the two tests' environments and output, so it throws instead.
 * A swap started from inside the holder's own call (withEnv around runInProcess) nests.
 */
import { AsyncLocalStorage } from 'node:async_hooks'

const holderContext = new AsyncLocalStorage<symbol>()
let holder: { what: string; token: symbol } | undefined

/** Runs fn as the only swapper of process-wide state; throws at once when another swap is under way. */
export async function exclusively<T>(what: string, fn: () => T | Promise<T>): Promise<T> {
  if (holder && holderContext.getStore() === holder.token) return await fn()
  if (holder) {
    throw new Error(
      `${what} swaps process-wide state while ${holder.what} still holds it: tests that swap process.env or stdout cannot run concurrently`
    )
  }
  const token = Symbol(what)
  holder = { what, token }
  try {
    return await holderContext.run(token, fn)
  } finally {
    holder = undefined
  }
}

/** Runs fn with these variables set (undefined: removed), and process.env as it was afterwards. */
export function withEnv<T>(env: Record<string, string | undefined>, fn: () => T | Promise<T>): Promise<T> {
  return exclusively(`withEnv(${Object.keys(env).join(', ')})`, async () => {
    const saved = { ...process.env }
    for (const [name, value] of Object.entries(env)) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
    try {
      return await fn()
    } finally {
      for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name]
      Object.assign(process.env, saved)
    }
  })
}
