import type { Store } from '../store/open-store';
import type { EngineHealth } from './engine-health';
import type { SearchEngine } from './search-engine';

/** SQLite FTS5 inside the store: the default engine, nothing to set up. */
export class EmbeddedSearchEngine implements SearchEngine {
  readonly name = 'embedded' as const;

  constructor(private readonly db: Store) {}

  async health(): Promise<EngineHealth> {
    try {
      // Creating a throwaway FTS5 table in the temp schema proves the module is compiled in and usable.
      this.db.exec('CREATE VIRTUAL TABLE IF NOT EXISTS temp.fts5_probe USING fts5(x)');
      return { engine: this.name, status: 'ok' };
    } catch (error) {
      return { engine: this.name, status: 'unavailable', message: (error as Error).message };
    }
  }

  async close(): Promise<void> {}
}
