import { describe, expect, it } from 'vitest';
import { searchQuerySchema } from '../../core/search/search-query';
import { literal, meiliFilter } from './meili-filter';

describe('Meilisearch filter expressions', () => {
  it('quotes and escapes user values so they cannot change the expression', () => {
    expect(literal('Acme" OR hidden = true OR company = "x')).toBe(
      '"Acme\\" OR hidden = true OR company = \\"x"',
    );
    const clauses = meiliFilter(searchQuerySchema.parse({ company: ['Acme" OR 1 = 1'] }), new Date());
    expect(clauses).toContain('company IN ["Acme\\" OR 1 = 1"]');
  });

  it('builds every structured filter', () => {
    const now = new Date('2026-11-22T00:00:00Z');
    const clauses = meiliFilter(
      searchQuerySchema.parse({
        remote: ['remote'],
        city: 'Tucson',
        country: 'us',
        minSalary: 60000,
        postedWithinDays: 7,
        tracks: ['investigations'],
        minFit: 0.5,
        background: 'border-patrol',
        curatedOnly: true,
        near: { lat: 32.2, lon: -110.9, radiusKm: 50 },
      }),
      now,
    );
    expect(clauses).toEqual(
      expect.arrayContaining([
        'remote IN ["remote"]',
        'cityKey = "tucson"',
        'country = "US"',
        'salaryAnnualMax >= 60000',
        `postedAtTs >= ${Math.floor(now.getTime() / 1000) - 7 * 86400}`,
        'tracks IN ["investigations"]',
        'fitBy_border_patrol >= 0.5',
        'curated = 1',
        '_geoRadius(32.2, -110.9, 50000)',
        'isExcluded = false',
        'status = "open"',
      ]),
    );
  });
});
