import type { Migration } from '../migration';

/**
 * Dedupe looks for a lead with the same canonical URL or fingerprint first seen under another
 * source. Many postings from one source can share a fingerprint (one title in one city, posted 300
 * times), so the source is part of the index: the lookup skips the source's own leads instead of
 * scanning them, which kept a large crawl from slowing down quadratically.
 */
export const dedupeIndexes: Migration = {
  version: 8,
  name: 'dedupe-indexes',
  up: (db) => {
    db.exec(`
      DROP INDEX leads_canonical_url;
      DROP INDEX leads_fingerprint;
      CREATE INDEX leads_canonical_url_source ON leads (canonical_url, source_id);
      CREATE INDEX leads_fingerprint_source ON leads (fingerprint, source_id);
    `);
  },
};
