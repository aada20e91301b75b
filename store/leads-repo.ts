import { createHash, randomUUID } from 'node:crypto';
import { noDegreeRequired } from '../core/lead/degree-requirement';
import type { Exclusion, Fit, Lead, NormalisedLead, SourceType } from '../core/lead/lead';
import { keepFitCorrection } from './fit-corrections-repo';
import type { LeadRow } from './lead-rows';
import { rowToLead } from './lead-rows';
import type { Store } from './open-store';
import { statement } from './statements';

export interface IncomingLead {
  lead: NormalisedLead;
  sourceId: string;
  sourceType: SourceType;
  fit: Fit | null;
  excluded: Exclusion | null;
  /** The source sets `name`: its company name beats one another source guessed from a slug. */
  namedSource?: boolean;
}

export type UpsertOutcome = 'new' | 'updated' | 'unchanged';

/** How many healthy crawls in a row must miss a lead before it closes. */
export const MISSES_BEFORE_CLOSING = 2;

function hashOf(incoming: IncomingLead): string {
  // noDegreeRequired is derived from the rest (the description, mostly): leaving it out keeps the
  // hashes of leads stored before it existed, so the next crawl does not see every lead as changed.
  const { fingerprint: _ignored, noDegreeRequired: _derived, ...content } = incoming.lead;
  return createHash('sha256')
    .update(JSON.stringify([content, incoming.fit, incoming.excluded]))
    .digest('base64url');
}

/**
 * Dedupe: the source's own id first, then the canonical URL, then the company/title/places
 * fingerprint. The last two only match leads first seen under another source: one careers page can
 * list several jobs at one URL, and an employer may really post the same title twice.
 */
export function findExistingLead(db: Store, incoming: IncomingLead): string | null {
  const bySourceId = statement(
    db,
    'SELECT lead_id FROM lead_sightings WHERE source_id = ? AND source_lead_id = ?',
  ).get(incoming.sourceId, incoming.lead.sourceLeadId) as { lead_id: string } | undefined;
  if (bySourceId) return bySourceId.lead_id;
  // Leads first seen under another source (leads.source_id is the first source), which this source
  // has not matched yet. Two index ranges skip this source's own leads without reading them.
  const elsewhere = (column: 'canonical_url' | 'fingerprint') => {
    const branch = (op: '<' | '>') =>
      `SELECT id FROM leads WHERE ${column} = @value AND source_id ${op} @source
       AND NOT EXISTS (SELECT 1 FROM lead_sightings s WHERE s.lead_id = leads.id AND s.source_id = @source)`;
    return `${branch('<')} UNION ALL ${branch('>')} LIMIT 1`;
  };
  const byUrl = statement(db, elsewhere('canonical_url')).get({
    value: incoming.lead.canonicalUrl,
    source: incoming.sourceId,
  }) as { id: string } | undefined;
  if (byUrl) return byUrl.id;
  const byFingerprint = statement(db, elsewhere('fingerprint')).get({
    value: incoming.lead.fingerprint,
    source: incoming.sourceId,
  }) as { id: string } | undefined;
  return byFingerprint?.id ?? null;
}

function leadColumns(incoming: IncomingLead, now: string) {
  const l = incoming.lead;
  const expired = l.closesAt !== null && l.closesAt < now;
  return {
    title: l.title,
    company: l.company,
    location: l.location,
    city: l.city,
    region: l.region,
    country: l.country,
    places: JSON.stringify(l.places),
    latitude: l.places[0]?.latitude ?? null,
    longitude: l.places[0]?.longitude ?? null,
    remote: l.remote,
    employment_type: l.employmentType,
    salary: l.salary ? JSON.stringify(l.salary) : null,
    salary_annual_min: l.salary?.annualMin ?? l.salary?.annualMax ?? null,
    salary_annual_max: l.salary?.annualMax ?? l.salary?.annualMin ?? null,
    url: l.url,
    canonical_url: l.canonicalUrl,
    apply_url: l.applyUrl,
    posted_at: l.postedAt,
    posted_at_approximate: l.postedAtApproximate ? 1 : 0,
    closes_at: l.closesAt,
    department: l.department,
    description_html: l.descriptionHtml,
    description: l.description,
    no_degree: (l.noDegreeRequired ?? noDegreeRequired(l.description)) ? 1 : 0,
    fingerprint: l.fingerprint,
    content_hash: hashOf(incoming),
    status: expired ? 'closed' : 'open',
    closed_reason: expired ? 'closing date passed' : null,
    fit: incoming.fit ? JSON.stringify(incoming.fit) : null,
    fit_score: incoming.fit?.score ?? null,
    tracks: JSON.stringify(incoming.fit?.tracks ?? []),
    excluded: incoming.excluded ? JSON.stringify(incoming.excluded) : null,
    last_seen: now,
    updated_at: now,
    company_source: incoming.sourceId,
    company_named: incoming.namedSource ? 1 : 0,
  };
}

