import type { Migration } from '../migration';

export const foundation: Migration = {
  version: 1,
  name: 'foundation',
  up: (db) => {
    // Small typed settings other parts keep between restarts (e.g. the crawl schedule).
    db.exec(`
      CREATE TABLE app_settings (
        key        TEXT PRIMARY KEY,
        value      TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
    `);
  },
};
