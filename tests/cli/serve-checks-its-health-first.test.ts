import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../api/logger';
import { parseConfig } from '../../core/config';
import { migrate } from '../../store/migrate';
import { openStore } from '../../store/open-store';
import { serveInProcess } from '../helpers/serve-in-process';
import { fillStore } from '../helpers/synthetic-leads';

let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanup.reverse()) await step();
  cleanup = [];
});

describe('offramp serve starting', () => {
  // The first health check of a process compiles its whole path; a load balancer's first check
  // after a restart, or a monitor under load, met that cost before serve ran them itself.
  it('answers its own health checks before it listens, so no client gets the first one', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'offramp-warm-health-'));
    const db = openStore(dataDir);
    migrate(db);
    fillStore(db, 50);
    db.close();
    const lines: { msg?: string; route?: string; status?: number }[] = [];
    const log = new Writable({
      write: (chunk, _encoding, done) => {
        for (const line of String(chunk).split('\n')) if (line.trim()) lines.push(JSON.parse(line));
        done();
      },
    });
    const logger = createLogger('info', log);
    const config = parseConfig({ OFFRAMP_DATA_DIR: dataDir, SEARCH_WORKERS: '1', CRAWL_INTERVAL_HOURS: '0' });
    const served = await serveInProcess(config, logger);
    cleanup.push(() => served.stop());
    const { base } = served;

    const listening = lines.findIndex((l) => l.msg === 'listening');
    expect(listening).toBeGreaterThan(0);
    const before = lines.slice(0, listening).filter((l) => l.msg === 'request');
    expect(before.map((l) => `${l.route} ${l.status}`)).toEqual(Array(5).fill('/api/health 200'));
    // A client's first check is then an ordinary one.
    const health = await fetch(`${base}/api/health`);
    expect(health.status).toBe(200);
    expect(((await health.json()) as { status: string }).status).toBe('ok');
  });
});
