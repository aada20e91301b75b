import { trackIds } from '../../core/fit/tracks';
import { SearchParamsError } from '../../core/search/search-params';
import type { SearchQuery } from '../../core/search/search-query';
import { effectiveMinFit } from '../../core/search/search-query';
import { centreOf, distanceKm, parsePlaceName, unknownPlaceMessage } from '../place-centre';
import type { CodedName, ColumnIndex } from './column-index';
import { descending } from './column-index';
import { FACET_ROW, FACET_SLOTS, VISIBLE_SLOT } from './columns';
import type { Filter, FilterTest } from './filter-tests';
import { allOf, anyBitTest, atLeastTest, equalsTest, oneOfTest, predicateTest } from './filter-tests';

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

/** A query's structured filters over index positions (see filter-tests.ts). */
export function compileFilter(index: ColumnIndex, q: SearchQuery, now: Date): Filter {
  const tests: FilterTest[] = [];
  const rows = index.facetRows;
  const inSet = (column: CodedName, values: string[] | undefined) => {
    if (!values?.length) return;
    const codes = [...new Set(values.map((v) => index.coded[column].code(v)))];
    // Facet columns are read from the row the facet count reads too (see Columns.facetRows).
    const slot = (FACET_SLOTS as readonly string[]).indexOf(column);
    const array = slot >= 0 ? rows : index.coded[column].codes;
    const width = slot >= 0 ? FACET_ROW : 1;
    const at = Math.max(slot, 0);
    tests.push(
      codes.length === 1
        ? equalsTest(array, width, at, codes[0] as number)
        : oneOfTest(array, width, at, codes),
    );
  };
  if (q.status === 'open' && !q.showExcluded) {
    tests.push(equalsTest(rows, FACET_ROW, VISIBLE_SLOT, 1));
  } else {
    tests.push(equalsTest(index.hidden, 1, 0, 0));
    if (q.status !== 'all') inSet('status', [q.status]);
    if (!q.showExcluded) tests.push(equalsTest(index.excluded, 1, 0, 0));
  }
  if (q.hideEnforcement) tests.push(equalsTest(index.enforcement, 1, 0, 0));
  inSet('remote', q.remote);
  if (q.city) inSet('cityKey', [q.city.toLowerCase()]);
  if (q.region) inSet('region', [q.region.toLowerCase()]);
  if (q.country) inSet('country', [q.country]);
  inSet('employmentType', q.employmentType);
  inSet('sourceType', q.sourceType);
  inSet('company', q.company);
  if (q.minSalary !== undefined) tests.push(atLeastTest(index.salary, q.minSalary));
  if (q.postedWithinDays !== undefined)
    tests.push(atLeastTest(index.posted, now.getTime() - q.postedWithinDays * 86_400_000));
  if (q.tracks?.length)
    tests.push(
      anyBitTest(
        index.tracks,
        q.tracks.reduce((m, t) => m | (1 << trackIds.indexOf(t)), 0),
      ),
    );
  const minFit = effectiveMinFit(q);
  if (minFit !== undefined) tests.push(atLeastTest(index.fitArray(q.background), minFit - 1e-6));
  if (q.noDegree) tests.push(equalsTest(index.noDegree, 1, 0, 1));
  if (q.nearPlace) tests.push(predicateTest(nearPlaceTest(index, q.nearPlace)));
  if (q.curatedOnly) tests.push(equalsTest(index.pinned, 1, 0, 1));
  if (q.near) {
    const { lat, lon, radiusKm } = q.near;
    tests.push(
      predicateTest((i) => {
        const la = index.latitude[i] ?? Number.NaN;
        if (Number.isNaN(la)) return false;
        return distanceKm(lat, lon, la, index.longitude[i] ?? Number.NaN) <= radiusKm;
      }),
    );
  }
  return allOf(tests);
}

/**
 * Within a radius of a named place: the place is located from the leads that list it (the mean of
 * their coordinates), and its own leads match even when they give no coordinates.
 */
function nearPlaceTest(
  index: ColumnIndex,
  near: NonNullable<SearchQuery['nearPlace']>,
): (i: number) => boolean {
  const place = parsePlaceName(near.name);
  const city = index.coded.cityKey.code(place.city);
  const regions = new Set(place.regions.map((r) => index.coded.region.code(r)).filter((c) => c >= 0));
  if (city < 0 || (place.regions.length > 0 && regions.size === 0))
    throw new SearchParamsError([{ field: 'near', message: unknownPlaceMessage(near.name) }]);
  const cities = index.coded.cityKey.codes;
  const regionCodes = index.coded.region.codes;
  const inPlace = (i: number) =>
    cities[i] === city && (regions.size === 0 || regions.has(regionCodes[i] ?? -1));
  const members: ({ lat: number; lon: number } | null)[] = [];
  for (let i = 0; i < index.size; i++)
    if (inPlace(i))
      members.push({ lat: index.latitude[i] ?? Number.NaN, lon: index.longitude[i] ?? Number.NaN });
  const centre = centreOf(members);
  if (centre.leads === 0)
    throw new SearchParamsError([{ field: 'near', message: unknownPlaceMessage(near.name) }]);
  const { lat, lon } = centre;
  if (lat === null || lon === null) return inPlace;
  return (i) => {
    if (inPlace(i)) return true;
    const la = index.latitude[i] ?? Number.NaN;
    return !Number.isNaN(la) && distanceKm(lat, lon, la, index.longitude[i] ?? Number.NaN) <= near.radiusKm;
  };
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
