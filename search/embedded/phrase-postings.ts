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
interface Entry {
  phrase: Phrase;
  postings: Postings;
  /** Patches not yet applied to this list, oldest first (see `patch`). */
  pending: ChangedText[][];
  pendingLeads: number;
}

export class PhrasePostings {
  private readonly lists = new Map<string, Entry>();
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
      if (hit.pending.length > 0) this.apply(hit);
      return hit.postings;
    }
    const postings = this.read(phrase);
    this.lists.set(key, { phrase, postings, pending: [], pendingLeads: 0 });
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

  /**
   * Hands the changed leads to every held list; each applies them when a search next asks for it
   * (`get`). Rewriting every held list on every patch cost a copy of up to eight positions per
   * lead in the index, per patch, most of it for lists no search was about to read. A list that
   * gathers more changes than it has rows is dropped instead, and read afresh when next asked for.
   */
  patch(changes: ChangedText[]): void {
    if (changes.length === 0) return;
    for (const [key, entry] of this.lists) {
      entry.pending.push(changes);
      entry.pendingLeads += changes.length;
      if (entry.pendingLeads > Math.max(1_000, entry.postings.positions.length)) {
        this.lists.delete(key);
        this.held -= entry.postings.positions.length;
      }
    }
  }

  /**
   * Brings a list up to its pending changes: the changed leads' old rows leave, their new ones
   * enter (a lead changed twice counts as it was last). The list is rebuilt by copying the runs
   * between changed positions (found by binary search), not a step per row.
   */
  private apply(entry: Entry): void {
    const latest = new Map<number, ChangedText>();
    for (const batch of entry.pending) for (const c of batch) latest.set(c.position, c);
    entry.pending = [];
    entry.pendingLeads = 0;
    const sorted = [...latest.values()].sort((a, b) => a.position - b.position);
    const at = sorted.map((c) => c.position);
    const { positions, weights, titled } = entry.postings;
    const weightNow = new Float32Array(sorted.length);
    const inTitle = new Float32Array(sorted.length);
    let entering = false;
    sorted.forEach((c, k) => {
      if (!c.columns) return;
      weightNow[k] = weightIn(entry.phrase, c.columns);
      inTitle[k] = weightIn(entry.phrase, [c.columns[TITLE] ?? []]) > 0 ? 1 : 0;
      if (weightNow[k] > 0) entering = true;
    });
    if (!entering && !at.some((i) => contains(positions, i))) return;
    const next = splice(positions, weights, at, weightNow);
    const nextTitled = splice(titled, null, at, inTitle);
    this.held += next.positions.length - positions.length;
    entry.postings = { positions: next.positions, weights: next.values, titled: nextTitled.positions };
  }
}

/**
 * An ascending list with the given ascending positions taken out, and put back where their new
 * value is above zero (with that value, when the list carries values).
 */
function splice(
  positions: Int32Array,
  values: Float32Array | null,
  at: number[],
  now: Float32Array,
): { positions: Int32Array; values: Float32Array } {
  const size = positions.length + at.length;
  const outPositions = new Int32Array(size);
  const outValues = new Float32Array(values ? size : 0);
  let n = 0;
  let from = 0;
  const copy = (to: number) => {
    outPositions.set(positions.subarray(from, to), n);
    if (values) outValues.set(values.subarray(from, to), n);
    n += to - from;
  };
  at.forEach((i, k) => {
    const place = lowerBound(positions, i, from);
    copy(place);
    from = positions[place] === i ? place + 1 : place;
    const value = now[k] as number;
    if (value > 0) {
      outPositions[n] = i;
      if (values) outValues[n] = value;
      n++;
    }
  });
  copy(positions.length);
  return { positions: outPositions.slice(0, n), values: values ? outValues.slice(0, n) : outValues };
}

/** The first place in an ascending list, from `lo` on, whose value is not below `value`. */
function lowerBound(list: Int32Array, value: number, lo = 0): number {
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether an ascending list holds the value. */
function contains(list: Int32Array, value: number): boolean {
  return list[lowerBound(list, value)] === value;
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
