import type { EngineHealth } from './engine-health';

/**
 * The one interface both search engines implement. Indexing, querying and settings join it with the
 * search work; the foundation needs only health, which `/api/health` reports.
 */
export interface SearchEngine {
  readonly name: EngineHealth['engine'];
  health(): Promise<EngineHealth>;
  close(): Promise<void>;
}
