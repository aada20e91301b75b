import { describe, expect, it } from 'vitest';
import { rawLeadSchema } from '../core/lead/raw-lead';
import { normaliseLead } from '../core/normalise/normalise-lead';
import { upsertLead } from './lead-upsert';
import { getLead, recordMissesAndClose } from './leads-repo';
import { migrate } from './migrate';
import { openMemoryStore } from './open-store';

const at = (hour: number) => `2026-11-22T${String(hour).padStart(2, '0')}:00:00.000Z`;

function store() {
  const db = openMemoryStore();
  migrate(db);
  return db;
}

function see(db: ReturnType<typeof store>, sourceId: string, id: string, hour: number) {
  const lead = normaliseLead(
    rawLeadSchema.parse({
      sourceLeadId: `${sourceId}-${id}`,
      title: `Fraud Investigator ${id}`,
      company: 'Acme Mutual',
      locations: [{ text: 'Phoenix, AZ' }],
      url: `https://jobs.acme.example/${id}`,
    }),
  );
  return upsertLead(db, { lead, sourceId, sourceType: 'greenhouse', fit: null, excluded: null }, at(hour)).id;
}

/** A healthy run of `sourceId` at `hour` that listed only `listed`. */
function healthyRun(db: ReturnType<typeof store>, sourceId: string, listed: string[], hour: number) {
  for (const id of listed) see(db, sourceId, id, hour);
  return recordMissesAndClose(db, sourceId, at(hour), at(hour));
}

describe('closing leads a source no longer lists', () => {
  it('closes a lead after two healthy runs miss it, and only that lead', () => {
    const db = store();
    const [gone, kept] = [see(db, 'board', '1', 1), see(db, 'board', '2', 1)];
    expect(healthyRun(db, 'board', ['2'], 2)).toEqual([]);
    expect(healthyRun(db, 'board', ['2'], 3)).toEqual([gone]);
    expect(getLead(db, gone)?.status).toBe('closed');
    expect(getLead(db, kept)?.status).toBe('open');
    // Closed once: a later run does not report it again.
    expect(healthyRun(db, 'board', ['2'], 4)).toEqual([]);
  });

  it('keeps a lead open while another source still lists it', () => {
    const db = store();
    const shared = see(db, 'board', '1', 1);
    expect(see(db, 'careers-page', '1', 1)).toBe(shared);
    for (const hour of [2, 3, 4]) {
      expect(healthyRun(db, 'board', [], hour)).toEqual([]);
      expect(healthyRun(db, 'careers-page', ['1'], hour)).toEqual([]);
    }
    expect(getLead(db, shared)?.status).toBe('open');
    // Once the second source has missed it twice too, nobody lists it: it closes.
    expect(healthyRun(db, 'careers-page', [], 5)).toEqual([]);
    expect(healthyRun(db, 'careers-page', [], 6)).toEqual([shared]);
  });

  it("never closes another source's leads", () => {
    const db = store();
    const other = see(db, 'other', '9', 1);
    see(db, 'board', '1', 1);
    for (const hour of [2, 3, 4]) healthyRun(db, 'board', [], hour);
    expect(getLead(db, other)?.status).toBe('open');
  });
});
