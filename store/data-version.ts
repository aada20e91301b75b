import type { Store } from './open-store';
import { statement } from './statements';

/** The two counters search's caches follow: one for leads, one for their curation. */
export interface SearchVersions {
  leads: string;
  curation: string;
}

/**
 * Values that change whenever what search shows changes: leads, or their curation, written by this
 * connection or any other (triggers keep the counters; see migrations 0009 and 0011). Caches built
 * from the store compare them to know what to refresh; other writes, such as sessions, leave them
 * alone.
 */
export function searchVersions(db: Store): SearchVersions {
  const row = statement(db, 'SELECT version, curation FROM search_version WHERE id = 1').get() as {
    version: number;
    curation: number;
  };
  return { leads: String(row.version), curation: String(row.curation) };
}

/** One value that changes when either counter does. */
export function dataVersion(db: Store): string {
  const { leads, curation } = searchVersions(db);
  return `${leads}:${curation}`;
}
