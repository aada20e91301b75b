import { load } from 'cheerio';
import { parseConfig } from '../core/config';
import { sourceConfigSchema } from '../core/source-config';
import { runCrawl } from '../crawler/pipeline/run-crawl';
import { jobPostingsFromBlocks } from '../crawler/sources/json-ld';
import { startJobSites } from '../demo/sites/job-sites-server';
import { migrate } from '../store/migrate';
import { openMemoryStore } from '../store/open-store';
import { sampleListings } from '../tests/fixture-servers/sample-listings';
import { crawleeFloor } from './crawlee-floor';
import { fmt, line, timeIt } from './measure';

export const CRAWL_CONCURRENCY = 8;
/** Rounds per contender: this machine's timings wander by a fifth from run to run. */
const ROUNDS = 3;

async function sitemapUrls(sitemapUrl: string, limit: number): Promise<string[]> {
  const xml = await (await fetch(sitemapUrl)).text();
  return load(xml, { xml: true })('loc')
    .map((_, el) => load(el).text())
    .get()
    .slice(0, limit);
}

/**
 * The baseline: a plain loop of fetch + parse + JSON-LD extraction, with a fixed worker count. It
 * parses each page with cheerio, as a first version would; the crawler reads the same blocks with
 * a streaming scan (crawler/sources/page-scan.ts) and maps them with the same code.
 */
async function baselineCrawl(sitemapUrl: string, limit: number) {
  const urls = await sitemapUrls(sitemapUrl, limit);
  let found = 0;
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const url = urls[next++] as string;
      const html = await (await fetch(url)).text();
      // The plain way: parse the page into a document, select its JSON-LD scripts, read them.
      const $ = load(html);
      const blocks = $('script[type="application/ld+json"]')
        .map((_, el) => $(el).text())
        .get();
      found += jobPostingsFromBlocks(blocks, url).length;
    }
  };
  await Promise.all(Array.from({ length: CRAWL_CONCURRENCY }, worker));
  return { pages: urls.length + 1, found };
}

/** The real crawler into a fresh store: Crawlee, robots.txt, conditional requests, store writes. */
async function ourCrawl(sitemapUrl: string, maxPages: number) {
  const db = openMemoryStore();
  migrate(db);
  const config = parseConfig({ ALLOW_PRIVATE_HOSTS: 'true', CRAWL_RATE_LIMIT: '0' });
  const run = await runCrawl(
    {
      db,
      config,
      secret: () => undefined,
      scorer: () => ({ fit: null, excluded: null }),
      concurrency: CRAWL_CONCURRENCY,
    },
    [sourceConfigSchema.parse({ id: 'bench', type: 'jsonld', url: sitemapUrl, render: 'static', maxPages })],
    'bench',
  );
  db.close();
  return run.sources[0];
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/**
 * Crawl throughput on a loopback site of `count` JSON-LD job pages listed in a sitemap, beside a
 * baseline in the same process over the same pages with the same concurrency. Both run once on a
 * small site first so neither pays for module loading or JIT warm-up, then alternate for ROUNDS
 * rounds; the medians are compared.
 */
export async function crawlBench(count = 2000): Promise<void> {
  console.log(`\nCrawl: ${fmt(count)} JSON-LD pages on loopback, concurrency ${CRAWL_CONCURRENCY}`);
  const sites = await startJobSites({
    jsonld: {
      bench: { listings: sampleListings(count, 'Bench Co', 100000) },
      warm: { listings: sampleListings(200, 'Warm Co', 900000) },
    },
  });
  try {
    await baselineCrawl(`${sites.baseUrl}/warm/sitemap.xml`, 200);
    await ourCrawl(`${sites.baseUrl}/warm/sitemap.xml`, 220);
    await crawleeFloor(await sitemapUrls(`${sites.baseUrl}/warm/sitemap.xml`, 200), CRAWL_CONCURRENCY);
    const sitemapUrl = `${sites.baseUrl}/bench/sitemap.xml`;
    const pageUrls = await sitemapUrls(sitemapUrl, count);
    const baseRates: number[] = [];
    const ourRates: number[] = [];
    const floorRates: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const baseline = await timeIt(() => baselineCrawl(sitemapUrl, count));
      if (baseline.result.found !== count)
        throw new Error(`baseline found ${baseline.result.found} of ${count}`);
      baseRates.push(baseline.result.pages / (baseline.ms / 1000));
      const ours = await timeIt(() => ourCrawl(sitemapUrl, count + 10));
      if (ours.result?.found !== count)
        throw new Error(
          `crawler found ${ours.result?.found} of ${count} postings: ${ours.result?.errors.slice(0, 3).join('; ')}`,
        );
      ourRates.push(ours.result.fetched / (ours.ms / 1000));
      const floor = await timeIt(() => crawleeFloor(pageUrls, CRAWL_CONCURRENCY));
      floorRates.push(floor.result / (floor.ms / 1000));
    }
    const ourRate = median(ourRates);
    const baseRate = median(baseRates);
    const each = (rates: number[]) => rates.map((r) => fmt(r)).join(', ');
    line(
      'crawler (Crawlee, robots, ETags, store writes)',
      `${fmt(ourRate)} pages/s (rounds: ${each(ourRates)})`,
    );
    line('baseline: fetch + parse + extract loop', `${fmt(baseRate)} pages/s (rounds: ${each(baseRates)})`);
    line('crawler speed / baseline speed', `${fmt(ourRate / baseRate, 2)}x (medians)`);
    const floorRate = median(floorRates);
    line(
      "Crawlee's HttpCrawler alone, empty handler",
      `${fmt(floorRate)} pages/s (rounds: ${each(floorRates)}): ${fmt(floorRate / baseRate, 2)}x the baseline`,
    );
    line("crawler speed / HttpCrawler's own", `${fmt(ourRate / floorRate, 2)}x (medians)`);
  } finally {
    await sites.close();
  }
}
