import { COLUMN_WEIGHTS, columnNumber, TEXT_COLUMN_NAMES } from '../../core/search/text-index-schema';
import type { Store } from '../../store/open-store';
import type { Phrase } from './bm25-in-memory';
import { phrasePlaces } from './bm25-in-memory';
import type { ColumnIndex } from './column-index';

const WIDTH = TEXT_COLUMN_NAMES.length;
const TITLE = columnNumber('title');

/**
 * The rows a phrase occurs in, as ascending index positions, and per row the sum of the column
 * weights of its occurrences: the weighted term frequency FTS5's bm25() uses
 * (https://sqlite.org/fts5.html#the_bm25_function).
 */
export interface Postings {
  positions: Int32Array;
  weights: Float32Array;
  /** The rows whose title holds the phrase (by token, as FTS5 matches it), ascending: title hits. */
  titled: Int32Array;
}

/** A changed lead for a patch: its position, and its indexed texts as tokens per column (null: gone). */
export interface ChangedText {
  position: number;
  columns: string[][] | null;
}

const keyOf = (phrase: Phrase) => `${phrase.prefix ? '*' : '='}${phrase.tokens.join(' ')}`;

/**
 * Occurrence lists of the phrases searches used, held as typed arrays and patched with every
 * change, so a word's matching rows and its BM25 frequencies come from memory. Handing a broad
 * word's rows over from FTS5 (one rowid each, looked up by position) cost more than everything
 * else a search does; a list read once is reused by every later search that holds the phrase,
 * whatever its filters, sort or page.
 *
 * A phrase's list is read from FTS5's own occurrence table (fts5vocab "instance") the first time it
 * is asked for, so it is FTS5's match exactly; patches work out changed leads' occurrences with the
 * same tokenizer rule (text-index-schema.ts). Lists are kept least recently used first and dropped
 * beyond a budget of positions that grows with the index.
 */
export class PhrasePostings {
  private readonly lists = new Map<string, { phrase: Phrase; postings: Postings }>();
  private held = 0;

  constructor(
    private readonly db: Store,
    private readonly index: ColumnIndex,
    private readonly count: (token: string, prefix: boolean) => number,
  ) {}

  /** Positions held across all lists before the least recently used are dropped. */
  private budget(): number {
    return Math.max(2_000_000, 8 * this.index.size);
  }

  get(phrase: Phrase): Postings {
    const key = keyOf(phrase);
    const hit = this.lists.get(key);
    if (hit) {
      // Map order is recency order: move it to the end.
      this.lists.delete(key);
      this.lists.set(key, hit);
      return hit.postings;
    }
    const postings = this.read(phrase);
    this.lists.set(key, { phrase, postings });
    this.held += postings.positions.length;
    for (const [k, entry] of this.lists) {
      if (this.held <= this.budget() || k === key) break;
      this.lists.delete(k);
      this.held -= entry.postings.positions.length;
    }
    return postings;
  }

  /** The phrase's list from FTS5's occurrences, by position. */
  private read(phrase: Phrase): Postings {
    const places = phrasePlaces(this.db, phrase, this.count);
    const packed = new Float64Array(places.length);
    let n = 0;
    let sorted = true;
    for (const place of places) {
      const i = this.index.positionOf(Math.floor(place / WIDTH));
      if (i < 0) continue;
      const value = i * WIDTH + (place % WIDTH);
      if (n > 0 && value < (packed[n - 1] as number)) sorted = false;
      packed[n++] = value;
    }
    const used = packed.subarray(0, n);
    if (!sorted) used.sort();
    let rows = 0;
    for (let k = 0; k < n; k++)
      if (k === 0 || Math.floor((used[k] as number) / WIDTH) !== Math.floor((used[k - 1] as number) / WIDTH))
        rows++;
    const positions = new Int32Array(rows);
    const weights = new Float32Array(rows);
    const titled: number[] = [];
    let r = -1;
    for (let k = 0; k < n; k++) {
      const value = used[k] as number;
      const i = Math.floor(value / WIDTH);
      if (r < 0 || positions[r] !== i) positions[++r] = i;
      weights[r] = (weights[r] as number) + (COLUMN_WEIGHTS[value % WIDTH] ?? 1);
      if (value % WIDTH === TITLE && titled.at(-1) !== i) titled.push(i);
    }
    return { positions, weights, titled: Int32Array.from(titled) };
  }

  /** Brings every held list up to the changed leads: their old rows leave, their new ones enter. */
  patch(changes: ChangedText[]): void {
    if (changes.length === 0) return;
    const changed = new Set(changes.map((c) => c.position));
    for (const entry of this.lists.values()) {
      const { positions, weights, titled } = entry.postings;
      const entering: [number, number][] = [];
      const titledNow: number[] = [];
      for (const c of changes) {
        if (!c.columns) continue;
        const weight = weightIn(entry.phrase, c.columns);
        if (weight > 0) entering.push([c.position, weight]);
        if (weightIn(entry.phrase, [c.columns[TITLE] ?? []]) > 0) titledNow.push(c.position);
      }
      const leaving = changes.some((c) => contains(positions, c.position));
      if (!leaving && entering.length === 0) continue;
      entering.sort((a, b) => a[0] - b[0]);
      const size = positions.length + entering.length;
      const nextPositions = new Int32Array(size);
      const nextWeights = new Float32Array(size);
      let n = 0;
      let e = 0;
      for (let k = 0; k <= positions.length; k++) {
        const i = k < positions.length ? (positions[k] as number) : Number.POSITIVE_INFINITY;
        while (e < entering.length && (entering[e]?.[0] as number) < i) {
          const [p, w] = entering[e++] as [number, number];
          nextPositions[n] = p;
          nextWeights[n++] = w;
        }
        if (k === positions.length || changed.has(i)) continue;
        nextPositions[n] = i;
        nextWeights[n++] = weights[k] as number;
      }
      this.held += n - positions.length;
      const keptTitled = Array.from(titled).filter((i) => !changed.has(i));
      entry.postings = {
        positions: nextPositions.slice(0, n),
        weights: nextWeights.slice(0, n),
        titled: Int32Array.from([...keptTitled, ...titledNow]).sort(),
      };
    }
  }
}

/** Whether an ascending list holds the value (binary search). */
function contains(list: Int32Array, value: number): boolean {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo < list.length && list[lo] === value;
}

/**
 * A lead's weighted frequency of the phrase: each occurrence (its tokens in a row within one
 * column, the last one as a prefix when the phrase is one) adds its column's weight.
 */
export function weightIn(phrase: Phrase, columns: string[][]): number {
  const { tokens, prefix } = phrase;
  const last = tokens.length - 1;
  let weight = 0;
  columns.forEach((column, c) => {
    for (let start = 0; start + last < column.length; start++) {
      let k = 0;
      for (; k <= last; k++) {
        const have = column[start + k] as string;
        const want = tokens[k] as string;
        if (k === last && prefix ? !have.startsWith(want) : have !== want) break;
      }
      if (k > last) weight += COLUMN_WEIGHTS[c] ?? 1;
    }
  });
  return weight;
}
