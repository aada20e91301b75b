import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { threadId } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { RenderPool } from '../../api/workers/render-pool';
import { buildTestApp } from '../helpers/test-app';

type App = ReturnType<typeof buildTestApp>['app'];

const profile = JSON.parse(
  readFileSync(fileURLToPath(new URL('../resume/profiles/special-agent.json', import.meta.url)), 'utf8'),
);
/** A long career: the profile's job forty times with twice the highlights, about 30 pages of PDF. */
const jobs = (count: number) =>
  Array.from({ length: count }, () => ({
    ...profile.work[0],
    highlights: [...profile.work[0].highlights, ...profile.work[0].highlights],
  }));
const longResume = { ...profile, work: jobs(40) };

const render = (app: App, resume: unknown, from: string, format = 'pdf') =>
  app.request(`/api/resume/render?format=${format}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
    body: JSON.stringify({ resume }),
  });

describe('anonymous resume rendering', () => {
  it('renders PDFs on worker threads, and health answers while six long ones are rendering', async () => {
    const pool = new RenderPool();
    const { app } = buildTestApp({ env: { TRUST_PROXY: '1' }, renderPool: pool });
    const order: string[] = [];
    const renders = Array.from({ length: 6 }, (_, i) =>
      Promise.resolve(render(app, longResume, `198.51.100.${i}`)).then((res) => {
        order.push('render');
        return res;
      }),
    );
    // Let the renders get going, then ask for health.
    await new Promise((resolve) => setImmediate(resolve));
    const health = await app.request('/api/health');
    order.push('health');
    const answers = await Promise.all(renders);
    expect(health.status).toBe(200);
    expect(order[0]).toBe('health');
    for (const res of answers) {
      expect(res.status).toBe(200);
      expect(
        Buffer.from(await res.arrayBuffer())
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
    }
    expect(pool.threadsUsed.size).toBeGreaterThan(0);
    expect(pool.threadsUsed.has(threadId)).toBe(false);
    await pool.close();
  }, 60_000);

  it('lets one client run two renders at a time', async () => {
    const { app } = buildTestApp({ env: { TRUST_PROXY: '1' } });
    const answers = await Promise.all(
      Array.from({ length: 3 }, () => render(app, longResume, '203.0.113.9', 'docx')),
    );
    const statuses = answers.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 200, 429]);
    const refused = answers.find((r) => r.status === 429) as Response;
    expect((await refused.json()).error.message).toBe(
      '2 resume exports from this address are still running. Wait for one to finish.',
    );
  }, 60_000);

  it('refuses a resume over 256 kB', async () => {
    const { app } = buildTestApp();
    const huge = { ...profile, work: jobs(400) };
    expect(JSON.stringify(huge).length).toBeGreaterThan(256 * 1024);
    const res = await render(app, huge, '203.0.113.9');
    expect(res.status).toBe(413);
    expect((await res.json()).error.message).toBe('A resume may be at most 256 kB');
  });

  it('rate-limits resume requests to 30 a minute per client', async () => {
    const { app } = buildTestApp({ env: { TRUST_PROXY: '1' } });
    for (let i = 0; i < 30; i++) expect((await render(app, profile, '203.0.113.9', 'json')).status).toBe(200);
    const refused = await render(app, profile, '203.0.113.9', 'json');
    expect(refused.status).toBe(429);
    expect((await render(app, profile, '198.51.100.7', 'json')).status).toBe(200);
  });
});
