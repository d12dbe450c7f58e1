/**
 * A first-in, first-out queue over one array: taking from the front is O(1) amortised. Taken items
 * stay in the array until they are most of it (and at least COMPACT_AFTER), then the rest is copied
 * down once, so a long run neither re-copies the array at every take nor keeps every item it ever held.
 */
export const COMPACT_AFTER = 1024

export class Fifo<T> {
  private items: T[] = []
  private head = 0

  /** The items not yet taken. */
  get size(): number {
    return this.items.length - this.head
  }

  /** The array's length, taken items not yet dropped included (what the queue holds in memory). */
  get stored(): number {
    return this.items.length
  }

  push(item: T): void {
    this.items.push(item)
  }

  /** The item `index` places from the front (0: the front); the caller keeps index below size. */
  at(index: number): T {
    return this.items[this.head + index]
  }

  /** Takes the front item; the queue must not be empty. */
  shift(): T {
    const item = this.items[this.head++]
    this.compact()
    return item
  }

  /** Takes items from the front as long as they pass the test. */
  dropWhile(test: (item: T) => boolean): void {
    while (this.head < this.items.length && test(this.items[this.head])) this.head++
    this.compact()
  }

  private compact(): void {
    if (this.head >= COMPACT_AFTER && this.head * 2 >= this.items.length) {
      this.items = this.items.slice(this.head)
      this.head = 0
    }
  }
}
