import { hash, randomUUID } from 'node:crypto';
import { noDegreeRequired } from '../core/lead/degree-requirement';
import type { Exclusion, Fit, NormalisedLead, SourceType } from '../core/lead/lead';
import { keepFitCorrection } from './fit-corrections-repo';
import { keepCuratedTracks } from './leads-repo';
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

/** The JSON texts of a lead's fit and exclusion, made once per upsert: the hash and the row share them. */
interface Serialised {
  fit: string | null;
  excluded: string | null;
}

function serialise(incoming: IncomingLead): Serialised {
  return {
    fit: incoming.fit ? JSON.stringify(incoming.fit) : null,
    excluded: incoming.excluded ? JSON.stringify(incoming.excluded) : null,
  };
}

/**
 * The hash of what a crawl saw: the text of JSON.stringify([content, fit, exclusion]), put together
 * from the parts already serialised for the row (the same characters, so stored hashes still match).
 */
function hashOf(lead: NormalisedLead, json: Serialised): string {
  // noDegreeRequired is derived from the rest (the description, mostly): leaving it out keeps the
  // hashes of leads stored before it existed, so the next crawl does not see every lead as changed.
  const { fingerprint: _ignored, noDegreeRequired: _derived, ...content } = lead;
  // One-shot hashing (https://nodejs.org/api/crypto.html#cryptohashalgorithm-data-outputencoding):
  // the same digest, without a Hash object per lead.
  return hash(
    'sha256',
    `[${JSON.stringify(content)},${json.fit ?? 'null'},${json.excluded ?? 'null'}]`,
    'base64url',
  );
}

/** What the upsert compares and keeps of a lead already stored, read with the lookup that finds it. */
const BEFORE = 'id, content_hash, status, company, fingerprint, company_source, company_named';

/** Dedupe's two fallbacks: leads first seen under another source that this source has not matched. */
const elsewhere = (column: 'canonical_url' | 'fingerprint') => {
  // Two index ranges skip this source's own leads without reading them (leads.source_id is the first source).
  const branch = (op: '<' | '>') =>
    `SELECT ${BEFORE} FROM leads WHERE ${column} = @value AND source_id ${op} @source
     AND NOT EXISTS (SELECT 1 FROM lead_sightings s WHERE s.lead_id = leads.id AND s.source_id = @source)`;
  return `${branch('<')} UNION ALL ${branch('>')} LIMIT 1`;
};
const BY_URL = elsewhere('canonical_url');
const BY_FINGERPRINT = elsewhere('fingerprint');

/**
 * Dedupe: the source's own id first, then the canonical URL, then the company/title/places
 * fingerprint. The last two only match leads first seen under another source: one careers page can
 * list several jobs at one URL, and an employer may really post the same title twice. Returns what
 * the upsert compares of the stored lead, read in the same lookup.
 */
export function findExistingLead(db: Store, incoming: IncomingLead): Before | null {
  const bySourceId = statement(
    db,
    `SELECT ${BEFORE} FROM leads WHERE id =
       (SELECT lead_id FROM lead_sightings WHERE source_id = ? AND source_lead_id = ?)`,
  ).get(incoming.sourceId, incoming.lead.sourceLeadId) as Before | undefined;
  if (bySourceId) return bySourceId;
  const args = { value: incoming.lead.canonicalUrl, source: incoming.sourceId };
  const byUrl = statement(db, BY_URL).get(args) as Before | undefined;
  if (byUrl) return byUrl;
  args.value = incoming.lead.fingerprint;
  return (statement(db, BY_FINGERPRINT).get(args) as Before | undefined) ?? null;
}

function leadColumns(incoming: IncomingLead, json: Serialised, now: string) {
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
    content_hash: hashOf(l, json),
    status: expired ? 'closed' : 'open',
    closed_reason: expired ? 'closing date passed' : null,
    fit: json.fit,
    fit_score: incoming.fit?.score ?? null,
    tracks: JSON.stringify(incoming.fit?.tracks ?? []),
    excluded: json.excluded,
    last_seen: now,
    updated_at: now,
    company_source: incoming.sourceId,
    company_named: incoming.namedSource ? 1 : 0,
  };
}

