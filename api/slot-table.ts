/**
 * Values kept under small integer slots, for bookkeeping that changes on every request (answers
 * awaited from a worker thread, responses in flight). A `Map` or `Set` churned thousands of times a
 * second replaces its hash table every few dozen changes, and V8 leaves each replaced table pointing
 * at its successor and at the entries it held then (so that live iterators can follow it). Once one
 * such table has lived long enough to reach the old generation, every later table and every request
 * they held survives each young-generation collection through that dead one, until the next full
 * collection: measured under `npm run bench -- load`, about 2 MB a scavenge on serve's main thread,
 * nearly all of it promoted. An array of slots and a free list never replace anything per change.
 */
export class SlotTable<T> {
  private readonly values: (T | undefined)[] = [];
  private readonly free: number[] = [];
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Keeps `value` and returns its slot, which stays its own until taken. */
  add(value: T): number {
    const slot = this.free.pop() ?? this.values.length;
    this.values[slot] = value;
    this.count++;
    return slot;
  }

  /** Removes and returns the value in `slot`, or undefined when the slot is empty. */
  take(slot: number): T | undefined {
    const value = this.values[slot];
    if (value === undefined) return undefined;
    this.values[slot] = undefined;
    this.free.push(slot);
    this.count--;
    return value;
  }

  /** Every value held, in slot order. */
  *[Symbol.iterator](): IterableIterator<T> {
    for (const value of this.values) if (value !== undefined) yield value;
  }

  /** Empties the table. */
  clear(): void {
    this.values.length = 0;
    this.free.length = 0;
    this.count = 0;
  }
}
