import { describe, expect, it } from 'vitest';
import { activeFilterCount, chipsFor, feedParams, readSearch, shareParams, toggled } from './search-url';

const url = (text: string) => new URLSearchParams(text);

describe('the search page reads and writes its address through the codec', () => {
  it('adds and removes one value of a list, written as the codec writes lists', () => {
    const both = toggled(url('q=fraud&remote=remote'), 'remote', 'hybrid');
    expect(both.toString()).toBe('q=fraud&remote=remote%2Chybrid');
    expect(toggled(both, 'remote', 'remote').toString()).toBe('q=fraud&remote=hybrid');
    expect(toggled(url('remote=hybrid'), 'remote', 'hybrid').toString()).toBe('');
  });

  it('names every active filter as a chip, in the order the filters appear, each removable', () => {
    const params = url(
      'q=aml&remote=remote&remote=hybrid&minSalary=60000&near=Tucson%2C+AZ&radiusKm=25&noDegree=1',
    );
    const chips = chipsFor(params);
    expect(chips.map((c) => c.label)).toEqual([
      'Where: Remote',
      'Where: Hybrid',
      'Pay at least $60,000 a year',
      'Within 25 km of Tucson, AZ',
      'No degree required',
    ]);
    expect(chips[3]?.without(params).toString()).toBe(
      'q=aml&remote=remote&remote=hybrid&minSalary=60000&noDegree=1',
    );
    expect(chips[0]?.without(params).toString()).toBe(
      'q=aml&minSalary=60000&near=Tucson%2C+AZ&radiusKm=25&noDegree=1&remote=hybrid',
    );
    expect(activeFilterCount(params)).toBe(5);
  });

  it('reads flags the way the API does', () => {
    expect(readSearch(url('noDegree=yes&fitFloor=off&hideEnforcement=true'))).toMatchObject({
      noDegree: true,
      fitFloor: false,
      hideEnforcement: true,
    });
  });

  it('shares the background only when asked, and keeps the arrangement out of the feed', () => {
    const params = url('q=analyst&sort=newest&page=3&background=criminal-investigator&type=full_time');
    expect(shareParams(params, '').toString()).toBe('q=analyst&sort=newest&type=full_time');
    expect(shareParams(params, 'police-officer').toString()).toBe(
      'q=analyst&sort=newest&type=full_time&background=police-officer',
    );
    expect(feedParams(params).toString()).toBe('q=analyst&type=full_time');
  });
});
