import type { Lead } from '../core/lead/lead';
import type { LeadRow } from './lead-rows';
import { rowToLead } from './lead-rows';
import type { Store } from './open-store';

export interface Curation {
  pinned: boolean;
  note: string | null;
  hidden: boolean;
}

/** A lead with what search needs besides it: its curation and effective tracks. */
export interface IndexableLead {
  lead: Lead;
  tracks: string[];
  curation: Curation | null;
}

type Row = LeadRow & { tracks: string; pinned: number | null; note: string | null; hidden: number | null };

function toIndexable(row: Row): IndexableLead {
  return {
    lead: rowToLead(row),
    tracks: JSON.parse(row.tracks) as string[],
    curation:
      row.pinned === null ? null : { pinned: row.pinned === 1, note: row.note, hidden: row.hidden === 1 },
  };
}

const SELECT =
  'SELECT l.*, c.pinned, c.note, c.hidden FROM leads l LEFT JOIN lead_curation c ON c.lead_id = l.id';

/** The given leads as search documents; ids no longer in the store are returned as `missing`. */
export function indexableLeads(db: Store, ids: string[]): { found: IndexableLead[]; missing: string[] } {
  const found: IndexableLead[] = [];
  const missing: string[] = [];
  const one = db.prepare(`${SELECT} WHERE l.id = ?`);
  for (const id of ids) {
    const row = one.get(id) as Row | undefined;
    if (row) found.push(toIndexable(row));
    else missing.push(id);
  }
  return { found, missing };
}

/** Every lead, in batches, for a full reindex. */
export function* allIndexableLeads(db: Store, batchSize = 1000): Generator<IndexableLead[]> {
  let after = '';
  const page = db.prepare(`${SELECT} WHERE l.id > ? ORDER BY l.id LIMIT ?`);
  for (;;) {
    const rows = page.all(after, batchSize) as Row[];
    if (rows.length === 0) return;
    yield rows.map(toIndexable);
    after = rows.at(-1)?.id ?? after;
  }
}

export function countLeads(db: Store): number {
  return (db.prepare('SELECT count(*) AS n FROM leads').get() as { n: number }).n;
}
