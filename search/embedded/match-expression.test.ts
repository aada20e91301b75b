import { describe, expect, it } from 'vitest';
import { migrate } from '../../store/migrate';
import { openMemoryStore } from '../../store/open-store';
import { buildMatch } from './match-expression';
import { Vocabulary } from './vocabulary';

function vocabularyOf(...titles: string[]) {
  const db = openMemoryStore();
  migrate(db);
  const insert = db.prepare(
    'INSERT INTO leads_fts (rowid, title, company, tracks, description) VALUES (?, ?, ?, ?, ?)',
  );
  titles.forEach((t, i) => {
    insert.run(i + 1, t, 'Acme', '', '');
  });
  const vocabulary = new Vocabulary(db);
  vocabulary.syncTo('v1');
  return vocabulary;
}

describe('buildMatch', () => {
  it('adds a prefix match for the last word when longer words start with it', () => {
    const plan = buildMatch('fraud inv', vocabularyOf('Fraud Investigator', 'Inventory Clerk'), new Map());
    expect(plan.expression).toBe('"fraud" AND "inv"*');
    expect(plan.terms.prefixes).toEqual(['inv']);
  });

  it('keeps the exact word beside its prefix when the index has both, so exact matches score higher', () => {
    const plan = buildMatch('analyst', vocabularyOf('Analyst', 'Analysts Lead'), new Map());
    expect(plan.expression).toBe('("analyst" OR "analyst"*)');
  });

  it('leaves the prefix out when no other indexed word starts with the last word', () => {
    const plan = buildMatch('compliance', vocabularyOf('Compliance Analyst', 'Complier'), new Map());
    expect(plan.expression).toBe('"compliance"');
  });

  it('quotes user input so it can never become query syntax', () => {
    const plan = buildMatch('analyst" OR title:*', vocabularyOf('Analyst'), new Map());
    expect(plan.expression).toBe('"analyst" AND "or" AND "title"');
  });

  it('matches synonyms, including phrases, and lists them for highlighting', () => {
    const synonyms = new Map([['leo', ['law enforcement']]]);
    const plan = buildMatch('leo', vocabularyOf('Law Enforcement Officer'), synonyms);
    expect(plan.expression).toContain('"law enforcement"');
    expect(plan.terms.phrases).toEqual([['law', 'enforcement']]);
  });
});
