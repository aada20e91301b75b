import type { Store } from './open-store';
import { statement } from './statements';

/**
 * A value that changes whenever what search shows changes: leads or their curation, written by
 * this connection or any other (triggers keep the counter; see migration 0009). Caches built from
 * the store compare it to know when to rebuild; other writes, such as sessions, leave it alone.
 */
export function dataVersion(db: Store): string {
  return String(
    (statement(db, 'SELECT version FROM search_version WHERE id = 1').get() as { version: number }).version,
  );
}
