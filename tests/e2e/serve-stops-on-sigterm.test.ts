import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

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
  }, 180_000);
});
