import type { Store } from '../../store/open-store';
import { statement } from '../../store/statements';
import { B, K1 } from './bm25-in-memory';
import type { Postings } from './phrase-postings';
import type { RowLengths } from './row-lengths';

/**
 * The positions in any of the ascending lists, ascending, each once: merged in pairs, round after
 * round, so k lists of n positions cost n log k steps. Sorting the lists' concatenation instead
 * (a word and its prefix: two lists of some 65,000 positions at a million leads) cost about 25 ms.
 */
function union(lists: Int32Array[]): Int32Array {
  if (lists.length === 0) return new Int32Array(0);
  let round = lists;
  while (round.length > 1) {
    const next: Int32Array[] = [];
    for (let k = 0; k < round.length; k += 2) {
      const b = round[k + 1];
      next.push(b ? mergeTwo(round[k] as Int32Array, b) : (round[k] as Int32Array));
    }
    round = next;
  }
  return round[0] as Int32Array;
}

/** Two ascending lists of distinct positions as one, each position once. */
function mergeTwo(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x <= y) {
      out[n++] = x;
      i++;
      if (x === y) j++;
    } else {
      out[n++] = y;
      j++;
    }
  }
  out.set(a.subarray(i), n);
  n += a.length - i;
  out.set(b.subarray(j), n);
  n += b.length - j;
  return out.subarray(0, n);
}

/** The positions in both ascending lists. */
function intersect(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(Math.min(a.length, b.length));
  let n = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x < y) i++;
    else if (y < x) j++;
    else {
      out[n++] = x;
      i++;
      j++;
    }
  }
  return out.subarray(0, n);
}

/**
 * What FTS5's MATCH of the plan's expression finds, from the phrases' lists: every group (an OR of
 * phrases) must match, so the groups' unions are intersected, smallest first. Ascending positions.
 */
export function matchPositions(groups: Postings[][]): Int32Array {
  const unions = groups.map((g) => union(g.map((p) => p.positions))).sort((a, b) => a.length - b.length);
  let found = unions[0] ?? new Int32Array(0);
  for (let g = 1; g < unions.length && found.length > 0; g++)
    found = intersect(found, unions[g] as Int32Array);
  return found;
}

/**
 * How many of the first `limit` groups each title holds (see MatchPlan.clauses), added into
 * `titleHits`, which the caller has zeroed for the matches: a group counts once however many of its
 * phrases the title holds. Positions outside the matches may gain counts; nothing reads them.
 */
export function addTitleHits(groups: Postings[][], limit: number, titleHits: Int32Array): void {
  for (const group of groups.slice(0, limit)) {
    const titled = union(group.map((p) => p.titled));
    for (let k = 0; k < titled.length; k++) {
      const i = titled[k] as number;
      titleHits[i] = (titleHits[i] as number) + 1;
    }
  }
}

/**
 * FTS5's bm25() for the candidates (ascending positions), written into `score`, from the lists of
 * the expression's phrases in expression order: the formula, constants and order of additions of
 * bm25-in-memory.ts, so the figures are the same.
 */
export function scoreFromPostings(
  db: Store,
  phrases: Postings[],
  candidates: number[],
  lengths: RowLengths,
  score: Float64Array,
): void {
  const sums = new Float64Array(candidates.length);
  const average = lengths.average;
  for (const list of phrases) {
    const rows = list.positions.length;
    // SQLite's ln() is the C library's log(), the one FTS5 calls; Math.log can differ in the last bit.
    const value = (
      statement(db, 'SELECT ln(?) AS v').get((lengths.rows - rows + 0.5) / (rows + 0.5)) as { v: number }
    ).v;
    const idf = value <= 0 ? 1e-6 : value;
    const { positions, weights } = list;
    for (let k = 0, j = 0; k < candidates.length; k++) {
      const i = candidates[k] as number;
      while (j < rows && (positions[j] as number) < i) j++;
      const f = j < rows && positions[j] === i ? (weights[j] as number) : 0;
      const length = lengths.byPosition[i] ?? 0;
      sums[k] = (sums[k] as number) + idf * ((f * (K1 + 1.0)) / (f + K1 * (1 - B + (B * length) / average)));
    }
  }
  for (let k = 0; k < candidates.length; k++) score[candidates[k] as number] = -1.0 * (sums[k] as number);
}
