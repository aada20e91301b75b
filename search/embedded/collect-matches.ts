import type { ColumnIndex } from './column-index';
import type { FacetCounter } from './facet-counter';
import type { Filter } from './filter-tests';

/**
 * One pass over FTS5's matches: the filters, the facet counts, and how many of the query's clauses
 * each title holds, by token (written into `titleHits`; see MatchPlan.clauses). `found` holds index
 * positions (-1: none); returns those that pass, in the same order.
 */
export function collectMatches(
  found: ArrayLike<number>,
  index: ColumnIndex,
  filter: Filter,
  facets: FacetCounter,
  clauses: string[][],
  titleHits: Int32Array,
): number[] {
  const passing = new Int32Array(found.length);
  let n = 0;
  for (let k = 0; k < found.length; k++) {
    const i = found[k] as number;
    if (i >= 0) passing[n++] = i;
  }
  n = filter.keep(passing, n);
  const matched: number[] = new Array(n);
  const titles = index.titles;
  for (let k = 0; k < n; k++) {
    const i = passing[k] as number;
    matched[k] = i;
    // No clauses (the occurrence lists count title hits themselves): the title is not read at all.
    if (clauses.length === 0) {
      titleHits[i] = 0;
      continue;
    }
    const title = titles[i] ?? '';
    let hits = 0;
    for (let c = 0; c < clauses.length; c++) {
      const alternatives = clauses[c] as string[];
      for (let a = 0; a < alternatives.length; a++) {
        if (title.includes(alternatives[a] as string)) {
          hits++;
          break;
        }
      }
    }
    titleHits[i] = hits;
  }
  facets.addAll(passing, n);
  return matched;
}
