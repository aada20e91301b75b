import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobSites } from '../../demo/sites/job-sites-server';
import { startJobSites } from '../../demo/sites/job-sites-server';
import { listLeads } from '../../store/leads-repo';
import { sampleListings } from '../fixture-servers/sample-listings';
import { crawl, freshStore, source } from './helpers';

let sites: JobSites;
beforeAll(async () => {
  sites = await startJobSites({
    recruitee: { harbor: sampleListings(3, 'Harbor Mutual', 10) },
    workable: { northpoint: sampleListings(3, 'Northpoint Bank', 20) },
    bamboohr: { sentry: sampleListings(3, 'Sentry Security', 30) },
    oracle: { CX_1: sampleListings(30, 'Granite Insurance', 100) },
    ukg: { 'REG1000/aaaa-bbbb': sampleListings(3, 'Regional Retail', 40) },
    icims: { 'careers-keystone': sampleListings(3, 'Keystone Health', 50) },
    personio: { lumen: sampleListings(3, 'Lumen Payments', 60) },
    teamtailor: { tallyco: sampleListings(3, 'Tally Trust', 70) },
    rippling: { brightline: sampleListings(3, 'Brightline Platforms', 80) },
  });
});
afterAll(() => sites.close());

const configs = () => [
  source({ id: 'rc', type: 'recruitee', company: 'harbor', baseUrl: `${sites.baseUrl}/recruitee/harbor` }),
  source({ id: 'wk', type: 'workable', account: 'northpoint', baseUrl: sites.baseUrl }),
  source({ id: 'bh', type: 'bamboohr', company: 'sentry', baseUrl: `${sites.baseUrl}/bamboohr/sentry` }),
  source({
    id: 'or',
    type: 'oracle',
    host: 'granite.fa.us2.oraclecloud.com',
    site: 'CX_1',
    baseUrl: `${sites.baseUrl}/oracle/granite`,
  }),
  source({
    id: 'uk',
    type: 'ukg',
    tenant: 'REG1000',
    boardId: 'aaaa-bbbb',
    baseUrl: sites.baseUrl,
    name: 'Regional Retail Co.',
  }),
  source({
    id: 'ic',
    type: 'icims',
    host: 'careers-keystone.icims.com',
    baseUrl: `${sites.baseUrl}/icims/careers-keystone`,
  }),
  source({ id: 'pe', type: 'personio', company: 'lumen', baseUrl: `${sites.baseUrl}/personio/lumen` }),
  source({
    id: 'tt',
    type: 'teamtailor',
    company: 'tallyco',
    baseUrl: `${sites.baseUrl}/teamtailor/tallyco`,
  }),
  source({ id: 'rp', type: 'rippling', board: 'brightline', baseUrl: sites.baseUrl }),
];

const order = ['rc', 'wk', 'bh', 'or', 'uk', 'ic', 'pe', 'tt', 'rp'];

describe('the second group of ATS sources', () => {
  it("reads every board into leads with the employer, place, date and the employer's own links", async () => {
    const db = freshStore();
    const run = await crawl(db, configs());
    const bySource = [...run.sources].sort((a, b) => order.indexOf(a.sourceId) - order.indexOf(b.sourceId));
    expect(bySource.map((s) => [s.sourceId, s.status, s.found, s.errors])).toEqual([
      ['rc', 'completed', 3, []],
      ['wk', 'completed', 3, []],
      ['bh', 'completed', 3, []],
      ['or', 'completed', 30, []],
      ['uk', 'completed', 3, []],
      ['ic', 'completed', 3, []],
      ['pe', 'completed', 3, []],
      ['tt', 'completed', 3, []],
      ['rp', 'completed', 3, []],
    ]);
    const leads = listLeads(db, { all: true });
    const first = (company: string) => {
      const lead = leads.find((l) => l.company === company && l.title === 'Fraud Investigator');
      if (!lead) throw new Error(`no Fraud Investigator from ${company}`);
      return lead;
    };
    // The first sample listing: Fraud Investigator, El Paso, TX, on site, posted today.
    expect(first('Harbor Mutual')).toMatchObject({
      location: 'El Paso, TX',
      remote: 'onsite',
      url: `${sites.baseUrl}/recruitee/harbor/o/fraud-investigator`,
      applyUrl: `${sites.baseUrl}/recruitee/harbor/o/fraud-investigator/c/new`,
      department: 'Special Investigations',
    });
    expect(first('Harbor Mutual').salary).toMatchObject({ min: 60000, max: 80000, period: 'year' });
    expect(first('Northpoint Bank')).toMatchObject({ location: 'El Paso, TX', employmentType: 'full_time' });
    expect(first('Northpoint Bank').description).toContain('Investigate suspicious claims');
    expect(first('sentry')).toMatchObject({
      location: 'El Paso, TX',
      url: `${sites.baseUrl}/bamboohr/sentry/careers/30`,
    });
    expect(first('granite')).toMatchObject({
      location: 'El Paso, TX',
      url: `${sites.baseUrl}/oracle/granite/hcmUI/CandidateExperience/en/sites/CX_1/job/100100`,
    });
    // A source's display name wins over the slug and over what the posting says.
    expect(first('Regional Retail Co.').location).toBe('El Paso, TX');
    expect(first('Keystone Health').url).toBe(
      `${sites.baseUrl}/icims/careers-keystone/jobs/5050/fraud-investigator/job`,
    );
    expect(first('Lumen Payments')).toMatchObject({
      location: 'El Paso',
      url: `${sites.baseUrl}/personio/lumen/job/1000060`,
    });
    expect(first('Tally Trust')).toMatchObject({ location: 'El Paso', remote: 'onsite' });
    expect(first('Brightline Platforms')).toMatchObject({
      location: 'El Paso, TX',
      department: 'Special Investigations',
    });
    expect(leads.filter((l) => l.company === 'granite')).toHaveLength(30);
  });

  it('reads details again only for new or changed list entries on a recrawl', async () => {
    const db = freshStore();
    await crawl(db, configs());
    sites.requests.length = 0;
    const run = await crawl(db, configs());
    for (const s of run.sources)
      expect([s.sourceId, s.status, s.new, s.updated, s.closed]).toEqual([s.sourceId, 'completed', 0, 0, 0]);
    const details = sites.requests.filter((r) =>
      /\/detail$|RequisitionDetails|OpportunityDetail|in_iframe|\/jobs\/[0-9a-f-]{36}$/.test(r.path),
    );
    expect(details).toEqual([]);
    expect(listLeads(db).length).toBe(54);
  });
});
