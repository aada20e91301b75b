import { TEXT_COLUMN_NAMES, textValuesSql } from '../core/search/text-index-schema';
import type { Store } from './open-store';
import { statement } from './statements';

const INDEX_PENDING = `INSERT INTO leads_fts (rowid, ${TEXT_COLUMN_NAMES.join(', ')})
  SELECT l.rowid, ${textValuesSql('l')} FROM text_index_pending p JOIN leads l ON l.rowid = p.lead_rowid`;
const LOG_PENDING = `INSERT INTO search_changes (lead_rowid, change)
  SELECT lead_rowid, (SELECT changes FROM search_version WHERE id = 1) FROM search_changes_pending WHERE true
  ON CONFLICT (lead_rowid) DO UPDATE SET change = excluded.change`;

/**
 * Runs `write` (a batch of lead writes: a crawl page's upserts) with the text index and search's
 * change log written once at the end instead of once per lead (migrations 0023 and 0024 say why
 * that costs far less). It runs in a savepoint of the caller's transaction, or in its own
 * transaction: if `write` throws, its writes, the flag and the pending notes are rolled back
 * together, and the index and the log are as they were. Nested batches join the outer one.
 */
export function inTextIndexBatch<T>(db: Store, write: () => T): T {
  return db.transaction(() => {
    if (statement(db, 'SELECT 1 FROM text_index_batch').get()) return write();
    statement(db, 'INSERT INTO text_index_batch (id) VALUES (1)').run();
    const result = write();
    // Rows the batch changed or deleted leave the index, then the ones still in `leads` come back
    // with their current text, as the per-row triggers would have left them.
    statement(db, 'DELETE FROM leads_fts WHERE rowid IN (SELECT lead_rowid FROM text_index_pending)').run();
    statement(db, INDEX_PENDING).run();
    statement(db, 'DELETE FROM text_index_pending').run();
    // One step of the change sequence for the whole batch, every changed lead logged at it.
    if (statement(db, 'SELECT 1 FROM search_changes_pending LIMIT 1').get()) {
      statement(
        db,
        'UPDATE search_version SET version = version + 1, changes = changes + 1 WHERE id = 1',
      ).run();
      statement(db, LOG_PENDING).run();
      statement(db, 'DELETE FROM search_changes_pending').run();
    }
    statement(db, 'DELETE FROM text_index_batch').run();
    return result;
  })();
}
