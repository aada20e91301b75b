import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import type { Request } from '@crawlee/core';
import { Configuration, log, RequestQueue } from '@crawlee/core';
import { HttpCrawler } from '@crawlee/http';
import { MemoryStorage } from '@crawlee/memory-storage';
import { readValidators, writeValidators } from '../../store/http-cache-repo';
import {
  AbortSourceError,
  DisallowedByRobotsError,
  RetryableFetchError,
  SkipPageError,
} from '../http/errors';
import { GuardedHttpClient } from '../http/guarded-http-client';
import { HostRateLimiter, parseRetryAfter } from '../http/host-rate-limiter';
import { RobotsPolicy } from '../http/robots';
import type { FetchedPage, FetchSpec } from '../source-adapter';
import { UnexpectedPageError } from '../source-adapter';
import { fetchInBrowser } from './fetch-in-browser';
import type { FetchOptions, FetchReport } from './fetch-plan';
import { userAgentOf } from './fetch-plan';

/** A Retry-After longer than this stops the source for this run rather than holding the crawl. */
const MAX_RETRY_AFTER_MS = 120_000;

log.setLevel(log.LEVELS.OFF);
// Crawlee's in-memory storage checks every request it stores with shapeshift, whose union checks
// build an error with a stack trace for each branch they rule out: a third of the queue's CPU time.
// Our requests are built from specs the source adapters made and zod checked, so the second check
// is switched off (it only affects shapeshift, which nothing else here uses). The CommonJS build is
// the one Crawlee loads, and each build keeps its own switch.
(
  createRequire(import.meta.url)('@sapphire/shapeshift') as { setGlobalValidationEnabled(on: boolean): void }
).setGlobalValidationEnabled(false);

const keyOf = (spec: FetchSpec) => spec.uniqueKey ?? `${spec.method ?? 'GET'} ${spec.url}`;

/**
 * The fetch step for one source: Crawlee's HttpCrawler runs the queue (concurrency, retries) through
 * the guarded HTTP client, with robots.txt, conditional requests and Retry-After handled here. Pages
 * that need JavaScript go to headless Chromium afterwards. Extraction happens as each page arrives,
 * because its follow-up requests (pagination, details) feed the same queue.
 */
