import type { Migration } from '../migration';

/**
 * TOTP second factor, recovery codes, pending two-step sign-ins and invite links, and an index
 * for each source's latest crawl. The TOTP secret is
 * stored encrypted with DATA_KEY; recovery codes, challenges and invite tokens only as hashes.
 */
export const secondFactorAndInvites: Migration = {
  version: 7,
  name: 'second-factor-and-invites',
  up: (db) => {
    db.exec(`
      ALTER TABLE advisers ADD COLUMN totp_secret TEXT;
      ALTER TABLE advisers ADD COLUMN totp_enabled INTEGER NOT NULL DEFAULT 0;
      -- The last time step a code was accepted for, so a code cannot be replayed (RFC 6238 section 5.2).
      ALTER TABLE advisers ADD COLUMN totp_last_step INTEGER;

      CREATE TABLE recovery_codes (
        adviser_id  TEXT NOT NULL REFERENCES advisers (id) ON DELETE CASCADE,
        code_hash   TEXT NOT NULL,
        used_at     TEXT,
        PRIMARY KEY (adviser_id, code_hash)
      );

      CREATE TABLE login_challenges (
        token_hash  TEXT PRIMARY KEY,
        adviser_id  TEXT NOT NULL REFERENCES advisers (id) ON DELETE CASCADE,
        attempts    INTEGER NOT NULL DEFAULT 0,
        expires_at  TEXT NOT NULL
      );

      CREATE TABLE invites (
        token_hash  TEXT PRIMARY KEY,
        role        TEXT NOT NULL CHECK (role IN ('admin', 'adviser')),
        created_by  TEXT REFERENCES advisers (id) ON DELETE SET NULL,
        created_at  TEXT NOT NULL,
        expires_at  TEXT NOT NULL,
        used_at     TEXT,
        revoked_at  TEXT
      );

      -- The admin's sources page asks for each source's latest run.
      CREATE INDEX crawl_run_sources_source ON crawl_run_sources (source_id, started_at);
    `);
  },
};
