import { describe, expect, it } from 'vitest';
import {
  paramsOf,
  parseSearchParams,
  SearchParamsError,
  searchParamsSchema,
  toSearchParams,
} from './search-params';

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

  it('reads a place to search near, the degree filter and the fit floor switch', () => {
    const q = parseSearchParams({
      near: 'Tucson, AZ',
      radiusKm: '30',
      noDegree: '1',
      fitFloor: 'off',
      sort: 'salary',
    });
    expect(q).toMatchObject({
      nearPlace: { name: 'Tucson, AZ', radiusKm: 30 },
      noDegree: true,
      fitFloor: false,
    });
    expect(q.near).toBeUndefined();
    expect(toSearchParams(q).toString()).toBe(
      'near=Tucson%2C+AZ&radiusKm=30&fitFloor=off&noDegree=true&sort=salary',
    );
    expect(parseSearchParams(Object.fromEntries(toSearchParams(q)))).toEqual(q);
  });

  it('refuses coordinates and a place name together, naming the place', () => {
    expect(() => parseSearchParams({ near: 'Tucson', lat: '32', lon: '-110' })).toThrowError(
      /near: give either a place name or coordinates, not both/,
    );
  });

  it('checks URL parameters through its zod schema, naming the parameter', () => {
    expect(searchParamsSchema.parse({ q: 'aml', type: 'full_time' })).toMatchObject({
      q: 'aml',
      employmentType: ['full_time'],
    });
    const failed = searchParamsSchema.safeParse({ minSalary: 'lots' });
    expect(failed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['minSalary', 'must be a number'],
    ]);
    expect(paramsOf('track=investigations&track=logistics&q=x')).toEqual({
      track: ['investigations', 'logistics'],
      q: ['x'],
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
