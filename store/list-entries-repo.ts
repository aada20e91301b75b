import type { Store } from './open-store';
import { statement } from './statements';

export interface ListEntry {
  fields: string;
  sourceLeadId: string;
  detailFetchedAt: string;
}

export function readListEntry(db: Store, sourceId: string, key: string): ListEntry | undefined {
  const row = statement(
    db,
    'SELECT fields, source_lead_id, detail_fetched_at FROM list_entries WHERE source_id = ? AND entry_key = ?',
  ).get(sourceId, key) as { fields: string; source_lead_id: string; detail_fetched_at: string } | undefined;
  return row
    ? { fields: row.fields, sourceLeadId: row.source_lead_id, detailFetchedAt: row.detail_fetched_at }
    : undefined;
}

/** Records that a detail was read for this list entry, with the list fields it was read under. */
export function writeListEntry(db: Store, sourceId: string, key: string, entry: ListEntry): void {
  statement(
    db,
    `INSERT INTO list_entries (source_id, entry_key, fields, source_lead_id, detail_fetched_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (source_id, entry_key) DO UPDATE SET fields = excluded.fields,
       source_lead_id = excluded.source_lead_id, detail_fetched_at = excluded.detail_fetched_at`,
  ).run(sourceId, key, entry.fields, entry.sourceLeadId, entry.detailFetchedAt);
}
