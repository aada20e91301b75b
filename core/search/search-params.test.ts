import { describe, expect, it } from 'vitest';
import { parseSearchParams, SearchParamsError, toSearchParams } from './search-params';

describe('search parameters', () => {
  it('reads lists given as repeats or commas, numbers and flags', () => {
    const q = parseSearchParams({
      q: 'fraud',
      remote: ['remote', 'hybrid'],
      type: 'full_time,part_time',
      minSalary: '60000',
      showExcluded: 'true',
    });
    expect(q).toMatchObject({
      q: 'fraud',
      remote: ['remote', 'hybrid'],
      employmentType: ['full_time', 'part_time'],
      minSalary: 60000,
      showExcluded: true,
    });
  });

  it('names an unknown parameter', () => {
    expect(() => parseSearchParams({ colour: 'blue' })).toThrowError(/colour: is not a search parameter/);
  });

  it('names the parameter with a bad value, in its URL spelling', () => {
    try {
      parseSearchParams({ type: 'weekends', minSalary: 'lots' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SearchParamsError);
      expect((error as SearchParamsError).fields.map((f) => f.field).sort()).toEqual(['minSalary', 'type']);
    }
  });

  it('round-trips through the query string, leaving defaults out', () => {
    const query = parseSearchParams({ q: 'aml', track: 'financial-crimes-compliance', page: '2' });
    const text = toSearchParams(query).toString();
    expect(text).toBe('q=aml&track=financial-crimes-compliance&page=2');
    expect(parseSearchParams(Object.fromEntries(new URLSearchParams(text)))).toEqual(query);
  });
});
