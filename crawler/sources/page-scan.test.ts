import { readFileSync } from 'node:fs';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { jsonLdJobPage } from '../../demo/sites/formats';
import { sampleListings } from '../../tests/fixture-servers/sample-listings';
import { realCaptures } from '../../tests/helpers/real-sources';
import { hasSharedData } from '../../tests/helpers/shared-data';
import { scanPage } from './page-scan';

/** What a DOM parse finds: the reference the streaming scan must agree with. */
function domScan(html: string) {
  const $ = load(html);
  return {
    jsonLd: $('script[type="application/ld+json"]')
      .map((_, el) => $(el).text())
      .get(),
    links: $('a[href]')
      .map((_, el) => $(el).attr('href') ?? '')
      .get(),
  };
}

describe('scanPage', () => {
  it('finds the JSON-LD blocks and links a DOM parse finds, on fixture pages', () => {
    const pages = sampleListings(5, 'Scan Co', 1).map((l) =>
      jsonLdJobPage(l, 'https://careers.example.test/jobs/1', new Date('2026-11-22T00:00:00Z'), 'graph'),
    );
    for (const html of pages) expect(scanPage(html)).toEqual(domScan(html));
  });

  it.skipIf(!hasSharedData())(
    'finds the JSON-LD blocks and links a DOM parse finds, on real captures',
    () => {
      const pages = realCaptures('jsonld').map((file) => readFileSync(file, 'utf8'));
      expect(pages.length).toBeGreaterThan(0);
      for (const html of pages) expect(scanPage(html)).toEqual(domScan(html));
    },
  );

  it('leaves entities in scripts as written, decodes them in links, and skips comments', () => {
    const html = `<html><head>
      <script type="application/ld+json">{"description":"&lt;p&gt;Pay &amp; benefits&lt;/p&gt;"}</script>
      <SCRIPT TYPE="application/ld+json"><!-- {"@type":"JobPosting"} --></SCRIPT>
      <script type="text/javascript">var a = '<a href="/not-a-link">';</script>
      </head><body><a href="/jobs?a=1&amp;b=2">Jobs</a><a href=/bare>Bare</a><a>none</a>
      <!-- <a href="/commented">x</a> --><template><a href="/in-template">t</a></template></body></html>`;
    const scan = scanPage(html);
    expect(scan).toEqual(domScan(html));
    expect(scan.jsonLd[0]).toContain('&lt;p&gt;Pay &amp; benefits');
    expect(scan.links).toEqual(['/jobs?a=1&b=2', '/bare', '/in-template']);
  });
});
