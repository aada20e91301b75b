import type { Exclusion, Fit, Lead } from '../core/lead/lead';
import type { LeadRow } from './lead-rows';
import { rowToLead } from './lead-rows';
import type { Store } from './open-store';
import { statement } from './statements';
import { fitText } from './stored-fit';

/** How many healthy crawls in a row must miss a lead before it closes. */
export const MISSES_BEFORE_CLOSING = 2;

/**
 * A page answered 304: the postings it listed last time (`leadKeys`, their source ids) are still
 * listed, unchanged. Refreshes their sightings and returns their lead ids.
 */
export function touchListedLeads(db: Store, sourceId: string, leadKeys: string[], now: string): string[] {
  const find = statement(db, 'SELECT lead_id FROM lead_sightings WHERE source_id = ? AND source_lead_id = ?');
  const sighting = statement(
    db,
    'UPDATE lead_sightings SET last_seen = ?, missed_runs = 0 WHERE source_id = ? AND source_lead_id = ?',
  );
  const lead = statement(db, 'UPDATE leads SET last_seen = ? WHERE id = ?');
  const ids: string[] = [];
  for (const key of leadKeys) {
    const row = find.get(sourceId, key) as { lead_id: string } | undefined;
    if (!row) continue;
    sighting.run(now, sourceId, key);
    lead.run(now, row.lead_id);
    ids.push(row.lead_id);
  }
  return ids;
}

/**
 * After a complete, healthy crawl of a source: every sighting the crawl did not refresh counts one
 * more miss, and a lead closes once no source still lists it (every sighting missed twice in a row).
 * Returns the ids it closed. Never call it for a failed, partial, rate-limited or empty run.
 */
export function recordMissesAndClose(
  db: Store,
  sourceId: string,
  runStartedAt: string,
  now: string,
): string[] {
  statement(
    db,
    'UPDATE lead_sightings SET missed_runs = missed_runs + 1 WHERE source_id = ? AND last_seen < ?',
  ).run(sourceId, runStartedAt);
  // Read from this source's own sightings (the primary key's first column), never from every open
  // lead: a store of 100,000 leads took 860 ms per source to scan, 7 minutes for a run of 500.
  // Only a lead this source has missed often enough can close, and only when no other source still
  // lists it.
  const toClose = (
    statement(
      db,
      `SELECT DISTINCT l.id FROM lead_sightings m JOIN leads l ON l.id = m.lead_id
         WHERE m.source_id = ? AND m.missed_runs >= ? AND l.status = 'open'
         AND NOT EXISTS (SELECT 1 FROM lead_sightings s WHERE s.lead_id = l.id AND s.missed_runs < ?)`,
    ).all(sourceId, MISSES_BEFORE_CLOSING, MISSES_BEFORE_CLOSING) as { id: string }[]
  ).map((r) => r.id);
  const close = statement(
    db,
    "UPDATE leads SET status = 'closed', closed_reason = 'no longer listed', updated_at = ? WHERE id = ?",
  );
  for (const id of toClose) close.run(now, id);
  return toClose;
}

/** Closes open leads whose closing date (validThrough, close date) has passed. Returns their ids. */
export function closeExpiredLeads(db: Store, now: string): string[] {
  const ids = (
    statement(
      db,
      "SELECT id FROM leads WHERE status = 'open' AND closes_at IS NOT NULL AND closes_at < ?",
    ).all(now) as { id: string }[]
  ).map((r) => r.id);
  const close = statement(
    db,
    "UPDATE leads SET status = 'closed', closed_reason = 'closing date passed', updated_at = ? WHERE id = ?",
  );
  for (const id of ids) close.run(now, id);
  return ids;
}

export function getLead(db: Store, id: string): Lead | null {
  const row = statement(db, 'SELECT * FROM leads WHERE id = ?').get(id) as LeadRow | undefined;
  return row ? rowToLead(row) : null;
}

/** Open, not-excluded leads by default; `all` adds closed and excluded ones. Newest first. */
export function listLeads(db: Store, options: { all?: boolean } = {}): Lead[] {
  const where = options.all ? '' : "WHERE status = 'open' AND excluded IS NULL";
  const rows = statement(
    db,
    `SELECT * FROM leads ${where} ORDER BY COALESCE(posted_at, first_seen) DESC, id`,
  ).all() as LeadRow[];
  return rows.map(rowToLead);
}

export interface Sighting {
  sourceId: string;
  sourceLeadId: string;
  url: string;
  firstSeen: string;
  lastSeen: string;
}

/** Every source a lead was seen under, with the URL it had there: the lead's `seenAt`. */
export function sightingsOf(db: Store, leadId: string): Sighting[] {
  return (
    statement(
      db,
      'SELECT source_id, source_lead_id, url, first_seen, last_seen FROM lead_sightings WHERE lead_id = ? ORDER BY first_seen, source_id',
    ).all(leadId) as {
      source_id: string;
      source_lead_id: string;
      url: string;
      first_seen: string;
      last_seen: string;
    }[]
  ).map((r) => ({
    sourceId: r.source_id,
    sourceLeadId: r.source_lead_id,
    url: r.url,
    firstSeen: r.first_seen,
    lastSeen: r.last_seen,
  }));
}

/** Writes a lead's fit and exclusion after a change to the rules or data (`rescore`). */
export function updateLeadScores(
  db: Store,
  id: string,
  fit: Fit | null,
  excluded: Exclusion | null,
  now: string,
): void {
  statement(
    db,
    'UPDATE leads SET fit = ?, fit_score = ?, tracks = ?, excluded = ?, updated_at = ? WHERE id = ?',
  ).run(
    fit ? fitText(fit) : null,
    fit?.score ?? null,
    JSON.stringify(fit?.tracks ?? []),
    excluded ? JSON.stringify(excluded) : null,
    now,
    id,
  );
  keepCuratedTracks(db, id);
}

/** Every lead id, in a stable order, for jobs that walk the whole store in batches. */
export function allLeadIds(db: Store): string[] {
  return (statement(db, 'SELECT id FROM leads ORDER BY id').all() as { id: string }[]).map((r) => r.id);
}

/** Tracks an adviser corrected win over the scorer's until the correction is removed. */
export function keepCuratedTracks(db: Store, id: string): void {
  statement(
    db,
    `UPDATE leads SET tracks = (SELECT c.tracks FROM lead_curation c WHERE c.lead_id = leads.id)
     WHERE id = ? AND EXISTS (SELECT 1 FROM lead_curation c WHERE c.lead_id = ? AND c.tracks IS NOT NULL)`,
  ).run(id, id);
}
