import { parseConfig } from '../core/config';
import type { SourceConfig } from '../core/source-config';
import { sourceConfigSchema } from '../core/source-config';
import { runCrawl } from '../crawler/pipeline/run-crawl';
import type { JobSites } from '../demo/sites/job-sites-server';
import { startJobSites } from '../demo/sites/job-sites-server';
import { migrate } from '../store/migrate';
import type { Store } from '../store/open-store';
import { openMemoryStore } from '../store/open-store';
import { sampleListings } from '../tests/fixture-servers/sample-listings';
import { fmt, line, timeIt } from './measure';

/** Requests per second per host: a fixed, polite rate, so the bound is known in advance. */
const RATE = 5;
const HOSTS = 10;
const POSTINGS_PER_TENANT = 60;
const BOARDS_PER_HOST = 2;

function freshStore(): Store {
  const db = openMemoryStore();
  migrate(db);
  return db;
}

function crawl(db: Store, sources: SourceConfig[], rate: number) {
  const config = parseConfig({ ALLOW_PRIVATE_HOSTS: 'true', CRAWL_RATE_LIMIT: String(rate) });
  return runCrawl(
    { db, config, secret: () => undefined, scorer: () => ({ fit: null, excluded: null }) },
    sources,
    'bench',
  );
}

const workday = (id: string, sites: JobSites, tenant: string) =>
  sourceConfigSchema.parse({
    id,
    type: 'workday',
    host: new URL(sites.baseUrl).host,
    tenant,
    site: 'External',
    baseUrl: sites.baseUrl,
  });
const greenhouse = (id: string, sites: JobSites, board: string) =>
  sourceConfigSchema.parse({ id, type: 'greenhouse', board, baseUrl: sites.baseUrl });

/** Loopback hosts 127.0.0.2, 127.0.0.3, …: each is its own host to the crawler's rate limiter. */
async function startHosts(count: number, data: (i: number) => Parameters<typeof startJobSites>[0]) {
  return Promise.all(
    Array.from({ length: count }, (_, i) => startJobSites(data(i), { host: `127.0.0.${i + 2}` })),
  );
}

/**
 * What limits a polite crawler is the politeness bound: the busiest host's requests divided by its
 * rate. One run over many sources on many hosts is compared with that bound, measured in the same
 * run; then an unchanged recrawl's requests with the first crawl's; then peak memory and pages/s at
 * an unlimited rate on a 20,000-posting tenant beside 500 small boards.
 */
