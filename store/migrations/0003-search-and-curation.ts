import type { Migration } from '../migration';

/** The text a lead is found by in the tracks column: its tracks and classified occupations. */
const TRACKS_TEXT = (row: string) =>
  `replace(coalesce((SELECT group_concat(value, ' ') FROM json_each(${row}.fit, '$.tracks')), ''), '-', ' ')
   || ' ' || coalesce((SELECT group_concat(json_extract(value, '$.title'), ' ') FROM json_each(${row}.fit, '$.occupations')), '')`;

/**
 * The embedded search index (SQLite FTS5, https://sqlite.org/fts5.html) and curation. The FTS
 * table is SQLite-only by nature; on PostgreSQL, Meilisearch takes its place. Triggers keep it in
 * step with `leads` inside the same transaction as every write.
 */
export const searchAndCuration: Migration = {
  version: 3,
  name: 'search-and-curation',
  up: (db) => {
    db.exec(`
      -- The lead's tracks as a JSON array (from its fit, or as an adviser corrected them), for filters and facets.
      ALTER TABLE leads ADD COLUMN tracks TEXT NOT NULL DEFAULT '[]';
      UPDATE leads SET tracks = coalesce(json_extract(fit, '$.tracks'), '[]');

      CREATE VIRTUAL TABLE leads_fts USING fts5(
        title, company, tracks, description,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '3 4 5 6'
      );
      CREATE VIRTUAL TABLE leads_fts_vocab USING fts5vocab(leads_fts, 'row');

      INSERT INTO leads_fts (rowid, title, company, tracks, description)
        SELECT rowid, title, company, ${TRACKS_TEXT('leads')}, description FROM leads;

      CREATE TRIGGER leads_fts_insert AFTER INSERT ON leads BEGIN
        INSERT INTO leads_fts (rowid, title, company, tracks, description)
        VALUES (new.rowid, new.title, new.company, ${TRACKS_TEXT('new')}, new.description);
      END;
      CREATE TRIGGER leads_fts_update AFTER UPDATE OF title, company, fit, description ON leads BEGIN
        DELETE FROM leads_fts WHERE rowid = old.rowid;
        INSERT INTO leads_fts (rowid, title, company, tracks, description)
        VALUES (new.rowid, new.title, new.company, ${TRACKS_TEXT('new')}, new.description);
      END;
      CREATE TRIGGER leads_fts_delete AFTER DELETE ON leads BEGIN
        DELETE FROM leads_fts WHERE rowid = old.rowid;
      END;

      CREATE INDEX leads_posted ON leads (posted_at);
      CREATE INDEX leads_fit ON leads (fit_score);

      CREATE TABLE lead_curation (
        lead_id     TEXT PRIMARY KEY REFERENCES leads (id) ON DELETE CASCADE,
        pinned      INTEGER NOT NULL DEFAULT 0,
        note        TEXT,
        hidden      INTEGER NOT NULL DEFAULT 0,
        tracks      TEXT,
        updated_by  TEXT,
        updated_at  TEXT NOT NULL
      );
    `);
  },
};
