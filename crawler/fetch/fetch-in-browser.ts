import { randomUUID } from 'node:crypto';
import { Configuration, RequestQueue } from '@crawlee/core';
import { MemoryStorage } from '@crawlee/memory-storage';
import { PlaywrightCrawler } from '@crawlee/playwright';
import type { Route } from 'playwright-core';
import { chromium } from 'playwright-core';
import type { Config } from '../../core/config';
import { assertFetchableUrl } from '../http/address-guard';
import { proxiedChromiumArgs, siteKeyOf, startBrowserProxy } from '../http/browser-proxy';
import { DisallowedByRobotsError, RetryableFetchError, SkipPageError } from '../http/errors';
import type { HostRateLimiter } from '../http/host-rate-limiter';
import { parseRetryAfter } from '../http/host-rate-limiter';
import type { RobotsPolicy } from '../http/robots';
import type { FetchedPage, FetchSpec } from '../source-adapter';

export interface BrowserFetchOptions {
  config: Pick<
    Config,
    | 'CHROMIUM_PATH'
    | 'ALLOW_PRIVATE_HOSTS'
    | 'CRAWL_TIMEOUT_SECONDS'
    | 'CRAWL_USER_AGENT'
    | 'CRAWL_CONTACT_URL'
  >;
  limiter: HostRateLimiter;
  robots: RobotsPolicy;
  onPage: (page: FetchedPage) => Promise<void>;
  /** A page given up, with the crawl error that decided it (the same classes as the HTTP path). */
  onError: (spec: FetchSpec, error: Error) => void;
  /** The host answered 429: the source's run is rate-limited and closes nothing. */
  onRateLimited?: (spec: FetchSpec) => void;
  /** Pause after a 5xx without Retry-After, doubled on each retry. */
  backoffBaseMs?: number;
  /** Told of every connection the browser tried and the guard refused. */
  onBlocked?: (target: string, reason: string) => void;
}

/** Flags for Debian's chromium on a machine without a display, a sandbox or outside network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
];

/**
 * Renders pages that draw their job data with script: Crawlee's PlaywrightCrawler driving Debian's
 * chromium through playwright-core. Each navigation passes the SSRF guard, robots.txt and the host's
 * rate limit first, and a page may only load resources from its own site. Underneath, chromium's
 * only route to the network is a guarding proxy (`startBrowserProxy`) that applies the same rule
 * to redirect hops, WebSockets, frames and script-made requests, which `page.route` never sees.
 */
export async function fetchInBrowser(specs: FetchSpec[], options: BrowserFetchOptions): Promise<void> {
  const proxy = await startBrowserProxy({
    allowedSites: new Set(specs.map((spec) => siteKeyOf(new URL(spec.url)))),
    allowPrivateHosts: options.config.ALLOW_PRIVATE_HOSTS,
    onBlocked: options.onBlocked,
  });
  try {
    await renderAll(specs, options, proxy.url);
  } finally {
    await proxy.close();
  }
}

async function renderAll(specs: FetchSpec[], options: BrowserFetchOptions, proxyUrl: string): Promise<void> {
  const storage = new Configuration({
    persistStorage: false,
    storageClient: new MemoryStorage({ persistStorage: false, writeMetadata: false }),
  });
  const queue = await RequestQueue.open(`browser-${randomUUID()}`, { config: storage });
  await queue.addRequests(
    specs.map((spec) => ({
      url: spec.url,
      uniqueKey: spec.uniqueKey ?? `browser ${spec.url}`,
      userData: { spec },
    })),
  );
  const crawler = new PlaywrightCrawler(
    {
      requestQueue: queue,
      launchContext: {
        launcher: chromium,
        useChrome: false,
        userAgent: `${options.config.CRAWL_USER_AGENT} (+${options.config.CRAWL_CONTACT_URL})`,
        launchOptions: {
          executablePath: options.config.CHROMIUM_PATH,
          headless: true,
          args: [...CHROMIUM_ARGS, ...proxiedChromiumArgs(proxyUrl)],
        },
      },
      browserPoolOptions: { useFingerprints: false },
      useSessionPool: false,
      persistCookiesPerSession: false,
      maxConcurrency: 2,
      maxRequestRetries: 1,
      navigationTimeoutSecs: options.config.CRAWL_TIMEOUT_SECONDS,
      requestHandlerTimeoutSecs: options.config.CRAWL_TIMEOUT_SECONDS * 2,
      preNavigationHooks: [
        async ({ request, page }, gotoOptions) => {
          await assertFetchableUrl(request.url, options.config.ALLOW_PRIVATE_HOSTS);
          const decision = await options.robots.check(request.url);
          // The crawl's error classes decide here too: a NonRetryableError is never retried.
          if (!decision.allowed) throw new DisallowedByRobotsError(decision.reason);
          const host = new URL(request.url).host;
          await options.limiter.acquire(host);
          await page.route('**/*', (route: Route) => {
            const target = new URL(route.request().url());
            return /^https?:$/.test(target.protocol) && target.host === host
              ? route.continue()
              : route.abort();
          });
          if (gotoOptions) gotoOptions.waitUntil = 'networkidle';
        },
      ],
      requestHandler: async ({ request, page, response }) => {
        const status = response?.status() ?? 0;
        const spec = request.userData.spec as FetchSpec;
        if (status === 429 || status >= 500) {
          // As on the HTTP path: Retry-After (else backoff) pauses this host only, then Crawlee retries.
          const host = new URL(request.url).host;
          if (status === 429) options.onRateLimited?.(spec);
          const retryAfter = parseRetryAfter(response?.headers()['retry-after']);
          options.limiter.pause(
            host,
            retryAfter ?? (options.backoffBaseMs ?? 1000) * 2 ** request.retryCount,
          );
          throw new RetryableFetchError(`${request.url} answered ${status}`);
        }
        if (status >= 400) throw new SkipPageError(`${request.url} answered ${status}`);
        await options.onPage({
          spec,
          url: page.url(),
          status,
          contentType: 'text/html',
          body: await page.content(),
        });
      },
      failedRequestHandler: ({ request }, error) => {
        options.onError(request.userData.spec as FetchSpec, error);
      },
    },
    storage,
  );
  await crawler.run();
  await queue.drop();
}
