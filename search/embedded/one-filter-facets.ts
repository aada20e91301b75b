import { trackIds } from '../../core/fit/tracks';
import type { FacetName, SearchQuery } from '../../core/search/search-query';
import type { CodedName, ColumnIndex } from './column-index';
import { facetCounter, onlyDefaultFilters } from './index-query';

/** The one facet a browse filters on (a coded column, or tracks), and the values it asks for. */
type OneFilter = { column: CodedName | 'tracks'; values: string[] };

/** Per value of a column: how many default-visible leads have it, and their facet counts. */
interface ValueTable {
  totals: Int32Array;
  counts: Int32Array[][];
}

/**
 * Columns with more values than this get no table: one table per value, each as wide as every
 * facet together, would grow with the square of the values (employers, at real scale).
 */
const MAX_VALUES = 100;

/**
 * The filter of a browse (no text) whose only filter beyond the defaults is one facet: a remote
 * kind, employment types, source types, a country, a region or a single track. It is what a
 * visitor does most after landing (click one facet), and its counts are sums of per-value tables.
 */
function oneFilter(q: SearchQuery): OneFilter | null {
  if (q.q.trim() !== '' || (q.tracks?.length ?? 0) > 1) return null;
  const picked: OneFilter[] = [];
  if (q.remote?.length) picked.push({ column: 'remote', values: q.remote });
  if (q.employmentType?.length) picked.push({ column: 'employmentType', values: q.employmentType });
  if (q.sourceType?.length) picked.push({ column: 'sourceType', values: q.sourceType });
  if (q.country) picked.push({ column: 'country', values: [q.country] });
  if (q.region) picked.push({ column: 'region', values: [q.region.toLowerCase()] });
  if (q.tracks?.length === 1) picked.push({ column: 'tracks', values: q.tracks });
  const rest: SearchQuery = {
    ...q,
    remote: undefined,
    employmentType: undefined,
    sourceType: undefined,
    country: undefined,
    region: undefined,
    tracks: undefined,
  };
  return picked.length === 1 && onlyDefaultFilters(rest) ? (picked[0] ?? null) : null;
}

/** A column's table, built once per revision of the index (its one invalidation rule). */
function tableFor(index: ColumnIndex, column: OneFilter['column']): ValueTable | null {
  return index.derived(`one-filter:${column}`, () => buildTable(index, column));
}

function buildTable(index: ColumnIndex, column: OneFilter['column']): ValueTable | null {
  const width = column === 'tracks' ? trackIds.length : index.coded[column].values.length;
  let table: ValueTable | null = null;
  if (width <= MAX_VALUES) {
    const counters = Array.from({ length: width }, () => facetCounter(index));
    const totals = new Int32Array(width);
    const codes = column === 'tracks' ? null : index.coded[column].codes;
    for (let i = 0; i < index.size; i++) {
      if (index.visibleByDefault[i] !== 1) continue;
      if (codes) {
        const code = codes[i] ?? -1;
        if (code < 0) continue;
        counters[code]?.add(i);
        totals[code] = (totals[code] ?? 0) + 1;
      } else {
        for (let mask = index.tracks[i] ?? 0; mask; mask &= mask - 1) {
          const t = 31 - Math.clz32(mask & -mask);
          counters[t]?.add(i);
          totals[t] = (totals[t] ?? 0) + 1;
        }
      }
    }
    table = { totals, counts: counters.map((c) => c.arrays()) };
  }
  return table;
}

/**
 * The total and facet counts of a one-facet browse, from tables built once per index and column:
 * the same figures as counting every lead that passes, without walking them. Null for any other
 * query, which counts as it goes.
 */
export function oneFilterFacets(
  index: ColumnIndex,
  q: SearchQuery,
): { total: number; facets: Record<FacetName, Record<string, number>> } | null {
  const filter = oneFilter(q);
  if (!filter) return null;
  const table = tableFor(index, filter.column);
  if (!table) return null;
  const merged = facetCounter(index);
  let total = 0;
  const codes = new Set(
    filter.values.map((v) =>
      filter.column === 'tracks' ? trackIds.indexOf(v as never) : index.coded[filter.column].code(v),
    ),
  );
  for (const code of codes) {
    const counts = table.counts[code];
    if (code < 0 || !counts) continue;
    merged.absorb(counts);
    total += table.totals[code] ?? 0;
  }
  return { total, facets: merged.result() };
}
