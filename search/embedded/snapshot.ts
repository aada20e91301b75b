import { textValuesSql, tokenize } from '../../core/search/text-index-schema';
import { changedSince, changeSequence } from '../../store/data-version';
import type { Store } from '../../store/open-store';
import { statement } from '../../store/statements';
import { ColumnIndex } from './column-index';
import { readLeadColumns } from './column-reader';
import type { ChangedText } from './phrase-postings';
import { PhrasePostings } from './phrase-postings';
import { RowLengths } from './row-lengths';
import { Vocabulary } from './vocabulary';

/** Leads read per slice of a full build: each slice holds the event loop for a few milliseconds. */
const SLICE = 5_000;

/**
 * Leads applied per slice of a patch. Measured at 100,000 leads: about 0.25 ms of CPU a lead (SQLite
 * reading its columns, row length and texts; the orders and counts it moves), so a slice holds the
 * event loop for 2–3 ms. With searches answering between slices (they no longer wait for a patch),
 * 10 gave a lower tail than 20 while a crawl wrote (search bench, 2026-12-02).
 */
export const PATCH_SLICE = 10;

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
    await snapshot.patch(db, pause);
    return snapshot;
  }

  /** Leads changed since this snapshot's point, without reading them. */
  pending(db: Store): { now: number; behind: boolean } {
    const now = changeSequence(db);
    return { now, behind: now !== this.change };
  }

  /**
   * Applies every change since this snapshot's point, in slices of PATCH_SLICE leads with `pause`
   * between them, so a crawl's page of 500 leads never holds the event loop for long. Each slice
   * reads its leads in one transaction and applies them whole (columns, orders, counts, row lengths,
   * terms, occurrence lists): a search between two slices sees each lead either as it was or as it
   * is. The snapshot's point moves once every slice is in. The caller runs one patch at a time.
   */
  async patch(
    db: Store,
    pause: () => Promise<void> = yieldToOthers,
    options: { deferred?: boolean } = {},
  ): Promise<number> {
    // Deferred: the first slice waits for the next turn too, so whoever started the patch (a
    // search that noticed a crawl's page) is not held up by it.
    if (options.deferred) await pause();
    const { now, rowids } = db.transaction(() => ({
      now: changeSequence(db),
      rowids: changedSince(db, this.change),
    }))();
    if (now === this.change) return 0;
    for (let k = 0; k < rowids.length; k += PATCH_SLICE) {
      if (k > 0) await pause();
      this.patchSlice(db, rowids.slice(k, k + PATCH_SLICE));
    }
    this.change = now;
    return rowids.length;
  }

  /** Applies the given leads' current state (deleted ones retire), read in one transaction. */
  private patchSlice(db: Store, rowids: number[]): void {
    db.transaction(() => {
      const columns = readLeadColumns(db, { rowids });
      const present = new Set(columns.rowid);
      const deleted = rowids.filter((r) => !present.has(r));
      const gone = deleted.map((r) => this.index.positionOf(r)).filter((i) => i >= 0);
      this.index.patch(columns, deleted);
      for (const i of gone) this.lengths.forget(i);
      this.lengths.read(db, this.index, columns.rowid);
      const texts = textsOf(db, columns.rowid);
      this.vocabulary.add(
        texts.map((t) => t.columns.flat()),
        deleted.length,
      );
      const changes: ChangedText[] = texts.map((t) => ({
        position: this.index.positionOf(t.rowid),
        columns: t.columns,
      }));
      for (const i of gone) changes.push({ position: i, columns: null });
      this.postings.patch(changes);
    })();
  }
}

/** The indexed texts of the given leads, as tokens per column of the text index. */
function textsOf(db: Store, rowids: number[]): { rowid: number; columns: string[][] }[] {
  if (rowids.length === 0) return [];
  const rows = statement(
    db,
    `SELECT l.rowid, ${textValuesSql('l')} FROM leads l WHERE l.rowid IN (SELECT value FROM json_each(?))`,
  )
    .raw()
    .all(JSON.stringify(rowids)) as [number, ...(string | null)[]][];
  return rows.map(([rowid, ...values]) => ({ rowid, columns: values.map((v) => tokenize(v ?? '')) }));
}
