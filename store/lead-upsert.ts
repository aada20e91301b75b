import { randomUUID } from 'node:crypto';
import { keepFitCorrection } from './fit-corrections-repo';
import type { Before } from './lead-lookup';
import { leadsBySourceIds, leadsElsewhere } from './lead-lookup';
import type { IncomingLead, KeptCompany } from './lead-row-values';
import { AT, INSERTED_COLUMNS, packedOf, rowValues, WRITTEN_COLUMNS } from './lead-row-values';
import { keepCuratedTracks } from './leads-repo';
import type { Store } from './open-store';
import { contentHash, contentText, packedTexts, unpackLead } from './packed-lead';
import { inChunks, inList, rowChunks, valueRows } from './sql-chunks';
import { statement } from './statements';

export type { IncomingLead } from './lead-row-values';

type Packed = ReturnType<typeof packedOf>;
export type UpsertOutcome = 'new' | 'updated' | 'unchanged';

// Positional parameters throughout: binding 40 named ones from an object cost about a third of
// the statement's own time.
const INSERT = `INSERT INTO leads (${INSERTED_COLUMNS.join(', ')}) VALUES ${valueRows(1, INSERTED_COLUMNS.length)}`;
const UPDATE = `UPDATE leads SET ${WRITTEN_COLUMNS.map((n) => `${n} = ?`).join(', ')} WHERE id = ?`;
/** Unchanged leads: only what a sighting refreshes, so the text index and search's change log stay still. */
const touchSql = (size: number) =>
  `UPDATE leads SET last_seen = ?, updated_at = ?, closed_reason = ?, no_degree = ?, company_source = ?,
   company_named = ? WHERE id IN (${inList(size)})`;
const sightingsSql = (rows: number) =>
  `INSERT INTO lead_sightings (source_id, source_lead_id, lead_id, url, first_seen, last_seen, missed_runs)
   VALUES ${valueRows(rows, 7)}
   ON CONFLICT (source_id, source_lead_id) DO UPDATE SET lead_id = excluded.lead_id, url = excluded.url,
     last_seen = excluded.last_seen, missed_runs = 0`;
const correctedSql = (size: number) =>
  `SELECT lead_id FROM lead_curation WHERE tracks IS NOT NULL AND lead_id IN (${inList(size)})
   UNION SELECT lead_id FROM lead_fit_corrections WHERE lead_id IN (${inList(size)})`;

/**
 * Whose company name a lead shows when several sources list it: the source that set it keeps it,
 * unless it only guessed from a slug and the incoming source names the employer.
 */
function takesCompany(before: Before, incoming: Packed): boolean {
  if (before.company_source === null || before.company_source === incoming.sourceId) return true;
  return Boolean(incoming.namedSource) && before.company_named === 0;
}

/**
 * Dedupe for a page of one source's leads, with three lookups for the whole page: the source's own
 * id first, then the canonical URL, then the company/title/places fingerprint. The last two only
 * match leads first seen under another source that this source has not matched yet, in the page's
 * order: a lead one entry claims is gone for the entries after it, as its new sighting would make it.
 */
function matchPage(db: Store, sourceId: string, page: readonly Packed[]): (Before | null)[] {
  const own = leadsBySourceIds(
    db,
    sourceId,
    page.map((i) => i.packed.sourceLeadId),
  );
  const rest = page.filter((i) => !own.has(i.packed.sourceLeadId));
  const elsewhere = (column: 'canonical_url' | 'fingerprint', key: (i: Packed) => string) =>
    rest.length ? leadsElsewhere(db, column, sourceId, rest.map(key)) : new Map<string, Before[]>();
  const byUrl = elsewhere('canonical_url', (i) => i.packed.canonicalUrl);
  const byPrint = elsewhere('fingerprint', (i) => i.packed.fingerprint);
  const claimed = new Set<string>();
  const free = (list: Before[] | undefined) => list?.find((b) => !claimed.has(b.id));
  return page.map((i) => {
    const mine = own.get(i.packed.sourceLeadId);
    if (mine) return mine;
    const other = free(byUrl.get(i.packed.canonicalUrl)) ?? free(byPrint.get(i.packed.fingerprint)) ?? null;
    if (other) claimed.add(other.id);
    return other;
  });
}

/** A page the batch cannot take as one: several sources, or one posting twice. */
function isOnePage(page: readonly Packed[]): boolean {
  const sourceId = page[0]?.sourceId;
  const keys = new Set<string>();
  for (const i of page) {
    if (i.sourceId !== sourceId || keys.has(i.packed.sourceLeadId)) return false;
    keys.add(i.packed.sourceLeadId);
  }
  return true;
}

