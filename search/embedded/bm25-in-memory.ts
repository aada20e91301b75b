import type { Store } from '../../store/open-store';
import { statement } from '../../store/statements';
import type { ColumnIndex } from './column-index';
import { tokenize } from './match-expression';

/** FTS5's bm25() constants (https://sqlite.org/fts5.html#the_bm25_function). */
const K1 = 1.2;
const B = 0.75;
/** BM25 column weights in leads_fts order: title > employer > tracks and skills > description. */
export const COLUMN_WEIGHTS = [10, 5, 3, 1] as const;
/**
 * The column of an occurrence, told apart by the length of its name (fts5vocab gives the name):
 * cheaper for SQLite than comparing names. title 5, tracks 6, company 7, description 11.
 */
const COLUMN_BY_NAME_LENGTH: Record<number, number> = { 5: 0, 6: 2, 7: 1, 11: 3 };
/** Room for a token offset inside one packed number (row × column × offset stays below 2^53). */
const OFFSET_SPAN = 2 ** 20;

/** One phrase of an FTS5 expression: its tokens, and whether the last one is a prefix. */
export interface Phrase {
  tokens: string[];
  prefix: boolean;
}

/**
 * The phrases of a MATCH expression built by match-expression.ts, in the order they appear: the
 * order FTS5 numbers them in, and so the order bm25() adds up their scores.
 */
export function phrasesOf(expression: string): Phrase[] {
  const phrases: Phrase[] = [];
  for (const m of expression.matchAll(/"((?:[^"]|"")*)"(\*)?/g)) {
    phrases.push({ tokens: tokenize((m[1] ?? '').replace(/""/g, '"')), prefix: m[2] === '*' });
  }
  return phrases;
}

/**
 * Every row's length in tokens (all columns), by position, with FTS5's row count and average; and
 * scratch arrays the size of the index, kept rather than allocated per search (see the engine).
 */
interface RowLengths {
  byPosition: Float64Array;
  rows: number;
  average: number;
  /** Candidate slot by position, -1 when not a candidate; reset after each use. */
  slot: Int32Array;
  /** Rows seen for the phrase at hand; cleared before each phrase. */
  seen: Uint8Array;
}

const lengthsCache = new WeakMap<ColumnIndex, RowLengths>();

/** The value of an upper-case hex digit's character code (SQLite's hex() writes upper case). */
const hexDigit = (code: number) => (code <= 57 ? code - 48 : code - 55);

/**
 * Row lengths from FTS5's docsize table, read once per column index (both are rebuilt when the
 * data changes). Each row's sizes are SQLite varints, one per column: seven bits a byte, most
 * significant group first, high bit set on every byte but the last.
 */
function rowLengths(db: Store, index: ColumnIndex): RowLengths {
  const cached = lengthsCache.get(index);
  if (cached) return cached;
  const byPosition = new Float64Array(index.size);
  // Two aggregated strings rather than one JS row per lead: reading rows took longer than the rest.
  const read = statement(
    db,
    "SELECT json_group_array(id) AS ids, group_concat(hex(sz), ',') AS sizes FROM leads_fts_docsize",
  ).get() as { ids: string; sizes: string | null };
  const rowids = JSON.parse(read.ids) as number[];
  const sizes = read.sizes?.split(',') ?? [];
  const rows = rowids.length;
  let tokens = 0;
  for (let k = 0; k < rows; k++) {
    const hex = sizes[k] ?? '';
    let total = 0;
    let value = 0;
    for (let j = 0; j < hex.length; j += 2) {
      const byte = hexDigit(hex.charCodeAt(j)) * 16 + hexDigit(hex.charCodeAt(j + 1));
      value = value * 128 + (byte & 0x7f);
      if (byte < 0x80) {
        total += value;
        value = 0;
      }
    }
    tokens += total;
    const i = index.positionOf(rowids[k] ?? 0);
    if (i >= 0) byPosition[i] = total;
  }
  const lengths = {
    byPosition,
    rows,
    average: rows > 0 ? tokens / rows : 0,
    slot: new Int32Array(index.size).fill(-1),
    seen: new Uint8Array(index.size),
  };
  lengthsCache.set(index, lengths);
  return lengths;
}

