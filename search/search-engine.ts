import type { SearchQuery, SearchResult } from '../core/search/search-query';
import type { IndexableLead } from '../store/indexable-leads';
import type { Store } from '../store/open-store';
import type { EngineHealth } from './engine-health';

export interface EngineSettings {
  synonyms: string[][];
}

/**
 * The one interface both search engines implement, and the conformance suite in tests/search
 * checks: the same query gives the same answer from either.
 */
export interface SearchEngine {
  readonly name: EngineHealth['engine'];
  health(): Promise<EngineHealth>;
  /** Index changed leads and drop deleted ones, in one batch. */
  sync(changes: { upserted: IndexableLead[]; deleted: string[] }): Promise<void>;
  search(query: SearchQuery): Promise<SearchResult>;
  /**
   * Whether a search now answers from an index holding every change in the store. An engine that
   * answers from a snapshot while it patches changes in says no meanwhile, so a cache keyed on the
   * store's data version keeps only answers known to match it.
   */
  upToDate?(): boolean;
  /** Rebuild the whole index from the store while search keeps answering. */
  reindex(db: Store, onProgress?: (done: number, total: number) => void): Promise<{ documents: number }>;
  applySettings(settings: EngineSettings): Promise<void>;
  close(): Promise<void>;
}
