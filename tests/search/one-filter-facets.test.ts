import { describe, expect, it } from 'vitest';
import type { SearchQueryInput } from '../../core/search/search-query';
import { searchQuerySchema } from '../../core/search/search-query';
import { EmbeddedSearchEngine } from '../../search/embedded/embedded-engine';
import { migrate } from '../../store/migrate';
import { openMemoryStore } from '../../store/open-store';
import { fillStore } from '../helpers/synthetic-leads';

/**
 * A browse filtered on one facet takes its counts from per-value tables rather than counting as it
 * walks. Adding a filter that every lead passes (posted in the last year: the synthetic leads are all from the last 60 days) makes the engine
 * count the usual way, so the two answers must be the same.
 */
describe('browsing by one facet', () => {
  it('gives the same total, counts and page as counting every lead that passes', async () => {
    const db = openMemoryStore();
    migrate(db);
    fillStore(db, 3000);
    // Some leads are closed, excluded or hidden, which default searches leave out.
    db.exec(`UPDATE leads SET status = 'closed' WHERE rowid % 11 = 0;
      UPDATE leads SET excluded = '{"rule":"test","reason":"test"}' WHERE rowid % 13 = 0;
      INSERT INTO lead_curation (lead_id, hidden, updated_at) SELECT id, 1, '2026-11-20' FROM leads WHERE rowid % 17 = 0;`);
    const engine = new EmbeddedSearchEngine(db, () => new Date(Date.UTC(2026, 10, 20)));
    const search = (input: SearchQueryInput) => engine.search(searchQuerySchema.parse(input));
    for (const filter of [
      { remote: ['remote', 'hybrid'] },
      { employmentType: ['contract'] },
      { sourceType: ['greenhouse'] },
      { country: 'DE' },
      { region: 'az' },
      { tracks: ['investigations'] },
      { remote: ['onsite'], sort: 'salary', page: 3 },
    ] as SearchQueryInput[]) {
      const quick = await search(filter);
      const counted = await search({ ...filter, postedWithinDays: 365 });
      expect(quick.total, JSON.stringify(filter)).toBeGreaterThan(0);
      expect(quick.total, JSON.stringify(filter)).toBe(counted.total);
      expect(quick.facets, JSON.stringify(filter)).toEqual(counted.facets);
      expect(
        quick.hits.map((h) => h.id),
        JSON.stringify(filter),
      ).toEqual(counted.hits.map((h) => h.id));
    }
  });
});
