import {
  FTS5_HASHSIZE,
  FTS5_OPTIONS,
  TEXT_COLUMN_NAMES,
  TEXT_SOURCE_COLUMNS,
  textValuesSql,
} from '../../core/search/text-index-schema';
import type { Migration } from '../migration';
import { SEARCHED } from './0018-search-changes';

/** Moves the change sequence and records that a lead (by rowid) changed at it, in two statements. */
export const LOG = (rowid: string) => `
  UPDATE search_version SET version = version + 1, changes = changes + 1 WHERE id = 1;
  INSERT INTO search_changes (lead_rowid, change)
    VALUES (${rowid}, (SELECT changes FROM search_version WHERE id = 1))
    ON CONFLICT (lead_rowid) DO UPDATE SET change = excluded.change;`;

/**
 * The text index without prefix indexes and without its own copy of the text (see FTS5_OPTIONS),
 * with a larger in-memory buffer for bulk writes, and the leads' change-log triggers with one
 * UPDATE instead of two. What a search finds and how it ranks stay the same; an insert does about
 * a third of the work it did.
 */
export const textIndexWithoutPrefixes: Migration = {
  version: 21,
  name: 'text-index-without-prefixes',
  up: (db) => {
    const columns = TEXT_COLUMN_NAMES.join(', ');
    const changed = TEXT_SOURCE_COLUMNS.map((c) => `old.${c} IS NOT new.${c}`).join(' OR ');
    const searched = SEARCHED.map((c) => `old.${c} IS NOT new.${c}`).join(' OR ');
    db.exec(`
      DROP TRIGGER leads_fts_insert;
      DROP TRIGGER leads_fts_update;
      DROP TRIGGER leads_fts_delete;
      DROP TABLE leads_fts_instances;
      DROP TABLE leads_fts_vocab;
      DROP TABLE leads_fts;
      CREATE VIRTUAL TABLE leads_fts USING fts5(${columns}, ${FTS5_OPTIONS});
      INSERT INTO leads_fts (leads_fts, rank) VALUES ('hashsize', ${FTS5_HASHSIZE});
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
      DROP TRIGGER leads_search_version_insert;
      DROP TRIGGER leads_search_version_update;
      DROP TRIGGER leads_search_version_delete;
      CREATE TRIGGER leads_search_version_insert AFTER INSERT ON leads BEGIN ${LOG('new.rowid')}
      END;
      CREATE TRIGGER leads_search_version_update AFTER UPDATE ON leads WHEN ${searched} BEGIN ${LOG('new.rowid')}
      END;
      CREATE TRIGGER leads_search_version_delete AFTER DELETE ON leads BEGIN ${LOG('old.rowid')}
      END;
    `);
  },
};
