import { parseConfig } from '../../core/config';
import type { SourceConfig } from '../../core/source-config';
import { sourceConfigSchema } from '../../core/source-config';
import type { CrawlDeps } from '../../crawler/pipeline/run-crawl';
import { runCrawl } from '../../crawler/pipeline/run-crawl';
import { migrate } from '../../store/migrate';
import { openMemoryStore } from '../../store/open-store';

const testEnv = {
  ALLOW_PRIVATE_HOSTS: 'true',
  CRAWL_RATE_LIMIT: '0',
  CRAWL_TIMEOUT_SECONDS: '2',
  CRAWL_MAX_RESPONSE_BYTES: String(10 * 1024 * 1024),
};
export const testCrawlConfig = parseConfig(testEnv);

export function freshStore() {
  const db = openMemoryStore();
  migrate(db);
  return db;
}

export function source(input: Record<string, unknown>): SourceConfig {
  return sourceConfigSchema.parse(input);
}

/** One crawl run against loopback fixture sites, with quick retries. */
export function crawl(
  db: ReturnType<typeof freshStore>,
  sources: SourceConfig[],
  config: Partial<Record<string, string>> = {},
  extra: Pick<CrawlDeps, 'onRequest' | 'onProgress'> = {},
) {
  return runCrawl(
    {
      ...extra,
      db,
      config: Object.keys(config).length ? parseConfig({ ...testEnv, ...config }) : testCrawlConfig,
      secret: (name) => (name === 'USAJOBS_API_KEY' ? 'test-key' : undefined),
      scorer: () => ({ fit: null, excluded: null }),
      backoffBaseMs: 5,
      maxRetries: 2,
    },
    sources,
    'test',
  );
}
