import { describe, expect, it } from 'vitest';
import { incomingLead as incoming } from '../tests/helpers/incoming-lead';
import { upsertLead, upsertLeads } from './lead-upsert';
import { getLead, sightingsOf } from './leads-repo';
import { migrate } from './migrate';
import { openMemoryStore } from './open-store';

const now = '2026-11-22T12:00:00.000Z';

describe('a page of leads upserted together', () => {
  it('lets only the first posting at a shared URL merge with another source’s lead, as one by one would', () => {
    const db = openMemoryStore();
    migrate(db);
    const board = upsertLead(db, incoming('board', {}), now);
    // A careers page that lists three jobs at one URL, the board's.
    const page = ['Fraud Investigator', 'Claims Analyst', 'Records Clerk'].map((title, k) =>
      incoming('careers-page', { sourceLeadId: `p-${k}`, title, url: 'https://jobs.acme.example/1' }),
    );
    const first = db.transaction(() => upsertLeads(db, page, now))();
    expect(first.map((r) => r.outcome)).toEqual(['updated', 'new', 'new']);
    expect(first[0]?.id).toBe(board.id);
    expect(new Set(first.map((r) => r.id)).size).toBe(3);
    expect(sightingsOf(db, board.id).map((s) => `${s.sourceId}/${s.sourceLeadId}`)).toEqual([
      'board/1',
      'careers-page/p-0',
    ]);
    expect(getLead(db, first[2]?.id ?? '')?.title).toBe('Records Clerk');
    // The next crawl of the page finds each posting again by its own id, unchanged.
    const again = db.transaction(() => upsertLeads(db, page, now))();
    expect(again).toEqual(first.map((r) => ({ id: r.id, outcome: 'unchanged' })));
  });

  it('takes a page that lists one posting twice as two upserts in a row', () => {
    const db = openMemoryStore();
    migrate(db);
    const posting = incoming('board', {});
    const edited = incoming('board', { title: 'Senior Fraud Investigator' });
    const results = db.transaction(() => upsertLeads(db, [posting, posting, edited], now))();
    expect(results.map((r) => r.outcome)).toEqual(['new', 'unchanged', 'updated']);
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(getLead(db, results[0]?.id ?? '')?.title).toBe('Senior Fraud Investigator');
  });
});
