import type { SearchQuery } from '../../core/search/search-query';
import { effectiveMinFit } from '../../core/search/search-query';
import type { ColumnIndex } from './column-index';
import { descending } from './column-index';

/** Whether a query filters by nothing beyond the defaults (open, not excluded, not hidden). */
export function onlyDefaultFilters(q: SearchQuery): boolean {
  return (
    q.status === 'open' &&
    !q.showExcluded &&
    !q.hideEnforcement &&
    !q.curatedOnly &&
    !q.remote?.length &&
    !q.city &&
    !q.region &&
    !q.country &&
    !q.near &&
    !q.nearPlace &&
    !q.noDegree &&
    !q.employmentType?.length &&
    !q.sourceType?.length &&
    !q.company?.length &&
    !q.tracks?.length &&
    q.minSalary === undefined &&
    q.postedWithinDays === undefined &&
    effectiveMinFit(q) === undefined
  );
}

/**
 * The best `k` items by `better` (a total order), without sorting everything. `coarse`, when given,
 * is a number per item that orders as `better` does but may tie where it does not (see
 * `coarseKey`): the k-th smallest is found over a typed heap first, and only items at or below it
 * meet the full comparison. Comparing every match with closures over several arrays cost more than
 * finding the matches at a million leads.
 */
export function topK(
  items: number[],
  k: number,
  better: (a: number, b: number) => number,
  coarse?: (i: number) => number,
): number[] {
  if (k <= 0) return [];
  if (coarse && items.length > k * 4) items = atOrBelowKth(items, k, coarse);
  if (items.length <= k * 4) return items.sort(better).slice(0, k);
  // A heap with the worst kept item at the root: a newcomer only has to beat that one.
  const heap: number[] = [];
  const ranksAfter = (a: number, b: number) => better(a, b) > 0;
  const swap = (x: number, y: number) => {
    const t = heap[x] as number;
    heap[x] = heap[y] as number;
    heap[y] = t;
  };
  const up = (n: number) => {
    while (n > 0) {
      const p = (n - 1) >> 1;
      if (!ranksAfter(heap[n] as number, heap[p] as number)) return;
      swap(n, p);
      n = p;
    }
  };
  const down = (n: number) => {
    for (;;) {
      const l = 2 * n + 1;
      const r = l + 1;
      let m = n;
      if (l < heap.length && ranksAfter(heap[l] as number, heap[m] as number)) m = l;
      if (r < heap.length && ranksAfter(heap[r] as number, heap[m] as number)) m = r;
      if (m === n) return;
      swap(n, m);
      n = m;
    }
  };
  for (const item of items) {
    if (heap.length < k) {
      heap.push(item);
      up(heap.length - 1);
    } else if (better(item, heap[0] as number) < 0) {
      heap[0] = item;
      down(0);
    }
  }
  return heap.sort(better);
}

/** The items whose coarse key is at most the k-th smallest one (ties kept), in their order. */
function atOrBelowKth(items: number[], k: number, coarse: (i: number) => number): number[] {
  const keys = new Float64Array(items.length);
  for (let n = 0; n < items.length; n++) keys[n] = coarse(items[n] as number);
  // A max-heap of the k smallest keys: the root is the k-th smallest so far.
  const heap = keys.slice(0, k).sort().reverse();
  for (let n = k; n < keys.length; n++) {
    const v = keys[n] as number;
    if (v >= (heap[0] as number)) continue;
    heap[0] = v;
    for (let p = 0; ; ) {
      const l = 2 * p + 1;
      const r = l + 1;
      let m = p;
      if (l < k && (heap[l] as number) > (heap[m] as number)) m = l;
      if (r < k && (heap[r] as number) > (heap[m] as number)) m = r;
      if (m === p) break;
      const t = heap[m] as number;
      heap[m] = heap[p] as number;
      heap[p] = t;
      p = m;
    }
  }
  const kth = heap[0] as number;
  return items.filter((_, n) => (keys[n] as number) <= kth);
}

/**
 * A number per position that orders as `comparator` does for the same query, up to ties: smaller
 * is better. Each sort's leading keys folded into one float (pinned first; then title hits and
 * BM25, or the sort's own key with missing values last). Float rounding can only merge neighbours
 * into ties, never swap them, so the items that tie are left to the full comparison.
 */
export function coarseKey(
  index: ColumnIndex,
  q: SearchQuery,
  text: { score: Float64Array; titleHits: Int32Array },
): (i: number) => number {
  const pinned = index.pinned;
  const missingLast = (v: number) => (Number.isNaN(v) ? 1e15 : -v);
  switch (q.sort) {
    case 'newest':
      return (i) => -(pinned[i] ?? 0) * 1e16 + missingLast(index.posted[i] ?? 0);
    case 'salary':
      return (i) => -(pinned[i] ?? 0) * 1e16 + missingLast(index.salary[i] ?? Number.NaN);
    case 'fit': {
      const fit = index.fitArray(q.background);
      return (i) => -(pinned[i] ?? 0) * 1e3 - (fit[i] ?? 0);
    }
    default:
      // BM25 scores here are negative and far smaller than 1e4 in magnitude.
      return (i) => -((pinned[i] ?? 0) * 8 + (text.titleHits[i] ?? 0)) * 1e4 + (text.score[i] ?? 0);
  }
}

/** Tie-breaking comparators over positions, the same orders the precomputed orderings use. */
export function comparator(
  index: ColumnIndex,
  q: SearchQuery,
  text: { score: Float64Array; titleHits: Int32Array } | null,
) {
  const fit = index.fitArray(q.background);
  const byId = (a: number, b: number) => ((index.ids[a] ?? '') < (index.ids[b] ?? '') ? -1 : 1);
  const pinned = (a: number, b: number) => (index.pinned[b] ?? 0) - (index.pinned[a] ?? 0);
  const fitDesc = (a: number, b: number) => descending(fit[a] ?? 0, fit[b] ?? 0);
  const newest = (a: number, b: number) => descending(index.posted[a] ?? 0, index.posted[b] ?? 0);
  switch (q.sort) {
    case 'newest':
      return (a: number, b: number) => pinned(a, b) || newest(a, b) || fitDesc(a, b) || byId(a, b);
    case 'salary':
      return (a: number, b: number) =>
        pinned(a, b) ||
        descending(index.salary[a] ?? Number.NaN, index.salary[b] ?? Number.NaN) ||
        fitDesc(a, b) ||
        byId(a, b);
    case 'fit':
      return (a: number, b: number) => pinned(a, b) || fitDesc(a, b) || newest(a, b) || byId(a, b);
    default:
      if (!text) return (a: number, b: number) => pinned(a, b) || fitDesc(a, b) || newest(a, b) || byId(a, b);
      return (a: number, b: number) =>
        pinned(a, b) ||
        (text.titleHits[b] ?? 0) - (text.titleHits[a] ?? 0) ||
        (text.score[a] ?? 0) - (text.score[b] ?? 0) ||
        fitDesc(a, b) ||
        byId(a, b);
  }
}
