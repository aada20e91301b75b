import type { Statement } from 'better-sqlite3';
import { schemaVersion } from './migrate';
import type { Store } from './open-store';

export type StoreHealth =
  | { status: 'ok'; schemaVersion: number; journalMode: string }
  | { status: 'unavailable'; message: string };

/**
 * The store's part of a health check. A load balancer asks often, so the two statements are
 * prepared once (each `prepare` compiles SQL; schemaVersion's also re-runs its CREATE TABLE IF
 * NOT EXISTS) and made again after a failure, e.g. a store swapped by a restore.
 */
export function storeHealthCheck(db: Store): () => StoreHealth {
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
      return { status: 'ok', schemaVersion: version, journalMode };
    } catch (error) {
      statements = undefined;
      return { status: 'unavailable', message: (error as Error).message };
    }
  };
}
