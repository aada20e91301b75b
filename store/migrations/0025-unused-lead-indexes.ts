import type { Migration } from '../migration';

/**
 * Drops the indexes on `leads.posted_at` and `leads.fit_score` (migration 0003). They served the
 * SQL search that sorted by date and fit; search now sorts in memory (search/embedded/), and no
 * statement of the product filters or sorts by either column alone (listLeads sorts by
 * COALESCE(posted_at, first_seen), which an index on posted_at cannot serve). Every lead written
 * paid for both: about a tenth of a crawl's insert of a lead.
 */
export const unusedLeadIndexes: Migration = {
  version: 25,
  name: 'unused-lead-indexes',
  up: (db) => {
    db.exec('DROP INDEX IF EXISTS leads_posted; DROP INDEX IF EXISTS leads_fit;');
  },
};
