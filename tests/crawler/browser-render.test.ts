import { afterEach, describe, expect, it } from 'vitest';
import type { JobSites } from '../../demo/sites/job-sites-server';
import { startJobSites } from '../../demo/sites/job-sites-server';
import { listLeads } from '../../store/leads-repo';
import { sampleListings } from '../fixture-servers/sample-listings';
import { crawl, freshStore, source } from './helpers';

let sites: JobSites | undefined;
afterEach(async () => {
  await sites?.close();
  sites = undefined;
});

describe('JSON-LD pages drawn by script', () => {
  it('are retried in headless chromium in auto mode and yield their postings', async () => {
    sites = await startJobSites({
      jsonld: { spa: { listings: sampleListings(3, 'Script Co', 40), scriptRendered: true } },
    });
    const db = freshStore();
    const run = await crawl(db, [
      source({
        id: 'spa',
        type: 'jsonld',
        url: `${sites.baseUrl}/spa/careers`,
        render: 'auto',
        maxPages: 20,
      }),
    ]);
    expect(run.sources[0]?.errors).toEqual([]);
    expect(listLeads(db).map((l) => l.company)).toEqual(['Script Co', 'Script Co', 'Script Co']);
  });

  it('are left alone in static mode, which reports nothing found', async () => {
    sites = await startJobSites({
      jsonld: { spa: { listings: sampleListings(2, 'Script Co'), scriptRendered: true } },
    });
    const db = freshStore();
    const run = await crawl(db, [
      source({
        id: 'spa',
        type: 'jsonld',
        url: `${sites.baseUrl}/spa/careers`,
        render: 'static',
        maxPages: 20,
      }),
    ]);
    expect(run.sources[0]?.status).toBe('empty');
  });
});