export async function crawlBench(bigTenant = 20_000, boards = 500): Promise<void> {
  console.log(
    `\nCrawl: ${HOSTS} loopback hosts at ${RATE} requests/s each; on each, a Workday tenant of ${POSTINGS_PER_TENANT} postings and ${BOARDS_PER_HOST} Greenhouse boards`,
  );
  const hosts = await startHosts(HOSTS, (i) => ({
    workday: { [`t${i}/External`]: sampleListings(POSTINGS_PER_TENANT, `Tenant ${i}`, 1000 * i + 1) },
    greenhouse: Object.fromEntries(
      Array.from({ length: BOARDS_PER_HOST }, (_, b) => [
        `b${i}x${b}`,
        sampleListings(3, `Board ${i}-${b}`, 1000 * i + 500 + b * 10),
      ]),
    ),
  }));
  try {
    const sources = hosts.flatMap((h, i) => [
      workday(`wd-${i}`, h, `t${i}`),
      ...Array.from({ length: BOARDS_PER_HOST }, (_, b) => greenhouse(`gh-${i}-${b}`, h, `b${i}x${b}`)),
    ]);
    const db = freshStore();
    const first = await timeIt(() => crawl(db, sources, RATE));
    const firstRequests = hosts.map((h) => h.requests.length);
    const busiest = Math.max(...firstRequests);
    const boundMs = ((busiest - 1) / RATE) * 1000;
    const failed = first.result.sources.filter((s) => s.status !== 'completed');
    if (failed.length)
      throw new Error(`first crawl: ${failed.map((s) => `${s.sourceId} ${s.status}`).join(', ')}`);
    const total = firstRequests.reduce((a, b) => a + b, 0);
    line(
      'sources / hosts / requests',
      `${sources.length} / ${HOSTS} / ${fmt(total)} (busiest host ${busiest})`,
    );
    line('politeness bound (busiest host ÷ rate)', `${fmt(boundMs / 1000, 1)} s`);
    line('first crawl wall time', `${fmt(first.ms / 1000, 1)} s`);
    line('wall time ÷ bound (goal ≤ 1.2)', `${fmt(first.ms / boundMs, 2)}`);
    line(
      'one source after another would take at least',
      `${fmt((total - HOSTS) / RATE, 0)} s (every request at ${RATE}/s)`,
    );

    for (const h of hosts) h.requests.length = 0;
    const again = await timeIt(() => crawl(db, sources, RATE));
    const recrawlRequests = hosts.reduce((n, h) => n + h.requests.length, 0);
    const unchanged = again.result.sources.every(
      (s) => s.status === 'completed' && s.new === 0 && s.updated === 0,
    );
    line(
      'unchanged recrawl requests ÷ first crawl (goal ≤ 0.1)',
      `${fmt(recrawlRequests / total, 3)} (${recrawlRequests} of ${total}; ${fmt(again.ms / 1000, 1)} s${unchanged ? '' : '; some leads changed!'})`,
    );
    db.close();
  } finally {
    await Promise.all(hosts.map((h) => h.close()));
  }

  console.log(
    `\nCrawl at an unlimited rate: one Workday tenant of ${fmt(bigTenant)} postings and ${boards} Greenhouse boards on 10 hosts`,
  );
  const big = await startHosts(HOSTS, (i) => ({
    ...(i === 0 ? { workday: { 'big/External': sampleListings(bigTenant, 'Big Tenant', 100_000) } } : {}),
    greenhouse: Object.fromEntries(
      Array.from({ length: boards / HOSTS }, (_, b) => [
        `g${b}`,
        sampleListings(2, `Board ${i}-${b}`, 50_000 + i * 1000 + b * 2),
      ]),
    ),
  }));
  try {
    const sources = [
      workday('big', big[0] as JobSites, 'big'),
      ...big.flatMap((h, i) =>
        Array.from({ length: boards / HOSTS }, (_, b) => greenhouse(`g-${i}-${b}`, h, `g${b}`)),
      ),
    ];
    global.gc?.();
    const before = process.memoryUsage();
    let peakRss = before.rss;
    let peakHeap = before.heapUsed;
    const sampler = setInterval(() => {
      const m = process.memoryUsage();
      peakRss = Math.max(peakRss, m.rss);
      peakHeap = Math.max(peakHeap, m.heapUsed);
    }, 50);
    const db = freshStore();
    const run = await timeIt(() => crawl(db, sources, 0));
    clearInterval(sampler);
    const pages = run.result.sources.reduce((n, s) => n + s.fetched, 0);
    const found = run.result.sources.reduce((n, s) => n + s.found, 0);
    if (found !== bigTenant + boards * 2)
      throw new Error(`found ${found} of ${bigTenant + boards * 2} postings`);
    const mb = (n: number) => `${fmt(n / 1024 / 1024)} MB`;
    line(
      'peak RSS (process, fixture servers included)',
      `${mb(peakRss)} (${mb(before.rss)} before the crawl)`,
    );
    line('peak JS heap', `${mb(peakHeap)} (${mb(before.heapUsed)} before)`);
    line(
      'pages/s at an unlimited rate (information)',
      `${fmt(pages / (run.ms / 1000))} (${fmt(pages)} pages in ${fmt(run.ms / 1000, 1)} s)`,
    );
    db.close();
  } finally {
    await Promise.all(big.map((h) => h.close()));
  }
}
