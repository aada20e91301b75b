import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sourceConfigSchema } from '../../core/source-config';
import { migrate } from '../../store/migrate';
import { openStore } from '../../store/open-store';
import { insertSource } from '../../store/sources-repo';
import { launchChromium } from '../helpers/browser';

const cliEntry = fileURLToPath(new URL('../../cli/offramp.ts', import.meta.url));

function search(port: number, agent: Agent, page: number): Promise<number | undefined> {
  return new Promise((resolve) => {
    request({ host: '127.0.0.1', port, path: `/api/leads?q=analyst&page=${page}`, agent }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    })
      .on('error', () => resolve(undefined))
      .end();
  });
}

describe('offramp serve with search worker threads', () => {
  it('exits with code 0 on SIGTERM while clients keep searching on keep-alive connections', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', cliEntry, 'serve', '--port', '0'], {
      env: {
        PATH: process.env.PATH ?? '',
        OFFRAMP_DATA_DIR: mkdtempSync(join(tmpdir(), 'offramp-sigterm-')),
        SEARCH_WORKERS: '2',
        CRAWL_INTERVAL_HOURS: '0',
        LOG_LEVEL: 'info',
        // Without the CLI's fallback exit: the process has to end by itself.
        OFFRAMP_NO_FORCED_EXIT: '1',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const logLines: string[] = [];
    const port = await new Promise<number>((resolve) => {
      createInterface({ input: child.stderr }).on('line', (line) => {
        logLines.push(line);
        const entry = line.startsWith('{') ? (JSON.parse(line) as { msg?: string; port?: number }) : {};
        if (entry.msg === 'listening' && entry.port) resolve(entry.port);
      });
    });
    const agent = new Agent({ keepAlive: true, maxSockets: 10 });
    let running = true;
    let answered = 0;
    // Ten clients that ask again as soon as they are answered, as a busy browser or a load test does.
    const clients = Array.from({ length: 10 }, async (_, i) => {
      while (running) if ((await search(port, agent, (i % 5) + 1)) === 200) answered++;
    });
    while (answered < 50) await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGTERM');
    // The test times out if the process never exits (it did not, before the fix).
    expect(await exited).toBe(0);
    running = false;
    await Promise.all(clients);
    agent.destroy();
    // It stopped because every connection ended after its answer, not because the grace period
    // forced busy ones shut.
    expect(logLines.some((l) => l.includes('"msg":"shutting down"'))).toBe(true);
    expect(logLines.filter((l) => l.includes('still busy after the shutdown grace period'))).toEqual([]);
    expect(logLines.filter((l) => l.includes('still running after the command finished'))).toEqual([]);
    // The log is written asynchronously in batches, on the main thread and on each search thread;
    // every search a client got an answer to has its line, up to the last before SIGTERM.
    const searchLines = logLines.filter(
      (l) =>
        l.includes('"msg":"request"') && l.includes('"route":"/api/leads"') && l.includes('"status":200'),
    );
    expect(searchLines.length).toBeGreaterThanOrEqual(answered);
  }, 180_000);

  it('exits by itself on SIGTERM after a scheduled crawl and a browser session', async () => {
    // As the browser suites' servers did: a store whose sources are due, so serve crawls as it
    // starts. The crawl warmed the prepare threads and, its site being down, prepared nothing;
    // the idle threads then held the event loop, and serve never exited (the search and phone
    // suites timed out in afterAll on a clean clone). No fallback exit here.
    const dataDir = mkdtempSync(join(tmpdir(), 'offramp-sigterm-crawl-'));
    const db = openStore(dataDir);
    migrate(db);
    insertSource(
      db,
      sourceConfigSchema.parse({ id: 'gone', type: 'jsonld', url: 'http://127.0.0.1:9/jobs' }),
    );
    db.close();
    const child = spawn(process.execPath, ['--import', 'tsx', cliEntry, 'serve', '--port', '0'], {
      env: {
        PATH: process.env.PATH ?? '',
        OFFRAMP_DATA_DIR: dataDir,
        LOG_LEVEL: 'info',
        OFFRAMP_NO_FORCED_EXIT: '1',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const logLines: string[] = [];
    let crawled: () => void = () => {};
    const crawlDone = new Promise<void>((resolve) => {
      crawled = resolve;
    });
    const port = await new Promise<number>((resolve) => {
      createInterface({ input: child.stderr }).on('line', (line) => {
        logLines.push(line);
        const entry = line.startsWith('{') ? (JSON.parse(line) as { msg?: string; port?: number }) : {};
        if (entry.msg === 'listening' && entry.port) resolve(entry.port);
        if (entry.msg === 'scheduled crawl finished') crawled();
      });
    });
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${port}/`);
      await page.getByLabel('Job title, skill or employer').fill('investigator');
      await page.getByLabel('Job title, skill or employer').press('Enter');
      await page.waitForURL(/q=investigator/);
      await page.goto(`http://127.0.0.1:${port}/resume`);
    } finally {
      await browser.close();
    }
    await crawlDone;
    child.kill('SIGTERM');
    // Before the fix this never settled, and the test timed out.
    expect(await exited).toBe(0);
    expect(logLines.filter((l) => l.includes('still running after the command finished'))).toEqual([]);
  }, 180_000);
});
