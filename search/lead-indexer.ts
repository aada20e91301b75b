import { indexableLeads } from '../store/indexable-leads';
import type { Store } from '../store/open-store';
import type { SearchEngine } from './search-engine';

/**
 * Hands changed leads to the search engine: the ones still in the store are upserted, the ones
 * gone are deleted. The pipeline's index step, rescoring and curation all go through it.
 */
export const leadIndexer =
  (db: Store, search: SearchEngine) =>
  async (ids: string[]): Promise<void> => {
    const { found, missing } = indexableLeads(db, ids);
    await search.sync({ upserted: found, deleted: missing });
  };
