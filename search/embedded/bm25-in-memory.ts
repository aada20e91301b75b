import { COLUMN_WEIGHTS, TEXT_COLUMN_NAMES, tokenize } from '../../core/search/text-index-schema';
import type { Store } from '../../store/open-store';
import { statement } from '../../store/statements';
import type { ColumnIndex } from './column-index';
import type { RowLengths } from './row-lengths';

/** FTS5's bm25() constants (https://sqlite.org/fts5.html#the_bm25_function). */
export const K1 = 1.2;
export const B = 0.75;
/** A column's number from the name fts5vocab gives, in the order of the text-index schema. */
const COLUMN_OF_NAME = `CASE col ${TEXT_COLUMN_NAMES.map((name, k) => `WHEN '${name}' THEN ${k}`).join(' ')} END`;
const WIDTH = TEXT_COLUMN_NAMES.length;
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

/** Packed (row × columns + column) for every occurrence of a token or prefix; offsets when asked. */
function occurrences(db: Store, token: string, prefix: boolean, withOffsets: boolean) {
  const where = prefix ? 'term >= @t AND term < @t || char(1114111)' : 'term = @t';
  const row = statement(
    db,
    `SELECT group_concat(doc * ${WIDTH} + ${COLUMN_OF_NAME}) AS places${withOffsets ? ', group_concat(offset) AS offsets' : ''}
     FROM leads_fts_instances WHERE ${where}`,
  ).get({ t: token }) as { places: string | null; offsets?: string | null };
  const parse = (list: string | null | undefined) => (list ? (JSON.parse(`[${list}]`) as number[]) : []);
  return { places: parse(row.places), offsets: parse(row.offsets) };
}

/**
 * Where a phrase occurs, as packed (row × columns + column), once per occurrence. `count` says how
 * often a token occurs in the index: a phrase with a token that never does occurs nowhere.
 */
export function phrasePlaces(
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
  lengths: RowLengths,
): void {
  const width = phrases.length;
  const { slot, seen } = lengths.scratch(index);
  positions.forEach((i, k) => {
    slot[i] = k;
  });
  const frequency = new Float64Array(positions.length * width);
  const idf = new Float64Array(width);
  phrases.forEach((phrase, p) => {
    seen.fill(0);
    let rows = 0;
    for (const place of phrasePlaces(db, phrase, count)) {
      const i = index.positionOf(Math.floor(place / WIDTH));
      if (i < 0) continue;
      if (seen[i] === 0) {
        seen[i] = 1;
        rows++;
      }
      const k = slot[i] ?? -1;
      if (k >= 0)
        frequency[k * width + p] = (frequency[k * width + p] ?? 0) + (COLUMN_WEIGHTS[place % WIDTH] ?? 1);
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
