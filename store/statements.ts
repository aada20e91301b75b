import type { Statement } from 'better-sqlite3';
import type { Store } from './open-store';

const cache = new WeakMap<Store, Map<string, Statement>>();

/**
 * A prepared statement, compiled once per connection. Preparing costs more than running a simple
 * statement, so hot paths (upserts during a crawl) reuse them.
 */
export function statement(db: Store, sql: string): Statement {
  let byText = cache.get(db);
  if (!byText) {
    byText = new Map();
    cache.set(db, byText);
  }
  let prepared = byText.get(sql);
  if (!prepared) {
    prepared = db.prepare(sql);
    byText.set(sql, prepared);
  }
  return prepared;
}