export async function fetchSource(options: FetchOptions): Promise<FetchReport> {
  const report: FetchReport = {
    pages: [],
    unchangedPages: [],
    errors: [],
    notes: [],
    rateLimited: false,
    fetched: 0,
    truncated: false,
  };
  const limiter = new HostRateLimiter(options.config.CRAWL_RATE_LIMIT);
  const userAgent = userAgentOf(options.config);
  const client = new GuardedHttpClient({
    userAgent,
    allowPrivateHosts: options.config.ALLOW_PRIVATE_HOSTS,
    maxResponseBytes: options.config.CRAWL_MAX_RESPONSE_BYTES,
    timeoutMs: options.config.CRAWL_TIMEOUT_SECONDS * 1000,
    maxRedirects: 5,
    limiter,
  });
  const robots = new RobotsPolicy(options.db, userAgent, async (url) => {
    try {
      const res = await client.sendRequest({ url, method: 'GET', headers: { accept: 'text/plain' } });
      return { status: res.statusCode, body: String(res.body) };
    } catch {
      return null;
    }
  });
  const seen = new Set<string>();
  const browserQueue: FetchSpec[] = [];
  let aborted = false;

  const accept = (spec: FetchSpec): boolean => {
    const key = keyOf(spec) + (spec.browser ? ' browser' : '');
    if (seen.has(key)) return false;
    if (seen.size >= options.maxPages) {
      report.truncated = true;
      return false;
    }
    seen.add(key);
    return true;
  };

  const storage = new Configuration({
    persistStorage: false,
    storageClient: new MemoryStorage({ persistStorage: false, writeMetadata: false }),
  });
  const queue = await RequestQueue.open(`source-${randomUUID()}`, { config: storage });
  const toRequest = (spec: FetchSpec) => {
    const headers: Record<string, string> = { ...spec.headers };
    if ((spec.method ?? 'GET') === 'GET') {
      // Conditional request (RFC 9110 section 13.1): a 304 means nothing changed since last time.
      const validators = readValidators(options.db, spec.url);
      if (validators?.etag) headers['if-none-match'] = validators.etag;
      if (validators?.lastModified) headers['if-modified-since'] = validators.lastModified;
    }
    return {
      url: spec.url,
      method: spec.method ?? 'GET',
      headers,
      payload: spec.body,
      uniqueKey: keyOf(spec),
      userData: { spec },
    };
  };
  const enqueue = async (specs: FetchSpec[]) => {
    const fresh = specs.filter(accept);
    const http = fresh.filter((s) => !s.browser);
    browserQueue.push(...fresh.filter((s) => s.browser));
    if (http.length > 0) await queue.addRequests(http.map(toRequest));
  };

  const handlePage = async (
    page: FetchedPage,
    validators: { etag: string | null; lastModified: string | null },
  ) => {
    report.fetched++;
    options.onPage?.(page.url);
    try {
      const result = options.extract(page);
      report.pages.push({ page, leads: result.leads, skipped: result.skipped ?? [] });
      if ((page.spec.method ?? 'GET') === 'GET' && !page.spec.browser) {
        const leadKeys = result.leads.map((l) =>
          String((l as { sourceLeadId?: unknown }).sourceLeadId ?? ''),
        );
        writeValidators(options.db, page.spec.url, { ...validators, follow: result.next, leadKeys });
      }
      await enqueue(result.next);
    } catch (error) {
      if (error instanceof UnexpectedPageError) throw new SkipPageError(error.message);
      throw error;
    }
  };

  const crawler = new HttpCrawler(
    {
      requestQueue: queue,
      httpClient: client,
      useSessionPool: false,
      persistCookiesPerSession: false,
      // Start at full concurrency: the per-host limiter, not the autoscaler, decides the pace.
      minConcurrency: options.concurrency ?? 4,
      maxConcurrency: options.concurrency ?? 4,
      maxRequestRetries: options.maxRetries ?? 3,
      navigationTimeoutSecs: options.config.CRAWL_TIMEOUT_SECONDS,
      requestHandlerTimeoutSecs: options.config.CRAWL_TIMEOUT_SECONDS * 2,
      additionalMimeTypes: ['*/*'],
      // Every status reaches the handler, which decides between retry, skip and abort.
      ignoreHttpErrorStatusCodes: Array.from({ length: 100 }, (_, i) => 500 + i),
      preNavigationHooks: [
        async ({ request }) => {
          if (aborted) throw markNoRetry(request, new AbortSourceError('source stopped'));
          const decision = await robots.check(request.url);
          if (!decision.allowed) throw markNoRetry(request, new DisallowedByRobotsError(decision.reason));
          if (decision.crawlDelaySeconds)
            limiter.setCrawlDelay(new URL(request.url).host, decision.crawlDelaySeconds);
        },
      ],
      requestHandler: async ({ request, response, body, contentType }) => {
        const spec = request.userData.spec as FetchSpec;
        const status = response.statusCode ?? 0;
        const host = new URL(request.url).host;
        if (status === 304) {
          report.fetched++;
          const previous = readValidators(options.db, spec.url);
          report.unchangedPages.push({ url: spec.url, leadKeys: previous?.leadKeys ?? [] });
          await enqueue(previous?.follow ?? []);
          return;
        }
        if (status === 429 || status >= 500) {
          const retryAfter = parseRetryAfter(header(response.headers['retry-after']));
          if (status === 429) report.rateLimited = true;
          if (retryAfter !== null && retryAfter > MAX_RETRY_AFTER_MS) {
            aborted = true;
            report.rateLimited = true;
            throw markNoRetry(
              request,
              new AbortSourceError(
                `${host} asked us to wait ${Math.round(retryAfter / 1000)} s; trying again next run`,
              ),
            );
          }
          limiter.pause(host, retryAfter ?? (options.backoffBaseMs ?? 1000) * 2 ** request.retryCount);
          throw new RetryableFetchError(`${request.url} answered ${status}`);
        }
        if (status >= 400) throw markNoRetry(request, new SkipPageError(`${request.url} answered ${status}`));
        await handlePage(
          {
            spec,
            url: request.loadedUrl ?? request.url,
            status,
            contentType: contentType.type,
            body: body.toString(),
          },
          {
            etag: header(response.headers.etag) ?? null,
            lastModified: header(response.headers['last-modified']) ?? null,
          },
        );
      },
      errorHandler: ({ request }, error) => {
        if (error instanceof SkipPageError || error instanceof AbortSourceError) request.noRetry = true;
      },
      failedRequestHandler: ({ request }, error) => {
        if (error instanceof AbortSourceError && error.message === 'source stopped') return;
        const spec = request.userData.spec as FetchSpec;
        const optional =
          spec.optional && (error instanceof SkipPageError || error instanceof RetryableFetchError);
        (optional ? report.notes : report.errors).push(`${request.url}: ${error.message}`);
      },
    },
    storage,
  );

  await enqueue(options.start);
  for (let round = 0; round < 10; round++) {
    await crawler.run();
    if (browserQueue.length === 0 || aborted) break;
    const batch = browserQueue.splice(0);
    await fetchInBrowser(batch, {
      config: options.config,
      limiter,
      robots,
      onPage: (page) => handlePage(page, { etag: null, lastModified: null }),
      onError: (spec, message) =>
        (spec.optional ? report.notes : report.errors).push(`${spec.url}: ${message}`),
    });
  }
  await queue.drop();
  report.truncated ||= aborted;
  return report;
}

function markNoRetry(request: Request, error: Error): Error {
  request.noRetry = true;
  return error;
}

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
