import { afterEach, describe, expect, it } from 'vitest';
import type { JobSites } from '../../demo/sites/job-sites-server';
import { startJobSites } from '../../demo/sites/job-sites-server';
import { getLead, listLeads } from '../../store/leads-repo';
import { sampleListings } from '../fixture-servers/sample-listings';
import { crawl, freshStore, source } from './helpers';

let sites: JobSites | undefined;
afterEach(async () => {
  await sites?.close();
  sites = undefined;
});

const openCount = (db: ReturnType<typeof freshStore>) =>
  listLeads(db, { all: true }).filter((l) => l.status === 'open').length;

describe('lead lifecycle', () => {
  it('closes a lead only after two healthy crawls miss it, and reopens it when it returns', async () => {
    const listings = sampleListings(3, 'Acme Mutual', 100);
    sites = await startJobSites({ greenhouse: { acme: [...listings] } });
    const gh = source({ id: 'gh', type: 'greenhouse', board: 'acme', baseUrl: sites.baseUrl });
    const db = freshStore();
    await crawl(db, [gh]);
    const gone = listLeads(db).find((l) => l.sourceLeadId === '101');
    expect(gone).toBeDefined();

    sites.data.greenhouse = { acme: listings.filter((l) => l.id !== '101') };
    const second = await crawl(db, [gh]);
    expect(second.sources[0]).toMatchObject({ status: 'completed', closed: 0 });
    expect(getLead(db, gone?.id ?? '')?.status).toBe('open');

    const third = await crawl(db, [gh]);
    expect(third.sources[0]).toMatchObject({ status: 'completed', closed: 1 });
    expect(getLead(db, gone?.id ?? '')).toMatchObject({ status: 'closed', closedReason: 'no longer listed' });

    sites.data.greenhouse = { acme: listings };
    const fourth = await crawl(db, [gh]);
    expect(fourth.sources[0]?.updated).toBe(1);
    expect(getLead(db, gone?.id ?? '')?.status).toBe('open');
  });

  it('never closes anything after failed, empty or partial runs', async () => {
    sites = await startJobSites({ greenhouse: { acme: sampleListings(3, 'Acme Mutual') } });
    const gh = source({ id: 'gh', type: 'greenhouse', board: 'acme', baseUrl: sites.baseUrl });
    const db = freshStore();
    await crawl(db, [gh]);
    expect(openCount(db)).toBe(3);

    sites.faults.push({ pathPrefix: '/v1/boards/acme', fault: '500' });
    for (const _ of [1, 2, 3]) expect((await crawl(db, [gh])).sources[0]?.status).toBe('failed');
    expect(openCount(db)).toBe(3);

    sites.faults.length = 0;
    sites.data.greenhouse = { acme: [] };
    for (const _ of [1, 2, 3]) expect((await crawl(db, [gh])).sources[0]?.status).toBe('empty');
    expect(openCount(db)).toBe(3);
  });

  it('marks a run rate-limited after a 429, keeps what it read, and closes nothing', async () => {
    sites = await startJobSites(
      { greenhouse: { acme: sampleListings(2, 'Acme Mutual') } },
      { faults: [{ pathPrefix: '/v1/boards/acme', fault: '429', times: 1 }] },
    );
    const db = freshStore();
    const run = await crawl(db, [
      source({ id: 'gh', type: 'greenhouse', board: 'acme', baseUrl: sites.baseUrl }),
    ]);
    expect(run.sources[0]).toMatchObject({ status: 'rate_limited', new: 2, closed: 0 });
    // The retry waited for Retry-After: 1 before asking again.
    expect(sites.requests.filter((r) => r.path.startsWith('/v1/boards/acme')).length).toBe(2);
  });

  it('closes a lead whose closing date has passed', async () => {
    const [expired, current] = sampleListings(2, 'Pima County', 10);
    if (!expired || !current) throw new Error('fixture');
    expired.closesInDays = -3;
    sites = await startJobSites({
      neogov: { pima: { name: 'Pima County, AZ', listings: [expired, current] } },
    });
    const db = freshStore();
    await crawl(db, [source({ id: 'ng', type: 'neogov', agency: 'pima', baseUrl: sites.baseUrl })]);
    const leads = listLeads(db, { all: true });
    expect(leads.find((l) => l.sourceLeadId === '10')).toMatchObject({
      status: 'closed',
      closedReason: 'closing date passed',
    });
    expect(leads.find((l) => l.sourceLeadId === '11')?.status).toBe('open');
  });

  it('sends conditional requests and treats 304 as unchanged, keeping the leads open', async () => {
    sites = await startJobSites({ smartrecruiters: { Harbor: sampleListings(3, 'Harbor Health') } });
    const sr = source({ id: 'sr', type: 'smartrecruiters', company: 'Harbor', baseUrl: sites.baseUrl });
    const db = freshStore();
    await crawl(db, [sr]);
    sites.requests.length = 0;
    for (const _ of [1, 2, 3]) {
      const run = await crawl(db, [sr]);
      expect(run.sources[0]).toMatchObject({ status: 'completed', new: 0, updated: 0, closed: 0 });
      expect(run.sources[0]?.unchanged).toBe(3);
    }
    expect(sites.requests.every((r) => r.path === '/robots.txt' || r.headers['if-none-match'])).toBe(true);
    expect(openCount(db)).toBe(3);
  });
});
