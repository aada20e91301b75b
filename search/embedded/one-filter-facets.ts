import { trackIds } from '../../core/fit/tracks';
import type { FacetName, SearchQuery } from '../../core/search/search-query';
import type { CodedName, ColumnIndex } from './column-index';
import type { FacetCounter } from './facet-counter';
import { facetCounter } from './facet-counter';
import { onlyDefaultFilters } from './index-query';
import { codesAt } from './value-bits';

/** The one facet a browse filters on (a coded column, or tracks), and the values it asks for. */
type OneFilter = { column: CodedName | 'tracks'; values: string[] };

/** Per value of a column: how many default-visible leads have it, and their facet counts. */
interface ValueTable {
  totals: number[];
  counters: FacetCounter[];
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

/**
 * A column's table, built once per index and then carried through patches: each changed lead is
 * counted out of its old values and into its new ones (a rebuild would walk every lead again).
 */
function tableFor(index: ColumnIndex, column: OneFilter['column']): ValueTable | null {
  return index.derived(
    `one-filter:${column}`,
    () => buildTable(index, column),
    (table) => ({
      leave: (i) => void step(index, column, table, i, -1),
      enter: (i) => step(index, column, table, i, 1),
    }),
  );
}

function widthOf(index: ColumnIndex, column: OneFilter['column']): number {
  return column === 'tracks' ? trackIds.length : index.coded[column].values.length;
}

/** Counts one default-visible position in or out; false when the column outgrew the tables. */
function step(
  index: ColumnIndex,
  column: OneFilter['column'],
  table: ValueTable | null,
  i: number,
  delta: 1 | -1,
): boolean {
  // No table: the column had too many values, and values are never forgotten.
  if (!table) return true;
  if (index.visibleByDefault[i] !== 1) return true;
  for (const code of codesAt(index, column, i)) {
    if (code >= MAX_VALUES) return false;
    while (table.counters.length <= code) {
      table.counters.push(facetCounter(index));
      table.totals.push(0);
    }
    table.counters[code]?.step(i, delta);
    table.totals[code] = (table.totals[code] ?? 0) + delta;
  }
  return true;
}

function buildTable(index: ColumnIndex, column: OneFilter['column']): ValueTable | null {
  const width = widthOf(index, column);
  if (width > MAX_VALUES) return null;
  const table: ValueTable = {
    totals: Array.from({ length: width }, () => 0),
    counters: Array.from({ length: width }, () => facetCounter(index)),
  };
  for (let i = 0; i < index.size; i++) {
    if (index.visibleByDefault[i] !== 1) continue;
    for (const code of codesAt(index, column, i)) {
      table.counters[code]?.add(i);
      table.totals[code] = (table.totals[code] ?? 0) + 1;
    }
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
    const counts = table.counters[code];
    if (code < 0 || !counts) continue;
    merged.absorb(counts.arrays());
    total += table.totals[code] ?? 0;
  }
  return { total, facets: merged.result() };
}