/** Packed (row × 4 + column) for every occurrence of a token or prefix; offsets when asked. */
function occurrences(db: Store, token: string, prefix: boolean, withOffsets: boolean) {
  const where = prefix ? 'term >= @t AND term < @t || char(1114111)' : 'term = @t';
  const row = statement(
    db,
    `SELECT group_concat(doc * 16 + length(col)) AS places${withOffsets ? ', group_concat(offset) AS offsets' : ''}
     FROM leads_fts_instances WHERE ${where}`,
  ).get({ t: token }) as { places: string | null; offsets?: string | null };
  const parse = (list: string | null | undefined) => (list ? (JSON.parse(`[${list}]`) as number[]) : []);
  const places = parse(row.places);
  for (let k = 0; k < places.length; k++) {
    const packed = places[k] ?? 0;
    places[k] = Math.floor(packed / 16) * 4 + (COLUMN_BY_NAME_LENGTH[packed % 16] ?? 3);
  }
  return { places, offsets: parse(row.offsets) };
}

/**
 * Where a phrase occurs, as packed (row × 4 + column), once per occurrence. `count` says how
 * often a token occurs in the index: a phrase with a token that never does occurs nowhere.
 */
function phrasePlaces(
  db: Store,
  phrase: Phrase,
  count: (token: string, prefix: boolean) => number,
): number[] {
  const [first, ...rest] = phrase.tokens;
  if (first === undefined) return [];
  const last = phrase.tokens.length - 1;
  if (phrase.tokens.some((token, k) => count(token, phrase.prefix && k === last) === 0)) return [];
  if (rest.length === 0) return occurrences(db, first, phrase.prefix, false).places;
  // Several tokens: an occurrence is the first token with each next one at the following offsets.
  const start = occurrences(db, first, false, true);
  let keys = start.places.map((place, k) => place * OFFSET_SPAN + (start.offsets[k] ?? 0));
  rest.forEach((token, n) => {
    const next = occurrences(db, token, phrase.prefix && n === rest.length - 1, true);
    const following = new Set(
      next.places.map((place, k) => place * OFFSET_SPAN + (next.offsets[k] ?? 0) - n - 1),
    );
    keys = keys.filter((key) => following.has(key));
  });
  return keys.map((key) => Math.floor(key / OFFSET_SPAN));
}

/**
 * FTS5's bm25() worked out in memory for the given positions, written into `score`: the same
 * formula, constants and order of additions, fed from the occurrence lists (term frequencies and
 * the rows each phrase is in) and the docsize table (row lengths), so the figures are the ones
 * bm25() gives. It costs a fraction of a microsecond per occurrence, against about a microsecond
 * and a half per matched row for bm25().
 */
export function scoreBm25InMemory(
  db: Store,
  phrases: Phrase[],
  count: (token: string, prefix: boolean) => number,
  positions: number[],
  index: ColumnIndex,
  score: Float64Array,
): void {
  const lengths = rowLengths(db, index);
  const width = phrases.length;
  const { slot, seen } = lengths;
  positions.forEach((i, k) => {
    slot[i] = k;
  });
  const frequency = new Float64Array(positions.length * width);
  const idf = new Float64Array(width);
  phrases.forEach((phrase, p) => {
    seen.fill(0);
    let rows = 0;
    for (const place of phrasePlaces(db, phrase, count)) {
      const i = index.positionOf(Math.floor(place / 4));
      if (i < 0) continue;
      if (seen[i] === 0) {
        seen[i] = 1;
        rows++;
      }
      const k = slot[i] ?? -1;
      if (k >= 0)
        frequency[k * width + p] = (frequency[k * width + p] ?? 0) + (COLUMN_WEIGHTS[place % 4] ?? 1);
    }
    // IDF as FTS5 computes it, floored just above zero for phrases in more than half the rows.
    // SQLite's ln() is the C library's log(), the one FTS5 calls; Math.log can differ in the last bit.
    const value = (
      statement(db, 'SELECT ln(?) AS v').get((lengths.rows - rows + 0.5) / (rows + 0.5)) as { v: number }
    ).v;
    idf[p] = value <= 0 ? 1e-6 : value;
  });
  positions.forEach((i, k) => {
    const length = lengths.byPosition[i] ?? 0;
    let sum = 0;
    for (let p = 0; p < width; p++) {
      const f = frequency[k * width + p] ?? 0;
      sum += (idf[p] ?? 0) * ((f * (K1 + 1.0)) / (f + K1 * (1 - B + (B * length) / lengths.average)));
    }
    score[i] = -1.0 * sum;
    slot[i] = -1;
  });
}
