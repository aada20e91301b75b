import { describe, expect, it } from 'vitest';
import { hashPassword } from '../../api/auth/password';
import { currentTotp } from '../../api/auth/totp';
import { startJobSites } from '../../demo/sites/job-sites-server';
import { createAdviser } from '../../store/advisers-repo';
import { getLead } from '../../store/leads-repo';
import { sampleListings } from '../fixture-servers/sample-listings';
import { enrolSecondFactor, signIn, TEST_PASSWORD } from '../helpers/adviser-session';
import { buildTestApp } from '../helpers/test-app';

async function setup(env: Record<string, string> = {}) {
  const built = buildTestApp({ env });
  const hash = await hashPassword(TEST_PASSWORD);
  createAdviser(built.db, 'root@example.org', hash, 'admin');
  createAdviser(built.db, 'alice@example.org', hash, 'adviser');
  const root = await signIn(built.app, 'root@example.org');
  await enrolSecondFactor(root, (s) => currentTotp(s));
  const alice = await signIn(built.app, 'alice@example.org');
  return { ...built, root, alice };
}

type Caller = Awaited<ReturnType<typeof setup>>['root'];

/** Adds the fixture site's Greenhouse board as source "acme" and starts a crawl of it. */
async function crawlAcme(root: Caller, baseUrl: string) {
  await root('POST', '/api/admin/sources', { id: 'acme', type: 'greenhouse', board: 'acme', baseUrl });
  await root('POST', '/api/admin/sources/acme/run');
}

const until = async (check: () => Promise<boolean>) => {
  for (let i = 0; i < 600; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('gave up waiting');
};

describe('admin routes', () => {
  it('refuse advisers with 403 and strangers with 401', async () => {
    const { app, alice } = await setup();
    for (const [method, path] of [
      ['GET', '/api/admin/advisers'],
      ['POST', '/api/admin/invites'],
      ['GET', '/api/admin/sources'],
      ['PUT', '/api/admin/exclusions'],
      ['GET', '/api/admin/curation'],
      ['GET', '/api/admin/queue'],
    ] as const) {
      expect((await alice(method, path, method === 'GET' ? undefined : {})).status, `${method} ${path}`).toBe(
        403,
      );
      const stranger = await app.request(path, {
        method,
        headers: { 'content-type': 'application/json' },
        body: method === 'GET' ? undefined : '{}',
      });
      expect(stranger.status, `${method} ${path}`).toBe(401);
    }
  });

  it('disable an adviser, which ends their sessions at once', async () => {
    const { root, alice } = await setup();
    const { advisers } = (await (await root('GET', '/api/admin/advisers')).json()) as {
      advisers: { id: string; email: string; secondFactor: boolean }[];
    };
    const aliceId = advisers.find((a) => a.email === 'alice@example.org')?.id;
    expect(advisers.find((a) => a.email === 'root@example.org')?.secondFactor).toBe(true);
    expect((await root('PATCH', `/api/admin/advisers/${aliceId}`, { disabled: true })).status).toBe(200);
    expect((await alice('GET', '/api/advisers/clients')).status).toBe(401);
  });

  it('assign an open request to an adviser, who then sees it among their clients', async () => {
    const { app, root, alice } = await setup();
    await app.request('/api/intake', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        background: 'border-patrol',
        goals: 'Logistics',
        timing: 'now',
        contact: 'alias@example.net',
      }),
    });
    const { requests } = (await (await root('GET', '/api/admin/queue')).json()) as {
      requests: { id: string }[];
    };
    const { advisers } = (await (await root('GET', '/api/admin/advisers')).json()) as {
      advisers: { id: string; email: string }[];
    };
    const aliceId = advisers.find((a) => a.email === 'alice@example.org')?.id;
    const res = await root('POST', `/api/admin/queue/${requests[0]?.id}/assign`, { adviserId: aliceId });
    expect(res.status).toBe(201);
    const { clients } = (await (await alice('GET', '/api/advisers/clients')).json()) as {
      clients: { intake: { contact: string } }[];
    };
    expect(clients[0]?.intake.contact).toBe('alias@example.net');
  });
});

