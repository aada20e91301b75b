import type { Migration } from '../migration';

/**
 * Confidential intake and advisers' clients. Everything a seeker wrote is stored encrypted
 * (AES-256-GCM, key from DATA_KEY, never in the database); receipt codes are stored as hashes.
 */
export const intakeAndClients: Migration = {
  version: 5,
  name: 'intake-and-clients',
  up: (db) => {
    db.exec(`
      CREATE TABLE intake_requests (
        id            TEXT PRIMARY KEY,
        receipt_hash  TEXT NOT NULL UNIQUE,
        payload       TEXT NOT NULL,
        status        TEXT NOT NULL CHECK (status IN ('open', 'claimed')),
        created_at    TEXT NOT NULL,
        claimed_at    TEXT
      );
      CREATE INDEX intake_requests_status ON intake_requests (status, created_at);

      CREATE TABLE clients (
        id          TEXT PRIMARY KEY,
        adviser_id  TEXT NOT NULL REFERENCES advisers (id) ON DELETE CASCADE,
        request_id  TEXT NOT NULL UNIQUE REFERENCES intake_requests (id) ON DELETE CASCADE,
        label       TEXT NOT NULL,
        stage       TEXT NOT NULL DEFAULT 'new',
        archived    INTEGER NOT NULL DEFAULT 0,
        notes       TEXT,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      );
      CREATE INDEX clients_adviser ON clients (adviser_id, archived);
    `);
  },
};
