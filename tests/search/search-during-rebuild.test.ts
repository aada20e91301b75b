import { describe, expect, it } from 'vitest';
import { searchQuerySchema } from '../../core/search/search-query';
import { EmbeddedSearchEngine } from '../../search/embedded/embedded-engine';
import { migrate } from '../../store/migrate';
import { openMemoryStore } from '../../store/open-store';
import { fillStore } from '../helpers/synthetic-leads';
import { buildTestApp } from '../helpers/test-app';

const NOW = new Date(Date.UTC(2026, 10, 20));

describe('a search during a rebuild', () => {
  it('answers from the previous snapshot while health says "refreshing", then from the new one', async () => {
    const db = openMemoryStore();
    migrate(db);
    fillStore(db, 300);
    // Any change of more than five leads is too big to patch and rebuilds the snapshot.
    const engine = new EmbeddedSearchEngine(db, { clock: () => NOW, patchLimit: 5, watchMs: 0 });
    const { app } = buildTestApp({ db, search: engine });
    const all = searchQuerySchema.parse({ q: '' });
    const before = await engine.search(all);
    expect(before.total).toBe(300);

    db.prepare(
      "UPDATE leads SET status = 'closed', closed_reason = 'no longer listed' WHERE rowid <= 50",
    ).run();
    const during = await engine.search(all);
    expect(during.total).toBe(300);
    expect(during.facets).toEqual(before.facets);
    const health = await app.request('/api/health');
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'refreshing', search: { index: 'refreshing' } });

    await engine.settled();
    expect((await engine.search(all)).total).toBe(250);
    expect(await (await app.request('/api/health')).json()).toMatchObject({
      status: 'ok',
      search: { index: 'ready' },
    });
    await engine.close();
  });
});