/**
 * Whose company name a lead shows when several sources list it: the source that set it keeps it,
 * unless it only guessed from a slug and the incoming source names the employer.
 */
function takesCompany(
  before: { company_source: string | null; company_named: number },
  incoming: IncomingLead,
): boolean {
  if (before.company_source === null || before.company_source === incoming.sourceId) return true;
  return Boolean(incoming.namedSource) && before.company_named === 0;
}

/** Inserts or refreshes one lead and its sighting. Run it inside the caller's transaction. */
export function upsertLead(
  db: Store,
  incoming: IncomingLead,
  now: string,
): { id: string; outcome: UpsertOutcome } {
  const existing = findExistingLead(db, incoming);
  const columns = leadColumns(incoming, now);
  let id: string;
  let outcome: UpsertOutcome;
  if (existing === null) {
    id = randomUUID();
    const row = {
      ...columns,
      id,
      source_id: incoming.sourceId,
      source_type: incoming.sourceType,
      source_lead_id: incoming.lead.sourceLeadId,
      first_seen: now,
    };
    const names = Object.keys(row);
    statement(
      db,
      `INSERT INTO leads (${names.join(', ')}) VALUES (${names.map((n) => `@${n}`).join(', ')})`,
    ).run(row);
    outcome = 'new';
  } else {
    id = existing;
    const before = statement(
      db,
      'SELECT content_hash, status, company, fingerprint, company_source, company_named FROM leads WHERE id = ?',
    ).get(id) as {
      content_hash: string;
      status: string;
      company: string;
      fingerprint: string;
      company_source: string | null;
      company_named: number;
    };
    if (!takesCompany(before, incoming)) {
      // Another source named this employer first: keep its name (and the fingerprint made from it).
      const kept = {
        ...incoming,
        lead: { ...incoming.lead, company: before.company, fingerprint: before.fingerprint },
      };
      Object.assign(columns, leadColumns(kept, now), {
        company_source: before.company_source,
        company_named: before.company_named,
      });
    }
    const names = Object.keys(columns);
    statement(db, `UPDATE leads SET ${names.map((n) => `${n} = @${n}`).join(', ')} WHERE id = @id`).run({
      ...columns,
      id,
    });
    outcome =
      before.content_hash !== columns.content_hash || before.status !== columns.status
        ? 'updated'
        : 'unchanged';
  }
  statement(
    db,
    `INSERT INTO lead_sightings (source_id, source_lead_id, lead_id, url, first_seen, last_seen, missed_runs)
     VALUES (?, ?, ?, ?, ?, ?, 0)
     ON CONFLICT (source_id, source_lead_id) DO UPDATE SET lead_id = excluded.lead_id, url = excluded.url,
       last_seen = excluded.last_seen, missed_runs = 0`,
  ).run(incoming.sourceId, incoming.lead.sourceLeadId, id, incoming.lead.url, now, now);
  keepCuratedTracks(db, id);
  keepFitCorrection(db, id, incoming.lead);
  return { id, outcome };
}

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
  const toClose = (
    statement(
      db,
      `SELECT l.id FROM leads l WHERE l.status = 'open'
         AND EXISTS (SELECT 1 FROM lead_sightings s WHERE s.lead_id = l.id AND s.source_id = ?)
         AND NOT EXISTS (SELECT 1 FROM lead_sightings s WHERE s.lead_id = l.id AND s.missed_runs < ?)`,
    ).all(sourceId, MISSES_BEFORE_CLOSING) as { id: string }[]
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
    fit ? JSON.stringify(fit) : null,
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
function keepCuratedTracks(db: Store, id: string): void {
  statement(
    db,
    `UPDATE leads SET tracks = (SELECT c.tracks FROM lead_curation c WHERE c.lead_id = leads.id)
     WHERE id = ? AND EXISTS (SELECT 1 FROM lead_curation c WHERE c.lead_id = ? AND c.tracks IS NOT NULL)`,
  ).run(id, id);
}
