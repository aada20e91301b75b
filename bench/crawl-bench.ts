import { load } from 'cheerio';
import { parseConfig } from '../core/config';
import { sourceConfigSchema } from '../core/source-config';
import { runCrawl } from '../crawler/pipeline/run-crawl';
import { extractJobPostings } from '../crawler/sources/json-ld';
import { migrate } from '../store/migrate';
import { openMemoryStore } from '../store/open-store';
import { startJobSites } from '../tests/fixture-servers/job-sites-server';
import { sampleListings } from '../tests/fixture-servers/sample-listings';
import { fmt, line, timeIt } from './measure';

export const CRAWL_CONCURRENCY = 8;

/**
 * Crawl throughput on a loopback site of `count` JSON-LD job pages listed in a sitemap, beside a
 * baseline in the same process: a plain loop of fetch + parse + JSON-LD extraction over the same
 * pages with the same concurrency.
 */
export async function crawlBench(count = 2000): Promise<void> {
  console.log(`\nCrawl: ${fmt(count)} JSON-LD pages on loopback, concurrency ${CRAWL_CONCURRENCY}`);
  const sites = await startJobSites({
    jsonld: { bench: { listings: sampleListings(count, 'Bench Co', 100000) } },
  });
  try {
    const sitemapUrl = `${sites.baseUrl}/bench/sitemap.xml`;
    const baseline = await timeIt(async () => {
      const xml = await (await fetch(sitemapUrl)).text();
      const urls = load(xml, { xml: true })('loc')
        .map((_, el) => load(el).text())
        .get();
      let found = 0;
      let next = 0;
      const worker = async () => {
        while (next < urls.length) {
          const url = urls[next++] as string;
          const html = await (await fetch(url)).text();
          found += extractJobPostings(html, url).length;
        }
      };
      await Promise.all(Array.from({ length: CRAWL_CONCURRENCY }, worker));
      return { pages: urls.length + 1, found };
    });

    const db = openMemoryStore();
    migrate(db);
    const config = parseConfig({ ALLOW_PRIVATE_HOSTS: 'true', CRAWL_RATE_LIMIT: '0' });
    const ours = await timeIt(() =>
      runCrawl(
        {
          db,
          config,
          secret: () => undefined,
          scorer: () => ({ fit: null, excluded: null }),
          concurrency: CRAWL_CONCURRENCY,
        },
        [
          sourceConfigSchema.parse({
            id: 'bench',
            type: 'jsonld',
            url: sitemapUrl,
            render: 'static',
            maxPages: count + 10,
          }),
        ],
        'bench',
      ),
    );
    const result = ours.result.sources[0];
    if (result?.found !== count)
      throw new Error(
        `crawler found ${result?.found} of ${count} postings: ${result?.errors.slice(0, 3).join('; ')}`,
      );
    if (baseline.result.found !== count)
      throw new Error(`baseline found ${baseline.result.found} of ${count}`);
    const ourRate = result.fetched / (ours.ms / 1000);
    const baseRate = baseline.result.pages / (baseline.ms / 1000);
    line('crawler (Crawlee, robots, ETags, store writes)', `${fmt(ourRate)} pages/s (${fmt(ours.ms)} ms)`);
    line('baseline: fetch + parse + extract loop', `${fmt(baseRate)} pages/s (${fmt(baseline.ms)} ms)`);
    line('crawler speed / baseline speed', `${fmt(ourRate / baseRate, 2)}x`);
  } finally {
    await sites.close();
  }
}
