import type { EngineHealth } from '../../search/engine-health';
import type { SearchEngine } from '../../search/search-engine';

/** A search engine whose health the test decides; every other call fails loudly if reached. */
export function engineWithHealth(
  name: EngineHealth['engine'],
  health: () => Promise<EngineHealth>,
): SearchEngine {
  const unexpected = () => Promise.reject(new Error('not expected in this test'));
  return {
    name,
    health,
    sync: unexpected,
    search: unexpected,
    reindex: unexpected,
    applySettings: unexpected,
    close: async () => {},
  };
}
