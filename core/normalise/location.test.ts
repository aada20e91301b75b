import { describe, expect, it } from 'vitest';
import { normalisePlace, parseLocationText } from './location';

describe('parseLocationText', () => {
  it.each([
    ['Austin, TX', { city: 'Austin', region: 'TX', country: 'US' }],
    ['Austin, Texas, United States', { city: 'Austin', region: 'TX', country: 'US' }],
    ['Berlin, Germany ', { city: 'Berlin', region: null, country: 'DE' }],
    ['United States ', { city: null, region: null, country: 'US' }],
    ['US, CA, San Jose, Rio Robles', { city: 'San Jose', region: 'CA', country: 'US' }],
    ['Remote - US', { city: null, region: null, country: 'US' }],
    ['Toronto, ON', { city: 'Toronto', region: 'ON', country: 'CA' }],
    ['London, UK', { city: 'London', region: null, country: 'GB' }],
    ['Washington, DC', { city: 'Washington', region: 'DC', country: 'US' }],
    ['Remote', { city: null, region: null, country: null }],
  ])('reads %j', (text, expected) => {
    expect(parseLocationText(text)).toMatchObject(expected);
  });
});

describe('normalisePlace', () => {
  it('prefers structured parts and fills gaps from text', () => {
    expect(normalisePlace({ city: 'El Paso', region: 'Texas', country: 'United States' })).toMatchObject({
      city: 'El Paso',
      region: 'TX',
      country: 'US',
      text: 'El Paso, TX, US',
    });
  });

  it('keeps coordinates when a source gives them', () => {
    expect(normalisePlace({ text: 'Tucson, AZ', latitude: 32.2, longitude: -110.9 })).toMatchObject({
      latitude: 32.2,
      country: 'US',
    });
  });
});
