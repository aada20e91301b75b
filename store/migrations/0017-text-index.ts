import { TEXT_COLUMN_NAMES, TEXT_SOURCE_COLUMNS, textValuesSql } from '../../core/search/text-index-schema';
import type { Migration } from '../migration';

/** The table's options as this migration shipped them (0021 replaces the table). */
const SHIPPED_OPTIONS = "tokenize = 'unicode61 remove_diacritics 2', prefix = '3 4 5 6'";

/**
 * The FTS5 index rebuilt from the one text-index schema (core/search/text-index-schema.ts): the
 * tracks column now holds a lead's effective tracks (with advisers' corrections, as Meilisearch
 * always had), and the update trigger fires only when an indexed text really changes. Before, every
 * re-crawl of an unchanged lead rewrote its index row, since the upsert sets every column.
 */
export const textIndexFromSchema: Migration = {
  version: 17,
  name: 'text-index',
  up: (db) => {
    const columns = TEXT_COLUMN_NAMES.join(', ');
    const changed = TEXT_SOURCE_COLUMNS.map((c) => `old.${c} IS NOT new.${c}`).join(' OR ');
    db.exec(`
      DROP TRIGGER IF EXISTS leads_fts_insert;
      DROP TRIGGER IF EXISTS leads_fts_update;
      DROP TRIGGER IF EXISTS leads_fts_delete;
      DROP TABLE IF EXISTS leads_fts_instances;
      DROP TABLE IF EXISTS leads_fts_vocab;
      DROP TABLE IF EXISTS leads_fts;
      CREATE VIRTUAL TABLE leads_fts USING fts5(${columns}, ${SHIPPED_OPTIONS});
      CREATE VIRTUAL TABLE leads_fts_vocab USING fts5vocab(leads_fts, 'row');
      CREATE VIRTUAL TABLE leads_fts_instances USING fts5vocab(leads_fts, 'instance');
      INSERT INTO leads_fts (rowid, ${columns}) SELECT rowid, ${textValuesSql('leads')} FROM leads;
      CREATE TRIGGER leads_fts_insert AFTER INSERT ON leads BEGIN
        INSERT INTO leads_fts (rowid, ${columns}) VALUES (new.rowid, ${textValuesSql('new')});
      END;
      CREATE TRIGGER leads_fts_update AFTER UPDATE ON leads WHEN ${changed} BEGIN
        DELETE FROM leads_fts WHERE rowid = old.rowid;
        INSERT INTO leads_fts (rowid, ${columns}) VALUES (new.rowid, ${textValuesSql('new')});
      END;
      CREATE TRIGGER leads_fts_delete AFTER DELETE ON leads BEGIN
        DELETE FROM leads_fts WHERE rowid = old.rowid;
      END;
    `);
  },
};
