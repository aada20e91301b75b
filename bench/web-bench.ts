import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { runCli } from '../cli/run-cli';
import { launchChromium } from '../tests/helpers/browser';
import { startOfframp } from '../tests/helpers/start-offramp';
import { fmt, line, percentile } from './measure';
import type { LighthouseFigures } from './web-lighthouse';
import { chromiumForLighthouse, runLighthouse } from './web-lighthouse';

const PHONE = { viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true };
const kb = (bytes: number) => `${fmt(bytes / 1024, 1)} KB`;

/** The scripts a fresh load of `url` fetches, as sent on the wire and once decoded. */
async function scriptBytes(browser: Browser, url: string): Promise<{ wire: number; decoded: number }> {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const sizes: Promise<{ wire: number; decoded: number }>[] = [];
  page.on('response', (res) => {
    if (res.request().resourceType() !== 'script') return;
    sizes.push(
      Promise.all([res.request().sizes(), res.body()]).then(([s, body]) => ({
        wire: s.responseBodySize,
        decoded: body.length,
      })),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const all = await Promise.all(sizes);
  await context.close();
  return all.reduce((t, s) => ({ wire: t.wire + s.wire, decoded: t.decoded + s.decoded }), {
    wire: 0,
    decoded: 0,
  });
}

const WORDS = [
  'fraud',
  'security',
  'analyst',
  'compliance',
  'records',
  'trade',
  'interpreter',
  'emergency',
  'investigator',
  'paralegal',
];

/** Last keystroke → rendered results, with the API round trip alone for the same words as baseline. */
async function keystrokeToResults(page: Page): Promise<{ samples: number[]; api: number[] }> {
  const box = page.getByLabel('Job title, skill or employer');
  const samples: number[] = [];
  const api: number[] = [];
  // The first search of a page load warms the server's index and the browser's JIT: not counted.
  // Two passes give 20 samples, so p95 is not simply the slowest one.
  for (const [n, word] of ['warmup', ...WORDS, ...WORDS].entries()) {
    await box.fill('');
    await page.waitForTimeout(150);
    await page.evaluate(() => performance.clearMarks());
    await box.pressSequentially(word, { delay: 30 });
    // Done when the answer for the whole word is on screen: an earlier answer (for "fra" while
    // "fraud" was still being typed) drawn after the last keystroke does not count.
    const elapsed = await page
      .waitForFunction((q) => {
        const rendered = performance
          .getEntriesByName('offramp:results-rendered')
          .filter((m) => (m as PerformanceMark).detail?.q === q);
        const lastKey = performance.getEntriesByName('offramp:keystroke').at(-1)?.startTime;
        const shown = rendered.at(-1)?.startTime;
        return lastKey !== undefined && shown !== undefined && shown > lastKey ? shown - lastKey : false;
      }, word)
      .then(async (handle) => Number(await handle.jsonValue()));
    const roundTrip = await page.evaluate(async (q) => {
      const started = performance.now();
      await (await fetch(`/api/leads?q=${encodeURIComponent(q)}&page=2`)).json();
      return performance.now() - started;
    }, word);
    if (n > 0) {
      samples.push(elapsed);
      api.push(roundTrip);
    }
  }
  return { samples, api };
}

function printLighthouse(label: string, f: LighthouseFigures, baseline: LighthouseFigures | null) {
  const base = baseline
    ? ` (uncompressed baseline: ${fmt(baseline.performance, 2)}, FCP ${fmt(baseline.fcpMs)} ms, LCP ${fmt(baseline.lcpMs)} ms)`
    : '';
  line(`${label}: Lighthouse mobile performance`, `${fmt(f.performance, 2)} (budget ≥ 0.90)${base}`);
  line(`${label}: FCP / LCP / TBT`, `${fmt(f.fcpMs)} ms / ${fmt(f.lcpMs)} ms / ${fmt(f.tbtMs)} ms`);
  line(`${label}: CLS`, `${fmt(f.cls, 3)} (budget ≤ 0.1)`);
  line(
    `${label}: Lighthouse accessibility`,
    `${fmt(f.accessibility, 2)} (budget 1.0)${f.failing.length ? `; failing: ${f.failing.join(', ')}` : ''}`,
  );
}

/**
 * The web budgets for the search page and a lead page on a phone: initial JS on the wire, keystroke to
 * rendered results, Lighthouse mobile performance, CLS and accessibility. (Translate + DOCX in the
 * browser is `npm run bench -- resume`'s headless-chromium half, bench/resume-browser/.)
 */
export async function webBench(): Promise<void> {
  console.log('\nWeb app (needs `npm run build` and chromium)');
  const dataDir = mkdtempSync(join(tmpdir(), 'offramp-bench-web-'));
  await runCli(
    ['demo', '--no-serve'],
    { OFFRAMP_DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
    { stdout: () => {}, stderr: () => {} },
  );
  const server = await startOfframp({ OFFRAMP_DATA_DIR: dataDir });
  const browser = await launchChromium();
  try {
    const firstLead = (
      (await (await fetch(`${server.baseUrl}/api/leads?q=investigator`)).json()) as { hits: { id: string }[] }
    ).hits[0]?.id;
    const pages = [
      ['search page', `${server.baseUrl}/`],
      ['lead page', `${server.baseUrl}/leads/${firstLead}`],
    ] as const;
    for (const [label, url] of pages) {
      const js = await scriptBytes(browser, url);
      line(
        `${label}: initial JS on the wire`,
        `${kb(js.wire)} compressed (budget ≤ 100 KB; the same scripts uncompressed: ${kb(js.decoded)})`,
      );
    }

    const page = await browser.newPage(PHONE);
    await page.goto(server.baseUrl);
    const { samples, api } = await keystrokeToResults(page);
    await page.close();
    console.log('  samples (ms):', samples.map((x) => Math.round(x)).join(' '));
    line(
      'last keystroke → rendered results p50 / p95',
      `${fmt(percentile(samples, 50))} ms / ${fmt(percentile(samples, 95))} ms (budget p95 ≤ 150 ms, includes the 40 ms typing pause; API round trip alone p95 ${fmt(percentile(api, 95))} ms)`,
    );

    const lh = await chromiumForLighthouse();
    try {
      const [, searchUrl] = pages[0];
      printLighthouse(
        'search page',
        await runLighthouse(searchUrl, lh.port),
        await runLighthouse(searchUrl, lh.port, { 'Accept-Encoding': 'identity' }),
      );
      printLighthouse('lead page', await runLighthouse(pages[1][1], lh.port), null);
    } finally {
      await lh.browser.close();
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}
