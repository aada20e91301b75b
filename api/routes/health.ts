import type { Statement } from 'better-sqlite3';
import { Hono } from 'hono';
import type { SearchEngine } from '../../search/search-engine';
import { schemaVersion } from '../../store/migrate';
import type { Store } from '../../store/open-store';
import { apiError } from '../api-error';
import { healthDoc } from '../openapi/lead-docs';

/**
 * The store's part of a health check. A load balancer asks often, so the two statements are
 * prepared once (each `prepare` compiles SQL; schemaVersion's also re-runs its CREATE TABLE IF
 * NOT EXISTS) and made again after a failure, e.g. a store swapped by a restore.
 */
function storeHealthCheck(db: Store) {
  let statements: { version: Statement; journalMode: Statement } | undefined;
  return () => {
    try {
      if (!statements) {
        schemaVersion(db);
        statements = {
          version: db.prepare('SELECT MAX(version) AS v FROM schema_migrations').pluck(),
          journalMode: db.prepare('PRAGMA journal_mode').pluck(),
        };
      }
      const journalMode = statements.journalMode.get() as string;
      const version = (statements.version.get() as number | null) ?? 0;
      return { status: 'ok' as const, schemaVersion: version, journalMode };
    } catch (error) {
      statements = undefined;
      return { status: 'unavailable' as const, message: (error as Error).message };
    }
  };
}

export const healthRoutes = (db: Store, search: SearchEngine) => {
  const storeHealth = storeHealthCheck(db);
  return new Hono().get('/', healthDoc.describe, async (c) => {
    const store = storeHealth();
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
};
