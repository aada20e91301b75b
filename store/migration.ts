import type { Store } from './open-store';

/**
 * One schema change. `up` runs inside a transaction together with the bookkeeping row, so a crash
 * leaves either the old schema or the new one, never half of it. Keep the SQL portable (no SQLite-only
 * types) so that PostgreSQL can follow; FTS5 tables are the named exception, owned by `search/`.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly up: (db: Store) => void;
}
