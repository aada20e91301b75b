import { describe, expect, it } from 'vitest';
import { createScorer, SCORER_VERSION } from '../../core/fit/create-scorer';
import { rawLeadSchema } from '../../core/lead/raw-lead';
import { normaliseLead } from '../../core/normalise/normalise-lead';
import { upsertLead } from '../../store/lead-upsert';
import { getLead } from '../../store/leads-repo';
import { migrate } from '../../store/migrate';
import { openMemoryStore } from '../../store/open-store';
import { rescoreLeads, scoredByOlderScorer } from '../../store/rescore-leads';

describe('a change to the scorer', () => {
  it('is noticed on a store an older scorer scored (not on an empty one), and a rescore with progress records the new one', async () => {
    const empty = openMemoryStore();
    migrate(empty);
    expect(scoredByOlderScorer(empty, SCORER_VERSION)).toBe(false);
    const db = openMemoryStore();
    migrate(db);
    const lead = normaliseLead(
      rawLeadSchema.parse({
        sourceLeadId: 'x-1',
        url: 'https://jobs.example.test/x-1',
        title: 'Police Officer',
        company: 'City of Mesa',
        descriptionHtml: '<p>Patrol, make arrests and write incident reports.</p>',
      }),
    );
    const id = db.transaction(
      () =>
        upsertLead(
          db,
          { lead, sourceId: 'greenhouse', sourceType: 'greenhouse', fit: null, excluded: null },
          '2026-12-01T00:00:00Z',
        ).id,
    )();
    expect(scoredByOlderScorer(db, SCORER_VERSION)).toBe(true);
    const seen: string[] = [];
    const indexed: string[][] = [];
    await rescoreLeads(db, createScorer(), {
      version: SCORER_VERSION,
      index: (ids) => {
        indexed.push(ids);
      },
      onProgress: (done, total) => seen.push(`${done} of ${total}`),
    });
    expect(seen).toEqual(['1 of 1']);
    expect(indexed).toEqual([[id]]);
    expect(getLead(db, id)?.fit?.reasons[0]).toBe(
      'Police and patrol work: the same kind of work you did as a police officer',
    );
    expect(scoredByOlderScorer(db, SCORER_VERSION)).toBe(false);
    expect(scoredByOlderScorer(db, 'a later scorer')).toBe(true);
  });
});
