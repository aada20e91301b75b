import { Hono } from 'hono';
import type { SearchEngine } from '../../search/search-engine';
import type { Store } from '../../store/open-store';
import { storeHealth } from '../../store/store-health';
import { apiError } from '../api-error';
import { healthDoc } from '../openapi/lead-docs';

export const healthRoutes = (db: Store, search: SearchEngine) =>
  new Hono().get('/', healthDoc.describe, async (c) => {
    const store = storeHealth(db);
    const engine = await search.health();
    if (store.status !== 'ok' || engine.status !== 'ok') {
      throw apiError(503, 'unhealthy', 'Offramp is running but a dependency is not', {
        store,
        search: engine,
      });
    }
    // Still 200 while the search index rebuilds: searches answer, from the previous snapshot.
    const status = engine.index === 'refreshing' ? ('refreshing' as const) : ('ok' as const);
    return healthDoc.json(c, { status, store, search: engine }, 200);
  });
