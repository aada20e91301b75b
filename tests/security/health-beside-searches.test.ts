import { mkdtempSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../api/logger';
import type { RunningServer } from '../../api/start-server';
import { startServer } from '../../api/start-server';
import { SearchWorkers } from '../../api/workers/search-workers';
import type { Config } from '../../core/config';
import { parseConfig } from '../../core/config';
import { migrate } from '../../store/migrate';
import { openStore } from '../../store/open-store';
import { serveInProcess } from '../helpers/serve-in-process';
import { fillStore } from '../helpers/synthetic-leads';
import { buildTestApp } from '../helpers/test-app';

const STALLED = new URL('../fixtures/stalled-search-worker.mjs', import.meta.url);
const quiet = createLogger('silent', new Writable({ write: (_c, _e, done) => done() }));

let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanup.reverse()) await step();
  cleanup = [];
});

/** The app on the main thread, with searches going to `workers`. */
async function serveWith(workers: SearchWorkers): Promise<string> {
  const { app } = buildTestApp();
  await workers.ready();
  const server: RunningServer = await startServer(app, '127.0.0.1', 0, { searchWorkers: workers });
  cleanup.push(
    () => server.close(),
    () => workers.close(),
  );
  return `http://127.0.0.1:${server.port}`;
}

describe('health while every search thread is busy', () => {
  it('answers /api/health from the main thread while twenty searches are still unanswered', async () => {
    const workers = new SearchWorkers({
      size: 2,
      config: parseConfig({}),
      logger: quiet,
      workerUrl: STALLED,
    });
    const base = await serveWith(workers);
    let answered = 0;
    const searches = Array.from({ length: 20 }, (_, i) =>
      fetch(`${base}/api/leads?q=clerk&page=${i + 1}`).then((r) => {
        answered++;
        return r;
      }),
    );
    const health = await fetch(`${base}/api/health`);
    expect(health.status).toBe(200);
    expect((await health.json()).status).toBe('ok');
    // A sign-in or an intake request is not held up either: the main thread answers it.
    const intake = await fetch(`${base}/api/intake/status`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ receipt: 'ABCD-EFGH-JKMN' }),
    });
    expect(intake.status).toBe(404);
    expect(answered).toBe(0);
    // Stopping the threads answers what they held with the error envelope, never a hang.
    await workers.close();
    const held = await Promise.all(searches);
    expect(held.map((r) => r.status)).toEqual(Array(20).fill(503));
    expect(await held[0]?.json()).toEqual({
      error: { code: 'unavailable', message: 'Search is restarting. Try again in a moment.' },
    });
  });

  it('answers a search whose thread died with 503 and the error envelope, and starts another thread', async () => {
    const config = { ...parseConfig({}), exitOnAsk: true } as Config;
    const workers = new SearchWorkers({ size: 1, config, logger: quiet, workerUrl: STALLED });
    const base = await serveWith(workers);
    const res = await fetch(`${base}/api/leads?q=clerk`);
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('1');
    expect((await res.json()).error.code).toBe('unavailable');
    // Until the replacement is ready, the main thread answers searches itself.
    const meanwhile = await fetch(`${base}/api/leads?q=clerk`);
    expect(meanwhile.status).toBe(200);
    await expect.poll(() => workers.readyCount, { timeout: 10_000 }).toBe(1);
  });
});

describe('offramp serve with search threads', () => {
  it('answers searches from its threads and keeps the intake limit of ten an hour per client', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'offramp-workers-'));
    const db = openStore(dataDir);
    migrate(db);
    fillStore(db, 300);
    db.close();
    const config = parseConfig({ OFFRAMP_DATA_DIR: dataDir, SEARCH_WORKERS: '2', CRAWL_INTERVAL_HOURS: '0' });
    const served = await serveInProcess(config, quiet);
    cleanup.push(() => served.stop());
    const { base } = served;

    const first = await fetch(`${base}/api/leads?q=fraud`);
    expect(first.status).toBe(200);
    const body = (await first.json()) as { total: number; hits: { title: string }[] };
    expect(body.total).toBeGreaterThan(0);
    expect(body.hits[0]?.title).toMatch(/fraud/i);
    // The thread's answer states its length rather than being sent chunked (Node's framing when a
    // head goes out without one), and the length is that of the body as sent.
    const raw = await new Promise<{ headers: Record<string, unknown>; bytes: number }>((resolve, reject) => {
      get(`${base}/api/leads?q=fraud`, { headers: { 'accept-encoding': 'br' } }, (res) => {
        let bytes = 0;
        res.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
        });
        res.on('end', () => resolve({ headers: res.headers, bytes }));
      }).on('error', reject);
    });
    expect(raw.headers['transfer-encoding']).toBeUndefined();
    expect(raw.headers['content-encoding']).toBe('br');
    expect(Number(raw.headers['content-length'])).toBe(raw.bytes);
    const etag = first.headers.get('etag') ?? '';
    const again = await fetch(`${base}/api/leads?q=fraud`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    const bad = await fetch(`${base}/api/leads?page=zero`);
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.code).toBe('invalid_request');

    // Intake is answered by the main thread only, so its per-client limit holds however many
    // search threads there are.
    const intake = {
      background: 'immigration-enforcement',
      goals: 'Investigations outside enforcement',
      timing: 'now',
      contact: 'Signal +1 555 0100',
    };
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++)
      statuses.push(
        (
          await fetch(`${base}/api/intake`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(intake),
          })
        ).status,
      );
    expect(statuses).toEqual([...Array(10).fill(201), 429]);
    expect((await fetch(`${base}/api/health`)).status).toBe(200);
  }, 90_000);
});
