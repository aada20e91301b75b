import type { Migration } from '../migration';

/**
 * CSRF tokens are now stored as SHA-256 hashes of a token derived from the session cookie. Rows
 * written before hold the raw token, which would be readable in a copy of the database: they are
 * deleted, so each adviser signs in once more.
 */
export const csrfTokenHash: Migration = {
  version: 20,
  name: 'csrf-token-hash',
  up: (db) => {
    db.exec('DELETE FROM adviser_sessions;');
  },
};
