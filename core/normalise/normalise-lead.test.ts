import { describe, expect, it } from 'vitest';
import { normalisedLeadSchema } from '../lead/lead';
import { rawLeadSchema } from '../lead/raw-lead';
import { canonicalUrl } from './canonical-url';
import { normaliseLead } from './normalise-lead';

const raw = (over: Record<string, unknown> = {}) =>
  rawLeadSchema.parse({
    sourceLeadId: '42',
    title: '  Fraud Investigator II (m/f/d) ',
    company: 'Acme Mutual',
    locations: [{ text: 'Phoenix, AZ' }],
    descriptionHtml: '<p>Interview claimants &amp; write reports.</p>',
    url: 'https://jobs.example.com/42?utm_source=x&gh_src=abc',
    postedAt: '2026-11-01',
    ...over,
  });

describe('normaliseLead', () => {
  it('cleans the title, splits the place and keeps a plain-text copy', () => {
    const lead = normaliseLead(raw());
    expect(lead.title).toBe('Fraud Investigator II');
    expect(lead).toMatchObject({ city: 'Phoenix', region: 'AZ', country: 'US', remote: 'onsite' });
    expect(lead.description).toBe('Interview claimants & write reports.');
    expect(lead.canonicalUrl).toBe('https://jobs.example.com/42');
    expect(lead.postedAt).toBe('2026-11-01T00:00:00.000Z');
  });

  it('reads a remote posting with no place as "Remote"', () => {
    const lead = normaliseLead(raw({ locations: [{ text: 'Remote' }], workplace: 'remote' }));
    expect(lead.remote).toBe('remote');
    expect(lead.location).toBe('Remote');
    expect(lead.places).toEqual([]);
  });

  it('keeps every place of a multi-location posting and fingerprints them together', () => {
    const one = normaliseLead(raw({ locations: [{ text: 'Phoenix, AZ' }, { text: 'Tucson, AZ' }] }));
    const other = normaliseLead(raw({ locations: [{ text: 'Tucson, AZ' }] }));
    expect(one.places).toHaveLength(2);
    expect(one.location).toBe('Phoenix, AZ + 1 more');
    expect(one.fingerprint).not.toBe(other.fingerprint);
  });
});

describe('canonicalUrl', () => {
  it('drops tracking parameters and fragments but keeps the posting id', () => {
    expect(canonicalUrl('https://WWW.Stripe.com/jobs/search?gh_jid=123&utm_medium=email#apply')).toBe(
      'https://stripe.com/jobs/search?gh_jid=123',
    );
  });
});

describe('apply links', () => {
  it("keep the employer's URL and parameters but drop click tracking", () => {
    const lead = normaliseLead(
      rawLeadSchema.parse({
        sourceLeadId: '1',
        title: 'Fraud Investigator',
        company: 'Acme',
        url: 'https://careers.acme.com/positions/77?gh_jid=77&gh_src=offramp',
        applyUrl: 'https://boards.greenhouse.io/acme/jobs/77?utm_source=offramp&utm_medium=feed&for=acme#app',
      }),
    );
    expect(lead.url).toBe('https://careers.acme.com/positions/77?gh_jid=77');
    expect(lead.applyUrl).toBe('https://boards.greenhouse.io/acme/jobs/77?for=acme#app');
  });
});

describe('the normalised lead', () => {
  it('is what normalisedLeadSchema accepts', () => {
    const lead = normaliseLead(
      raw({ applyUrl: 'https://jobs.example.com/42/apply', salary: { min: 50000 } }),
    );
    expect(normalisedLeadSchema.parse(lead)).toEqual(lead);
  });

  it('refuses a link a browser would not open as a web page, naming the field', () => {
    expect(() => normaliseLead(raw({ url: 'ftp://jobs.example.com/42' }))).toThrow(
      'url: must be an http(s) URL',
    );
    expect(() => normaliseLead(raw({ applyUrl: 'mailto:hr@example.com' }))).toThrow(
      'applyUrl: must be an http(s) URL',
    );
    expect(() => normaliseLead(raw({ company: '&nbsp;' }))).toThrow('company: must not be empty');
  });
});
