import { afterEach, describe, expect, it } from 'vitest';
import type { JobSites } from '../../demo/sites/job-sites-server';
import { startJobSites } from '../../demo/sites/job-sites-server';
import { listLeads } from '../../store/leads-repo';
import { sampleListings } from '../fixture-servers/sample-listings';
import { crawl, freshStore, source } from './helpers';

/**
 * Boards whose list is paged by POST bodies: Workable's careers-page endpoint (a `nextPage` token
 * sent back as `token`) and UKG Pro's LoadSearchResults (`Top`/`Skip` against `totalCount`).
 */
let sites: JobSites | undefined;
afterEach(async () => {
  await sites?.close();
  sites = undefined;
});

const PATIENT = { CRAWL_TIMEOUT_SECONDS: '20' };
const token = (offset: number) => Buffer.from(`offset:${offset}`).toString('base64url');
const bodies = (s: JobSites, prefix: string) =>
  s.requests.filter((r) => r.method === 'POST' && r.path.startsWith(prefix)).length;
const openTitles = (db: ReturnType<typeof freshStore>) =>
  listLeads(db, { all: true }).filter((l) => l.status === 'open').length;

describe("Workable's v3 jobs endpoint", () => {
  const start = () =>
    startJobSites({
      workable: { northpoint: sampleListings(23, 'Northpoint Bank', 200) },
      workableInternal: { northpoint: sampleListings(2, 'Northpoint Bank', 900) },
    });
  const v3 = (s: JobSites) =>
    source({ id: 'wk3', type: 'workable', account: 'northpoint', api: 'v3', baseUrl: s.baseUrl });

  it('follows the nextPage token through every page, reads each job once, and leaves internal jobs out', async () => {
    sites = await start();
    const db = freshStore();
    const run = await crawl(db, [v3(sites)], PATIENT);
    expect(run.sources[0]).toMatchObject({ status: 'completed', found: 23, new: 23, errors: [] });
    // Three list pages of 10, 10 and 3 (the two internal jobs ride on the last), then 23 details.
    expect(bodies(sites, '/api/v3/accounts/northpoint/jobs')).toBe(3);
    expect(sites.requests.filter((r) => r.path.startsWith('/api/v2/accounts/northpoint/jobs/'))).toHaveLength(
      23,
    );
    const leads = listLeads(db, { all: true });
    expect(leads.filter((l) => l.sourceLeadId.startsWith('A000000090'))).toEqual([]);
    const first = leads.find((l) => l.sourceLeadId === 'A000000200');
    expect(first).toMatchObject({
      title: 'Fraud Investigator',
      company: 'northpoint',
      location: 'El Paso, TX',
      remote: 'onsite',
      employmentType: 'full_time',
      department: 'Special Investigations',
      url: `${sites.baseUrl}/northpoint/j/A000000200/`,
      applyUrl: `${sites.baseUrl}/northpoint/j/A000000200/apply/`,
    });
    // description, requirements and benefits are one description.
    expect(first?.description).toContain('Investigate suspicious claims');
    expect(first?.description).toContain('Testify at depositions when needed');
    expect(first?.description).toContain('Medical, dental and vision cover.');
    expect(leads.find((l) => l.sourceLeadId === 'A000000201')?.remote).toBe('hybrid');
  });

  it('reads no detail again on an unchanged recrawl, and the widget reads the same account', async () => {
    sites = await start();
    const db = freshStore();
    await crawl(db, [v3(sites)], PATIENT);
    sites.requests.length = 0;
    const again = await crawl(db, [v3(sites)], PATIENT);
    expect(again.sources[0]).toMatchObject({ status: 'completed', new: 0, updated: 0, closed: 0 });
    expect(sites.requests.map((r) => r.path.split('?')[0])).not.toContain(
      '/api/v2/accounts/northpoint/jobs/A000000200',
    );
    const widget = await crawl(
      freshStore(),
      [source({ id: 'wk', type: 'workable', account: 'northpoint', baseUrl: sites.baseUrl })],
      PATIENT,
    );
    expect(widget.sources[0]).toMatchObject({ status: 'completed', found: 23 });
  });

  it('a page that fails mid-way leaves the run partial, so no lead of the later pages is closed', async () => {
    sites = await start();
    const db = freshStore();
    await crawl(db, [v3(sites)], PATIENT);
    expect(openTitles(db)).toBe(23);
    sites.faults.push({
      pathPrefix: '/api/v3/accounts/northpoint/jobs',
      bodyIncludes: token(10),
      fault: '500',
    });
    for (const _ of [1, 2]) {
      const run = await crawl(db, [v3(sites)], PATIENT);
      expect(run.sources[0]).toMatchObject({ status: 'partial', closed: 0 });
      expect(run.sources[0]?.errors.join('\n')).toMatch(/answered 500/);
    }
    expect(openTitles(db)).toBe(23);
  });

  it('a job whose detail is of the wrong shape is reported and the others are kept', async () => {
    sites = await start();
    sites.faults.push({ pathPrefix: '/api/v2/accounts/northpoint/jobs/A000000205', fault: 'wrong-shape' });
    const run = await crawl(freshStore(), [v3(sites)], PATIENT);
    expect(run.sources[0]).toMatchObject({ status: 'partial', new: 22 });
    expect(run.sources[0]?.errors.join('\n')).toMatch(/Workable job is malformed/);
  });
});

describe("UKG Pro's LoadSearchResults", () => {
  const board = (s: JobSites) =>
    source({ id: 'uk', type: 'ukg', tenant: 'REG1000', boardId: 'aaaa-bbbb', baseUrl: s.baseUrl });
  const searchPath = '/REG1000/JobBoard/aaaa-bbbb/JobBoardView/LoadSearchResults';
  const skips = (s: JobSites) => s.requests.filter((r) => r.path === searchPath).map((r) => r.method);
  const start = () =>
    startJobSites({ ukg: { 'REG1000/aaaa-bbbb': sampleListings(120, 'Regional Retail', 400) } });

  it('pages with Top and Skip until totalCount, and reads every opportunity', async () => {
    sites = await start();
    const db = freshStore();
    const run = await crawl(db, [board(sites)], PATIENT);
    expect(run.sources[0]).toMatchObject({ status: 'completed', found: 120, new: 120, errors: [] });
    // 50 + 50 + 20: three POSTs, each asking for the next 50.
    expect(skips(sites)).toEqual(['POST', 'POST', 'POST']);
    expect(sites.requests.filter((r) => r.path.includes('/OpportunityDetail?'))).toHaveLength(120);
    expect(openTitles(db)).toBe(120);
  });

  it('a search page that fails mid-way leaves the run partial and closes nothing', async () => {
    sites = await start();
    const db = freshStore();
    await crawl(db, [board(sites)], PATIENT);
    sites.faults.push({ pathPrefix: searchPath, bodyIncludes: '"Skip":50', fault: '500' });
    for (const _ of [1, 2]) {
      const run = await crawl(db, [board(sites)], PATIENT);
      expect(run.sources[0]).toMatchObject({ status: 'partial', closed: 0 });
      expect(run.sources[0]?.errors.join('\n')).toMatch(/answered 500/);
    }
    expect(openTitles(db)).toBe(120);
  });
});
