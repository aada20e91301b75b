/**
 * The one definition of the full-text index: its columns, their order and BM25 weights, the text
 * a lead is found by in the tracks column, and the tokenizer rules. The FTS5 migration and its
 * triggers, a reindex, the in-memory BM25, the highlighter, title hits and the Meilisearch document
 * all read it from here, so the engines cannot drift apart.
 */

/** The FTS5 columns in table order, each with its bm25() weight (https://sqlite.org/fts5.html#the_bm25_function). */
export const TEXT_COLUMNS = [
  { name: 'title', weight: 10 },
  { name: 'company', weight: 5 },
  { name: 'tracks', weight: 3 },
  { name: 'description', weight: 1 },
] as const;
export type TextColumn = (typeof TEXT_COLUMNS)[number]['name'];

export const TEXT_COLUMN_NAMES: readonly TextColumn[] = TEXT_COLUMNS.map((c) => c.name);
export const COLUMN_WEIGHTS: readonly number[] = TEXT_COLUMNS.map((c) => c.weight);

/** A column's place in the table, as fts5vocab and the in-memory scoring number them. */
export const columnNumber = (name: string): number => TEXT_COLUMN_NAMES.indexOf(name as TextColumn);

/**
 * FTS5's tokenizer: unicode61 with diacritics removed (https://sqlite.org/fts5.html#unicode61_tokenizer).
 * `tokenize` below is the same rule in JS.
 */
export const FTS5_TOKENIZER = "tokenize = 'unicode61 remove_diacritics 2'";

/**
 * The table's options. No prefix indexes: FTS5 wrote every token once more for each prefix length
 * (3 to 6), which cost about two thirds of an insert (measured: 364 µs against 118 µs for a
 * 400-word posting). A prefix query still finds the same rows from the main index, by the range of
 * terms it starts with (https://sqlite.org/fts5.html#prefix_indexes), and the engine expands a
 * last-word prefix into those terms (search/embedded/prefix-terms.ts). The table keeps its own
 * copy of the text: a contentless one (content = '', contentless_delete = 1) wrote about a quarter
 * less, but after a delete its bm25() totals no longer match the rows' sizes, and the in-memory
 * BM25 must give FTS5's figures exactly.
 */
export const FTS5_OPTIONS = FTS5_TOKENIZER;

/**
 * How much pending index data FTS5 keeps in memory before it writes a segment
 * (https://sqlite.org/fts5.html#the_hashsize_configuration_option): the default megabyte made a
 * crawl batch flush and merge small segments many times over.
 */
export const FTS5_HASHSIZE = 64 * 2 ** 20;

/** Folds a word as unicode61 with remove_diacritics does: decomposed, marks dropped, lower case. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** A token's characters: letters and digits; everything else separates tokens. */
export const TOKEN = /[\p{L}\p{N}]+/gu;

/** Words as FTS5's tokenizer sees them. */
export function tokenize(text: string): string[] {
  return foldText(text).match(TOKEN) ?? [];
}

/**
 * Many texts as token strings (" word word "), one per text, with a space on each side so that a
 * word or prefix can be found at a token boundary with `includes`. One fold and one regex pass over
 * all of them together: per-text calls cost several seconds at a million titles.
 */
export function tokenStrings(texts: string[]): string[] {
  const joined = foldText(texts.join('\n')).replace(/[^\p{L}\p{N}\n]+/gu, ' ');
  const parts = joined.split('\n');
  if (parts.length !== texts.length) return texts.map((t) => ` ${tokenize(t).join(' ')} `);
  return parts.map((p) => ` ${p.trim()} `);
}

/** The tracks column's text: the lead's tracks (as words) and its classified occupations' titles. */
export function tracksText(tracks: readonly string[], occupations: readonly { title: string }[]): string {
  return [...tracks.map((t) => t.replace(/-/g, ' ')), ...occupations.map((o) => o.title)].join(' ');
}

/**
 * The same text in SQL over a `leads` row named `row`: its effective tracks (the `tracks` column,
 * with advisers' corrections) and the occupations in its fit.
 */
export function tracksTextSql(row: string): string {
  return `trim(replace(coalesce((SELECT group_concat(value, ' ') FROM json_each(${row}.tracks)), ''), '-', ' ')
   || ' ' || coalesce((SELECT group_concat(json_extract(value, '$.title'), ' ') FROM json_each(${row}.fit, '$.occupations')), ''))`;
}

/** The values inserted into leads_fts for a `leads` row named `row`, in column order. */
export function textValuesSql(row: string): string {
  const value: Record<TextColumn, string> = {
    title: `${row}.title`,
    company: `${row}.company`,
    tracks: tracksTextSql(row),
    description: `${row}.description`,
  };
  return TEXT_COLUMN_NAMES.map((c) => value[c]).join(', ');
}

/** The `leads` columns whose change changes the text index (a trigger's WHEN clause compares them). */
export const TEXT_SOURCE_COLUMNS = ['title', 'company', 'tracks', 'fit', 'description'] as const;
