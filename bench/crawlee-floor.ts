import { randomUUID } from 'node:crypto';
import { Configuration, RequestQueue } from '@crawlee/core';
import { HttpCrawler } from '@crawlee/http';
import { MemoryStorage } from '@crawlee/memory-storage';
import { GuardedHttpClient } from '../crawler/http/guarded-http-client';
import { HostRateLimiter } from '../crawler/http/host-rate-limiter';

/**
 * What Crawlee's HttpCrawler costs on its own: the same pages through the crawler's HTTP client
 * and an in-memory queue, with a handler that does nothing. No crawler built on HttpCrawler can
 * be faster than this, so the crawl benchmark prints it beside the baseline.
 */
export async function crawleeFloor(urls: string[], concurrency: number): Promise<number> {
  const storage = new Configuration({
    persistStorage: false,
    storageClient: new MemoryStorage({ persistStorage: false, writeMetadata: false }),
  });
  const queue = await RequestQueue.open(`floor-${randomUUID()}`, { config: storage });
  await queue.addRequests(urls.map((url) => ({ url })));
  let pages = 0;
  const crawler = new HttpCrawler(
    {
      requestQueue: queue,
      httpClient: new GuardedHttpClient({
        userAgent: 'offramp-bench',
        allowPrivateHosts: true,
        maxResponseBytes: 5_000_000,
        timeoutMs: 30_000,
        maxRedirects: 5,
        limiter: new HostRateLimiter(0),
      }),
      useSessionPool: false,
      persistCookiesPerSession: false,
      minConcurrency: concurrency,
      maxConcurrency: concurrency,
      additionalMimeTypes: ['*/*'],
      requestHandler: async () => {
        pages++;
      },
    },
    storage,
  );
  await crawler.run();
  await queue.drop();
  return pages;
}
