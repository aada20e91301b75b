import type { Migration } from '../migration';

/**
 * Which process owns a running crawl (its pid and host), so that a start can tell a run whose
 * process was killed from one another live process is still writing.
 */
export const crawlRunOwner: Migration = {
  version: 19,
  name: 'crawl-run-owner',
  up: (db) => {
    db.exec(`
      ALTER TABLE crawl_runs ADD COLUMN owner_pid INTEGER;
      ALTER TABLE crawl_runs ADD COLUMN owner_host TEXT;
    `);
  },
};
