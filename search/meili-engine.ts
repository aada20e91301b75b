import { Meilisearch } from 'meilisearch';
import type { EngineHealth } from './engine-health';
import type { SearchEngine } from './search-engine';

export interface MeiliOptions {
  url: string;
  key: string | undefined;
  index: string;
}

/** Meilisearch, chosen by MEILI_URL: the scale-out engine. */
export class MeiliSearchEngine implements SearchEngine {
  readonly name = 'meilisearch' as const;
  private readonly client: Meilisearch;

  constructor(readonly options: MeiliOptions) {
    this.client = new Meilisearch({ host: options.url, apiKey: options.key, timeout: 5000 });
  }

  async health(): Promise<EngineHealth> {
    try {
      const { status } = await this.client.health();
      return status === 'available'
        ? { engine: this.name, status: 'ok' }
        : { engine: this.name, status: 'unavailable', message: `Meilisearch reports "${status}"` };
    } catch (error) {
      return { engine: this.name, status: 'unavailable', message: (error as Error).message };
    }
  }

  async close(): Promise<void> {}
}
