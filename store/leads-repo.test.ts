import { describe, expect, it } from 'vitest';
import { incomingLead as incoming } from '../tests/helpers/incoming-lead';
import { upsertLead } from './lead-upsert';
import { listLeads, sightingsOf } from './leads-repo';
import { migrate } from './migrate';
import { openMemoryStore } from './open-store';

const now = '2026-11-22T12:00:00.000Z';

describe('lead dedupe', () => {
  it('merges one posting seen under two sources by its canonical URL, keeping both sightings', () => {
    const db = openMemoryStore();
    migrate(db);
    const a = upsertLead(db, incoming('board', { url: 'https://jobs.acme.example/1?utm_source=x' }), now);
    const b = upsertLead(
      db,
      incoming('careers-page', { sourceLeadId: 'p-1', url: 'https://jobs.acme.example/1' }),
      now,
    );
    expect(b.id).toBe(a.id);
    expect(sightingsOf(db, a.id).map((s) => s.sourceId)).toEqual(['board', 'careers-page']);
  });

  it('merges by company, title and place when the URLs differ across sources', () => {
    const db = openMemoryStore();
    migrate(db);
    const a = upsertLead(db, incoming('board', {}), now);
    const b = upsertLead(
      db,
      incoming('usajobs', {
        sourceLeadId: '99',
        url: 'https://other.example/x',
        title: 'FRAUD INVESTIGATOR',
      }),
      now,
    );
    expect(b.id).toBe(a.id);
  });

  it('keeps two postings of one source with different ids apart, even with one URL', () => {
    const db = openMemoryStore();
    migrate(db);
    upsertLead(db, incoming('page', { sourceLeadId: 'a', url: 'https://careers.example/jobs' }), now);
    upsertLead(db, incoming('page', { sourceLeadId: 'b', url: 'https://careers.example/jobs' }), now);
    expect(listLeads(db)).toHaveLength(2);
  });

  it('keeps one posting in several places as one lead, and places elsewhere apart', () => {
    const db = openMemoryStore();
    migrate(db);
    upsertLead(db, incoming('board', { locations: [{ text: 'Phoenix, AZ' }, { text: 'Tucson, AZ' }] }), now);
    upsertLead(
      db,
      incoming('other', {
        sourceLeadId: 'x',
        url: 'https://x.example/2',
        locations: [{ text: 'Tucson, AZ' }],
      }),
      now,
    );
    expect(listLeads(db)).toHaveLength(2);
  });

  it('reports unchanged when the same posting comes back as it was', () => {
    const db = openMemoryStore();
    migrate(db);
    expect(upsertLead(db, incoming('board', {}), now).outcome).toBe('new');
    expect(upsertLead(db, incoming('board', {}), now).outcome).toBe('unchanged');
    expect(upsertLead(db, incoming('board', { title: 'Senior Fraud Investigator' }), now).outcome).toBe(
      'updated',
    );
  });
});
