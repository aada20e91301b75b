import type { Config } from '../core/config';
import type { Store } from '../store/open-store';
import { EmbeddedSearchEngine } from './embedded/embedded-engine';
import { MeiliSearchEngine } from './meili/meili-engine';
import type { SearchEngine } from './search-engine';
import { storePlaceLookup } from './store-place-lookup';

export function createSearchEngine(config: Config, db: Store): SearchEngine {
  if (config.MEILI_URL) {
    return new MeiliSearchEngine({
      url: config.MEILI_URL,
      key: config.MEILI_KEY,
      searchKey: config.MEILI_SEARCH_KEY,
      index: config.MEILI_INDEX,
      places: storePlaceLookup(db),
    });
  }
  return new EmbeddedSearchEngine(db);
}
