import { describe, expect, it } from 'vitest';
import { migrate } from '../../store/migrate';
import { openMemoryStore } from '../../store/open-store';
import type { RobotsFetcher } from './robots';
import { ROBOTS_MAX_AGE_MS, RobotsPolicy } from './robots';

function setup(answer: Awaited<ReturnType<RobotsFetcher>>) {
  const db = openMemoryStore();
  migrate(db);
  let now = Date.parse('2026-11-22T00:00:00Z');
  let fetches = 0;
  const policy = new RobotsPolicy(
    db,
    'OfframpBot/0.1',
    async () => {
      fetches++;
      return answer;
    },
    () => now,
  );
  return { policy, advance: (ms: number) => (now += ms), fetches: () => fetches, db };
}

describe('RobotsPolicy', () => {
  it('follows Disallow rules and reports Crawl-delay', async () => {
    const { policy } = setup({ status: 200, body: 'User-agent: *\nDisallow: /private\nCrawl-delay: 2\n' });
    expect((await policy.check('https://jobs.example/private/x')).allowed).toBe(false);
    const open = await policy.check('https://jobs.example/open');
    expect(open).toMatchObject({ allowed: true, crawlDelaySeconds: 2 });
  });

  it('treats a 4xx robots.txt as allow-all', async () => {
    const { policy } = setup({ status: 404, body: '' });
    expect((await policy.check('https://jobs.example/anything')).allowed).toBe(true);
  });

  it('treats a 5xx or an unreachable host as disallow-all', async () => {
    expect((await setup({ status: 503, body: '' }).policy.check('https://jobs.example/a')).allowed).toBe(
      false,
    );
    expect((await setup(null).policy.check('https://jobs.example/a')).allowed).toBe(false);
  });

  it('uses a cached copy for at most 24 hours', async () => {
    const s = setup({ status: 200, body: 'User-agent: *\nAllow: /\n' });
    await s.policy.check('https://jobs.example/a');
    await s.policy.check('https://jobs.example/b');
    expect(s.fetches()).toBe(1);
    s.advance(ROBOTS_MAX_AGE_MS + 1);
    await s.policy.check('https://jobs.example/c');
    expect(s.fetches()).toBe(2);
  });

  it('shares the cache with the next run through the store', async () => {
    const s = setup({ status: 200, body: 'User-agent: *\nDisallow: /\n' });
    await s.policy.check('https://jobs.example/a');
    let fetched = false;
    const next = new RobotsPolicy(
      s.db,
      'OfframpBot/0.1',
      async () => {
        fetched = true;
        return { status: 200, body: '' };
      },
      () => Date.parse('2026-11-22T01:00:00Z'),
    );
    expect((await next.check('https://jobs.example/b')).allowed).toBe(false);
    expect(fetched).toBe(false);
  });
});
