import { describe, expect, it } from 'vitest';
import { cleanSearchParams } from './clean-search-params';

describe('cleaning a search from a link', () => {
  it('drops only the parameters the codec refuses, and names them', () => {
    const { clean, dropped, query } = cleanSearchParams(
      new URLSearchParams('q=analyst&remote=everywhere&minSalary=60000&colour=blue'),
    );
    expect(clean.toString()).toBe('q=analyst&minSalary=60000');
    expect(dropped.sort()).toEqual(['colour', 'remote']);
    expect(query).toMatchObject({ q: 'analyst', minSalary: 60000 });
  });

  it('leaves a good search untouched', () => {
    const { clean, dropped } = cleanSearchParams(new URLSearchParams('q=aml&remote=remote,hybrid'));
    expect(clean.toString()).toBe('q=aml&remote=remote%2Chybrid');
    expect(dropped).toEqual([]);
  });
});
