import type { Migration } from '../migration';

/**
 * A second counter for curation alone (pins, notes, hiding). Search's in-memory index only needs
 * its pinned and hidden marks refreshed when curation changes, not a rebuild from every lead
 * (about a second at 100,000 leads), so the two kinds of change are counted apart.
 */
export const curationVersion: Migration = {
  version: 11,
  name: 'curation-version',
  up: (db) => {
    db.exec('ALTER TABLE search_version ADD COLUMN curation INTEGER NOT NULL DEFAULT 0;');
    for (const event of ['INSERT', 'UPDATE', 'DELETE']) {
      const name = `lead_curation_search_version_${event.toLowerCase()}`;
      db.exec(`
        DROP TRIGGER ${name};
        CREATE TRIGGER ${name} AFTER ${event} ON lead_curation BEGIN
          UPDATE search_version SET curation = curation + 1 WHERE id = 1;
        END;
      `);
    }
  },
};
