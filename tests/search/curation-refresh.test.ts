import { describe, expect, it } from 'vitest';
import type { SearchQueryInput } from '../../core/search/search-query';
import { searchQuerySchema } from '../../core/search/search-query';
import { EmbeddedSearchEngine } from '../../search/embedded/embedded-engine';
import { curateLead } from '../../store/curation-repo';
import { searchVersions } from '../../store/data-version';
import { migrate } from '../../store/migrate';
import { openMemoryStore } from '../../store/open-store';
import { fillStore } from '../helpers/synthetic-leads';

const QUERIES: SearchQueryInput[] = [
  {},
  { q: 'fraud' },
  { remote: ['remote'] },
  { q: 'analyst', sort: 'newest' },
  { sort: 'salary', page: 2 },
  { status: 'all', showExcluded: true },
];

/**
 * A pin or a hide refreshes only the curation marks of the engine's in-memory index, not the whole
 * index. Whatever it shows afterwards must be what an engine built from scratch shows.
 */
describe('search after a curation change', () => {
  it('shows what a freshly built index shows, with the pinned lead first and the hidden one gone', async () => {
    const db = openMemoryStore();
    migrate(db);
    fillStore(db, 2000);
    const now = () => new Date(Date.UTC(2026, 10, 20));
    const engine = new EmbeddedSearchEngine(db, now);
    const run = (e: EmbeddedSearchEngine, input: SearchQueryInput) =>
      e.search(searchQuerySchema.parse(input));
    for (const q of QUERIES) await run(engine, q);

    const ids = db.prepare('SELECT id FROM leads ORDER BY rowid LIMIT 4').all() as { id: string }[];
    const [first, second, third, fourth] = ids.map((r) => r.id) as [string, string, string, string];
    const landing = await run(engine, {});
    const hiddenFromLanding = landing.hits[0]?.id as string;
    const leadsVersion = searchVersions(db).leads;
    curateLead(db, fourth, { pinned: true, note: 'Strong fit for investigators' }, 'admin');
    curateLead(db, hiddenFromLanding, { hidden: true }, 'admin');
    curateLead(db, first, { pinned: true }, 'admin');
    curateLead(db, first, { pinned: false }, 'admin');
    curateLead(db, second, { hidden: true }, 'admin');
    curateLead(db, third, { note: 'Only a note' }, 'admin');

    // Pins, notes and hiding leave the leads themselves alone, so only the curation marks refresh.
    expect(searchVersions(db).leads).toBe(leadsVersion);
    const fresh = new EmbeddedSearchEngine(db, now);
    for (const q of QUERIES) {
      const refreshed = await run(engine, q);
      const built = await run(fresh, q);
      expect(refreshed.total, JSON.stringify(q)).toBe(built.total);
      expect(refreshed.facets, JSON.stringify(q)).toEqual(built.facets);
      expect(
        refreshed.hits.map((h) => h.id),
        JSON.stringify(q),
      ).toEqual(built.hits.map((h) => h.id));
    }
    const after = await run(engine, {});
    expect(after.hits[0]?.id).toBe(fourth);
    expect(after.hits[0]?.curated).toEqual({ note: 'Strong fit for investigators' });
    expect(after.hits.map((h) => h.id)).not.toContain(hiddenFromLanding);
    expect(after.total).toBe(landing.total - 2);
  });
});
