import type { Migration } from '../migration';

/**
 * `search_version.fence`: the point of the change sequence that every search must see before it
 * answers. A person's own write (an admin's curation or fit correction) raises it to the change it
 * made, so their next search shows it, on whichever thread or process answers. Crawls and rescoring
 * leave it alone: searches answer from the snapshot they have while those changes are patched in
 * behind them (see search/embedded/embedded-engine.ts), rather than waiting for every patch.
 */
export const searchFence: Migration = {
  version: 26,
  name: 'search-fence',
  up: (db) => {
    db.exec('ALTER TABLE search_version ADD COLUMN fence INTEGER NOT NULL DEFAULT 0;');
  },
};
