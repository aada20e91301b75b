import { describe, expect, it } from 'vitest';
import { migrate } from '../../store/migrate';
import { openMemoryStore } from '../../store/open-store';
import { buildMatch } from './match-expression';
import { Vocabulary } from './vocabulary';

async function vocabularyOf(...titles: string[]) {
  const db = openMemoryStore();
  migrate(db);
  const insert = db.prepare(
    'INSERT INTO leads_fts (rowid, title, company, tracks, description) VALUES (?, ?, ?, ?, ?)',
  );
  titles.forEach((t, i) => {
    insert.run(i + 1, t, 'Acme', '', '');
  });
  const vocabulary = new Vocabulary(db);
  await vocabulary.load();
  return vocabulary;
}

describe('buildMatch', () => {
  it('adds a prefix match for the last word when longer words start with it', async () => {
    const plan = buildMatch(
      'fraud inv',
      await vocabularyOf('Fraud Investigator', 'Inventory Clerk'),
      new Map(),
    );
    expect(plan.expression).toBe('"fraud" AND "inv"*');
    expect(plan.terms.prefixes).toEqual(['inv']);
  });

  it('keeps the exact word beside its prefix when the index has both, so exact matches score higher', async () => {
    const plan = buildMatch('analyst', await vocabularyOf('Analyst', 'Analysts Lead'), new Map());
    expect(plan.expression).toBe('("analyst" OR "analyst"*)');
  });

  it('leaves the prefix out when no other indexed word starts with the last word', async () => {
    const plan = buildMatch('compliance', await vocabularyOf('Compliance Analyst', 'Complier'), new Map());
    expect(plan.expression).toBe('"compliance"');
  });

  it('quotes user input so it can never become query syntax', async () => {
    const plan = buildMatch('analyst" OR title:*', await vocabularyOf('Analyst'), new Map());
    expect(plan.expression).toBe('"analyst" AND "or" AND "title"');
  });

  it('matches synonyms, including phrases, and lists them for highlighting', async () => {
    const synonyms = new Map([['leo', ['law enforcement']]]);
    const plan = buildMatch('leo', await vocabularyOf('Law Enforcement Officer'), synonyms);
    expect(plan.expression).toContain('"law enforcement"');
    expect(plan.terms.phrases).toEqual([['law', 'enforcement']]);
  });
});
