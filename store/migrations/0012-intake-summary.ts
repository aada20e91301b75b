import type { Migration } from '../migration';

/**
 * The queue's part of each intake request, sealed on its own. The queue used to decrypt every
 * whole request (resume included) on every view; now it decrypts only the summary of the rows on
 * the page it shows. Older rows have no summary and are read from the full payload.
 */
export const intakeSummary: Migration = {
  version: 12,
  name: 'intake-summary',
  up: (db) => {
    db.exec(`
      ALTER TABLE intake_requests ADD COLUMN summary TEXT;
      CREATE INDEX IF NOT EXISTS intake_requests_open ON intake_requests (status, created_at);
    `);
  },
};
