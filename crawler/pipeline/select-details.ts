import { readListEntry, writeListEntry } from '../../store/list-entries-repo';
import type { Store } from '../../store/open-store';
import type { PackedLead } from '../../store/packed-lead';
import { statement } from '../../store/statements';
import type { FetchSpec } from '../source-adapter';

const DAY_MS = 86_400_000;

/**
 * select details: for list-plus-detail sources, a detail is fetched only when its list entry is
 * new, its list fields (title, place, posted or updated date) changed, or the stored detail is older
 * than CRAWL_DETAIL_MAX_AGE_DAYS. An unchanged entry is not fetched or parsed again; its lead counts
 * as seen, so it stays open. Specs without a list entry (pagination, single-page sources) all pass.
 */
export function selectDetails(
  db: Store,
  sourceId: string,
  specs: FetchSpec[],
  now: string,
  maxAgeDays: number,
): { fetch: FetchSpec[]; unchangedKeys: string[] } {
  const fetch: FetchSpec[] = [];
  const unchangedKeys: string[] = [];
  const oldest = Date.parse(now) - maxAgeDays * DAY_MS;
  for (const spec of specs) {
    const entry = spec.entry;
    const stored = entry ? readListEntry(db, sourceId, entry.key) : undefined;
    const fresh =
      entry &&
      stored &&
      stored.fields === entry.fields &&
      Date.parse(stored.detailFetchedAt) > oldest &&
      hasOpenSighting(db, sourceId, stored.sourceLeadId);
    if (fresh && stored) unchangedKeys.push(stored.sourceLeadId);
    else fetch.push(spec);
  }
  return { fetch, unchangedKeys };
}

/** A lead that closed (its closing date passed, say) is read again rather than vouched for. */
function hasOpenSighting(db: Store, sourceId: string, sourceLeadId: string): boolean {
  return (
    statement(
      db,
      `SELECT 1 FROM lead_sightings s JOIN leads l ON l.id = s.lead_id
       WHERE s.source_id = ? AND s.source_lead_id = ? AND l.status = 'open'`,
    ).get(sourceId, sourceLeadId) !== undefined
  );
}

/** After a detail page is stored: remember the list fields it was read under. */
export function recordDetails(
  db: Store,
  sourceId: string,
  spec: FetchSpec,
  leads: PackedLead[],
  now: string,
): void {
  const lead = leads[0];
  if (!spec.entry || !lead) return;
  writeListEntry(db, sourceId, spec.entry.key, {
    fields: spec.entry.fields,
    sourceLeadId: lead.sourceLeadId,
    detailFetchedAt: now,
  });
}
