import { XMLParser } from 'fast-xml-parser';
import { afterEach, describe, expect, it } from 'vitest';
import type { JobSites } from '../../demo/sites/job-sites-server';
import { startJobSites } from '../../demo/sites/job-sites-server';
import { EmbeddedSearchEngine } from '../../search/embedded/embedded-engine';
import { crawl, freshStore, source } from '../crawler/helpers';
import { sampleListings } from '../fixture-servers/sample-listings';
import { buildTestApp } from '../helpers/test-app';

let sites: JobSites | undefined;
afterEach(async () => {
  await sites?.close();
  sites = undefined;
});

interface Entry {
  id: string;
  title: string;
  updated: string;
  link: { '@_href': string; '@_rel': string };
}

const parser = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => name === 'entry' || name === 'link',
});

async function readFeed(app: ReturnType<typeof buildTestApp>['app'], query: string) {
  const res = await app.request(`http://offramp.test/api/feeds/leads.atom?${query}`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
  const doc = parser.parse(await res.text()) as {
    feed: {
      '@_xmlns': string;
      id: string;
      title: string;
      updated: string;
      author: { name: string };
      link: { '@_rel': string; '@_href': string }[];
      entry?: (Omit<Entry, 'link'> & { link: Entry['link'][] })[];
    };
  };
  return { res, feed: doc.feed, entries: doc.feed.entry ?? [] };
}

const RFC3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;

describe('a search as an Atom feed', () => {
  it('keeps entry ids across two crawls and puts a lead found later at the top', async () => {
    const listings = sampleListings(6, 'Acme Mutual', 100);
    sites = await startJobSites({ greenhouse: { acme: listings } });
    const db = freshStore();
    const sources = [source({ id: 'gh', type: 'greenhouse', board: 'acme', baseUrl: sites.baseUrl })];
    await crawl(db, sources);
    const { app, logLines } = buildTestApp({ db, search: new EmbeddedSearchEngine(db) });

    const first = await readFeed(app, 'remote=remote,hybrid&q=secret-wording-xyz-or-not');
    expect(first.entries).toEqual([]);
    const before = await readFeed(app, 'remote=remote,hybrid');
    // Atom's required elements (RFC 4287 4.1.1): id, title, updated, an author, and a self link.
    expect(before.feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(before.feed.id).toBe('tag:offramp,2026:leads?remote=remote%2Chybrid');
    expect(before.feed.title).toBe('Offramp — job search');
    expect(before.feed.author.name).toBe('Offramp');
    expect(before.feed.link.find((l) => l['@_rel'] === 'self')?.['@_href']).toBe(
      'http://offramp.test/api/feeds/leads.atom?remote=remote%2Chybrid',
    );
    expect(before.feed.updated).toMatch(RFC3339);
    // Greenhouse names a place only, so of the six samples the two whose location reads "Remote" match.
    expect(before.entries.map((e) => e.title).sort()).toEqual([
      'AML Compliance Analyst — Acme Mutual',
      'Emergency Management Coordinator — Acme Mutual',
    ]);
    for (const e of before.entries) {
      expect(e.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
      expect(e.updated).toMatch(RFC3339);
      expect(e.link[0]?.['@_href']).toBe(`http://offramp.test/leads/${e.id.slice('urn:uuid:'.length)}`);
    }

    // The second crawl lists one more job, posted 12 days ago: older than most, but new to Offramp.
    const later = { ...(sampleListings(3, 'Acme Mutual', 200)[2] ?? listings[0]), title: 'Fraud Analyst' };
    sites.data.greenhouse?.acme?.push({
      ...later,
      postedDaysAgo: 12,
      remote: 'remote',
    } as (typeof listings)[0]);
    await crawl(db, sources);
    const after = await readFeed(app, 'remote=remote,hybrid');
    expect(after.entries[0]?.title).toBe('Fraud Analyst — Acme Mutual');
    expect(after.entries.slice(1).map((e) => [e.id, e.updated])).toEqual(
      before.entries.map((e) => [e.id, e.updated]),
    );
    expect(logLines.join('\n')).not.toContain('secret-wording');
    expect(logLines.join('\n')).toContain('/api/feeds/leads.atom');
  });

  it('is cacheable, answers a repeat poll with 304, and names a bad parameter', async () => {
    const { app } = buildTestApp();
    const { res } = await readFeed(app, 'q=analyst');
    expect(res.headers.get('cache-control')).toBe('public, max-age=600');
    const etag = res.headers.get('etag') ?? '';
    const again = await app.request('http://offramp.test/api/feeds/leads.atom?q=analyst', {
      headers: { 'If-None-Match': etag },
    });
    expect(again.status).toBe(304);
    const bad = await app.request('/api/feeds/leads.atom?remote=everywhere');
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.message).toMatch(/^remote: /);
  });

  it('refuses a client that polls too often, with Retry-After', async () => {
    const { app } = buildTestApp();
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) statuses.push((await app.request('/api/feeds/leads.atom')).status);
    expect(statuses.slice(0, 30).every((s) => s === 200)).toBe(true);
    const refused = await app.request('/api/feeds/leads.atom');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await refused.json()).error.code).toBe('rate_limited');
  });
});
