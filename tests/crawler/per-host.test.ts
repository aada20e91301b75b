import { afterEach, describe, expect, it } from 'vitest';
import type { SentRequest } from '../../crawler/http/guarded-http-client';
import type { Fault, JobSites } from '../../demo/sites/job-sites-server';
import { startJobSites } from '../../demo/sites/job-sites-server';
import { listLeads } from '../../store/leads-repo';
import { sampleListings } from '../fixture-servers/sample-listings';
import { crawl, freshStore, source } from './helpers';

// Each loopback address is its own host to the crawler's per-host queues and rate limits.
let hosts: JobSites[] = [];
afterEach(async () => {
  await Promise.all(hosts.map((h) => h.close()));
  hosts = [];
});

async function threeHosts() {
  hosts = await Promise.all(
    ['127.0.0.2', '127.0.0.3', '127.0.0.4'].map((host, i) =>
      startJobSites(
        {
          greenhouse: { [`gh${i}`]: sampleListings(3, `Board ${i}`, 100 * i + 1) },
          smartrecruiters: { [`SR${i}`]: sampleListings(3, `Company ${i}`, 100 * i + 50) },
        },
        { host },
      ),
    ),
  );
  return hosts.flatMap((h, i) => [
    source({ id: `gh-${i}`, type: 'greenhouse', board: `gh${i}`, baseUrl: h.baseUrl }),
    source({ id: `sr-${i}`, type: 'smartrecruiters', company: `SR${i}`, baseUrl: h.baseUrl }),
  ]);
}

const openBy = (db: ReturnType<typeof freshStore>, prefix: string) =>
  listLeads(db).filter((l) => l.sourceId.endsWith(prefix)).length;

describe('faults on one host', () => {
  it.each<[string, Fault, string]>([
    ['a 500', '500', '/'],
    ['a 429 with Retry-After', '429', '/'],
    ['a timeout', 'timeout', '/'],
    ['a malformed body', 'malformed', '/'],
    ['wrong-shape JSON', 'wrong-shape', '/'],
    ['robots.txt answering 5xx', '500', '/robots.txt'],
  ])(
    'leave the other hosts untouched, and across two runs with %s no lead is lost or wrongly closed',
    async (_name, fault, pathPrefix) => {
      const sources = await threeHosts();
      const db = freshStore();
      const first = await crawl(db, sources);
      expect(first.sources.every((s) => s.status === 'completed')).toBe(true);
      expect(listLeads(db)).toHaveLength(18);

      hosts[0]?.faults.push({ pathPrefix, fault });
      for (const _ of [1, 2]) {
        // robots.txt is kept for a day; forget it so the broken one is asked for again.
        db.prepare('DELETE FROM robots_cache').run();
        const run = await crawl(db, sources);
        const byId = Object.fromEntries(run.sources.map((s) => [s.sourceId, s]));
        for (const id of ['gh-1', 'sr-1', 'gh-2', 'sr-2'])
          expect([id, byId[id]?.status, byId[id]?.errors]).toEqual([id, 'completed', []]);
        for (const id of ['gh-0', 'sr-0']) {
          expect(byId[id]?.status).not.toBe('completed');
          expect(byId[id]?.closed).toBe(0);
        }
      }
      // Nothing closed anywhere: the broken host's leads wait for a healthy run.
      expect(listLeads(db)).toHaveLength(18);
      expect([openBy(db, '-0'), openBy(db, '-1'), openBy(db, '-2')]).toEqual([6, 6, 6]);
    },
  );
});

describe('per-host politeness', () => {
  it('spaces requests to one host across every source on it, while other hosts go on at once', async () => {
    hosts = await Promise.all(
      ['127.0.0.2', '127.0.0.3'].map((host) =>
        startJobSites(
          {
            greenhouse: { one: sampleListings(2, 'One'), two: sampleListings(2, 'Two', 20) },
            smartrecruiters: { Three: sampleListings(4, 'Three', 40) },
          },
          { host },
        ),
      ),
    );
    const [busy, other] = hosts as [JobSites, JobSites];
    const sources = [
      source({ id: 'busy-one', type: 'greenhouse', board: 'one', baseUrl: busy.baseUrl }),
      source({ id: 'busy-two', type: 'greenhouse', board: 'two', baseUrl: busy.baseUrl }),
      source({ id: 'busy-three', type: 'smartrecruiters', company: 'Three', baseUrl: busy.baseUrl }),
      source({ id: 'other', type: 'smartrecruiters', company: 'Three', baseUrl: other.baseUrl }),
    ];
    // Send times stamped by the crawler's HTTP client as each request goes, by the clock the rate
    // limiter counts with: these are what the host sees, not arrival times at a server sharing the
    // crawler's event loop.
    const sent: SentRequest[] = [];
    const run = await crawl(
      freshStore(),
      sources,
      { CRAWL_RATE_LIMIT: '10' },
      {
        onRequest: (request) => sent.push(request),
      },
    );
    expect(run.sources.map((s) => s.status)).toEqual(['completed', 'completed', 'completed', 'completed']);
    const toBusy = sent.filter((r) => r.url.startsWith(busy.baseUrl)).map((r) => r.at);
    // robots.txt, two Greenhouse boards, one SmartRecruiters list and its four details: every one
    // the server saw, and no two closer than 100 ms at 10 requests a second, whichever source sent
    // them. Unspaced, the gaps would be a few milliseconds.
    expect(busy.requests.length).toBe(1 + 2 + 1 + 4);
    expect(toBusy.length).toBe(busy.requests.length);
    const gaps = toBusy.slice(1).map((t, i) => t - (toBusy[i] as number));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(100);
    const times = busy.requests.map((r) => r.at);
    // The other host was crawled alongside, not after: it started before the busy host finished.
    expect(Math.min(...other.requests.map((r) => r.at))).toBeLessThan(Math.max(...times));
  });
});
