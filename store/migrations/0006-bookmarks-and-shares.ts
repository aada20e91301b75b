import type { Migration } from '../migration';

/**
 * Bookmarks of leads for clients, and private share links. A bookmark keeps the lead's title and
 * employer, so it outlives the lead; share tokens are stored as hashes.
 */
export const bookmarksAndShares: Migration = {
  version: 6,
  name: 'bookmarks-and-shares',
  up: (db) => {
    db.exec(`
      CREATE TABLE bookmarks (
        id          TEXT PRIMARY KEY,
        client_id   TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        lead_id     TEXT NOT NULL,
        title       TEXT NOT NULL,
        company     TEXT NOT NULL,
        note        TEXT,
        stage       TEXT NOT NULL DEFAULT 'saved',
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        UNIQUE (client_id, lead_id)
      );

      CREATE TABLE share_links (
        token_hash  TEXT PRIMARY KEY,
        client_id   TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        created_at  TEXT NOT NULL,
        expires_at  TEXT NOT NULL,
        revoked_at  TEXT
      );
    `);
  },
};
