import type { Store } from './open-store';
import { statement } from './statements';

export type StoreHealth =
  | { status: 'ok'; schemaVersion: number; journalMode: string }
  | { status: 'unavailable'; message: string };

/**
 * The store's part of a health check. A load balancer asks often, so both statements come from
 * the per-store statement cache (store/statements.ts) rather than being compiled on every check;
 * migrate() created the bookkeeping table at start, so a missing one reads as unavailable.
 */
export function storeHealth(db: Store): StoreHealth {
  try {
    const { journal_mode: journalMode } = statement(db, 'PRAGMA journal_mode').get() as {
      journal_mode: string;
    };
    const { v } = statement(db, 'SELECT MAX(version) AS v FROM schema_migrations').get() as {
      v: number | null;
    };
    return { status: 'ok', schemaVersion: v ?? 0, journalMode };
  } catch (error) {
    return { status: 'unavailable', message: (error as Error).message };
  }
}