type Columns = ReturnType<typeof leadColumns>;

/** The statements' texts, built once from the columns: prepared statements are cached by their text. */
let sql: { insert: string; update: string } | undefined;
function statementTexts(columns: Columns): { insert: string; update: string } {
  if (sql) return sql;
  const updated = Object.keys(columns);
  const inserted = [...updated, 'id', 'source_id', 'source_type', 'source_lead_id', 'first_seen'];
  sql = {
    insert: `INSERT INTO leads (${inserted.join(', ')}) VALUES (${inserted.map((n) => `@${n}`).join(', ')})`,
    update: `UPDATE leads SET ${updated.map((n) => `${n} = @${n}`).join(', ')} WHERE id = @id`,
  };
  return sql;
}

/** An unchanged lead: only what a sighting refreshes, so the text index and search's change log stay still. */
const TOUCH = `UPDATE leads SET last_seen = @last_seen, updated_at = @updated_at, closed_reason = @closed_reason,
  no_degree = @no_degree, company_source = @company_source, company_named = @company_named WHERE id = @id`;
const SIGHTING = `INSERT INTO lead_sightings (source_id, source_lead_id, lead_id, url, first_seen, last_seen, missed_runs)
  VALUES (?, ?, ?, ?, ?, ?, 0)
  ON CONFLICT (source_id, source_lead_id) DO UPDATE SET lead_id = excluded.lead_id, url = excluded.url,
    last_seen = excluded.last_seen, missed_runs = 0`;

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

export interface Before {
  id: string;
  content_hash: string;
  status: string;
  company: string;
  fingerprint: string;
  company_source: string | null;
  company_named: number;
}

/** Inserts or refreshes one lead and its sighting. Run it inside the caller's transaction. */
export function upsertLead(
  db: Store,
  incoming: IncomingLead,
  now: string,
): { id: string; outcome: UpsertOutcome } {
  const existing = findExistingLead(db, incoming);
  const json = serialise(incoming);
  let columns = leadColumns(incoming, json, now);
  let id: string;
  let outcome: UpsertOutcome;
  if (existing === null) {
    id = randomUUID();
    statement(db, statementTexts(columns).insert).run({
      ...columns,
      id,
      source_id: incoming.sourceId,
      source_type: incoming.sourceType,
      source_lead_id: incoming.lead.sourceLeadId,
      first_seen: now,
    });
    // A new id has no curation or fit correction to keep.
    outcome = 'new';
  } else {
    const before = existing;
    id = before.id;
    if (!takesCompany(before, incoming)) {
      // Another source named this employer first: keep its name (and the fingerprint made from it).
      const kept = {
        ...incoming,
        lead: { ...incoming.lead, company: before.company, fingerprint: before.fingerprint },
      };
      columns = {
        ...leadColumns(kept, json, now),
        company_source: before.company_source as string,
        company_named: before.company_named,
      };
    }
    outcome =
      before.content_hash !== columns.content_hash || before.status !== columns.status
        ? 'updated'
        : 'unchanged';
    if (outcome === 'unchanged') {
      // The same content and status: the stored fit and tracks (with any correction) stand.
      statement(db, TOUCH).run({
        last_seen: columns.last_seen,
        updated_at: columns.updated_at,
        closed_reason: columns.closed_reason,
        no_degree: columns.no_degree,
        company_source: columns.company_source,
        company_named: columns.company_named,
        id,
      });
    } else {
      statement(db, statementTexts(columns).update).run({ ...columns, id });
      keepCuratedTracks(db, id);
      keepFitCorrection(db, id, incoming.lead);
    }
  }
  statement(db, SIGHTING).run(incoming.sourceId, incoming.lead.sourceLeadId, id, incoming.lead.url, now, now);
  return { id, outcome };
}
