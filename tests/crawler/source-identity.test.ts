import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../cli/run-cli';
import type { JobSites } from '../../demo/sites/job-sites-server';
import { startJobSites } from '../../demo/sites/job-sites-server';
import { sampleListings } from '../fixture-servers/sample-listings';

let sites: JobSites | undefined;
afterEach(async () => {
  await sites?.close();
  sites = undefined;
});

async function cli(argv: string[], env: Record<string, string>) {
  let stdout = '';
  const code = await runCli(
    argv,
    { LOG_LEVEL: 'silent', CRAWL_RATE_LIMIT: '0', ALLOW_PRIVATE_HOSTS: 'true', ...env },
    { stdout: (t) => (stdout += t), stderr: () => undefined },
  );
  return { code, stdout };
}

describe('source identity', () => {
  it('keeps the named company when a slug-only source shares the posting, and lists every source it was seen under', async () => {
    sites = await startJobSites({ lever: { 'acme-interns': sampleListings(2, 'ignored', 300) } });
    const dir = mkdtempSync(join(tmpdir(), 'offramp-identity-'));
    const file = join(dir, 'sources.yaml');
    // Lever's API has no company field: without `name` the company would be the site slug.
    writeFileSync(
      file,
      `sources:
  - { id: interns-slug, type: lever, site: acme-interns, baseUrl: "${sites.baseUrl}" }
  - { id: interns-named, type: lever, site: acme-interns, name: Acme Mutual, baseUrl: "${sites.baseUrl}" }
`,
    );
    const env = { OFFRAMP_DATA_DIR: dir };
    for (const _ of [1, 2]) expect((await cli(['crawl', '--sources', file], env)).code).toBe(0);
    // A third run of the slug-only source alone must not take the name back.
    expect((await cli(['crawl', '--source', 'interns-slug'], env)).code).toBe(0);

    const leads = JSON.parse((await cli(['leads', '--json'], env)).stdout) as {
      company: string;
      url: string;
      seenAt: { sourceId: string; url: string; firstSeen: string; lastSeen: string }[];
    }[];
    expect(leads.map((l) => l.company)).toEqual(['Acme Mutual', 'Acme Mutual']);
    for (const lead of leads) {
      expect(lead.seenAt.map((s) => s.sourceId).sort()).toEqual(['interns-named', 'interns-slug']);
      for (const seen of lead.seenAt) {
        expect(seen.url).toBe(lead.url);
        expect(Date.parse(seen.lastSeen)).toBeGreaterThanOrEqual(Date.parse(seen.firstSeen));
      }
    }
  });
});
