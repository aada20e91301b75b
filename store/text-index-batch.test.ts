import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fillStore } from '../tests/helpers/synthetic-leads';
import { changedSince, changeSequence } from './data-version';
import { migrate } from './migrate';
import type { Store } from './open-store';
import { openMemoryStore } from './open-store';
import { inTextIndexBatch } from './text-index-batch';

const WORDS = ['quokka', 'wombat', 'ranger', 'fraud', 'analyst', 'records'];

type Edit =
  | { kind: 'insert' }
  | { kind: 'retitle' | 'describe'; lead: number; word: number }
  | { kind: 'retrack'; lead: number; word: number }
  | { kind: 'close' | 'delete' | 'touch'; lead: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.constant({ kind: 'insert' as const }),
  fc.record({
    kind: fc.constantFrom('retitle' as const, 'describe' as const, 'retrack' as const),
    lead: fc.integer({ min: 1, max: 8 }),
    word: fc.integer({ min: 0, max: WORDS.length - 1 }),
  }),
  fc.record({
    kind: fc.constantFrom('close' as const, 'delete' as const),
    lead: fc.integer({ min: 1, max: 8 }),
  }),
);

/** One write to `leads`, as the crawler, rescoring or a clean-up would make it. */
function apply(db: Store, e: Edit): void {
  if (e.kind === 'insert') return void fillStore(db, 1);
  const row = db.prepare('SELECT rowid FROM leads WHERE rowid >= ? ORDER BY rowid LIMIT 1').get(e.lead) as
    | { rowid: number }
    | undefined;
  if (!row) return;
  const set = (sql: string, ...args: unknown[]) =>
    db.prepare(`UPDATE leads SET ${sql} WHERE rowid = ?`).run(...args, row.rowid);
  const word = 'word' in e ? (WORDS[e.word] as string) : '';
  if (e.kind === 'retitle') set('title = ?', `Senior ${word}`);
  if (e.kind === 'describe') set('description = ?', `Work on ${word} cases.`);
  if (e.kind === 'retrack')
    set(
      'tracks = ?, fit = ?',
      JSON.stringify([`${word}-work`]),
      JSON.stringify({ occupations: [{ title: word }] }),
    );
  if (e.kind === 'close') set("status = 'closed'");
  // Only what a re-crawl of an unchanged lead refreshes: search has nothing to patch.
  if (e.kind === 'touch') set("last_seen = '2026-12-01T00:00:00.000Z'");
  if (e.kind === 'delete') db.prepare('DELETE FROM leads WHERE rowid = ?').run(row.rowid);
}

function store(): Store {
  const db = openMemoryStore();
  migrate(db);
  fillStore(db, 6);
  return db;
}

/** Everything FTS5 knows: each token's row, column and offset, and each row's token counts. */
function textIndex(db: Store) {
  return {
    instances: db.prepare('SELECT term, doc, col, offset FROM leads_fts_instances ORDER BY 1, 2, 3, 4').all(),
    sizes: db.prepare('SELECT id, hex(sz) AS sz FROM leads_fts_docsize ORDER BY id').all(),
    rows: db.prepare('SELECT rowid, * FROM leads_fts ORDER BY rowid').all(),
  };
}

describe('text index and change log batches', () => {
  it('leave the index and the log of changed leads as per-row writes do, after any writes, in any batches', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(edit, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 }),
        (batches) => {
          const perRow = store();
          const batched = store();
          for (const batch of batches) {
            const since = [changeSequence(perRow), changeSequence(batched)] as const;
            for (const e of batch) apply(perRow, e);
            inTextIndexBatch(batched, () => {
              for (const e of batch) apply(batched, e);
            });
            // The same leads logged as changed, so a search engine patches the same ones.
            const logged = changedSince(batched, since[1]).sort((a, b) => a - b);
            expect(logged).toEqual(changedSince(perRow, since[0]).sort((a, b) => a - b));
            expect(changeSequence(batched)).toBe(since[1] + (logged.length > 0 ? 1 : 0));
          }
          expect(textIndex(batched)).toEqual(textIndex(perRow));
          // FTS5's own check that its index matches its stored text.
          batched.exec("INSERT INTO leads_fts (leads_fts, rank) VALUES ('integrity-check', 1)");
          expect(
            batched
              .prepare(
                'SELECT (SELECT count(*) FROM text_index_pending) + (SELECT count(*) FROM search_changes_pending) AS n',
              )
              .get(),
          ).toEqual({ n: 0 });
          perRow.close();
          batched.close();
        },
      ),
      { numRuns: 60, seed: 23 },
    );
  });

  it('index the batch’s leads before the transaction ends, so a search in it finds them', () => {
    const db = store();
    db.transaction(() => {
      inTextIndexBatch(db, () => apply(db, { kind: 'retitle', lead: 2, word: 0 }));
      expect(db.prepare("SELECT rowid FROM leads_fts WHERE leads_fts MATCH 'quokka'").all()).toEqual([
        { rowid: 2 },
      ]);
    })();
  });

  it('roll back the leads, the index and the batch together when a write fails midway', () => {
    const db = store();
    const before = textIndex(db);
    const sequence = changeSequence(db);
    const titles = db.prepare('SELECT title FROM leads ORDER BY rowid').all();
    expect(() =>
      inTextIndexBatch(db, () => {
        apply(db, { kind: 'retitle', lead: 1, word: 1 });
        apply(db, { kind: 'insert' });
        throw new Error('the disk is full');
      }),
    ).toThrow('the disk is full');
    expect(db.prepare('SELECT title FROM leads ORDER BY rowid').all()).toEqual(titles);
    expect(textIndex(db)).toEqual(before);
    expect(changeSequence(db)).toBe(sequence);
    // Later writes index themselves again, row by row.
    apply(db, { kind: 'retitle', lead: 1, word: 2 });
    expect(db.prepare("SELECT rowid FROM leads_fts WHERE leads_fts MATCH 'ranger'").all()).toEqual([
      { rowid: 1 },
    ]);
  });
});
