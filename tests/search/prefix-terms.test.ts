import { describe, expect, it } from 'vitest';
import { tokenize } from '../../core/search/text-index-schema';
import { expandPrefixes } from '../../search/embedded/prefix-terms';
import { Vocabulary } from '../../search/embedded/vocabulary';
import { migrate } from '../../store/migrate';
import { openMemoryStore } from '../../store/open-store';
import { fillStore } from '../helpers/synthetic-leads';

const rows = (db: ReturnType<typeof openMemoryStore>, expression: string) =>
  (
    db.prepare('SELECT rowid FROM leads_fts WHERE leads_fts MATCH ? ORDER BY rowid').all(expression) as {
      rowid: number;
    }[]
  ).map((r) => r.rowid);

describe('a typed prefix spelt out from the vocabulary', () => {
  it('finds exactly the rows FTS5 finds for the prefix, alone and beside other words', async () => {
    const db = openMemoryStore();
    migrate(db);
    fillStore(db, 1500);
    const update = db.prepare('UPDATE leads SET title = ?, description = ? WHERE rowid = ?');
    update.run('Café Investigación Lead', 'Investigar fraude; São Paulo office, naïve résumé review', 5);
    update.run('Investor Relations Analyst', 'Investing, investments and the investor day', 9);
    update.run('Fraud Inv. Specialist', 'inv 2 of 3, Inventory and invoices', 12);
    const vocabulary = new Vocabulary(db);
    await vocabulary.load();
    const prefixes = ['inv', 'inve', 'invest', 'investi', 'sec', 'secu', 'spe', 'caf', 'sao', 'na', 'fra'];
    for (const prefix of prefixes) {
      for (const plain of [`"${prefix}"*`, `"fraud" AND "${prefix}"*`, `("records" OR "${prefix}"*)`]) {
        const spelt = expandPrefixes(plain, vocabulary);
        expect(rows(db, spelt), `${plain} as ${spelt}`).toEqual(rows(db, plain));
      }
    }
    // The typo and prefix rules stay the match expression's: only the starred phrase changes.
    expect(expandPrefixes('("investigatr" OR "investigator") AND "fra"*', vocabulary)).toBe(
      '("investigatr" OR "investigator") AND ("fraud" OR "fraude")',
    );
    expect(expandPrefixes('"inv"*', vocabulary)).toBe(
      '("inv" OR "inventory" OR "investigacion" OR "investigar" OR "investigations" OR "investigator" OR "investing" OR "investments" OR "investor" OR "invoices")',
    );
  });

  it('keeps the prefix phrase when the prefix has too many terms or the vocabulary was patched', async () => {
    const db = openMemoryStore();
    migrate(db);
    fillStore(db, 300);
    const vocabulary = new Vocabulary(db);
    await vocabulary.load();
    // The synthetic filler words all start with one of fifteen syllables: "ba" begins hundreds.
    expect(expandPrefixes('"ba"*', vocabulary)).toBe('"ba"*');
    expect(expandPrefixes('"sec"*', vocabulary)).toBe('("security")');
    vocabulary.add([tokenize('Secure courier')]);
    expect(expandPrefixes('"sec"*', vocabulary)).toBe('"sec"*');
  });
});
