/** What a promise was rejected with; the test fails when it resolves instead. */
export async function rejectionOf<T = Error>(promise: Promise<unknown>): Promise<T> {
  try {
    await promise
  } catch (error) {
    return error as T
  }
  throw new Error('expected a rejection, but the promise resolved')
}

/** What fn threw; the test fails when it returns instead. */
export function thrownBy<T = Error>(fn: () => unknown): T {
  try {
    fn()
  } catch (error) {
    return error as T
  }
  throw new Error('expected a throw, but the call returned')
}
