import { afterEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../core/config';
import { leadScorer } from '../../crawler/pipeline/lead-scorer';
import { PreparePool } from '../../crawler/pipeline/prepare-pool';
import { runCrawl } from '../../crawler/pipeline/run-crawl';
import type { JobSites } from '../../demo/sites/job-sites-server';
import { startJobSites } from '../../demo/sites/job-sites-server';
import type { Store } from '../../store/open-store';
import { fitFromText } from '../../store/stored-fit';
import { freshStore, source } from '../crawler/helpers';
import { sampleListings } from '../fixture-servers/sample-listings';

let sites: JobSites | undefined;
const pools: PreparePool[] = [];
afterEach(async () => {
  await sites?.close();
  sites = undefined;
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

const pool = (worker?: string) => {
  const made = new PreparePool({ size: 1, workerUrl: worker ? new URL(worker, import.meta.url) : undefined });
  pools.push(made);
  return made;
};

const crawlWith = (db: Store, threads: PreparePool) =>
  runCrawl(
    {
      db,
      config: parseConfig({ ALLOW_PRIVATE_HOSTS: 'true', CRAWL_RATE_LIMIT: '0', CRAWL_TIMEOUT_SECONDS: '5' }),
      secret: () => undefined,
      scorer: leadScorer(db),
      threads,
      backoffBaseMs: 5,
      maxRetries: 1,
    },
    [source({ id: 'acme', type: 'greenhouse', board: 'acme', baseUrl: sites?.baseUrl })],
    'test',
  );

const openLeads = (db: Store) =>
  db.prepare("SELECT title, fit_score, last_seen FROM leads WHERE status = 'open' ORDER BY title").all() as {
    title: string;
    fit_score: number | null;
    last_seen: string;
  }[];

describe('the crawl pipeline with prepare threads', { timeout: 60_000 }, () => {
  it('stores the leads the threads normalised and scored, with the same scores as this thread gives', async () => {
    sites = await startJobSites({ greenhouse: { acme: sampleListings(3, 'Acme Security') } });
    const db = freshStore();
    const run = await crawlWith(db, pool());
    expect(run.sources[0]).toMatchObject({ status: 'completed', new: 3, errors: [] });
    const stored = db.prepare('SELECT title, fit, excluded FROM leads ORDER BY title').all() as {
      title: string;
      fit: string;
      excluded: string | null;
    }[];
    const here = leadScorer();
    const leads = db
      .prepare('SELECT title, company, description, no_degree FROM leads ORDER BY title')
      .all() as {
      title: string;
      company: string;
      description: string;
      no_degree: number;
    }[];
    expect(stored.map((s) => fitFromText(s.fit))).toEqual(
      leads.map((l) => here({ ...l, noDegreeRequired: l.no_degree === 1 } as never).fit),
    );
  });

  it.each([
    ['dies', './exiting-prepare-worker.mjs', /a prepare thread stopped: exit code 7/],
    [
      'answers with leads the store cannot take',
      './garbled-prepare-worker.mjs',
      /a prepare thread sent leads Offramp cannot store \(leads\.0\.sourceLeadId: expected a string\)/,
    ],
  ])(
    'records a thread that %s as a plain crawl error, and loses and closes nothing',
    async (_what, worker, message) => {
      sites = await startJobSites({ greenhouse: { acme: sampleListings(2, 'Acme Security') } });
      const db = freshStore();
      await crawlWith(db, pool());
      const before = openLeads(db);
      expect(before).toHaveLength(2);
      // The board now lists one job: a healthy run would close the other.
      sites.data.greenhouse = { acme: sampleListings(1, 'Acme Security') };
      const run = await crawlWith(db, pool(worker));
      const result = run.sources[0];
      // The page was read but not written: partial, and a partial run closes nothing.
      expect(result?.status).toBe('partial');
      expect(result?.closed).toBe(0);
      expect(result?.errors.join('\n')).toMatch(message);
      expect(result?.errors.join('\n')).not.toMatch(/\n\s+at /);
      expect(openLeads(db)).toEqual(before);
    },
  );
});
