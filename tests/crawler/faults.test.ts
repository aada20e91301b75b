import { afterEach, describe, expect, it } from 'vitest';
import type { Fault, JobSites } from '../../demo/sites/job-sites-server';
import { startJobSites } from '../../demo/sites/job-sites-server';
import { listLeads } from '../../store/leads-repo';
import { sampleListings } from '../fixture-servers/sample-listings';
import { crawl, freshStore, source } from './helpers';

let sites: JobSites | undefined;
afterEach(async () => {
  await sites?.close();
  sites = undefined;
});

describe('a crawl meeting a misbehaving server', () => {
  it.each<[Fault, RegExp]>([
    ['500', /answered 500/],
    ['timeout', /no answer|stopped answering|timed out|took too long/i],
    ['malformed', /not valid JSON/],
    ['truncated', /truncated|cut off|aborted|socket hang up|premature|ECONNRESET/i],
    ['redirect-loop', /redirects/],
    ['huge', /limit/],
  ])('records a %s as an error of that source and carries on with the others', async (fault, message) => {
    sites = await startJobSites(
      { greenhouse: { broken: sampleListings(2, 'Broken Co'), fine: sampleListings(2, 'Fine Co', 50) } },
      { faults: [{ pathPrefix: '/v1/boards/broken', fault }] },
    );
    const db = freshStore();
    const run = await crawl(db, [
      source({ id: 'broken', type: 'greenhouse', board: 'broken', baseUrl: sites.baseUrl }),
      source({ id: 'fine', type: 'greenhouse', board: 'fine', baseUrl: sites.baseUrl }),
    ]);
    const [broken, fine] = run.sources;
    expect(broken?.status).toMatch(/failed|partial/);
    expect(broken?.errors.join('\n')).toMatch(message);
    expect(fine).toMatchObject({ status: 'completed', new: 2 });
    expect(listLeads(db).map((l) => l.company)).toEqual(['Fine Co', 'Fine Co']);
  });

  it('does not fetch a path robots.txt disallows', async () => {
    sites = await startJobSites(
      { greenhouse: { acme: sampleListings(1, 'Acme') } },
      { robots: 'User-agent: *\nDisallow: /v1/boards/acme\n' },
    );
    const run = await crawl(freshStore(), [
      source({ id: 'gh', type: 'greenhouse', board: 'acme', baseUrl: sites.baseUrl }),
    ]);
    expect(run.sources[0]?.errors.join()).toMatch(/disallowed by robots.txt/);
    expect(sites.requests.some((r) => r.path.startsWith('/v1/boards/acme'))).toBe(false);
  });

  it('refuses private addresses unless the development setting allows them', async () => {
    sites = await startJobSites({ greenhouse: { acme: sampleListings(1, 'Acme') } });
    const { runCrawl } = await import('../../crawler/pipeline/run-crawl');
    const { parseConfig } = await import('../../core/config');
    const run = await runCrawl(
      {
        db: freshStore(),
        config: parseConfig({ CRAWL_RATE_LIMIT: '0' }),
        secret: () => undefined,
        scorer: () => ({ fit: null, excluded: null }),
        maxRetries: 0,
      },
      [source({ id: 'gh', type: 'greenhouse', board: 'acme', baseUrl: sites.baseUrl })],
      'test',
    );
    expect(run.sources[0]?.status).toBe('failed');
    expect(sites.requests.length).toBe(0);
  });

  it('sends an honest User-Agent with a contact URL', async () => {
    sites = await startJobSites({ greenhouse: { acme: sampleListings(1, 'Acme') } });
    await crawl(freshStore(), [
      source({ id: 'gh', type: 'greenhouse', board: 'acme', baseUrl: sites.baseUrl }),
    ]);
    expect(sites.requests[0]?.headers['user-agent']).toMatch(/^OfframpBot\/0\.1 \(\+https?:\/\/.+\)$/);
  });
});
