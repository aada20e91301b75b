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

/** The change sequence every change to a lead or its curation moves (migration 0018). */
export function changeSequence(db: Store): number {
  return (statement(db, 'SELECT changes FROM search_version WHERE id = 1').get() as { changes: number })
    .changes;
}

/** How many leads changed after the given point of the change sequence. */
export function countChangedSince(db: Store, since: number): number {
  return (
    statement(db, 'SELECT count(*) AS n FROM search_changes WHERE change > ?').get(since) as { n: number }
  ).n;
}

/** The rowids of the leads (present or deleted) that changed after the given point. */
export function changedSince(db: Store, since: number): number[] {
  const row = statement(
    db,
    'SELECT json_group_array(lead_rowid) AS ids FROM search_changes WHERE change > ?',
  ).get(since) as { ids: string };
  return JSON.parse(row.ids) as number[];
}

/**
 * The change sequence now, and the fence: the point every search must see before it answers
 * (migration 0026). One row, read by every search.
 */
export function changeAndFence(db: Store): { changes: number; fence: number } {
  return statement(db, 'SELECT changes, fence FROM search_version WHERE id = 1').get() as {
    changes: number;
    fence: number;
  };
}

/**
 * Marks every change made so far as one the next search must show, on any thread or process that
 * answers searches from this store. For a person's own edits (curation, fit corrections), whose
 * next look at the results must include them; crawls do not raise it.
 */
export function raiseSearchFence(db: Store): void {
  statement(db, 'UPDATE search_version SET fence = changes WHERE id = 1').run();
}
