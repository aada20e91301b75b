import { positionsOf, wordsFor } from './bitset';
import type { ColumnIndex } from './column-index';
import type { FacetCounter } from './facet-counter';
import type { Filter } from './filter-tests';

/** Matches counted as bits once they are at least one in DENSE of the leads (about where it costs less). */
const DENSE = 32;

/**
 * One pass over FTS5's matches: the filters, the facet counts, and how many of the query's clauses
 * each title holds, by token (written into `titleHits`; see MatchPlan.clauses). `found` holds index
 * positions (-1: none), ascending; returns those that pass, in the same order.
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
  // Many matches (a broad word): as bits, filtered and counted as a browse is (browse-page.ts),
  // where testing and counting each match read a 32-byte facet row apiece.
  const words = wordsFor(index.size);
  const pass = found.length * DENSE >= index.size ? new Uint32Array(words) : null;
  for (let k = 0; k < found.length; k++) {
    const i = found[k] as number;
    if (i < 0) continue;
    if (pass) pass[i >>> 5] = (pass[i >>> 5] as number) | (1 << (i & 31));
    else passing[n++] = i;
  }
  if (pass) n = positionsOf(filter.bits(index.size, pass), words, passing);
  else n = filter.keep(passing, n);
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
  if (pass) facets.addBits(pass, passing, n);
  else facets.addAll(passing, n);
  return matched;
}
