import { chromium } from 'playwright-core';
import type { Config } from '../../core/config';
import { assertFetchableUrl } from '../http/address-guard';
import type { HostRateLimiter } from '../http/host-rate-limiter';
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
  onError: (spec: FetchSpec, message: string) => void;
}

/** Flags for Debian's chromium on a machine without a display, a sandbox or outside network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
];

/**
 * Renders pages that draw their job data with script, in Debian's chromium through playwright-core.
 * Each navigation is checked against the SSRF guard, robots.txt and the host's rate limit first.
 */
export async function fetchInBrowser(specs: FetchSpec[], options: BrowserFetchOptions): Promise<void> {
  const browser = await chromium.launch({
    executablePath: options.config.CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    const context = await browser.newContext({
      userAgent: `${options.config.CRAWL_USER_AGENT} (+${options.config.CRAWL_CONTACT_URL})`,
      javaScriptEnabled: true,
    });
    // Only the page's own site may be reached from inside it: no third-party requests at all.
    await context.route('**/*', async (route) => {
      const target = new URL(route.request().url());
      const top = route.request().frame()?.page().url();
      const sameSite = !top || top === 'about:blank' || new URL(top).host === target.host;
      if (!/^https?:$/.test(target.protocol) || !sameSite) return route.abort();
      return route.continue();
    });
    for (const spec of specs) {
      try {
        await assertFetchableUrl(spec.url, options.config.ALLOW_PRIVATE_HOSTS);
        const decision = await options.robots.check(spec.url);
        if (!decision.allowed) throw new Error(decision.reason);
        await options.limiter.acquire(new URL(spec.url).host);
        const page = await context.newPage();
        try {
          const response = await page.goto(spec.url, {
            waitUntil: 'networkidle',
            timeout: options.config.CRAWL_TIMEOUT_SECONDS * 1000,
          });
          const status = response?.status() ?? 0;
          if (status >= 400) throw new Error(`answered ${status}`);
          await options.onPage({
            spec,
            url: page.url(),
            status,
            contentType: 'text/html',
            body: await page.content(),
          });
        } finally {
          await page.close();
        }
      } catch (error) {
        options.onError(spec, (error as Error).message);
      }
    }
  } finally {
    await browser.close();
  }
}
