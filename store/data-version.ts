import type { Store } from './open-store';

/**
 * A value that changes whenever the store's data does: SQLite's data_version moves on commits by
 * other connections (https://sqlite.org/pragma.html#pragma_data_version), total_changes() on this
 * one's. Caches built from the store compare it to know when to rebuild.
 */
export function dataVersion(db: Store): string {
  return (
    db
      .prepare("SELECT (SELECT data_version FROM pragma_data_version) || ':' || total_changes() AS v")
      .get() as { v: string }
  ).v;
}
