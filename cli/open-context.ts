import type { Logger } from '../api/logger';
import type { Config } from '../core/config';
import { createSearchEngine } from '../search/create-search-engine';
import { leadIndexer } from '../search/lead-indexer';
import { interruptAbandonedRuns } from '../store/crawl-runs-repo';
import { migrate } from '../store/migrate';
import { openStore } from '../store/open-store';

/** Opens and migrates the store, then picks the search engine: what most commands start with. */
export function openRuntime(config: Config, logger: Logger) {
  const db = openStore(config.OFFRAMP_DATA_DIR);
  for (const step of migrate(db))
    logger.info({ version: step.version, name: step.name }, 'migration applied');
  // Runs left "running" by a killed process are marked interrupted at every start.
  const interrupted = interruptAbandonedRuns(db, new Date().toISOString());
  if (interrupted > 0)
    logger.warn({ runs: interrupted }, 'marked crawl runs of a stopped process as interrupted');
  const search = createSearchEngine(config, db);
  return {
    db,
    search,
    /** The pipeline's index step: changed leads go to the engine (the embedded one has them already). */
    index: leadIndexer(db, search),
    async close() {
      await search.close();
      db.close();
    },
  };
}
