import { describe, expect, it } from 'vitest';
import { migrate } from '../../store/migrate';
import { openMemoryStore } from '../../store/open-store';
import { fillStore } from '../../tests/helpers/synthetic-leads';
import { phrasesOf, scoreBm25InMemory } from './bm25-in-memory';
import { Snapshot } from './snapshot';

describe('BM25 worked out in memory', () => {
  it("gives exactly the figures of FTS5's bm25() for words, phrases and prefixes", async () => {
    const db = openMemoryStore();
    migrate(db);
    fillStore(db, 2000);
    // Long descriptions (sizes over 127 take several varint bytes), repeated words and phrases, and
    // a phrase in the title and the description at once.
    const long = (extra: string) => `${'routine duties '.repeat(120)} ${extra}`;
    const update = db.prepare('UPDATE leads SET description = ?, title = coalesce(?, title) WHERE rowid = ?');
    update.run(long('records management and records management again'), null, 3);
    update.run(long('special agent work on fraud cases; special agent training'), 'Special Agent', 8);
    update.run(long('compliance compliance compliance'), null, 21);
    update.run('records without management', 'Records Management Lead', 34);
    const { index, vocabulary, lengths } = await Snapshot.build(db);
    const reference = db.prepare(
      `WITH m AS MATERIALIZED (SELECT rowid AS r, bm25(leads_fts, 10.0, 5.0, 3.0, 1.0) AS s
         FROM leads_fts WHERE leads_fts MATCH ?) SELECT r, s FROM m`,
    );
    for (const expression of [
      '"compliance"',
      '("records" OR "records management" OR "recordkeeping")',
      '"fraud" AND ("investigator" OR "special agent" OR "detective")',
      '"sec"*',
      '"fraud" AND "inv"*',
      '("special agent" OR "law enforcement")',
      '("paralegal" OR "legal assistant")',
    ]) {
      const expected = reference.all(expression) as { r: number; s: number }[];
      expect(expected.length, expression).toBeGreaterThan(0);
      const positions = expected.map((row) => index.positionOf(row.r));
      const score = new Float64Array(index.size);
      scoreBm25InMemory(
        db,
        phrasesOf(expression),
        (token, prefix) => vocabulary.occurrences(token, prefix),
        positions,
        index,
        score,
        lengths,
      );
      for (const [k, row] of expected.entries()) {
        expect(score[positions[k] ?? -1], `${expression}, row ${row.r}`).toBe(row.s);
      }
    }
  });

  it('reads the phrases of an expression in the order FTS5 numbers them', () => {
    expect(phrasesOf('("a b" OR "c") AND "d"* AND "say ""hi"""')).toEqual([
      { tokens: ['a', 'b'], prefix: false },
      { tokens: ['c'], prefix: false },
      { tokens: ['d'], prefix: true },
      { tokens: ['say', 'hi'], prefix: false },
    ]);
  });
});
