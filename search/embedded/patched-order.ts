/** A total order over positions: negative when `a` ranks before `b`. */
export type Better = (a: number, b: number) => number;

/**
 * Every position in a fixed order (sorted once), carried through patches without touching the
 * untouched positions. A patched position leaves its place in the sorted base (it goes stale there)
 * and joins `moved`, a short list kept in order, each entry with the base place it now sits before.
 * The order is the merge of the two. A patch of m leads costs m binary searches and one pass over
 * `moved`, whatever the size of the index: rewriting the whole order on every patch held the event
 * loop for 1.4 ms per order and 100,000 leads, so tens of ms per patch at a million.
 *
 * `rank` gives each position's place in the order as a number (base places are whole, moved ones
 * fall between them), for browses that compare positions by rank.
 */
export class PatchedOrder {
  private base: Int32Array;
  private stale: Uint8Array;
  private moved = new Int32Array(0);
  /** For each moved entry, the base place of the first fresh entry that ranks after it. */
  private gap = new Int32Array(0);
  rank: Float64Array;

  /** `compactFrom`: the fewest moved entries that fold back into the base (tests make it small). */
  constructor(
    size: number,
    better: Better,
    private readonly compactFrom = 1024,
  ) {
    this.base = Int32Array.from({ length: size }, (_, i) => i).sort(better);
    this.stale = new Uint8Array(size);
    this.rank = new Float64Array(size);
    for (let k = 0; k < size; k++) this.rank[this.base[k] as number] = k;
  }

  /** How many patched positions sit outside the base: a caller sorts afresh past some share. */
  get movedCount(): number {
    return this.moved.length;
  }

  /** Moves the touched positions (new ones included, below `size`) to where they now belong. */
  patch(touched: number[], size: number, better: Better): void {
    this.fit(size);
    const { stale } = this;
    const again = new Set(touched);
    const fresh = Int32Array.from(again).sort(better);
    for (const t of fresh) stale[t] = 1;
    // The moved entries not touched again keep their order; their gap moves on past new stale entries.
    const keptMoved: number[] = [];
    const keptGap: number[] = [];
    for (let m = 0; m < this.moved.length; m++) {
      const i = this.moved[m] as number;
      if (again.has(i)) continue;
      keptMoved.push(i);
      keptGap.push(this.nextFresh(this.gap[m] as number));
    }
    const freshGap = Array.from(fresh, (t) => this.placeOf(t, better));
    // Merge both lists, each ordered by (gap, then the order itself).
    const total = keptMoved.length + fresh.length;
    const moved = new Int32Array(total);
    const gap = new Int32Array(total);
    for (let a = 0, b = 0, n = 0; n < total; n++) {
      const takeKept =
        b >= fresh.length ||
        (a < keptMoved.length &&
          ((keptGap[a] as number) < (freshGap[b] as number) ||
            ((keptGap[a] as number) === (freshGap[b] as number) &&
              better(keptMoved[a] as number, fresh[b] as number) < 0)));
      if (takeKept) {
        moved[n] = keptMoved[a] as number;
        gap[n] = keptGap[a++] as number;
      } else {
        moved[n] = fresh[b] as number;
        gap[n] = freshGap[b++] as number;
      }
    }
    this.moved = moved;
    this.gap = gap;
    // Ranks: the g entries before base place p share the interval (p - 1, p).
    for (let start = 0; start < total; ) {
      let end = start;
      while (end < total && gap[end] === gap[start]) end++;
      const p = gap[start] as number;
      for (let m = start; m < end; m++)
        this.rank[moved[m] as number] = p - 1 + (m - start + 1) / (end - start + 1);
      start = end;
    }
    if (total > Math.max(this.compactFrom, size / 16)) this.compact();
  }

  /**
   * Makes the merged order the new base: one pass over the positions, which a patch pays once for
   * every sixteenth of the index that has moved, so `moved` stays short.
   */
  private compact(): void {
    this.base = this.toArray().slice();
    this.stale.fill(0);
    this.moved = new Int32Array(0);
    this.gap = new Int32Array(0);
    for (let k = 0; k < this.base.length; k++) this.rank[this.base[k] as number] = k;
  }

  /** Visits the positions in order until `visit` returns false. */
  walk(visit: (i: number) => boolean): void {
    const { base, stale, moved, gap } = this;
    let m = 0;
    for (let k = 0; k < base.length; k++) {
      while (m < moved.length && (gap[m] as number) <= k) if (!visit(moved[m++] as number)) return;
      const i = base[k] as number;
      if (stale[i] === 0 && !visit(i)) return;
    }
    while (m < moved.length) if (!visit(moved[m++] as number)) return;
  }

  /** The whole order as one array (tests, and callers that need it materialised). */
  toArray(): Int32Array {
    const out = new Int32Array(this.base.length + this.moved.length);
    let n = 0;
    this.walk((i) => {
      out[n++] = i;
      return true;
    });
    return out.subarray(0, n);
  }

  /** The first base place from `k` on whose entry is fresh (the base's length when none is). */
  private nextFresh(k: number): number {
    const { base, stale } = this;
    while (k < base.length && stale[base[k] as number] === 1) k++;
    return k;
  }

  /** The base place of the first fresh entry that ranks after `t`. */
  private placeOf(t: number, better: Better): number {
    const { base, stale } = this;
    let lo = 0;
    let hi = base.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      let m = mid;
      while (m < hi && stale[base[m] as number] === 1) m++;
      if (m === hi) hi = mid;
      else if (better(base[m] as number, t) < 0) lo = m + 1;
      else hi = mid;
    }
    return this.nextFresh(lo);
  }

  /** Grows the per-position arrays to `size` (a patch appended leads). */
  private fit(size: number): void {
    if (this.stale.length >= size) return;
    const stale = new Uint8Array(Math.max(size, Math.ceil(this.stale.length * 1.25)));
    stale.set(this.stale);
    this.stale = stale;
    const rank = new Float64Array(stale.length);
    rank.set(this.rank);
    this.rank = rank;
  }
}
