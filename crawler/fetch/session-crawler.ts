import { createRequire } from 'node:module';
import type { Configuration, IRequestManager, Request } from '@crawlee/core';
import { log } from '@crawlee/core';
import type { HttpCrawlingContext } from '@crawlee/http';
import { HttpCrawler } from '@crawlee/http';
import type { GuardedHttpClient } from '../http/guarded-http-client';
import type { ReadyQueue } from './ready-queue';

log.setLevel(log.LEVELS.OFF);
// Crawlee checks every Request it builds with shapeshift, whose union checks build an error with a
// stack trace for each branch they rule out. Our requests are built from specs the source adapters
// made and zod checked, so the second check is switched off (it only affects shapeshift, which
// nothing else here uses). The CommonJS build is the one Crawlee loads, and each build keeps its own.
(
  createRequire(import.meta.url)('@sapphire/shapeshift') as { setGlobalValidationEnabled(on: boolean): void }
).setGlobalValidationEnabled(false);

export interface SessionCrawlerOptions {
  queue: ReadyQueue;
  client: GuardedHttpClient;
  storage: Configuration;
  /** Requests on the wire at once across the whole run. */
  concurrency: number;
  maxRetries: number;
  timeoutSecs: number;
  /** Throws a Crawlee error class to stop a request before it is sent (robots.txt, a stopped source). */
  beforeRequest: (request: Request) => Promise<void>;
  onResponse: (context: HttpCrawlingContext) => Promise<void>;
  /** A request given up: after its retries, or at once for a NonRetryableError. */
  onFailed: (request: Request, error: Error) => void;
}

/**
 * HttpCrawler reading from a request manager of ours. Its options do not take one (their validator
 * refuses the key), but BasicCrawler uses the manager it already has rather than opening a queue.
 */
class ReadyQueueCrawler extends HttpCrawler<HttpCrawlingContext> {
  constructor(
    options: ConstructorParameters<typeof HttpCrawler<HttpCrawlingContext>>[0],
    storage: Configuration,
    queue: IRequestManager,
  ) {
    super(options, storage);
    this.requestManager = queue;
  }
}

/**
 * The run's one Crawlee HttpCrawler. It reads only from the ready queue the host scheduler fills,
 * starts at full concurrency (the scheduler, not the autoscaler, sets the pace), and lets every
 * status reach the handler, which decides between retry, skip and abort by the error class it
 * throws, so Crawlee's own retry logic is the only one.
 */
export function createSessionCrawler(options: SessionCrawlerOptions): HttpCrawler<HttpCrawlingContext> {
  return new ReadyQueueCrawler(
    {
      httpClient: options.client,
      useSessionPool: false,
      persistCookiesPerSession: false,
      minConcurrency: options.concurrency,
      maxConcurrency: options.concurrency,
      maxRequestRetries: options.maxRetries,
      navigationTimeoutSecs: options.timeoutSecs,
      requestHandlerTimeoutSecs: options.timeoutSecs * 2,
      additionalMimeTypes: ['*/*'],
      ignoreHttpErrorStatusCodes: Array.from({ length: 100 }, (_, i) => 500 + i),
      autoscaledPoolOptions: {
        // The ready queue wakes the pool when it has work (`notify`); this poll is only a fallback.
        maybeRunIntervalSecs: 0.05,
        isFinishedFunction: () => options.queue.isFinished(),
      },
      preNavigationHooks: [({ request }) => options.beforeRequest(request)],
      requestHandler: options.onResponse,
      failedRequestHandler: ({ request }, error) => options.onFailed(request, error),
    },
    options.storage,
    options.queue,
  );
}
