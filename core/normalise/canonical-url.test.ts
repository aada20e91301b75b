import { describe, expect, it } from 'vitest';
import { canonicalUrl, postingLinks, withoutTracking } from './canonical-url';

/** Links as boards send them: tracking, fragments, www, ports, slashes, odd encodings, junk. */
const LINKS = [
  'https://boards.greenhouse.io/acme/jobs/123?gh_src=offramp&utm_source=x&b=2&a=1#apply',
  'https://WWW.Example.COM:443/jobs/42/?utm_medium=email',
  'https://jobs.example.com/42',
  'https://jobs.example.com/42?q=a%20b+c&utm_campaign=z&Source=feed&ref=home',
  'https://jobs.example.com/a//?x=1&x=2&utm_source=1&utm_source=2',
  'http://example.com:8080/path?#',
  '  https://example.com/padded?fbclid=abc  ',
  'https://user:pw@example.com/p?trk=1&keep=%E2%9C%93',
  'not a url',
  '/relative/path?utm_source=x',
  'mailto:jobs@example.com?subject=Hi&utm_source=x',
];

describe('postingLinks', () => {
  it('gives the link without tracking and the canonical link, as the two readers give them', () => {
    for (const raw of LINKS)
      expect(postingLinks(raw)).toEqual({ url: withoutTracking(raw), canonical: canonicalUrl(raw) });
  });

  it('drops tracking from the link it keeps, and sorts, lower-cases and trims the canonical one', () => {
    expect(postingLinks(LINKS[0] as string)).toEqual({
      url: 'https://boards.greenhouse.io/acme/jobs/123?b=2&a=1#apply',
      canonical: 'https://boards.greenhouse.io/acme/jobs/123?a=1&b=2',
    });
    expect(postingLinks(LINKS[1] as string)).toEqual({
      url: 'https://www.example.com/jobs/42/',
      canonical: 'https://example.com/jobs/42',
    });
    expect(postingLinks('not a url')).toEqual({ url: 'not a url', canonical: 'not a url' });
  });
});
