import { COLUMN_WEIGHTS } from '../../core/search/text-index-schema';
import type { Store } from '../../store/open-store';
import { statement } from '../../store/statements';
import { phrasesOf, scoreBm25InMemory } from './bm25-in-memory';
import type { ColumnIndex } from './column-index';
import type { RowLengths } from './row-lengths';
import type { Vocabulary } from './vocabulary';

/** FTS5's bm25() with the column weights the in-memory scoring uses too. */
const BM25 = `bm25(leads_fts, ${COLUMN_WEIGHTS.join(', ')})`;

/**
 * The matches that can still reach the page. Relevance orders by pinned, then title hits, then
 * BM25: rows in a (pinned, title hits) group below the groups that fill the page cannot reach
 * it, whatever their BM25, so they need no score.
 */
export function pageCandidates(
  index: ColumnIndex,
  matched: number[],
  titleHits: Int32Array,
  need: number,
): number[] {
  const groupOf = (i: number) => (index.pinned[i] ?? 0) * 8 + Math.min(7, titleHits[i] ?? 0);
  const counts = new Int32Array(16);
  for (const i of matched) {
    const g = groupOf(i);
    counts[g] = (counts[g] ?? 0) + 1;
  }
  let boundary = 0;
  for (let g = 15, seen = 0; g >= 0; g--) {
    seen += counts[g] ?? 0;
    if (seen >= need) {
      boundary = g;
      break;
    }
  }
  return boundary === 0 ? matched : matched.filter((i) => groupOf(i) >= boundary);
}

/**
 * BM25 (FTS5's, with column weights) for the candidates, written into `score` by position, by
 * whichever way costs less for this query. In memory (bm25-in-memory.ts) when the query's phrases
 * occur rarely enough in the index; otherwise FTS5's bm25(), where a candidate set under about a
 * third of the matches (where that measured faster) is scored on its own: "+rowid" keeps SQLite
 * from turning the list into one FTS5 seek per rowid (far slower) and makes it a filter on the
 * single pass over the matches. Both give the same figures.
 */
export function scoreBm25(
  db: Store,
  expression: string,
  positions: number[],
  matches: number,
  index: ColumnIndex,
  score: Float64Array,
  vocabulary: Vocabulary,
  lengths: RowLengths,
): void {
  const phrases = phrasesOf(expression);
  const count = (token: string, prefix: boolean) => vocabulary.occurrences(token, prefix);
  // Work in memory grows with the phrases' occurrences in the whole index; a phrase of several
  // words also compares offsets (about twice the work), and one with an unknown word costs nothing.
  const occurrences = phrases.reduce((sum, p) => {
    const counts = p.tokens.map((t, k) => count(t, p.prefix && k === p.tokens.length - 1));
    if (counts.includes(0)) return sum;
    const total = counts.reduce((a, b) => a + b, 0);
    return sum + (counts.length > 1 ? 2 * total : total);
  }, 0);
  const subset = positions.length < matches * 0.35;
  // Measured here: bm25() costs about 1.35 µs a scored row, and FTS5 about 0.4 µs to walk each
  // match; in memory, about 0.35 µs an occurrence.
  if (occurrences <= matches + 4 * (subset ? positions.length : matches)) {
    scoreBm25InMemory(db, phrases, count, positions, index, score, lengths);
    return;
  }
  const sql = subset
    ? `WITH m AS MATERIALIZED (SELECT rowid AS r, ${BM25} AS s FROM leads_fts
         WHERE leads_fts MATCH ? AND +rowid IN (SELECT value FROM json_each(?)))
       SELECT json_group_array(r) AS rowids, json_group_array(s) AS scores FROM m`
    : // MATERIALIZED keeps bm25() in the FTS5 query it belongs to (it cannot run in an aggregate).
      `WITH m AS MATERIALIZED (SELECT rowid AS r, ${BM25} AS s FROM leads_fts WHERE leads_fts MATCH ?)
       SELECT json_group_array(r) AS rowids, json_group_array(s) AS scores FROM m`;
  const args: unknown[] = subset
    ? [expression, JSON.stringify(positions.map((i) => index.rowids[i] ?? 0))]
    : [expression];
  const row = statement(db, sql).get(...args) as { rowids: string; scores: string };
  const rowids = JSON.parse(row.rowids) as number[];
  const scores = JSON.parse(row.scores) as number[];
  for (let k = 0; k < rowids.length; k++) {
    const i = index.positionOf(rowids[k] ?? 0);
    if (i >= 0) score[i] = scores[k] ?? 0;
  }
}
