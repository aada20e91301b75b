import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SourceType } from '../../core/lead/lead';
import type { FaultRule, JobSites } from '../../demo/sites/job-sites-server';
import { startJobSites } from '../../demo/sites/job-sites-server';
import { listLeads } from '../../store/leads-repo';
import { sampleListings } from '../fixture-servers/sample-listings';
import { crawl, freshStore, source } from './helpers';

/**
 * Every source type meeting valid JSON of the wrong shape (an error or maintenance envelope) at
 * its first request. JSON-LD's wrong shape is a page whose JobPosting block is not one (below): a
 * careers page without postings is an empty site, not a malformed answer.
 */
const cases: {
  type: Exclude<SourceType, 'jsonld'>;
  id?: string;
  prefix: string;
  params: Record<string, unknown>;
}[] = [
  { type: 'greenhouse', prefix: '/v1/boards/acme', params: { board: 'acme' } },
  { type: 'lever', prefix: '/v0/postings/acme', params: { site: 'acme' } },
  { type: 'ashby', prefix: '/posting-api/job-board/acme', params: { board: 'acme' } },
  { type: 'smartrecruiters', prefix: '/v1/companies/acme', params: { company: 'acme' } },
  {
    type: 'workday',
    prefix: '/wday/cxs/acme/External',
    params: { host: 'acme.wd5.myworkdayjobs.com', tenant: 'acme', site: 'External' },
  },
  {
    type: 'usajobs',
    prefix: '/api/Search',
    params: { apiKeyEnv: 'USAJOBS_API_KEY', userAgentEmail: 'ops@example.org' },
  },
  { type: 'neogov', prefix: '/SearchEngine/JobsFeed', params: { agency: 'acme' } },
  { type: 'recruitee', prefix: '/recruitee/acme', params: { company: 'acme' } },
  { type: 'workable', prefix: '/api/v1/widget/accounts/acme', params: { account: 'acme' } },
  {
    type: 'workable',
    id: 'workable-v3',
    prefix: '/api/v3/accounts/acme',
    params: { account: 'acme', api: 'v3' },
  },
  { type: 'bamboohr', prefix: '/bamboohr/acme', params: { company: 'acme' } },
  { type: 'oracle', prefix: '/oracle/acme', params: { host: 'acme.fa.oraclecloud.com', site: 'CX_1' } },
  { type: 'ukg', prefix: '/T1/JobBoard', params: { tenant: 'T1', boardId: 'b1' } },
  { type: 'icims', prefix: '/icims/acme', params: { host: 'careers-acme.icims.com' } },
  { type: 'personio', prefix: '/personio/acme', params: { company: 'acme' } },
  { type: 'teamtailor', prefix: '/teamtailor/acme', params: { company: 'acme' } },
  { type: 'rippling', prefix: '/platform/api/ats/v1/board/acme', params: { board: 'acme' } },
];
const hostPrefixed = new Set(['recruitee', 'bamboohr', 'oracle', 'icims', 'personio', 'teamtailor']);

// The requests are counted: a loaded machine must not turn a slow first answer into a retry.
const PATIENT = { CRAWL_TIMEOUT_SECONDS: '20' };

let sites: JobSites;
beforeAll(async () => {
  const faults: FaultRule[] = cases.map((c) => ({ pathPrefix: c.prefix, fault: 'wrong-shape' }));
  sites = await startJobSites({ greenhouse: { fine: sampleListings(2, 'Fine Co') } }, { faults });
});
afterAll(() => sites.close());

describe('a wrong-shape answer', () => {
  it('fails that source at once, for every source type, without retries or a raw schema error', async () => {
    const db = freshStore();
    const configs = cases.map((c) =>
      source({
        id: c.id ?? c.type,
        type: c.type,
        ...c.params,
        baseUrl: hostPrefixed.has(c.type) ? `${sites.baseUrl}${c.prefix}` : sites.baseUrl,
      }),
    );
    const run = await crawl(
      db,
      [...configs, source({ id: 'fine', type: 'greenhouse', board: 'fine', baseUrl: sites.baseUrl })],
      PATIENT,
    );
    for (const c of cases) {
      const id = c.id ?? c.type;
      const result = run.sources.find((s) => s.sourceId === id);
      expect([id, result?.status]).toEqual([id, 'failed']);
      expect(result?.errors).toHaveLength(1);
      expect(result?.errors[0]).toMatch(
        /malformed|not RSS|no <workzag-jobs>|not a sitemap|no jobs array|neither a list nor a posting/,
      );
      expect(result?.errors[0]).not.toMatch(/ZodError|invalid_type|\[\s*\{/);
      // Not retried: a wrong-shape answer would come back the same.
      expect([id, sites.requests.filter((r) => r.path.startsWith(c.prefix)).length]).toEqual([id, 1]);
    }
    expect(run.sources.find((s) => s.sourceId === 'fine')).toMatchObject({ status: 'completed', new: 2 });
  });
});

describe('a careers page whose JSON-LD is of the wrong shape', () => {
  it('is read once, reported, and closes none of the leads it listed before', async () => {
    const jsonLdSites = await startJobSites({
      jsonld: { acme: { listings: sampleListings(2, 'Acme Mutual') } },
    });
    try {
      const db = freshStore();
      const careers = source({ id: 'acme', type: 'jsonld', url: `${jsonLdSites.baseUrl}/acme/careers` });
      expect((await crawl(db, [careers], PATIENT)).sources[0]).toMatchObject({ status: 'completed', new: 2 });
      jsonLdSites.faults.push({ pathPrefix: '/acme/careers', fault: 'wrong-shape-page' });
      for (const _ of [1, 2]) {
        jsonLdSites.requests.length = 0;
        const run = await crawl(db, [careers], PATIENT);
        expect(run.sources[0]).toMatchObject({ status: 'partial', new: 0, closed: 0 });
        expect(run.sources[0]?.errors).toEqual([
          `${jsonLdSites.baseUrl}/acme/careers: skipped a JobPosting without a title`,
        ]);
        expect(jsonLdSites.requests.filter((r) => r.path.startsWith('/acme/careers'))).toHaveLength(1);
      }
      expect(listLeads(db).map((l) => l.company)).toEqual(['Acme Mutual', 'Acme Mutual']);
    } finally {
      await jsonLdSites.close();
    }
  });
});
