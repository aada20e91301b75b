import { describe, expect, it } from 'vitest';
import { rawLeadSchema } from '../../core/lead/raw-lead';
import { normaliseLead } from '../../core/normalise/normalise-lead';
import { sourceConfigSchema } from '../../core/source-config';
import { pageFromFile, REAL_SOURCES_DIR } from '../../tests/helpers/real-sources';
import { hasSharedData } from '../../tests/helpers/shared-data';
import { recruitee } from './recruitee';

const config = sourceConfigSchema.parse({ id: 'rc', type: 'recruitee', company: 'acme' });
const ctx = {
  baseUrl: 'https://acme.recruitee.com',
  now: new Date('2026-11-22T12:00:00Z'),
  secret: () => undefined,
};

describe.skipIf(!hasSharedData())('the Recruitee extractor on the real capture', () => {
  it('reads title, place, string salary, UTC dates and the employer URLs', () => {
    const page = pageFromFile(`${REAL_SOURCES_DIR}/recruitee/careerkit-sanitized-acme.json`);
    const result = recruitee.extract(page, config as never, ctx);
    const leads = result.leads.map((l) => normaliseLead(rawLeadSchema.parse(l)));
    expect(leads.map((l) => [l.sourceLeadId, l.company, l.location, l.remote])).toEqual([
      ['2700825', 'Acme', 'Berlin, Berlin, DE', 'hybrid'],
      ['2697184', 'Acme', 'Berlin, Berlin, DE', 'hybrid'],
    ]);
    expect(leads[0]).toMatchObject({
      title: '(Senior) Financial Accountant - Berlin/Brandenburg Region, Germany',
      url: 'https://jobs.acme.com/o/senior-financial-accountant-fmd-berlinbrandenburg-region-germany',
      applyUrl:
        'https://jobs.acme.com/o/senior-financial-accountant-fmd-berlinbrandenburg-region-germany/c/new',
      postedAt: '2026-08-05T10:10:39.000Z',
      department: 'Finance',
      employmentType: 'full_time',
    });
    expect(leads[0]?.salary).toMatchObject({ min: 60000, max: 75000, currency: 'EUR', period: 'year' });
    expect(leads[0]?.description).toContain('What we expect from you');
  });
});
