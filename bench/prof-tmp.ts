import { parseConfig } from '../core/config';
import { fetchSource } from '../crawler/fetch/fetch-source';
import { migrate } from '../store/migrate';
import { openMemoryStore } from '../store/open-store';
import { startJobSites } from '../tests/fixture-servers/job-sites-server';
import { sampleListings } from '../tests/fixture-servers/sample-listings';

const sites = await startJobSites({
  jsonld: { bench: { listings: sampleListings(2000, 'Bench Co', 100000) } },
});
const db = openMemoryStore();
migrate(db);
const config = parseConfig({ ALLOW_PRIVATE_HOSTS: 'true', CRAWL_RATE_LIMIT: '0' });
const urls = Array.from({ length: 2000 }, (_, i) => ({
  label: 'x',
  url: `${sites.baseUrl}/bench/careers/jobs/${100000 + i}`,
}));
let t = performance.now();
const r = await fetchSource({
  db,
  config,
  start: urls,
  extract: () => ({ leads: [], next: [] }),
  maxPages: 5000,
  concurrency: 8,
});
console.log('fetchSource noop extract', performance.now() - t, r.fetched, r.errors.slice(0, 2));
t = performance.now();
const r2 = await fetchSource({
  db,
  config,
  start: urls,
  extract: () => ({ leads: [], next: [] }),
  maxPages: 5000,
  concurrency: 16,
});
console.log('second run (304s), conc 16', performance.now() - t, r2.fetched, r2.unchangedPages.length);
await sites.close();
