import type { Migration } from '../migration';

const TABLES = ['leads', 'lead_curation'] as const;

/**
 * A counter that moves only when what search shows moves: leads and their curation. The embedded
 * engine's in-memory caches compare it to know when to rebuild. Before, they followed every write
 * to the database, so each adviser request (which refreshes its session) made the next search
 * rebuild its index: over a second at 100,000 leads.
 */
export const searchVersion: Migration = {
  version: 9,
  name: 'search-version',
  up: (db) => {
    db.exec(`
      CREATE TABLE search_version (
        id       INTEGER PRIMARY KEY CHECK (id = 1),
        version  INTEGER NOT NULL
      );
      INSERT INTO search_version (id, version) VALUES (1, 0);
    `);
    for (const table of TABLES) {
      for (const event of ['INSERT', 'UPDATE', 'DELETE']) {
        db.exec(`
          CREATE TRIGGER ${table}_search_version_${event.toLowerCase()} AFTER ${event} ON ${table} BEGIN
            UPDATE search_version SET version = version + 1 WHERE id = 1;
          END;
        `);
      }
    }
  },
};
