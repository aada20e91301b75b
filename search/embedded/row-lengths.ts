import type { Store } from '../../store/open-store';
import { statement } from '../../store/statements';
import type { ColumnIndex } from './column-index';

/** The value of an upper-case hex digit's character code (SQLite's hex() writes upper case). */
const hexDigit = (code: number) => (code <= 57 ? code - 48 : code - 55);

/** A docsize record's total tokens: SQLite varints, one per column, seven bits a byte, high bit on all but the last. */
function totalOf(hex: string): number {
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
  return total;
}

/**
 * Every row's length in tokens (all columns), by index position, with FTS5's row count and average
 * (https://sqlite.org/fts5.html#the_bm25_function), read from FTS5's docsize table: in full once,
 * then only for the rows a patch touches. The scratch arrays the in-memory BM25 needs are kept
 * here too, sized with the index, rather than allocated per search.
 */
export class RowLengths {
  byPosition = new Float64Array(0);
  rows = 0;
  private tokens = 0;
  /** Candidate slot by position, -1 when not a candidate; reset after each use. */
  slot = new Int32Array(0);
  /** Rows seen for the phrase at hand; cleared before each phrase. */
  seen = new Uint8Array(0);

  get average(): number {
    return this.rows > 0 ? this.tokens / this.rows : 0;
  }

  /** Reads the lengths of the given rowids (all rows when none are given) and folds them in. */
  read(db: Store, index: ColumnIndex, rowids?: number[]): void {
    this.fit(index);
    const sql = rowids
      ? "SELECT json_group_array(id) AS ids, group_concat(hex(sz), ',') AS sizes FROM leads_fts_docsize WHERE id IN (SELECT value FROM json_each(?))"
      : "SELECT json_group_array(id) AS ids, group_concat(hex(sz), ',') AS sizes FROM leads_fts_docsize";
    // Two aggregated strings rather than one JS row per lead: reading rows took longer than the rest.
    const read = (rowids ? statement(db, sql).get(JSON.stringify(rowids)) : statement(db, sql).get()) as {
      ids: string;
      sizes: string | null;
    };
    const found = JSON.parse(read.ids) as number[];
    const sizes = read.sizes?.split(',') ?? [];
    if (!rowids) {
      this.byPosition.fill(0);
      this.rows = 0;
      this.tokens = 0;
    }
    const present = new Set<number>();
    found.forEach((rowid, k) => {
      present.add(rowid);
      const i = index.positionOf(rowid);
      if (i < 0) return;
      const before = this.byPosition[i] ?? 0;
      const counted = !rowids || this.counted(i);
      const total = totalOf(sizes[k] ?? '');
      this.byPosition[i] = total;
      this.tokens += total - (counted && rowids ? before : 0);
      if (!rowids || !counted) this.rows++;
      this.mark(i, true);
    });
    // Rows a patch touched that FTS5 no longer holds (deleted leads) leave the totals.
    for (const rowid of rowids ?? []) {
      if (present.has(rowid)) continue;
      const i = index.positionOf(rowid);
      if (i >= 0 && this.counted(i)) this.forget(i);
    }
  }

  /** A retired position (its lead deleted) leaves the totals. */
  forget(i: number): void {
    if (!this.counted(i)) return;
    this.tokens -= this.byPosition[i] ?? 0;
    this.rows--;
    this.byPosition[i] = 0;
    this.mark(i, false);
  }

  private inFts = new Uint8Array(0);
  private counted(i: number): boolean {
    return this.inFts[i] === 1;
  }
  private mark(i: number, on: boolean): void {
    this.inFts[i] = on ? 1 : 0;
  }

  /** Grows the arrays with the index. */
  private fit(index: ColumnIndex): void {
    const n = index.capacity;
    if (this.byPosition.length >= n) return;
    const grow = <T extends Float64Array | Uint8Array>(a: T, make: (n: number) => T) => {
      const b = make(n);
      b.set(a);
      return b;
    };
    this.byPosition = grow(this.byPosition, (k) => new Float64Array(k));
    this.inFts = grow(this.inFts, (k) => new Uint8Array(k));
    this.seen = new Uint8Array(n);
    this.slot = new Int32Array(n).fill(-1);
  }

  /** The scratch arrays, grown to the index if a patch appended since the last read. */
  scratch(index: ColumnIndex): { slot: Int32Array; seen: Uint8Array } {
    this.fit(index);
    return { slot: this.slot, seen: this.seen };
  }
}
