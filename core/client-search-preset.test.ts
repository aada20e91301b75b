import { describe, expect, it } from 'vitest';
import { clientSearchPreset } from './client-search-preset';
import { toSearchParams } from './search/search-params';

describe('the search preset for a client', () => {
  it('ranks by the background, filters to the state named and the work styles accepted', () => {
    const preset = clientSearchPreset({
      background: 'criminal-investigator',
      location: 'Tucson, Arizona',
      workplace: 'hybrid',
    });
    expect(toSearchParams(preset).toString()).toBe(
      'remote=hybrid%2Cremote&region=AZ&background=criminal-investigator&sort=fit',
    );
  });

  it('leaves the region out for a remote-only client and the work style out for "any"', () => {
    expect(
      toSearchParams(
        clientSearchPreset({ background: 'federal-admin', location: 'Denver, CO', workplace: 'remote' }),
      ).toString(),
    ).toBe('remote=remote&background=federal-admin&sort=fit');
    expect(
      toSearchParams(
        clientSearchPreset({ background: 'federal-admin', location: '', workplace: 'any' }),
      ).toString(),
    ).toBe('background=federal-admin&sort=fit');
  });
});
