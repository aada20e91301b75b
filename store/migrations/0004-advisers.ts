import type { Migration } from '../migration';

/** Adviser accounts and their sessions. Only hashes of passwords and session tokens are kept. */
export const advisers: Migration = {
  version: 4,
  name: 'advisers',
  up: (db) => {
    db.exec(`
      CREATE TABLE advisers (
        id             TEXT PRIMARY KEY,
        email          TEXT NOT NULL UNIQUE,
        password_hash  TEXT NOT NULL,
        role           TEXT NOT NULL CHECK (role IN ('admin', 'adviser')),
        disabled       INTEGER NOT NULL DEFAULT 0,
        created_at     TEXT NOT NULL,
        updated_at     TEXT NOT NULL
      );

      CREATE TABLE adviser_sessions (
        token_hash   TEXT PRIMARY KEY,
        adviser_id   TEXT NOT NULL REFERENCES advisers (id) ON DELETE CASCADE,
        csrf_token   TEXT NOT NULL,
        created_at   TEXT NOT NULL,
        last_seen    TEXT NOT NULL,
        expires_at   TEXT NOT NULL
      );
      CREATE INDEX adviser_sessions_adviser ON adviser_sessions (adviser_id);

      -- Who did what and when; never the content (no notes, no intake text).
      CREATE TABLE audit_log (
        id          INTEGER PRIMARY KEY,
        adviser_id  TEXT,
        action      TEXT NOT NULL,
        target      TEXT,
        at          TEXT NOT NULL
      );
    `);
  },
};
