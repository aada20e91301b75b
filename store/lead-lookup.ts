import type { Store } from './open-store';
import { inChunks, inList } from './sql-chunks';
import { statement } from './statements';

/** What the upsert compares and keeps of a lead already stored, read with the lookup that finds it. */
export interface Before {
  id: string;
  content_hash: string;
  status: string;
  company: string;
  fingerprint: string;
  company_source: string | null;
  company_named: number;
}

const BEFORE = 'l.id, l.content_hash, l.status, l.company, l.fingerprint, l.company_source, l.company_named';

type Keyed = Before & { k: string };

/** The stored leads a source already lists under these source ids, by source id. */
export function leadsBySourceIds(db: Store, sourceId: string, keys: readonly string[]): Map<string, Before> {
  const found = new Map<string, Before>();
  for (const chunk of inChunks(keys)) {
    const rows = statement(
      db,
      `SELECT s.source_lead_id AS k, ${BEFORE} FROM lead_sightings s JOIN leads l ON l.id = s.lead_id
       WHERE s.source_id = ? AND s.source_lead_id IN (${inList(chunk.length)})`,
    ).all(sourceId, ...chunk) as Keyed[];
    for (const { k, ...before } of rows) found.set(k, before);
  }
  return found;
}

const elsewhereSql = (column: 'canonical_url' | 'fingerprint', size: number) => {
  // Two index ranges of (column, source_id) skip this source's own leads without reading them;
  // `side`, source_id and rowid put the candidates in the order one range after the other reads them.
  const branch = (side: number, op: '<' | '>') =>
    `SELECT ${side} AS side, l.source_id AS sid, l.rowid AS r, l.${column} AS k, ${BEFORE} FROM leads l
     WHERE l.${column} IN (${inList(size)}) AND l.source_id ${op} ?
     AND NOT EXISTS (SELECT 1 FROM lead_sightings s WHERE s.lead_id = l.id AND s.source_id = ?)`;
  return `${branch(0, '<')} UNION ALL ${branch(1, '>')} ORDER BY side, sid, r`;
};

/**
 * Dedupe's two fallbacks, for many values at once: the leads with this canonical URL (or
 * fingerprint) first seen under another source and not yet matched by this one, each value's
 * candidates in order of preference. One careers page can list several jobs at one URL, and an
 * employer may really post the same title twice, so a source's own leads never match this way.
 */
export function leadsElsewhere(
  db: Store,
  column: 'canonical_url' | 'fingerprint',
  sourceId: string,
  values: readonly string[],
): Map<string, Before[]> {
  const found = new Map<string, Before[]>();
  for (const chunk of inChunks([...new Set(values)])) {
    const rows = statement(db, elsewhereSql(column, chunk.length)).all(
      ...chunk,
      sourceId,
      sourceId,
      ...chunk,
      sourceId,
      sourceId,
    ) as (Keyed & { side: number; sid: string; r: number })[];
    for (const { k, side: _s, sid: _i, r: _r, ...before } of rows) {
      const list = found.get(k);
      if (list) list.push(before);
      else found.set(k, [before]);
    }
  }
  return found;
}