describe('admin sources', () => {
  it('refuses a source on a private address unless ALLOW_PRIVATE_HOSTS is set', async () => {
    const { root } = await setup();
    for (const source of [
      { id: 'local', type: 'greenhouse', board: 'acme', baseUrl: 'http://127.0.0.1:9/' },
      { id: 'metadata', type: 'jsonld', url: 'http://169.254.169.254/latest/' },
      { id: 'wd', type: 'workday', host: '10.0.0.5', tenant: 'acme', site: 'jobs' },
      { id: 'orc', type: 'oracle', host: '192.168.1.20', site: 'CX_1' },
      { id: 'icims', type: 'icims', host: '127.0.0.1' },
    ]) {
      const res = await root('POST', '/api/admin/sources', source);
      expect(res.status, source.id).toBe(400);
      expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(
        /^(baseUrl|url|host): .*non-public/,
      );
    }
    const sources = (await (await root('GET', '/api/admin/sources')).json()) as { sources: unknown[] };
    expect(sources.sources).toEqual([]);
  });

  it('names the bad field of a source', async () => {
    const { root } = await setup();
    const res = await root('POST', '/api/admin/sources', { id: 'Bad Id', type: 'lever', site: 'acme' });
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toContain('id');
  });

  it("will not let a source send one of Offramp's own secrets as its API key", async () => {
    const { root } = await setup();
    const res = await root('POST', '/api/admin/sources', {
      id: 'leak',
      type: 'usajobs',
      apiKeyEnv: 'DATA_KEY',
      userAgentEmail: 'ops@example.org',
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/apiKeyEnv/);
  });

  it('lists a stored source that no longer passes, with its problem, and lets an admin fix it', async () => {
    const { root, db } = await setup();
    const old = {
      id: 'old-usajobs',
      type: 'usajobs',
      apiKeyEnv: 'USAJOBS_KEY',
      userAgentEmail: 'ops@example.org',
    };
    db.prepare(
      "INSERT INTO sources (id, type, config, enabled, created_at, updated_at) VALUES (?, 'usajobs', ?, 1, 'now', 'now')",
    ).run(old.id, JSON.stringify(old));
    type Listing = { sources: unknown[]; invalid: { id: string; problem: string }[] };
    const before = (await (await root('GET', '/api/admin/sources')).json()) as Listing;
    expect(before.sources).toEqual([]);
    expect(before.invalid).toEqual([
      expect.objectContaining({ id: 'old-usajobs', problem: expect.stringMatching(/^apiKeyEnv:/) }),
    ]);
    const fixed = await root('PUT', '/api/admin/sources/old-usajobs', {
      ...old,
      apiKeyEnv: 'USAJOBS_API_KEY',
    });
    expect(fixed.status).toBe(200);
    const after = (await (await root('GET', '/api/admin/sources')).json()) as Listing;
    expect(after.invalid).toEqual([]);
    expect(after.sources).toHaveLength(1);
  });

  it('adds, pauses and runs a source now, then shows its last run', async () => {
    const sites = await startJobSites({ greenhouse: { acme: sampleListings(3, 'Acme Logistics') } });
    try {
      const { root, db } = await setup({ ALLOW_PRIVATE_HOSTS: 'true', CRAWL_RATE_LIMIT: '0' });
      const added = await root('POST', '/api/admin/sources', {
        id: 'acme',
        type: 'greenhouse',
        board: 'acme',
        baseUrl: sites.baseUrl,
      });
      expect(added.status).toBe(201);
      expect(
        (await root('POST', '/api/admin/sources', { id: 'acme', type: 'lever', site: 'x' })).status,
      ).toBe(409);
      const paused = await root('PATCH', '/api/admin/sources/acme', { enabled: false });
      expect(((await paused.json()) as { source: { enabled: boolean } }).source.enabled).toBe(false);

      expect((await root('POST', '/api/admin/sources/acme/run')).status).toBe(202);
      type Listing = {
        sources: { source: { id: string }; lastRun: { status: string; new: number } | null }[];
        crawling: boolean;
      };
      let listing: Listing | undefined;
      await until(async () => {
        listing = (await (await root('GET', '/api/admin/sources')).json()) as Listing;
        return !listing.crawling && listing.sources[0]?.lastRun?.status === 'completed';
      });
      expect(listing?.sources[0]?.lastRun?.new).toBe(3);
      const count = db.prepare('SELECT COUNT(*) AS n FROM leads').get() as { n: number };
      expect(count.n).toBe(3);
    } finally {
      await sites.close();
    }
  });

  it('shows a failed run with its error', async () => {
    const sites = await startJobSites(
      { greenhouse: { acme: sampleListings(2, 'Acme') } },
      { faults: [{ pathPrefix: '/v1/boards/acme', fault: '500' }] },
    );
    try {
      const { root } = await setup({ ALLOW_PRIVATE_HOSTS: 'true', CRAWL_RATE_LIMIT: '0' });
      await crawlAcme(root, sites.baseUrl);
      type Listing = {
        sources: { lastRun: { status: string; errors: string[] } | null }[];
        crawling: boolean;
      };
      let listing: Listing | undefined;
      await until(async () => {
        listing = (await (await root('GET', '/api/admin/sources')).json()) as Listing;
        const status = listing.sources[0]?.lastRun?.status;
        return !listing.crawling && status !== undefined && status !== 'running';
      });
      expect(listing?.sources[0]?.lastRun?.status).toBe('failed');
      expect(listing?.sources[0]?.lastRun?.errors.join(' ')).toMatch(/500/);
    } finally {
      await sites.close();
    }
  });
});

describe('admin exclusions and curation', () => {
  it('hides a newly excluded employer from search after the rescore', async () => {
    const sites = await startJobSites({ greenhouse: { acme: sampleListings(2, 'Acme Detention Services') } });
    try {
      const { app, root } = await setup({ ALLOW_PRIVATE_HOSTS: 'true', CRAWL_RATE_LIMIT: '0' });
      await crawlAcme(root, sites.baseUrl);
      const total = async () => ((await (await app.request('/api/leads')).json()) as { total: number }).total;
      await until(async () => (await total()) === 2);

      const current = (await (await root('GET', '/api/admin/exclusions')).json()) as {
        rules: unknown[];
        edited: boolean;
      };
      expect(current.edited).toBe(false);
      const bad = await root('PUT', '/api/admin/exclusions', {
        rules: [
          ...current.rules,
          { id: 'acme', kind: 'pattern', match: '(unclosed', reason: 'Acme runs a detention centre' },
        ],
      });
      expect(bad.status).toBe(400);
      expect(JSON.stringify(await bad.json())).toContain('match');

      const res = await root('PUT', '/api/admin/exclusions', {
        rules: [
          ...current.rules,
          { id: 'acme', kind: 'employer', match: 'Acme Detention', reason: 'Acme runs a detention centre' },
        ],
      });
      expect(res.status).toBe(200);
      await until(async () => (await total()) === 0);
      const withExcluded = (await (await app.request('/api/leads?showExcluded=true')).json()) as {
        total: number;
      };
      expect(withExcluded.total).toBe(2);
    } finally {
      await sites.close();
    }
  });

  it('pins a lead with a note and hides another, and search follows at once', async () => {
    const sites = await startJobSites({ greenhouse: { acme: sampleListings(2, 'Acme') } });
    try {
      const { app, root, db } = await setup({ ALLOW_PRIVATE_HOSTS: 'true', CRAWL_RATE_LIMIT: '0' });
      await crawlAcme(root, sites.baseUrl);
      type Page = { total: number; hits: { id: string }[] };
      const page = async () => (await (await app.request('/api/leads')).json()) as Page;
      await until(async () => (await page()).total === 2);
      const [first, second] = (await page()).hits;
      expect((await root('PATCH', `/api/admin/leads/${second?.id}/curation`, { hidden: true })).status).toBe(
        200,
      );
      expect(
        (
          await root('PATCH', `/api/admin/leads/${first?.id}/curation`, {
            pinned: true,
            note: 'Hires veterans',
          })
        ).status,
      ).toBe(200);
      expect((await page()).total).toBe(1);
      const curated = (await (await root('GET', '/api/admin/curation')).json()) as {
        leads: { leadId: string }[];
      };
      expect(curated.leads.map((l) => l.leadId).sort()).toEqual([first?.id, second?.id].sort());
      expect(getLead(db, second?.id ?? '')).not.toBeNull();
      const unknown = await root('PATCH', `/api/admin/leads/${first?.id}/curation`, { pinned: 'yes' });
      expect(unknown.status).toBe(400);
    } finally {
      await sites.close();
    }
  });
});