/**
 * Inserts or refreshes a page of one source's leads and their sightings, with the same rows as
 * upserting them one by one in order, in a few statements per page. Run it inside the caller's
 * transaction (a crawl page's, steps.ts), so a crash mid-page leaves the store as it was.
 */
export function upsertLeads(
  db: Store,
  incomingPage: readonly IncomingLead[],
  now: string,
): { id: string; outcome: UpsertOutcome }[] {
  const page = incomingPage.map(packedOf);
  if (page.length > 1 && !isOnePage(page)) return page.flatMap((i) => upsertLeads(db, [i], now));
  const sourceId = page[0]?.sourceId ?? '';
  const matches = matchPage(db, sourceId, page);
  const results: { id: string; outcome: UpsertOutcome }[] = [];
  const sightings: unknown[][] = [];
  const touched = new Map<string, { values: unknown[]; ids: string[] }>();
  const changed: { id: string; incoming: Packed }[] = [];
  for (let n = 0; n < page.length; n++) {
    const incoming = page[n] as Packed;
    const before = matches[n] ?? null;
    const { sourceLeadId } = incoming.packed;
    // Opened only now, so the page's leads live as objects one at a time (packed-lead.ts).
    const texts = packedTexts(incoming.packed);
    const { stored } = texts;
    let id: string;
    let outcome: UpsertOutcome;
    if (before === null) {
      id = randomUUID();
      const values = rowValues(incoming, texts, stored, now, null);
      values.push(id, sourceId, incoming.sourceType, sourceLeadId, now);
      statement(db, INSERT).run(values);
      // A new id has no curation or fit correction to keep.
      outcome = 'new';
    } else {
      id = before.id;
      let kept: KeptCompany | null = null;
      let form = stored;
      if (!takesCompany(before, incoming)) {
        // Another source named this employer first: keep its name (and the fingerprint made from it).
        kept = {
          company: before.company,
          fingerprint: before.fingerprint,
          company_source: before.company_source as string,
          company_named: before.company_named,
        };
        const content = contentText({ ...unpackLead(incoming.packed, texts), company: before.company });
        form = { ...stored, contentHash: contentHash(content, stored.fit, stored.excluded) };
      }
      const values = rowValues(incoming, texts, form, now, kept);
      const unchanged = before.content_hash === values[AT.contentHash] && before.status === values[AT.status];
      outcome = unchanged ? 'unchanged' : 'updated';
      if (unchanged) {
        // The same content and status: the stored fit and tracks (with any correction) stand.
        const touch = [now, now, values[AT.closedReason], values[AT.noDegree], ...values.slice(-2)];
        const key = JSON.stringify(touch);
        const group = touched.get(key);
        if (group) group.ids.push(id);
        else touched.set(key, { values: touch, ids: [id] });
      } else {
        values.push(id);
        statement(db, UPDATE).run(values);
        changed.push({ id, incoming });
      }
    }
    sightings.push([sourceId, sourceLeadId, id, texts.lead.url, now, now, 0]);
    results.push({ id, outcome });
  }
  for (const { values, ids } of touched.values())
    for (const chunk of inChunks(ids)) statement(db, touchSql(chunk.length)).run(...values, ...chunk);
  keepCorrections(db, changed);
  for (const chunk of rowChunks(sightings)) statement(db, sightingsSql(chunk.length)).run(chunk.flat());
  return results;
}

/** Updated leads an adviser or admin corrected get their corrections back (most have none). */
function keepCorrections(db: Store, changed: { id: string; incoming: Packed }[]): void {
  const corrected = new Set<string>();
  for (const chunk of inChunks(changed.map((c) => c.id))) {
    const rows = statement(db, correctedSql(chunk.length)).all(...chunk, ...chunk) as { lead_id: string }[];
    for (const r of rows) corrected.add(r.lead_id);
  }
  for (const { id, incoming } of changed) {
    if (!corrected.has(id)) continue;
    keepCuratedTracks(db, id);
    keepFitCorrection(db, id, unpackLead(incoming.packed));
  }
}

/** Inserts or refreshes one lead and its sighting. Run it inside the caller's transaction. */
export function upsertLead(
  db: Store,
  incoming: IncomingLead,
  now: string,
): { id: string; outcome: UpsertOutcome } {
  return upsertLeads(db, [incoming], now)[0] as { id: string; outcome: UpsertOutcome };
}
