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
  let stderr = '';
  const code = await runCli(
    argv,
    { LOG_LEVEL: 'silent', CRAWL_RATE_LIMIT: '0', ...env },
    {
      stdout: (t) => {
        stdout += t;
      },
      stderr: (t) => {
        stderr += t;
      },
    },
  );
  return { code, stdout, stderr };
}

describe('offramp crawl and leads', () => {
  it('crawls a sources file, prints only JSON with --json, and lists leads with the documented fields', async () => {
    sites = await startJobSites({ greenhouse: { acme: sampleListings(3, 'Acme Mutual') } });
    const dir = mkdtempSync(join(tmpdir(), 'offramp-crawl-'));
    const file = join(dir, 'sources.yaml');
    writeFileSync(
      file,
      `sources:\n  - id: acme\n    type: greenhouse\n    board: acme\n    baseUrl: ${sites.baseUrl}\n`,
    );
    const env = { OFFRAMP_DATA_DIR: dir, ALLOW_PRIVATE_HOSTS: 'true' };

    const crawl = await cli(['crawl', '--sources', file, '--json'], env);
    expect(crawl.code).toBe(0);
    const run = JSON.parse(crawl.stdout);
    expect(run.sources[0]).toMatchObject({ sourceId: 'acme', status: 'completed', new: 3 });
    expect(crawl.stderr).toContain('acme');

    const leads = await cli(['leads', '--json'], env);
    const list = JSON.parse(leads.stdout) as Record<string, unknown>[];
    expect(list).toHaveLength(3);
    for (const key of [
      'id',
      'title',
      'company',
      'location',
      'city',
      'region',
      'country',
      'remote',
      'employmentType',
      'salary',
      'url',
      'applyUrl',
      'sourceId',
      'sourceType',
      'postedAt',
      'closesAt',
      'status',
      'description',
      'fit',
      'excluded',
    ]) {
      expect(list[0]).toHaveProperty(key);
    }
    expect(list[0]?.fit).toMatchObject({ score: expect.any(Number), reasons: expect.any(Array) });
  });

  it('refuses a sources file with a bad field, naming it, and exits 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'offramp-crawl-'));
    const file = join(dir, 'sources.yaml');
    writeFileSync(file, 'sources:\n  - id: acme\n    type: greenhouse\n    board: "bad board!"\n');
    const result = await cli(['crawl', '--sources', file], { OFFRAMP_DATA_DIR: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('sources.0.board');
  });

  it('refuses a source URL on a private network unless ALLOW_PRIVATE_HOSTS is set', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'offramp-crawl-'));
    const file = join(dir, 'sources.json');
    writeFileSync(
      file,
      JSON.stringify({ sources: [{ id: 'meta', type: 'jsonld', url: 'http://169.254.169.254/latest/' }] }),
    );
    const result = await cli(['crawl', '--sources', file], { OFFRAMP_DATA_DIR: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/non-public address/);
  });
});
