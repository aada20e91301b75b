import { trackIds } from '../../core/fit/tracks';
import { SearchParamsError } from '../../core/search/search-params';
import type { FacetName, SearchQuery } from '../../core/search/search-query';
import { effectiveMinFit, facetNames } from '../../core/search/search-query';
import { centreOf, distanceKm, parsePlaceName, unknownPlaceMessage } from '../place-centre';
import type { CodedName, ColumnIndex } from './column-index';
import { descending } from './column-index';

const FACET_COLUMN: Record<Exclude<FacetName, 'tracks'>, CodedName> = {
  remote: 'remote',
  employmentType: 'employmentType',
  sourceType: 'sourceType',
  company: 'company',
  country: 'country',
  region: 'region',
};

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

/** A query's structured filters as one predicate over index positions. */
export function compileFilter(index: ColumnIndex, q: SearchQuery, now: Date): (i: number) => boolean {
  const tests: ((i: number) => boolean)[] = [];
  const inSet = (column: CodedName, values: string[] | undefined) => {
    if (!values?.length) return;
    const codes = new Set(values.map((v) => index.coded[column].code(v)));
    const array = index.coded[column].codes;
    tests.push((i) => codes.has(array[i] ?? -1));
  };
  if (q.status === 'open' && !q.showExcluded) {
    const visible = index.visibleByDefault;
    tests.push((i) => visible[i] === 1);
  } else {
    const hidden = index.hidden;
    tests.push((i) => hidden[i] === 0);
    if (q.status !== 'all') inSet('status', [q.status]);
    if (!q.showExcluded) tests.push((i) => index.excluded[i] === 0);
  }
  if (q.hideEnforcement) tests.push((i) => index.enforcement[i] === 0);
  inSet('remote', q.remote);
  if (q.city) inSet('cityKey', [q.city.toLowerCase()]);
  if (q.region) inSet('region', [q.region.toLowerCase()]);
  if (q.country) inSet('country', [q.country]);
  inSet('employmentType', q.employmentType);
  inSet('sourceType', q.sourceType);
  inSet('company', q.company);
  if (q.minSalary !== undefined) {
    const min = q.minSalary;
    tests.push((i) => (index.salary[i] ?? Number.NaN) >= min);
  }
  if (q.postedWithinDays !== undefined) {
    const since = now.getTime() - q.postedWithinDays * 86_400_000;
    tests.push((i) => (index.posted[i] ?? 0) >= since);
  }
  if (q.tracks?.length) {
    const mask = q.tracks.reduce((m, t) => m | (1 << trackIds.indexOf(t)), 0);
    tests.push((i) => ((index.tracks[i] ?? 0) & mask) !== 0);
  }
  const minFit = effectiveMinFit(q);
  if (minFit !== undefined) {
    const fit = index.fitArray(q.background);
    tests.push((i) => (fit[i] ?? 0) >= minFit - 1e-6);
  }
  if (q.noDegree) tests.push((i) => index.noDegree[i] === 1);
  if (q.nearPlace) tests.push(nearPlaceTest(index, q.nearPlace));
  if (q.curatedOnly) tests.push((i) => index.pinned[i] === 1);
  if (q.near) {
    const { lat, lon, radiusKm } = q.near;
    tests.push((i) => {
      const la = index.latitude[i] ?? Number.NaN;
      if (Number.isNaN(la)) return false;
      return distanceKm(lat, lon, la, index.longitude[i] ?? Number.NaN) <= radiusKm;
    });
  }
  const count = tests.length;
  if (count === 1) return tests[0] as (i: number) => boolean;
  return (i) => {
    for (let k = 0; k < count; k++) if (!(tests[k] as (i: number) => boolean)(i)) return false;
    return true;
  };
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

/** Counts facet values over the positions that pass; call `add` for each, then `result`. */
export function facetCounter(index: ColumnIndex) {
  const counts = Object.fromEntries(
    (Object.keys(FACET_COLUMN) as (keyof typeof FACET_COLUMN)[]).map((f) => [
      f,
      new Int32Array(index.coded[FACET_COLUMN[f]].values.length),
    ]),
  ) as Record<keyof typeof FACET_COLUMN, Int32Array>;
  const trackCounts = new Int32Array(trackIds.length);
  const keys = Object.keys(FACET_COLUMN) as (keyof typeof FACET_COLUMN)[];
  const countArrays = keys.map((f) => counts[f]);
  const codeArrays = keys.map((f) => index.coded[FACET_COLUMN[f]].codes);
  const width = keys.length;
  return {
    add(i: number) {
      for (let k = 0; k < width; k++) {
        const code = (codeArrays[k] as Int32Array)[i] ?? -1;
        if (code >= 0) {
          const counts = countArrays[k] as Int32Array;
          counts[code] = (counts[code] ?? 0) + 1;
        }
      }
      // Visit only the set bits: most leads have one or two tracks.
      let mask = index.tracks[i] ?? 0;
      while (mask) {
        const t = 31 - Math.clz32(mask & -mask);
        trackCounts[t] = (trackCounts[t] ?? 0) + 1;
        mask &= mask - 1;
      }
    },
    /** The raw counts, in the order `absorb` takes them. */
    arrays(): Int32Array[] {
      return [...countArrays, trackCounts] as Int32Array[];
    },
    /** Adds counts kept by another counter over the same index (see `arrays`). */
    absorb(arrays: Int32Array[]) {
      [...countArrays, trackCounts].forEach((mine, k) => {
        const theirs = arrays[k] as Int32Array;
        for (let v = 0; v < theirs.length; v++) (mine as Int32Array)[v] = (mine?.[v] ?? 0) + (theirs[v] ?? 0);
      });
    },
    result(): Record<FacetName, Record<string, number>> {
      const out = {} as Record<FacetName, Record<string, number>>;
      for (const name of facetNames) {
        const entries: [string, number][] =
          name === 'tracks'
            ? trackIds.map((t, k) => [t, trackCounts[k] ?? 0])
            : index.coded[FACET_COLUMN[name]].values.map((v, k) => [
                name === 'region' ? (index.regionDisplay.get(v) ?? v) : v,
                counts[name][k] ?? 0,
              ]);
        const sorted = entries.filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
        out[name] = Object.fromEntries(name === 'company' ? sorted.slice(0, 30) : sorted);
      }
      return out;
    },
  };
}

/** The best `k` items by `better` (a total order), without sorting everything. */
export function topK(items: number[], k: number, better: (a: number, b: number) => number): number[] {
  if (k <= 0) return [];
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
