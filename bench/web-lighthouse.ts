import { createServer } from 'node:net';
import lighthouse from 'lighthouse';
import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH } from '../tests/helpers/browser';

export interface LighthouseFigures {
  performance: number;
  accessibility: number;
  cls: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  /** Accessibility audits that failed, by id, so a score below 1 says why. */
  failing: string[];
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

/** Debian's chromium with a DevTools port, which Lighthouse drives (it never downloads a browser). */
export async function chromiumForLighthouse(): Promise<{ browser: Browser; port: number }> {
  const port = await freePort();
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      `--remote-debugging-port=${port}`,
    ],
  });
  return { browser, port };
}

/**
 * Lighthouse 12's default run: a mobile phone (Moto G Power screen, 4x CPU slowdown) on simulated slow
 * 4G (150 ms round trips, 1.6 Mbit/s), as PageSpeed Insights scores pages. `headers` lets a run send
 * its own request headers (the baseline asks for uncompressed responses).
 */
export async function runLighthouse(
  url: string,
  port: number,
  headers: Record<string, string> = {},
): Promise<LighthouseFigures> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility'],
    extraHeaders: headers,
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const a11yIds = lhr.categories.accessibility?.auditRefs.map((r) => r.id) ?? [];
  return {
    performance: lhr.categories.performance?.score ?? Number.NaN,
    accessibility: lhr.categories.accessibility?.score ?? Number.NaN,
    cls: audit('cumulative-layout-shift'),
    fcpMs: audit('first-contentful-paint'),
    lcpMs: audit('largest-contentful-paint'),
    tbtMs: audit('total-blocking-time'),
    failing: a11yIds.filter((id) => lhr.audits[id]?.score === 0),
  };
}
