import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataCipher } from '../../api/auth/data-cipher';
import { createApp } from '../../api/create-app';
import { createLogger } from '../../api/logger';
import { startServer } from '../../api/start-server';
import { runCli } from '../../cli/run-cli';
import { parseConfig } from '../../core/config';
import { EmbeddedSearchEngine } from '../../search/embedded/embedded-engine';
import { readSetting, writeSetting } from '../../store/app-settings';
import { migrate } from '../../store/migrate';
import { openStore } from '../../store/open-store';

const quiet = { stdout: () => {}, stderr: () => {} };
const temp = () => mkdtempSync(join(tmpdir(), 'offramp-br-'));

describe('backup and restore through the CLI', () => {
  it('restores into a fresh data dir that then serves the same data', async () => {
    const liveDir = temp();
    const live = openStore(liveDir);
    migrate(live);
    writeSetting(live, 'crawl.schedule', { nextRunAt: '2026-11-23T06:00:00.000Z' });
    const file = join(temp(), 'offramp-backup.db');

    // The backup runs while the live store stays open, as it would under a running server.
    expect(await runCli(['backup', file], { OFFRAMP_DATA_DIR: liveDir, LOG_LEVEL: 'silent' }, quiet)).toBe(0);
    live.close();

    const freshDir = temp();
    expect(await runCli(['restore', file], { OFFRAMP_DATA_DIR: freshDir, LOG_LEVEL: 'silent' }, quiet)).toBe(
      0,
    );

    const db = openStore(freshDir);
    expect(readSetting(db, 'crawl.schedule')).toEqual({ nextRunAt: '2026-11-23T06:00:00.000Z' });
    const config = parseConfig({ OFFRAMP_DATA_DIR: freshDir });
    const app = createApp({
      config,
      db,
      search: new EmbeddedSearchEngine(db),
      logger: createLogger('silent'),
      cipher: new DataCipher(randomBytes(32)),
    });
    const server = await startServer(app, '127.0.0.1', 0);
    try {
      const res = await fetch(`http://127.0.0.1:${server.port}/api/health`);
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ status: 'ok', store: { journalMode: 'wal' } });
    } finally {
      await server.close();
      db.close();
    }
  });

  it('refuses to restore over an existing store without --force and exits 1', async () => {
    const dir = temp();
    const db = openStore(dir);
    migrate(db);
    const file = join(temp(), 'b.db');
    await runCli(['backup', file], { OFFRAMP_DATA_DIR: dir, LOG_LEVEL: 'silent' }, quiet);
    db.close();
    let stderr = '';
    const code = await runCli(
      ['restore', file],
      { OFFRAMP_DATA_DIR: dir, LOG_LEVEL: 'silent' },
      {
        stdout: () => {},
        stderr: (t) => {
          stderr += t;
        },
      },
    );
    expect(code).toBe(1);
    expect(stderr).toContain('--force');
  });
});
