import type { Migration } from '../migration';
import { SEARCHED } from './0018-search-changes';
import { LOG } from './0021-text-index-without-prefixes';

/**
 * Search's change log (migration 0018) written once per batch of leads too, like the text index in
 * migration 0023: while `text_index_batch` holds its row, the leads' triggers note the rowid in
 * `search_changes_pending`, and the batch moves the sequence once and logs every noted lead at the
 * new value (store/text-index-batch.ts), in the writer's transaction. Readers only ever see
 * committed writes, so they see a batch whole either way; per row, each lead cost an UPDATE of the
 * one `search_version` row and an upsert of its log row, about 20 µs.
 */
export const changeLogBatches: Migration = {
  version: 24,
  name: 'change-log-batches',
  up: (db) => {
    const searched = SEARCHED.map((c) => `old.${c} IS NOT new.${c}`).join(' OR ');
    const batching = 'EXISTS (SELECT 1 FROM text_index_batch)';
    const note = (row: 'new' | 'old') =>
      `INSERT INTO search_changes_pending (lead_rowid) VALUES (${row}.rowid) ON CONFLICT DO NOTHING;`;
    db.exec(`
      CREATE TABLE search_changes_pending (lead_rowid INTEGER PRIMARY KEY);
      DROP TRIGGER leads_search_version_insert;
      DROP TRIGGER leads_search_version_update;
      DROP TRIGGER leads_search_version_delete;
      CREATE TRIGGER leads_search_version_insert AFTER INSERT ON leads WHEN NOT ${batching} BEGIN ${LOG('new.rowid')}
      END;
      CREATE TRIGGER leads_search_version_update AFTER UPDATE ON leads WHEN (${searched}) AND NOT ${batching} BEGIN ${LOG('new.rowid')}
      END;
      CREATE TRIGGER leads_search_version_delete AFTER DELETE ON leads WHEN NOT ${batching} BEGIN ${LOG('old.rowid')}
      END;
      CREATE TRIGGER leads_search_version_insert_batched AFTER INSERT ON leads WHEN ${batching} BEGIN ${note('new')}
      END;
      CREATE TRIGGER leads_search_version_update_batched AFTER UPDATE ON leads WHEN (${searched}) AND ${batching} BEGIN ${note('new')}
      END;
      CREATE TRIGGER leads_search_version_delete_batched AFTER DELETE ON leads WHEN ${batching} BEGIN ${note('old')}
      END;
    `);
  },
};
