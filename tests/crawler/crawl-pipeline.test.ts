import { afterEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../core/config';
import type { SourceConfig } from '../../core/source-config';
import { sourceConfigSchema } from '../../core/source-config';
import { runCrawl } from '../../crawler/pipeline/run-crawl';
import type { JobSites } from '../../demo/sites/job-sites-server';
import { startJobSites } from '../../demo/sites/job-sites-server';
import { listLeads } from '../../store/leads-repo';
import { migrate } from '../../store/migrate';
import { openMemoryStore } from '../../store/open-store';
import { sampleListings } from '../fixture-servers/sample-listings';

const config = parseConfig({
  ALLOW_PRIVATE_HOSTS: 'true',
  CRAWL_RATE_LIMIT: '0',
  CRAWL_TIMEOUT_SECONDS: '3',
});
let sites: JobSites | undefined;
afterEach(async () => {
  await sites?.close();
  sites = undefined;
});

function allSources(base: string): SourceConfig[] {
  return [
    { id: 'gh', type: 'greenhouse', board: 'acme', baseUrl: base },
    { id: 'lv', type: 'lever', site: 'northwind', name: 'Northwind', baseUrl: base },
    { id: 'ab', type: 'ashby', board: 'ledger', name: 'Ledger Bank', baseUrl: base },
    { id: 'sr', type: 'smartrecruiters', company: 'Harbor', baseUrl: base },
    { id: 'wd', type: 'workday', host: 'x', tenant: 'civic', site: 'External', baseUrl: base },
    {
      id: 'us',
      type: 'usajobs',
      keyword: 'investigator',
      apiKeyEnv: 'USAJOBS_API_KEY',
      userAgentEmail: 'ops@example.org',
      baseUrl: base,
    },
    { id: 'ng', type: 'neogov', agency: 'pima', baseUrl: base },
    { id: 'jl', type: 'jsonld', url: `${base}/keystone/careers`, render: 'static', maxPages: 50 },
  ].map((s) => sourceConfigSchema.parse(s));
}

const deps = (db: ReturnType<typeof openMemoryStore>) => ({
  db,
  config,
  secret: (name: string) => (name === 'USAJOBS_API_KEY' ? 'test-key' : undefined),
  scorer: () => ({ fit: null, excluded: null }),
  backoffBaseMs: 5,
});

describe('a crawl of all eight source types', () => {
  it('stores every listing once, with source ids and normalised fields', async () => {
    sites = await startJobSites({
      greenhouse: { acme: sampleListings(3, 'Acme Mutual', 100) },
      lever: { northwind: sampleListings(130, 'Northwind', 200) },
      ashby: { ledger: sampleListings(2, 'Ledger Bank', 400) },
      smartrecruiters: { Harbor: sampleListings(3, 'Harbor Health', 500) },
      workday: { 'civic/External': sampleListings(23, 'Civic Insurance', 600) },
      usajobs: sampleListings(4, 'Bureau of Land Management', 700),
      neogov: { pima: { name: 'Pima County, AZ', listings: sampleListings(3, 'Pima County', 800) } },
      jsonld: { keystone: { listings: sampleListings(4, 'Keystone Logistics', 900) } },
    });
    const db = openMemoryStore();
    migrate(db);
    const run = await runCrawl(deps(db), allSources(sites.baseUrl), 'test');
    for (const s of run.sources)
      expect({ id: s.sourceId, status: s.status, errors: s.errors }).toEqual({
        id: s.sourceId,
        status: 'completed',
        errors: [],
      });
    const counts = Object.fromEntries(run.sources.map((s) => [s.sourceId, s.new]));
    expect(counts).toEqual({ gh: 3, lv: 130, ab: 2, sr: 3, wd: 23, us: 4, ng: 3, jl: 4 });
    const leads = listLeads(db, { all: true });
    expect(leads).toHaveLength(172);
    const fraud = leads.find((l) => l.sourceId === 'gh' && l.title === 'Fraud Investigator');
    expect(fraud).toMatchObject({
      company: 'Acme Mutual',
      city: 'El Paso',
      region: 'TX',
      country: 'US',
      status: 'open',
    });
    expect(fraud?.description).toContain('interview claimants');
    // Lever pages with skip/limit: page 2 was fetched.
    expect(sites.requests.some((r) => r.path.includes('skip=100'))).toBe(true);
    // Workday pages POST to one URL with different offsets; all three pages were read.
    expect(sites.requests.filter((r) => r.method === 'POST').length).toBe(2);
    // The JSON-LD crawl stayed out of the path robots.txt disallows.
    expect(sites.requests.some((r) => r.path.startsWith('/private/'))).toBe(false);
  });
});
