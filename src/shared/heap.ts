/**
 * V8's garbage collector tuned for a run of thousands of uploads: a small heap instead of a fast-growing one.
 *
 * Each image allocates a few hundred KB that lives only while it is in flight, but with 32 uploads
 * in flight much of it outlives a young-generation collection. V8 answers such survival by
 * doubling the young generation up to 2 × 64 MB, and by letting the old generation grow to four
 * times what survived its last full collection: 20,000 images then peaked at over 300 MB of RSS
 * for a live heap of about 40 MB.
 *
 * Neither setting lowers a limit, so neither can make a large run fail for lack of memory: the
 * old generation's maximum (--max-old-space-size) is untouched, and an object that does not fit
 * in the young generation is moved to the old one as always. They only make collections happen
 * sooner, which costs some CPU (about 10% for small images). V8 reads both when it decides to grow
 * a space, so setting them at start-up takes effect. The runner's Node 24 (and Node 20) knows both;
 * a V8 that no longer knew one would say so on stderr (a test checks that it does not) and go on
 * with its defaults.
 */
import v8 from 'node:v8'

export const LEAN_HEAP_FLAGS = [
  // The young generation keeps the size it starts with (1 MB semi-spaces). V8's command-line
  // parsing raises a factor below 2 to 2; set at run time, 1 is taken as it is.
  '--semi-space-growth-factor=1',
  // After a full collection, the next one comes once the old generation grew by half (V8's own
  // factor goes up to 4 under a high allocation rate).
  '--heap-growing-percent=50'
]

export function keepHeapSmall(): void {
  for (const flag of LEAN_HEAP_FLAGS) v8.setFlagsFromString(flag)
}
