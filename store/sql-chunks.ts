/**
 * Batched statements take a list of values in chunks of a few fixed sizes, so each connection
 * prepares a handful of statement texts and reuses them (store/statements.ts caches by text).
 */

/** The largest list one statement takes: well under SQLite's 32,766 variables (https://sqlite.org/limits.html#max_variable_number). */
export const MAX_CHUNK = 256;

const placeholders = new Map<string, string>();

/** `(?, ?, ?)` for a row of `width` values, repeated `rows` times and joined by commas. */
export function valueRows(rows: number, width: number): string {
  const key = `${rows}x${width}`;
  let text = placeholders.get(key);
  if (text === undefined) {
    const row = `(${Array.from({ length: width }, () => '?').join(', ')})`;
    text = Array.from({ length: rows }, () => row).join(', ');
    placeholders.set(key, text);
  }
  return text;
}

/** `?, ?, ?` for an IN list of `size` values. */
export const inList = (size: number): string => valueRows(1, size).slice(1, -1);

/**
 * Splits `items` for an IN list: chunks of at most MAX_CHUNK, each padded to a power of two by
 * repeating its last value (a value twice in an IN list is the same set), so that only nine
 * statement texts exist per query.
 */
export function inChunks<T>(items: readonly T[]): T[][] {
  const chunks: T[][] = [];
  for (let from = 0; from < items.length; from += MAX_CHUNK) {
    const chunk = items.slice(from, from + MAX_CHUNK);
    let size = 1;
    while (size < chunk.length) size *= 2;
    const last = chunk[chunk.length - 1] as T;
    while (chunk.length < size) chunk.push(last);
    chunks.push(chunk);
  }
  return chunks;
}

/**
 * Splits `items` for multi-row writes, where a row must not repeat: chunks whose sizes are powers
 * of two (a page of 500 writes 256 + 128 + 64 + 32 + 16 + 4 rows), again nine texts at most.
 */
export function rowChunks<T>(items: readonly T[]): T[][] {
  const chunks: T[][] = [];
  let from = 0;
  while (from < items.length) {
    let size = MAX_CHUNK;
    while (size > items.length - from) size /= 2;
    chunks.push(items.slice(from, from + size));
    from += size;
  }
  return chunks;
}
