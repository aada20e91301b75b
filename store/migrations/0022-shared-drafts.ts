import type { Migration } from '../migration';

/**
 * Resume drafts a seeker shares, stored apart from the request for help, which now carries only a
 * reference to one. The reference is kept as a SHA-256 hash, the draft sealed like the request; a
 * draft belongs to at most one request and goes when that request does.
 */
export const sharedDrafts: Migration = {
  version: 22,
  name: 'shared-drafts',
  up: (db) => {
    db.exec(`
      CREATE TABLE shared_drafts (
        id             TEXT PRIMARY KEY,
        reference_hash TEXT NOT NULL UNIQUE,
        payload        TEXT NOT NULL,
        created_at     TEXT NOT NULL,
        request_id     TEXT UNIQUE REFERENCES intake_requests (id) ON DELETE CASCADE
      );
      CREATE INDEX shared_drafts_unattached ON shared_drafts (created_at) WHERE request_id IS NULL;
    `);
  },
};
