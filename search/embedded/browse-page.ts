import type { ColumnIndex, OrderKey } from './column-index';
import type { FacetCounter } from './facet-counter';
import type { Filter } from './filter-tests';

/**
 * A browse (no text) whose counts must be worked out: every lead is tested once, in position order,
 * and the page is the passing leads that rank first in the precomputed order. Walking the order
 * itself visits positions at random, and at a million leads almost every array read then missed the
 * CPU caches (over a second for one browse); a pass in position order reads each array front to back.
 */
export function browsePage(
  index: ColumnIndex,
  key: OrderKey,
  background: string | undefined,
  filter: Filter,
  facets: FacetCounter,
  offset: number,
  perPage: number,
): { total: number; page: number[] } {
  const { rank } = index.order(key, background);
  const best = new BestRanks(offset + perPage, rank);
  // The passing positions first, then counted one facet column at a time (see FacetCounter.addAll).
  const passing = new Int32Array(index.size);
  for (let i = 0; i < index.size; i++) passing[i] = i;
  const total = filter.keep(passing, index.size);
  facets.addAll(passing, total);
  for (let k = 0; k < total; k++) best.offer(passing[k] as number);
  return { total, page: best.inOrder().slice(offset) };
}

/** The `k` positions of lowest rank offered, kept in a max-heap on rank (the worst one at the root). */
class BestRanks {
  private readonly heap: number[] = [];

  constructor(
    private readonly k: number,
    private readonly rank: Float64Array,
  ) {}

  offer(i: number): void {
    const { heap, rank } = this;
    if (this.k <= 0) return;
    if (heap.length < this.k) {
      heap.push(i);
      for (let n = heap.length - 1; n > 0; ) {
        const p = (n - 1) >> 1;
        if ((rank[heap[p] as number] ?? 0) >= (rank[heap[n] as number] ?? 0)) break;
        [heap[p], heap[n]] = [heap[n] as number, heap[p] as number];
        n = p;
      }
      return;
    }
    if ((rank[i] ?? 0) >= (rank[heap[0] as number] ?? 0)) return;
    heap[0] = i;
    for (let n = 0; ; ) {
      const l = 2 * n + 1;
      const r = l + 1;
      let m = n;
      if (l < heap.length && (rank[heap[l] as number] ?? 0) > (rank[heap[m] as number] ?? 0)) m = l;
      if (r < heap.length && (rank[heap[r] as number] ?? 0) > (rank[heap[m] as number] ?? 0)) m = r;
      if (m === n) return;
      [heap[m], heap[n]] = [heap[n] as number, heap[m] as number];
      n = m;
    }
  }

  inOrder(): number[] {
    return [...this.heap].sort((a, b) => (this.rank[a] ?? 0) - (this.rank[b] ?? 0));
  }
}
