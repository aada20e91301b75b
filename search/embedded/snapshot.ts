import { textValuesSql, tokenize } from '../../core/search/text-index-schema';
import { changedSince, changeSequence } from '../../store/data-version';
import type { Store } from '../../store/open-store';
import { ColumnIndex } from './column-index';
import { readLeadColumns } from './column-reader';
import type { ChangedText } from './phrase-postings';
import { PhrasePostings } from './phrase-postings';
import { RowLengths } from './row-lengths';
import { Vocabulary } from './vocabulary';

/** Leads read per slice of a full build: each slice holds the event loop for a few milliseconds. */
const SLICE = 5_000;

/** Gives other work (requests) a turn between slices of a build. */
export const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Everything the embedded engine holds in memory about the leads, as of one point of the store's
 * change sequence (`change`): the column index with all it derives, the row lengths BM25 needs and
 * the vocabulary. A snapshot is built once, then patched with exactly the leads that changed since
 * its point; its one invalidation rule is the column index's revision (see ColumnIndex.derived).
 */
export class Snapshot {
  /** The occurrence lists of phrases searched for, patched with the rest (see phrase-postings.ts). */
  readonly postings: PhrasePostings;

  private constructor(
    readonly index: ColumnIndex,
    readonly lengths: RowLengths,
    readonly vocabulary: Vocabulary,
    public change: number,
    db: Store,
  ) {
    this.postings = new PhrasePostings(db, index, (token, prefix) => vocabulary.occurrences(token, prefix));
  }

  /**
   * Builds a snapshot from the store in slices that yield between them, so searches keep answering
   * from the previous snapshot. Slices are read at different moments; whatever changed meanwhile
   * is logged after the starting point, and the final catch-up patch applies it.
   */
  static async build(db: Store, pause: () => Promise<void> = yieldToOthers): Promise<Snapshot> {
    const start = changeSequence(db);
    const index = new ColumnIndex();
    for (let after = 0; ; ) {
      const slice = readLeadColumns(db, { after, limit: SLICE });
      if (slice.rowid.length === 0) break;
      index.append(slice);
      after = slice.rowid.at(-1) ?? after;
      await pause();
    }
    const lengths = new RowLengths();
    lengths.read(db, index);
    await pause();
    const vocabulary = new Vocabulary(db);
    await vocabulary.load(pause);
    const snapshot = new Snapshot(index, lengths, vocabulary, start, db);
    snapshot.patch(db);
    return snapshot;
  }

  /** Leads changed since this snapshot's point, without reading them. */
  pending(db: Store): { now: number; behind: boolean } {
    const now = changeSequence(db);
    return { now, behind: now !== this.change };
  }

  /**
   * Applies every change since this snapshot's point: the changed leads' columns, their row
   * lengths and terms; deleted ones retire. Orders in use are repaired rather than re-sorted.
   * Reads run in one transaction, so they see one state of the store.
   */
  patch(db: Store): number {
    return db.transaction(() => {
      const now = changeSequence(db);
      if (now === this.change) return 0;
      const rowids = changedSince(db, this.change);
      const columns = readLeadColumns(db, { rowids });
      const present = new Set(columns.rowid);
      const deleted = rowids.filter((r) => !present.has(r));
      const gone = deleted.map((r) => this.index.positionOf(r)).filter((i) => i >= 0);
      const orders = this.index.orderKeys();
      const touched = this.index.patch(columns, deleted);
      for (const i of gone) this.lengths.forget(i);
      this.lengths.read(db, this.index, columns.rowid);
      const texts = textsOf(db, columns.rowid);
      this.vocabulary.add(texts.map((t) => t.columns.flat()));
      const changes: ChangedText[] = texts.map((t) => ({
        position: this.index.positionOf(t.rowid),
        columns: t.columns,
      }));
      for (const i of gone) changes.push({ position: i, columns: null });
      this.postings.patch(changes);
      for (const { key, background } of orders) this.index.order(key, background, touched);
      this.change = now;
      return rowids.length;
    })();
  }
}

/** The indexed texts of the given leads, as tokens per column of the text index. */
function textsOf(db: Store, rowids: number[]): { rowid: number; columns: string[][] }[] {
  if (rowids.length === 0) return [];
  const rows = db
    .prepare(
      `SELECT l.rowid, ${textValuesSql('l')} FROM leads l WHERE l.rowid IN (SELECT value FROM json_each(?))`,
    )
    .raw()
    .all(JSON.stringify(rowids)) as [number, ...(string | null)[]][];
  return rows.map(([rowid, ...values]) => ({ rowid, columns: values.map((v) => tokenize(v ?? '')) }));
}
