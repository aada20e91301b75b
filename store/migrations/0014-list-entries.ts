import type { Migration } from '../migration';

/**
 * What a list-plus-detail source (Workday, SmartRecruiters, BambooHR, Oracle, UKG) showed for each
 * posting in its list, and when its detail was last read. A recrawl fetches a detail again only when
 * the list entry is new, its list fields changed, or the stored detail is too old. And which source
 * gave a lead its company name, so a second source guessing from a slug does not overwrite it.
 */
export const listEntries: Migration = {
  version: 14,
  name: 'list-entries',
  up: (db) => {
    db.exec(`
      CREATE TABLE list_entries (
        source_id        TEXT NOT NULL,
        entry_key        TEXT NOT NULL,
        -- The list fields (title, place, posted or updated date) as the list gave them.
        fields           TEXT NOT NULL,
        source_lead_id   TEXT NOT NULL,
        detail_fetched_at TEXT NOT NULL,
        PRIMARY KEY (source_id, entry_key)
      );
      -- Which source set a lead's company name, and whether that source names its employer.
      ALTER TABLE leads ADD COLUMN company_source TEXT;
      ALTER TABLE leads ADD COLUMN company_named INTEGER NOT NULL DEFAULT 0;
    `);
  },
};
